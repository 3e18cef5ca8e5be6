import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { rules } from "../rules/index.js";
import type { ObservedErrorWithFingerprint } from "../store/types.js";
import { batchCounts, planResync, resyncSize } from "./plan-resync.js";

const catalog = createCatalog(rules);
const ruleOf = (id: string) => {
  const rule = catalog.ruleById(id);
  if (!rule) throw new Error(id);
  return rule;
};

function error(
  n: number,
  over: Partial<ObservedErrorWithFingerprint> = {},
): ObservedErrorWithFingerprint {
  return {
    fingerprint: `f${n}`,
    ruleId: "string-too-long",
    category: "property-values",
    direction: "either",
    objectType: "contact",
    hubspotId: String(n),
    salesforceId: null,
    recordName: null,
    message: "m",
    statusCode: null,
    occurredAt: null,
    ...over,
  };
}

describe("planResync", () => {
  it("batches per system and object, at most 100 a batch", () => {
    const errors = [
      ...Array.from({ length: 150 }, (_, i) => error(i)),
      ...Array.from({ length: 30 }, (_, i) => error(1000 + i, { objectType: "company" })),
    ];
    const plan = planResync(ruleOf("restricted-picklist-value"), errors);
    const sizes = new Map<number, number>();
    for (const r of plan) sizes.set(r.batch, (sizes.get(r.batch) ?? 0) + 1);
    expect([...sizes.values()]).toEqual([100, 50, 30]);
    expect(new Set(plan.filter((r) => r.batch === 2).map((r) => r.object))).toEqual(
      new Set(["companies"]),
    );
    expect(batchCounts(plan)).toEqual({ hubspot: 3, salesforce: 0 });
  });

  it("follows the rule's direction, and for a type seen both ways the id the error has", () => {
    const either = planResync(ruleOf("string-too-long"), [
      error(1),
      error(2, { hubspotId: null, salesforceId: "003D000000IqhSLIAZ" }),
    ]);
    expect(either.map((r) => [r.system, r.object])).toEqual([
      ["hubspot", "contacts"],
      ["salesforce", "Contact"],
    ]);
    const salesforceSide = planResync(ruleOf("invalid-email"), [
      error(3, { salesforceId: "00QD000000IqhSLIAZ" }),
    ]);
    expect(salesforceSide[0]).toMatchObject({
      system: "salesforce",
      object: "Lead",
      recordId: "00QD000000IqhSLIAZ",
    });
  });

  it("keeps records it cannot resync, with the reason", () => {
    const plan = planResync(ruleOf("invalid-email"), [
      error(4),
      error(5, { salesforceId: "00TD000000IqhSLIAZ" }),
    ]);
    expect(plan.map((r) => r.skipped)).toEqual([
      "cannot resync: no Salesforce id",
      "cannot resync: Salesforce 00T records are not supported",
    ]);
    expect(
      planResync(ruleOf("owner-assignment"), [error(6, { objectType: "activity" })])[0]?.skipped,
    ).toBe("cannot resync: HubSpot activity records have no batch update");
  });
});

/** What the store's grouped query returns for these errors. */
function groupsOf(errors: readonly ObservedErrorWithFingerprint[]) {
  const groups = new Map<
    string,
    {
      objectType: ObservedErrorWithFingerprint["objectType"];
      hasHubspotId: boolean;
      salesforcePrefix: string | null;
      count: number;
    }
  >();
  for (const e of errors) {
    const prefix = e.salesforceId ? e.salesforceId.slice(0, 3) : null;
    const key = `${e.objectType}|${Boolean(e.hubspotId)}|${prefix}`;
    const group = groups.get(key) ?? {
      objectType: e.objectType,
      hasHubspotId: Boolean(e.hubspotId),
      salesforcePrefix: prefix,
      count: 0,
    };
    group.count++;
    groups.set(key, group);
  }
  return [...groups.values()];
}

describe("resyncSize", () => {
  it("sizes a resync from grouped counts exactly as planResync batches it", () => {
    const objects = ["contact", "company", "deal", "activity"] as const;
    const prefixes = ["00Q", "003", "001", "006", "00T", null];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (const ruleId of ["string-too-long", "invalid-email", "restricted-picklist-value"]) {
      for (let round = 0; round < 20; round++) {
        const errors = Array.from({ length: random(450) }, (_, i) => {
          const prefix = prefixes[random(prefixes.length)];
          return error(i, {
            objectType: objects[random(objects.length)] ?? "contact",
            hubspotId: random(3) === 0 ? null : String(i),
            salesforceId: prefix ? `${prefix}D000000Iqh${String(i).padStart(5, "0")}` : null,
          });
        });
        const plan = planResync(ruleOf(ruleId), errors);
        const counts = batchCounts(plan);
        expect(resyncSize(ruleOf(ruleId), groupsOf(errors))).toEqual({
          errors: errors.length,
          records: plan.filter((r) => !r.skipped).length,
          batches: counts.hubspot + counts.salesforce,
        });
      }
    }
  });
});
