import { describe, expect, it } from "vitest";
import { learntChange } from "../../test/fakes/learnt-changes.js";
import type { LearntChange } from "../store/types.js";
import { KIND_LINKS } from "./kind-links.js";
import { CAUSE_THRESHOLD, type LikelyCause, rankCauses } from "./rank-causes.js";
import type { Wave } from "./wave.js";

/** The first error of every wave in the table. */
const FIRST = new Date("2026-12-03T13:53:00Z");
const minutesBefore = (m: number) => new Date(FIRST.getTime() - m * 60_000);

/** A change from the Setup Audit Trail, `m` minutes before the first error. */
function audited(m: number, change: Partial<LearntChange> & Pick<LearntChange, "kind" | "object">) {
  return learntChange({
    key: `audit:${change.kind}:${change.object}:${change.field}:${change.option}:${m}`,
    observedAt: new Date(FIRST.getTime() + 6 * 3_600_000),
    happenedAt: minutesBefore(m),
    field: null,
    who: "Jane Doe",
    source: "audit-trail",
    ...change,
  });
}

/** A change a scan found: between the scan `after` and the scan `seen` minutes before the error. */
function scanned(
  range: { readonly after: number; readonly seen: number },
  change: Partial<LearntChange> & Pick<LearntChange, "kind" | "object" | "system">,
) {
  return learntChange({
    key: `snapshot:${change.kind}:${change.object}:${change.field}:${change.option}`,
    observedAt: minutesBefore(range.seen),
    happenedAfter: minutesBefore(range.after),
    field: null,
    ...change,
  });
}

function wave(ruleId: string, objectTypes: Wave["objectTypes"], messages: string[]): Wave {
  return { ruleId, count: messages.length * 3, firstAt: FIRST, objectTypes, messages };
}

interface Case {
  readonly name: string;
  readonly wave: Wave;
  /** The change planted as the cause, or null for a decoy whose changes must not be linked. */
  readonly cause: LearntChange | null;
  /** Changes that did not start it, in the same window. */
  readonly others?: readonly LearntChange[];
}

const biotech = [
  "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Industry: bad value for restricted picklist field: Biotech",
  '[{"statusCode":"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST","message":"Industry: bad value for restricted picklist field: Biotech","fields":["Industry"]}]',
];
const tooLong = [
  "STRING_TOO_LONG: Description: data value too large: Lorem ipsum dolor sit amet (max length=255)",
  "STRING_TOO_LONG: Description: data value too large: Our largest customer in the Nordics (max length=255)",
];
const required = [
  "REQUIRED_FIELD_MISSING: Required fields are missing: [Customer_Tier__c]",
  "REQUIRED_FIELD_MISSING: Required fields are missing: [Customer_Tier__c]",
];
const noAccess = [
  "INVALID_FIELD_FOR_INSERT_UPDATE: Unable to create/update fields: AnnualRevenue. Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
];
const validation = [
  "FIELD_CUSTOM_VALIDATION_EXCEPTION: A lead from Germany needs a VAT number: [VAT_Number__c]",
];
const inactiveOwner = [
  "INACTIVE_OWNER_OR_USER: operation performed with inactive user [0055g00000AbCdE] as owner of lead",
];

const CASES: readonly Case[] = [
  // --- Planted: each kind of change and the errors it starts ---
  {
    name: "a deactivated picklist value → Restricted picklist value",
    wave: wave("restricted-picklist-value", ["contact"], biotech),
    cause: audited(11, {
      kind: "picklist-value-deactivated",
      object: "Lead",
      field: "Industry",
      option: "Biotech",
    }),
    others: [
      audited(30, {
        kind: "picklist-value-deactivated",
        object: "Lead",
        field: "Rating",
        option: "Warm",
      }),
    ],
  },
  {
    name: "a removed picklist value seen by a scan → Restricted picklist value",
    wave: wave(
      "restricted-picklist-value",
      ["company"],
      [
        "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Account Type: bad value for restricted picklist field: Reseller",
      ],
    ),
    cause: scanned(
      { after: 600, seen: 30 },
      {
        system: "salesforce",
        kind: "picklist-value-removed",
        object: "Account",
        field: "Type",
        option: "Reseller",
      },
    ),
  },
  {
    name: "a picklist made restricted → Restricted picklist value",
    wave: wave(
      "restricted-picklist-value",
      ["contact"],
      [
        "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Lead Source: bad value for restricted picklist field: Webinar",
      ],
    ),
    cause: scanned(
      { after: 1200, seen: -90 },
      {
        system: "salesforce",
        kind: "picklist-became-restricted",
        object: "Lead",
        field: "LeadSource",
        before: false,
        after: true,
      },
    ),
  },
  {
    name: "a shortened field → String too long",
    wave: wave("string-too-long", ["contact"], tooLong),
    cause: audited(95, {
      kind: "field-shortened",
      object: "Lead",
      field: "Description",
      before: 32000,
      after: 255,
    }),
    others: [audited(20, { kind: "field-lengthened", object: "Lead", field: "Description" })],
  },
  {
    name: "a field made required → Missing required value",
    wave: wave("missing-required-value", ["contact"], required),
    cause: audited(42, {
      kind: "field-became-required",
      object: "Contact",
      field: "Customer_Tier__c",
    }),
  },
  {
    name: "field access removed → Salesforce field permission",
    wave: wave("salesforce-field-permission", ["company"], noAccess),
    cause: audited(5, { kind: "field-access-removed", object: "Account", field: "AnnualRevenue" }),
  },
  {
    name: "a field no longer updateable, seen by a scan → Salesforce field permission",
    wave: wave("salesforce-field-permission", ["company"], noAccess),
    cause: scanned(
      { after: 300, seen: 60 },
      {
        system: "salesforce",
        kind: "field-no-longer-updateable",
        object: "Account",
        field: "AnnualRevenue",
      },
    ),
  },
  {
    name: "a validation rule activated → Custom code",
    wave: wave("custom-code", ["contact"], validation),
    cause: audited(17, {
      kind: "validation-rule-activated",
      object: "Lead",
      option: "Require_VAT_for_DE",
    }),
  },
  {
    name: "a flow activated → Custom code",
    wave: wave(
      "custom-code",
      ["deal"],
      [
        "CANNOT_EXECUTE_FLOW_TRIGGER: We can't save this record because the “Opportunity Discount Guard” process failed.",
      ],
    ),
    cause: audited(240, {
      kind: "flow-activated",
      object: "Opportunity",
      option: "Opportunity Discount Guard",
    }),
  },
  {
    name: "a user deactivated → Inactive Salesforce owner",
    wave: wave("inactive-salesforce-owner", ["contact"], inactiveOwner),
    cause: audited(33, { kind: "user-deactivated", object: "User", option: "Per Hansen" }),
  },
  {
    name: "a duplicate rule changed → Salesforce duplicate rule",
    wave: wave(
      "salesforce-duplicate-rule",
      ["company"],
      ["DUPLICATES_DETECTED: Use one of these records? (Standard Account Duplicate Rule)"],
    ),
    cause: audited(70, {
      kind: "duplicate-rule-changed",
      object: "Account",
      option: "Standard Account Duplicate Rule",
    }),
  },
  {
    name: "a HubSpot option removed → Mismatched options",
    wave: wave(
      "mismatched-options",
      ["contact"],
      [
        "Mismatched options: the Salesforce value Partner on LeadSource has no matching option in the HubSpot property Lead source",
      ],
    ),
    cause: scanned(
      { after: 1440, seen: 200 },
      {
        system: "hubspot",
        kind: "option-removed",
        object: "contacts",
        field: "leadsource",
        option: "Partner",
      },
    ),
  },
  {
    name: "a HubSpot property's type changed → Type mismatch",
    wave: wave(
      "type-mismatch",
      ["deal"],
      [
        'Property values were not valid: Property "contract_value" is of type number, but value "twelve thousand" was given',
      ],
    ),
    cause: scanned(
      { after: 900, seen: 120 },
      {
        system: "hubspot",
        kind: "type-changed",
        object: "deals",
        field: "contract_value",
        before: "string",
        after: "number",
      },
    ),
  },
  {
    name: "a deal stage removed → Missing or invalid opportunity stage",
    wave: wave(
      "missing-or-invalid-opportunity-stage",
      ["deal"],
      ["The deal stage Negotiation has no matching Salesforce opportunity stage"],
    ),
    cause: scanned(
      { after: 700, seen: 10 },
      {
        system: "hubspot",
        kind: "pipeline-stage-removed",
        object: "deals",
        field: "dealstage",
        option: "Negotiation",
      },
    ),
  },
  // --- Decoys: changes that must not be linked ---
  {
    name: "decoy: another value of the same field deactivated",
    wave: wave("restricted-picklist-value", ["contact"], biotech),
    cause: null,
    others: [
      audited(11, {
        kind: "picklist-value-deactivated",
        object: "Lead",
        field: "Industry",
        option: "Mining",
      }),
    ],
  },
  {
    name: "decoy: a value of a field the errors do not name",
    wave: wave("restricted-picklist-value", ["contact"], biotech),
    cause: null,
    others: [
      audited(11, {
        kind: "picklist-value-deactivated",
        object: "Lead",
        field: "Rating",
        option: "Biotech2",
      }),
    ],
  },
  {
    name: "decoy: the right change, three days too early",
    wave: wave("restricted-picklist-value", ["contact"], biotech),
    cause: null,
    others: [
      audited(3 * 24 * 60, {
        kind: "picklist-value-deactivated",
        object: "Lead",
        field: "Industry",
        option: "Biotech",
      }),
    ],
  },
  {
    name: "decoy: the right change, an hour after the first error",
    wave: wave("string-too-long", ["contact"], tooLong),
    cause: null,
    others: [audited(-60, { kind: "field-shortened", object: "Lead", field: "Description" })],
  },
  {
    name: "decoy: a change of a kind that starts no error of this type",
    wave: wave("string-too-long", ["contact"], tooLong),
    cause: null,
    others: [audited(10, { kind: "field-became-required", object: "Lead", field: "Description" })],
  },
  {
    name: "decoy: a field made longer",
    wave: wave("string-too-long", ["contact"], tooLong),
    cause: null,
    others: [audited(10, { kind: "field-lengthened", object: "Lead", field: "Description" })],
  },
  {
    name: "decoy: a validation rule on an object the errors are not on",
    wave: wave("custom-code", ["contact"], validation),
    cause: null,
    others: [
      audited(10, {
        kind: "validation-rule-activated",
        object: "Opportunity",
        option: "Discount_Cap",
      }),
    ],
  },
  {
    name: "decoy: a validation rule activated two days before",
    wave: wave("custom-code", ["contact"], validation),
    cause: null,
    others: [
      audited(46 * 60, { kind: "validation-rule-activated", object: "Lead", option: "Old_Rule" }),
    ],
  },
  {
    name: "decoy: a Setup change the bot cannot read",
    wave: wave("custom-code", ["contact"], validation),
    cause: null,
    others: [audited(5, { kind: "setup-change", object: "Lead", option: null })],
  },
  {
    name: "decoy: a user deactivated after the errors began",
    wave: wave("inactive-salesforce-owner", ["contact"], inactiveOwner),
    cause: null,
    others: [audited(-120, { kind: "user-deactivated", object: "User", option: "Per Hansen" })],
  },
  {
    name: "decoy: field access removed on another field",
    wave: wave("salesforce-field-permission", ["company"], noAccess),
    cause: null,
    others: [
      audited(5, { kind: "field-access-removed", object: "Account", field: "NumberOfEmployees" }),
    ],
  },
  {
    name: "decoy: a field required on an object of other records",
    wave: wave("missing-required-value", ["deal"], required),
    cause: null,
    others: [
      audited(5, { kind: "field-became-required", object: "Contact", field: "Customer_Tier__c" }),
    ],
  },
  {
    name: "decoy: a scan saw the change only after the wave, and it happened after",
    wave: wave("restricted-picklist-value", ["contact"], biotech),
    cause: null,
    others: [
      scanned(
        { after: -30, seen: -300 },
        {
          system: "salesforce",
          kind: "picklist-value-deactivated",
          object: "Lead",
          field: "Industry",
          option: "Biotech",
        },
      ),
    ],
  },
  {
    name: "decoy: a HubSpot option hidden on a property the errors do not name",
    wave: wave(
      "mismatched-options",
      ["contact"],
      [
        "Mismatched options: the Salesforce value Partner on LeadSource has no matching option in the HubSpot property Lead source",
      ],
    ),
    cause: null,
    others: [
      scanned(
        { after: 600, seen: 60 },
        {
          system: "hubspot",
          kind: "option-hidden",
          object: "contacts",
          field: "industry",
          option: "Partner",
        },
      ),
    ],
  },
];

describe("rankCauses: the table of planted changes and decoys", () => {
  const results = CASES.map((c) => ({
    case: c,
    causes: rankCauses(c.wave, [...(c.cause ? [c.cause] : []), ...(c.others ?? [])]),
  }));

  it("has at least 12 planted pairs, 12 decoys, and every linking kind", () => {
    expect(CASES.filter((c) => c.cause).length).toBeGreaterThanOrEqual(12);
    expect(CASES.filter((c) => !c.cause).length).toBeGreaterThanOrEqual(12);
    const planted = new Set(CASES.flatMap((c) => (c.cause ? [c.cause.kind] : [])));
    const kindsWithLinks = Object.entries(KIND_LINKS).filter(([, links]) => links.length > 0);
    // Each kind that starts errors has a planted case, or one of its family does.
    const family: Record<string, string> = {
      "field-no-longer-createable": "field-no-longer-updateable",
      "picklist-value-added": "option-removed",
      "validation-rule-changed": "validation-rule-activated",
      "trigger-changed": "flow-activated",
      "option-hidden": "option-removed",
      "field-removed": "field-access-removed",
    };
    for (const [kind] of kindsWithLinks)
      expect(planted.has(kind) || planted.has(family[kind] ?? ""), kind).toBe(true);
  });

  it.each(results.map((r) => [r.case.name, r] as const))("%s", (_, { case: c, causes }) => {
    if (c.cause) expect(causes[0]?.change).toBe(c.cause);
    const wrong = causes.filter((cause: LikelyCause) => cause.change !== c.cause);
    expect(
      wrong.map((w) => `${w.change.kind} ${w.change.field} ${w.confidence.toFixed(2)}`),
    ).toEqual([]);
  });

  it("reaches precision ≥ 0.95 and recall ≥ 0.8 on the planted set", () => {
    const linked = results.flatMap((r) => r.causes.map((cause) => cause.change === r.case.cause));
    const precision = linked.filter(Boolean).length / linked.length;
    const planted = results.filter((r) => r.case.cause);
    const recall =
      planted.filter((r) => r.causes.some((c) => c.change === r.case.cause)).length /
      planted.length;
    console.info(
      `causes: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} over ${planted.length} planted and ${results.length - planted.length} decoys`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe("rankCauses", () => {
  const change = audited(11, {
    kind: "picklist-value-deactivated",
    object: "Lead",
    field: "Industry",
    option: "Biotech",
  });

  it("gives the evidence: time to the first error, how many messages name the place", () => {
    const [cause] = rankCauses(wave("restricted-picklist-value", ["contact"], biotech), [change]);
    expect(cause?.evidence).toEqual({
      strength: "direct",
      leadMs: 11 * 60_000,
      namedIn: 2,
      sampled: 2,
      valueNamed: true,
      objectMatches: true,
    });
    expect(cause?.confidence).toBeGreaterThan(CAUSE_THRESHOLD);
  });

  it("shows a change learnt from both the audit trail and a snapshot once, as the audit trail tells it", () => {
    const seen = scanned(
      { after: 300, seen: 5 },
      {
        system: "salesforce",
        kind: "picklist-value-deactivated",
        object: "Lead",
        field: "Industry",
        option: "Biotech",
      },
    );
    const causes = rankCauses(wave("restricted-picklist-value", ["contact"], biotech), [
      seen,
      change,
    ]);
    expect(causes.map((c) => c.change)).toEqual([change]);
  });

  it("shows a field both not createable and not updateable once", () => {
    const w = wave("salesforce-field-permission", ["company"], noAccess);
    const range = { after: 300, seen: 60 };
    const causes = rankCauses(w, [
      scanned(range, {
        system: "salesforce",
        kind: "field-no-longer-createable",
        object: "Account",
        field: "AnnualRevenue",
      }),
      scanned(range, {
        system: "salesforce",
        kind: "field-no-longer-updateable",
        object: "Account",
        field: "AnnualRevenue",
      }),
    ]);
    expect(causes).toHaveLength(1);
  });

  it("shows at most two causes, the likeliest first", () => {
    const w = wave("custom-code", ["contact"], validation);
    const causes = rankCauses(w, [
      audited(300, { kind: "validation-rule-activated", object: "Lead", option: "Require_Region" }),
      audited(10, {
        kind: "validation-rule-activated",
        object: "Lead",
        option: "Require_VAT_for_DE",
      }),
      audited(60, { kind: "flow-activated", object: "Contact", option: "Contact_Owner_Guard" }),
    ]);
    expect(causes.map((c) => c.change.option)).toEqual([
      "Require_VAT_for_DE",
      "Contact_Owner_Guard",
    ]);
  });

  it("finds nothing without messages naming the field, or for a kind it does not know", () => {
    const silent = wave("restricted-picklist-value", ["contact"], ["Something went wrong"]);
    expect(rankCauses(silent, [change])).toEqual([]);
    expect(
      rankCauses(wave("restricted-picklist-value", ["contact"], biotech), [
        { ...change, kind: "constructor" },
      ]),
    ).toEqual([]);
  });
});
