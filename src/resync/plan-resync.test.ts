import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { rules } from "../rules/index.js";
import type { ObservedErrorWithFingerprint } from "../store/types.js";
import { batchCounts, planResync } from "./plan-resync.js";

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
