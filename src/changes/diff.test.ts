import { describe, expect, it } from "vitest";
import { CHANGE_KINDS, type ChangeKind, type ChangeValue, type SchemaChange } from "./change.js";
import { diffSnapshots } from "./diff.js";
import { CHANGE_RULES } from "./kinds/index.js";
import type {
  HubSpotPropertySnapshot,
  SalesforceFieldSnapshot,
  SchemaSnapshot,
} from "./snapshot.js";

// Each kind of change with the cases that make it and the decoys that must not, each case one
// field (Lead.Industry, or contacts.industry) or the deal stages before and after; every change
// the diff reports is listed, so a case also shows what else a change does not set off.

const sfField = (more: Partial<SalesforceFieldSnapshot> = {}): SalesforceFieldSnapshot => ({
  type: "string",
  length: 80,
  required: false,
  createable: true,
  updateable: true,
  ...more,
});
const picklist = (
  values: Record<string, boolean>,
  more: Partial<SalesforceFieldSnapshot> = {},
): SalesforceFieldSnapshot => sfField({ type: "picklist", length: 255, picklist: values, ...more });
const hsProperty = (more: Partial<HubSpotPropertySnapshot> = {}): HubSpotPropertySnapshot => ({
  type: "enumeration",
  fieldType: "select",
  options: { biotech: false, retail: false },
  ...more,
});

/** A snapshot with one Salesforce field, one HubSpot property and the stages, each when given. */
function org(parts: {
  sf?: SalesforceFieldSnapshot;
  hs?: HubSpotPropertySnapshot;
  stages?: string[];
}): SchemaSnapshot {
  return {
    version: 1,
    salesforce: { Lead: parts.sf ? { Industry: parts.sf } : {} },
    hubspot: { contacts: parts.hs ? { industry: parts.hs } : {} },
    dealStages: parts.stages ?? ["Closed won", "Qualified"],
  };
}

type Expected = [kind: ChangeKind, option: string | null, before: ChangeValue, after: ChangeValue];
interface Case {
  readonly name: string;
  readonly before: Parameters<typeof org>[0];
  readonly after: Parameters<typeof org>[0];
  readonly changes: readonly Expected[];
}

const CASES: Record<ChangeKind, readonly Case[]> = {
  "picklist-value-added": [
    {
      name: "a new active value",
      before: { sf: picklist({ Retail: true }) },
      after: { sf: picklist({ Retail: true, Biotech: true }) },
      changes: [["picklist-value-added", "Biotech", null, true]],
    },
    {
      name: "a new inactive value",
      before: { sf: picklist({ Retail: true }) },
      after: { sf: picklist({ Retail: true, Biotech: false }) },
      changes: [["picklist-value-added", "Biotech", null, false]],
    },
    {
      name: "decoy: a text field made a picklist is a type change, not many new values",
      before: { sf: sfField({ length: 255 }) },
      after: { sf: picklist({ Retail: true }) },
      changes: [["type-changed", null, "string", "picklist"]],
    },
  ],
  "picklist-value-deactivated": [
    {
      name: "an active value made inactive",
      before: { sf: picklist({ Biotech: true, Retail: true }) },
      after: { sf: picklist({ Biotech: false, Retail: true }) },
      changes: [["picklist-value-deactivated", "Biotech", true, false]],
    },
    {
      name: "decoy: an inactive value made active again",
      before: { sf: picklist({ Biotech: false }) },
      after: { sf: picklist({ Biotech: true }) },
      changes: [],
    },
  ],
  "picklist-value-removed": [
    {
      name: "an active value deleted",
      before: { sf: picklist({ Biotech: true, Retail: true }) },
      after: { sf: picklist({ Retail: true }) },
      changes: [["picklist-value-removed", "Biotech", true, null]],
    },
    {
      name: "an inactive value deleted",
      before: { sf: picklist({ Biotech: false, Retail: true }) },
      after: { sf: picklist({ Retail: true }) },
      changes: [["picklist-value-removed", "Biotech", false, null]],
    },
    {
      name: "a value renamed: the old removed, the new added",
      before: { sf: picklist({ Biotech: true }) },
      after: { sf: picklist({ Biotechnology: true }) },
      changes: [
        ["picklist-value-added", "Biotechnology", null, true],
        ["picklist-value-removed", "Biotech", true, null],
      ],
    },
    {
      name: "a value named like an inherited property",
      before: { sf: picklist({ constructor: true, toString: true }) },
      after: { sf: picklist({ toString: true }) },
      changes: [["picklist-value-removed", "constructor", true, null]],
    },
  ],
  "picklist-became-restricted": [
    {
      name: "restriction turned on",
      before: { sf: picklist({ Retail: true }) },
      after: { sf: picklist({ Retail: true }, { restricted: true }) },
      changes: [["picklist-became-restricted", null, false, true]],
    },
    {
      name: "decoy: restriction turned off",
      before: { sf: picklist({ Retail: true }, { restricted: true }) },
      after: { sf: picklist({ Retail: true }) },
      changes: [],
    },
  ],
  "field-shortened": [
    {
      name: "255 to 80",
      before: { sf: sfField({ length: 255 }) },
      after: { sf: sfField({ length: 80 }) },
      changes: [["field-shortened", null, 255, 80]],
    },
    {
      name: "decoy: a number field, no length either side",
      before: { sf: sfField({ type: "double", length: 0 }) },
      after: { sf: sfField({ type: "double", length: 0 }) },
      changes: [],
    },
  ],
  "field-lengthened": [
    {
      name: "80 to 255",
      before: { sf: sfField({ length: 80 }) },
      after: { sf: sfField({ length: 255 }) },
      changes: [["field-lengthened", null, 80, 255]],
    },
    {
      name: "decoy: a number made text gains a length but is not lengthened",
      before: { sf: sfField({ type: "double", length: 0 }) },
      after: { sf: sfField({ type: "string", length: 80 }) },
      changes: [["type-changed", null, "double", "string"]],
    },
  ],
  "field-became-required": [
    {
      name: "made required",
      before: { sf: sfField() },
      after: { sf: sfField({ required: true }) },
      changes: [["field-became-required", null, false, true]],
    },
  ],
  "field-no-longer-required": [
    {
      name: "no longer required",
      before: { sf: sfField({ required: true }) },
      after: { sf: sfField() },
      changes: [["field-no-longer-required", null, true, false]],
    },
  ],
  "field-no-longer-createable": [
    {
      name: "create access removed",
      before: { sf: sfField() },
      after: { sf: sfField({ createable: false }) },
      changes: [["field-no-longer-createable", null, true, false]],
    },
    {
      name: "made read-only for the integration user: both",
      before: { sf: sfField() },
      after: { sf: sfField({ createable: false, updateable: false }) },
      changes: [
        ["field-no-longer-createable", null, true, false],
        ["field-no-longer-updateable", null, true, false],
      ],
    },
    {
      name: "decoy: access granted",
      before: { sf: sfField({ createable: false, updateable: false }) },
      after: { sf: sfField() },
      changes: [],
    },
  ],
  "field-no-longer-updateable": [
    {
      name: "update access removed",
      before: { sf: sfField() },
      after: { sf: sfField({ updateable: false }) },
      changes: [["field-no-longer-updateable", null, true, false]],
    },
  ],
  "field-removed": [
    {
      name: "a Salesforce field gone from describe",
      before: { sf: sfField() },
      after: {},
      changes: [["field-removed", null, "string", null]],
    },
    {
      name: "a HubSpot property deleted",
      before: { hs: hsProperty() },
      after: {},
      changes: [["field-removed", null, "enumeration", null]],
    },
    {
      name: "decoy: a field added",
      before: {},
      after: { sf: sfField(), hs: hsProperty() },
      changes: [],
    },
  ],
  "type-changed": [
    {
      name: "a Salesforce text field made a number",
      before: { sf: sfField() },
      after: { sf: sfField({ type: "double", length: 0 }) },
      changes: [["type-changed", null, "string", "double"]],
    },
    {
      name: "a HubSpot dropdown made multiple checkboxes",
      before: { hs: hsProperty() },
      after: { hs: hsProperty({ fieldType: "checkbox" }) },
      changes: [["type-changed", null, "enumeration/select", "enumeration/checkbox"]],
    },
    {
      name: "a HubSpot dropdown made text: its options go with the type",
      before: { hs: hsProperty() },
      after: { hs: { type: "string", fieldType: "text" } },
      changes: [["type-changed", null, "enumeration/select", "string/text"]],
    },
  ],
  "option-removed": [
    {
      name: "one option deleted",
      before: { hs: hsProperty() },
      after: { hs: hsProperty({ options: { retail: false } }) },
      changes: [["option-removed", "biotech", false, null]],
    },
    {
      name: "every option deleted (HubSpot then lists none)",
      before: { hs: hsProperty() },
      after: { hs: { type: "enumeration", fieldType: "select" } },
      changes: [
        ["option-removed", "biotech", false, null],
        ["option-removed", "retail", false, null],
      ],
    },
    {
      name: "decoy: an option added",
      before: { hs: hsProperty() },
      after: { hs: hsProperty({ options: { biotech: false, retail: false, saas: false } }) },
      changes: [],
    },
  ],
  "option-hidden": [
    {
      name: "an option hidden",
      before: { hs: hsProperty() },
      after: { hs: hsProperty({ options: { biotech: true, retail: false } }) },
      changes: [["option-hidden", "biotech", false, true]],
    },
    {
      name: "decoy: an option shown again",
      before: { hs: hsProperty({ options: { biotech: true, retail: false } }) },
      after: { hs: hsProperty() },
      changes: [],
    },
  ],
  "pipeline-stage-removed": [
    {
      name: "a stage deleted",
      before: { stages: ["Closed won", "Prospect", "Qualified"] },
      after: { stages: ["Closed won", "Qualified"] },
      changes: [["pipeline-stage-removed", "Prospect", true, null]],
    },
    {
      name: "decoy: a stage added",
      before: { stages: ["Closed won"] },
      after: { stages: ["Closed won", "Qualified"] },
      changes: [],
    },
  ],
};

const simplified = (changes: readonly SchemaChange[]): Expected[] =>
  changes.map((c) => [c.kind, c.option, c.before, c.after]);

describe("the diff of two schema snapshots", () => {
  for (const kind of CHANGE_KINDS) {
    describe(kind, () => {
      for (const c of CASES[kind]) {
        it(c.name, () => {
          expect(simplified(diffSnapshots(org(c.before), org(c.after)))).toEqual(c.changes);
        });
      }
    });
  }

  it("places each change: system, object and field", () => {
    const sf = diffSnapshots(org({ sf: sfField() }), org({}));
    expect(sf).toEqual([
      {
        system: "salesforce",
        object: "Lead",
        field: "Industry",
        kind: "field-removed",
        option: null,
        before: "string",
        after: null,
      },
    ]);
    const hs = diffSnapshots(org({ hs: hsProperty() }), org({ stages: ["Closed won"] }));
    expect(hs.map((c) => [c.system, c.object, c.field, c.kind])).toEqual([
      ["hubspot", "contacts", "industry", "field-removed"],
      ["hubspot", "deals", "dealstage", "pipeline-stage-removed"],
    ]);
  });

  it("finds nothing between equal snapshots, nor between a snapshot and its JSON", () => {
    const all = Object.values(CASES).flatMap((cases) => cases.flatMap((c) => [c.before, c.after]));
    for (const parts of all) {
      const snapshot = org(parts);
      expect(diffSnapshots(snapshot, org(parts))).toEqual([]);
      expect(diffSnapshots(snapshot, JSON.parse(JSON.stringify(snapshot)))).toEqual([]);
    }
  });

  it("does not depend on the order of objects, fields, values or stages", () => {
    const before: SchemaSnapshot = {
      version: 1,
      salesforce: {
        Lead: {
          Industry: picklist({ A: true, B: true, C: true }),
          Title: sfField({ length: 128 }),
        },
        Contact: { Phone: sfField({ type: "phone", length: 40 }) },
      },
      hubspot: { contacts: { industry: hsProperty() }, deals: { amount: hsProperty() } },
      dealStages: ["A", "B", "C"],
    };
    const after: SchemaSnapshot = {
      version: 1,
      salesforce: {
        Lead: { Industry: picklist({ A: false, C: true }), Title: sfField({ length: 64 }) },
        Contact: {},
      },
      hubspot: { contacts: { industry: hsProperty({ options: { retail: true } }) }, deals: {} },
      dealStages: ["A"],
    };
    const reversed = <T>(record: Record<string, T>): Record<string, T> =>
      Object.fromEntries(Object.entries(record).reverse());
    const shuffle = (s: SchemaSnapshot): SchemaSnapshot => ({
      version: 1,
      salesforce: reversed(
        Object.fromEntries(
          Object.entries(s.salesforce ?? {}).map(([o, fields]) => [
            o,
            reversed(
              Object.fromEntries(
                Object.entries(fields).map(([n, f]) => [
                  n,
                  f.picklist ? { ...f, picklist: reversed(f.picklist) } : f,
                ]),
              ),
            ),
          ]),
        ),
      ),
      hubspot: reversed(s.hubspot ?? {}),
      dealStages: [...(s.dealStages ?? [])].reverse(),
    });
    const expected = diffSnapshots(before, after);
    expect(expected).toHaveLength(9);
    expect(diffSnapshots(shuffle(before), shuffle(after))).toEqual(expected);
    expect(diffSnapshots(shuffle(before), after)).toEqual(expected);
  });

  it("compares only what both snapshots read", () => {
    const read = org({ sf: sfField(), hs: hsProperty(), stages: ["A"] });
    const unread: SchemaSnapshot = {
      version: 1,
      salesforce: null,
      hubspot: null,
      dealStages: null,
    };
    expect(diffSnapshots(read, unread)).toEqual([]);
    expect(diffSnapshots(unread, read)).toEqual([]);
    // An object the later scan did not describe is not an object whose every field was deleted.
    const lessRead: SchemaSnapshot = { ...read, salesforce: {}, hubspot: {} };
    expect(diffSnapshots(read, lessRead)).toEqual([]);
  });

  it("has a rule for every kind, a case for every rule's kind and a decoy where one can mislead", () => {
    expect([...new Set(CHANGE_RULES.map((r) => r.kind))].sort()).toEqual([...CHANGE_KINDS].sort());
    const places = CHANGE_RULES.map((r) => `${r.kind} on ${r.on}`);
    expect(new Set(places).size).toBe(places.length);
    for (const kind of CHANGE_KINDS) {
      const made = CASES[kind].filter((c) => c.changes.some(([k]) => k === kind));
      expect(made.length, kind).toBeGreaterThan(0);
    }
  });
});
