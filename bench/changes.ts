import { diffSnapshots } from "../src/changes/diff.js";
import { schemaSnapshot } from "../src/changes/snapshot.js";
import type { HubSpotPropertyDefinition } from "../src/clients/hubspot-scan-port.js";
import type { DescribedField } from "../src/clients/salesforce-scan-port.js";
import { printTable, quantile } from "./table.js";

const OBJECTS = 50;
const FIELDS = 500;
const PROPERTY_TYPES = ["contacts", "companies", "deals"];
const PROPERTIES = 500;
const RUNS = 21;
/** Every tenth field a picklist of 30 values, every tenth property an enumeration of 30 options. */
const EVERY = 10;
const VALUES = 30;
const STAGES = 40;

/** A field of the org as it was; `change` plants one admin's change in field `f` of object `o`. */
function field(o: number, f: number, change: number | null): DescribedField {
  const picklist = f % EVERY === 0;
  const values = Array.from({ length: VALUES }, (_, v) => ({
    value: `Value ${v}`,
    label: `Value ${v}`,
    active: !(change === 0 && v === 3),
    validFor: null,
  })).filter((_, v) => !(change === 1 && v === 4));
  return {
    name: `Field_${o}_${f}__c`,
    label: `Field ${o} ${f}`,
    type: picklist ? "picklist" : "string",
    length: change === 2 ? 40 : 255,
    nillable: change !== 3,
    defaultedOnCreate: false,
    createable: true,
    updateable: change !== 4,
    restrictedPicklist: picklist,
    controllerName: null,
    picklistValues: picklist ? values : [],
  };
}

/**
 * The org: 50 objects of 500 fields, three HubSpot types of 500 properties and 40 deal stages.
 * With `changed`, six changes in each of six objects (a value deactivated, a value removed, a
 * field shortened, made required, made read-only, deleted: 36) and four on HubSpot's side.
 */
function org(changed: boolean): Parameters<typeof schemaSnapshot>[0] {
  const plantedIn = (o: number) => changed && o % 8 === 0 && o < 48;
  const salesforce = Array.from({ length: OBJECTS }, (_, o) => {
    const fields: DescribedField[] = [];
    for (let f = 0; f < FIELDS; f++) {
      // The planted changes sit on fields 0, 10 (picklists) and 1–4; field 5 is deleted.
      const change = !plantedIn(o)
        ? null
        : f === 0
          ? 0
          : f === 10
            ? 1
            : f >= 1 && f <= 4
              ? f + 1
              : null;
      if (plantedIn(o) && f === 5) continue;
      fields.push(field(o, f, change));
    }
    return [`Object_${o}__c`, fields] as const;
  });
  const properties = PROPERTY_TYPES.map((type, t) => {
    const definitions: HubSpotPropertyDefinition[] = [];
    for (let p = 0; p < PROPERTIES; p++) {
      const enumeration = p % EVERY === 0;
      const hit = changed && t === 0 && p === 0;
      definitions.push({
        name: `property_${p}`,
        type: enumeration ? "enumeration" : changed && t === 1 && p === 1 ? "number" : "string",
        fieldType: enumeration ? "select" : "text",
        options: enumeration
          ? Array.from({ length: VALUES }, (_, v) => ({
              value: `option_${v}`,
              label: `Option ${v}`,
              hidden: hit && v === 1,
            })).filter((_, v) => !(hit && v === 2))
          : [],
      });
    }
    return [type, definitions] as const;
  });
  const stages = Array.from({ length: STAGES }, (_, s) => `Stage ${s}`).filter(
    (_, s) => !(changed && s === 7),
  );
  return { salesforce, hubspot: { properties, dealStages: stages } };
}

/** Median of RUNS timings of `work`, in ms. */
function median(work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return quantile(
    times.sort((a, b) => a - b),
    0.5,
  );
}

/**
 * Issue 19: diffing two schema snapshots of an org of 50 objects × 500 fields with 40 changes
 * planted (goal < 200 ms); also the time to build a snapshot from what describe returns, its
 * size as JSON (it is stored per scan), and the diff of two snapshots parsed from that JSON.
 */
export async function benchChanges(): Promise<void> {
  const read = org(false);
  const built = performance.now();
  const before = schemaSnapshot(read);
  const buildMs = performance.now() - built;
  const after = schemaSnapshot(org(true));
  const found = diffSnapshots(before, after).length;
  const diffMs = median(() => diffSnapshots(before, after));
  const [storedBefore, storedAfter] = [JSON.stringify(before), JSON.stringify(after)];
  const parsedMs = median(() => diffSnapshots(JSON.parse(storedBefore), JSON.parse(storedAfter)));
  printTable(`Schema snapshots and their diff (${OBJECTS} objects × ${FIELDS} fields)`, [
    ["snapshot built from what describe read", `${buildMs.toFixed(1)} ms`, ""],
    ["snapshot as JSON", `${(storedBefore.length / 1e6).toFixed(2)} MB`, ""],
    ["changes found of 40 planted", String(found), "40"],
    [`diff, median of ${RUNS}`, `${diffMs.toFixed(1)} ms`, "< 200 ms"],
    [`JSON parse of both + diff, median of ${RUNS}`, `${parsedMs.toFixed(1)} ms`, ""],
  ]);
}
