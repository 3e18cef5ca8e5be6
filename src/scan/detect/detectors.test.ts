import { describe, expect, it } from "vitest";
import { createCatalog } from "../../catalog/catalog.js";
import type { SalesforceObject } from "../../clients/salesforce-setup-port.js";
import { DEFAULT_MAPPINGS } from "../../mappings/default-mappings.js";
import type { ObjectPair } from "../../mappings/mappings.js";
import { rules } from "../../rules/index.js";
import type { Finding } from "../finding.js";
import type {
  HubSpotProperty,
  SalesforceField,
  SalesforcePicklistValue,
  ScanContext,
} from "../scan-context.js";
import type { Detector, HubSpotRecordView, SalesforceRecordView } from "./detector.js";
import { DETECTORS } from "./index.js";

// Each check with records that have its problem and records that do not, against one org's
// metadata. Every finding must classify, through the catalog, to the type that found it.

const catalog = createCatalog(rules);
const LEAD: ObjectPair = { hubspot: "contacts", salesforce: "Lead" };
const DEAL: ObjectPair = { hubspot: "deals", salesforce: "Opportunity" };

const field = (
  name: string,
  type: string,
  more: Partial<SalesforceField> = {},
): SalesforceField => ({
  name,
  type,
  length: type === "string" ? 80 : 0,
  required: false,
  createable: true,
  updateable: true,
  restricted: false,
  picklist: null,
  controllerName: null,
  ...more,
});
const values = (...list: Array<string | [string, boolean]>): SalesforcePicklistValue[] =>
  list.map((v) => {
    const [value, active] = typeof v === "string" ? [v, true] : v;
    return { value, label: value, active, validFor: null };
  });
// Denmark (index 0) and the United States (index 1); Jylland is Danish, California American.
const bits = (...indexes: number[]) => {
  const bytes = Buffer.alloc(1);
  for (const i of indexes) bytes[0] = (bytes[0] ?? 0) | (0x80 >> i);
  return bytes.toString("base64");
};
const fieldsOf = (...list: SalesforceField[]) =>
  new Map(list.map((f) => [f.name.toLowerCase(), f] as const));

const leadFields = fieldsOf(
  field("Email", "email", { length: 80 }),
  field("FirstName", "string", { length: 40 }),
  field("LastName", "string", { length: 80, required: true }),
  field("Company", "string", { length: 255, required: true }),
  field("Phone", "phone", { length: 40 }),
  field("Title", "string", { length: 128 }),
  field("State", "string"),
  field("Country", "string"),
  field("CountryCode", "picklist", {
    picklist: [
      { value: "DK", label: "Denmark", active: true, validFor: null },
      { value: "US", label: "United States", active: true, validFor: null },
    ],
  }),
  field("StateCode", "picklist", {
    controllerName: "CountryCode",
    picklist: [
      { value: "JY", label: "Jylland", active: true, validFor: bits(0) },
      { value: "CA", label: "California", active: true, validFor: bits(1) },
    ],
  }),
  field("Status", "picklist", {
    restricted: true,
    picklist: values("Open", "Working", ["Retired", false]),
  }),
  field("OwnerId", "reference", { required: true }),
);
const opportunityFields = fieldsOf(
  field("Name", "string", { required: true }),
  field("StageName", "picklist", {
    required: true,
    picklist: values("Prospecting", "Closed Won", ["Negotiation/Review", false]),
  }),
  field("Amount", "currency"),
  field("CloseDate", "date", { required: true }),
  field("OwnerId", "reference"),
);
const property = (name: string, type: string, options: string[] = []): HubSpotProperty => ({
  name,
  type,
  fieldType: type === "enumeration" ? "select" : "text",
  options: options.map((value) => ({ value, label: value })),
});

function context(over: Partial<ScanContext> = {}): ScanContext {
  const users = [
    { id: "0055g00000F2mQzAAJ", email: "gone@acme.com", isActive: false, userType: "Standard" },
    { id: "0055g00000F2mR0AAJ", email: "ann@acme.com", isActive: true, userType: "Standard" },
    { id: "0055g00000Hk2LmAAJ", email: "bot@acme.com", isActive: true, userType: "CsnOnly" },
  ];
  return {
    mappings: DEFAULT_MAPPINGS,
    salesforceFields: new Map<SalesforceObject, ReadonlyMap<string, SalesforceField>>([
      ["Lead", leadFields],
      ["Opportunity", opportunityFields],
    ]),
    hubspotProperties: new Map([
      [
        "contacts",
        new Map(
          [
            property("email", "string"),
            property("firstname", "string"),
            property("lastname", "string"),
            property("company", "string"),
            property("phone", "phone_number"),
            property("jobtitle", "string"),
            property("state", "string"),
            property("country", "string"),
            property("hs_lead_status", "enumeration", ["Open", "Working", "Partner"]),
            property("hubspot_owner_id", "enumeration"),
          ].map((p) => [p.name, p] as const),
        ),
      ],
      [
        "deals",
        new Map(
          [
            property("dealname", "string"),
            property("dealstage", "enumeration"),
            property("amount", "number"),
            property("closedate", "date"),
            property("hubspot_owner_id", "enumeration"),
          ].map((p) => [p.name, p] as const),
        ),
      ],
    ]),
    hubspotOwners: new Map([
      ["101", { email: "gone@acme.com" }],
      ["102", { email: "Ann@Acme.com" }],
    ]),
    salesforceUsersById: new Map(users.map((u) => [u.id, u])),
    salesforceUsersByEmail: new Map(users.map((u) => [u.email, u])),
    dealStageLabels: new Set(["prospecting", "closed won"]),
    hubspotContactsByEmail: new Map([
      ["jane@acme.com", { id: "51234", salesforceIds: ["003D000000IqhSLIAZ"] }],
    ]),
    ...over,
  };
}

const lead = (values: Record<string, string>, creates = false): HubSpotRecordView => ({
  objectType: "contacts",
  id: "7001",
  values: { firstname: "Jane", lastname: "Doe", company: "Acme", ...values },
  pair: LEAD,
  creates,
});
const sfRecord = (
  object: SalesforceObject,
  values: Record<string, unknown>,
): SalesforceRecordView => ({
  object,
  id: object === "Lead" ? "00QD000000IqhSMMAZ" : "006D000000IqhSNIAZ",
  values,
});

function run(
  ruleId: string,
  input: HubSpotRecordView | SalesforceRecordView | ObjectPair,
  ctx = context(),
): Finding[] {
  const detectors = DETECTORS.filter((d) => d.ruleId === ruleId);
  expect(detectors.length).toBeGreaterThan(0);
  const findings = detectors.flatMap((d: Detector) => {
    if (d.on === "hubspot-record" && "creates" in input) return d.detect(input, ctx);
    if (d.on === "salesforce-record" && "object" in input && !("creates" in input))
      return d.detect(input, ctx);
    if (d.on === "mapping" && !("values" in input)) return d.detect(input as ObjectPair, ctx);
    return [];
  });
  for (const f of findings) {
    expect(f.ruleId).toBe(ruleId);
    // The scan's wording reads, to the catalog, as the same error type.
    expect(catalog.classify(f.message).rule.id, f.message).toBe(ruleId);
  }
  return findings;
}

describe("the scan's checks", () => {
  it("String too long: a value over the field's length, counted in characters", () => {
    expect(run("string-too-long", lead({ jobtitle: "x".repeat(129) }))).toHaveLength(1);
    expect(run("string-too-long", lead({ jobtitle: "x".repeat(128) }))).toEqual([]);
    expect(run("string-too-long", lead({ firstname: "😀".repeat(40) }))).toEqual([]);
  });

  it("Restricted picklist value: only active values of a restricted picklist pass", () => {
    expect(run("restricted-picklist-value", lead({ hs_lead_status: "Partner" }))).toHaveLength(1);
    expect(run("restricted-picklist-value", lead({ hs_lead_status: "Retired" }))).toHaveLength(1);
    expect(run("restricted-picklist-value", lead({ hs_lead_status: "Working" }))).toEqual([]);
  });

  it("Mismatched options: a value an unrestricted picklist lacks, and a Salesforce value HubSpot lacks", () => {
    const open = context({
      salesforceFields: new Map([
        [
          "Lead",
          fieldsOf(
            ...[...leadFields.values()].map((f) =>
              f.name === "Status" ? { ...f, restricted: false } : f,
            ),
          ),
        ],
      ]),
    });
    expect(run("mismatched-options", lead({ hs_lead_status: "Partner" }), open)).toHaveLength(1);
    expect(run("mismatched-options", lead({ hs_lead_status: "Open" }), open)).toEqual([]);
    expect(run("mismatched-options", sfRecord("Lead", { Status: "Retired" }))).toHaveLength(1);
    expect(run("mismatched-options", sfRecord("Lead", { Status: "Working" }))).toEqual([]);
  });

  it("Mismatched state or country value: unknown country, unknown state, or a state of another country", () => {
    expect(run("mismatched-state-or-country-value", lead({ country: "Danmark" }))).toHaveLength(1);
    expect(
      run("mismatched-state-or-country-value", lead({ state: "Bavaria", country: "Denmark" })),
    ).toHaveLength(1);
    expect(
      run("mismatched-state-or-country-value", lead({ state: "California", country: "DK" })),
    ).toHaveLength(1);
    expect(
      run("mismatched-state-or-country-value", lead({ state: "Jylland", country: "Denmark" })),
    ).toEqual([]);
    expect(
      run("mismatched-state-or-country-value", lead({ state: "CA", country: "United States" })),
    ).toEqual([]);
    // Without state and country picklists, Salesforce takes any text.
    const plain = context({
      salesforceFields: new Map([
        ["Lead", fieldsOf(...[...leadFields.values()].filter((f) => !f.name.endsWith("Code")))],
      ]),
    });
    expect(run("mismatched-state-or-country-value", lead({ country: "Danmark" }), plain)).toEqual(
      [],
    );
  });

  it("Missing required country: a state without a country", () => {
    expect(run("missing-required-country", lead({ state: "Jylland" }))).toHaveLength(1);
    expect(run("missing-required-country", lead({ state: "Jylland", country: "Denmark" }))).toEqual(
      [],
    );
    expect(run("missing-required-country", lead({}))).toEqual([]);
  });

  it("Missing required value: a record to be created without a required mapped field", () => {
    const [found] = run("missing-required-value", lead({ lastname: "", company: " " }, true));
    expect(found?.message).toBe(
      "REQUIRED_FIELD_MISSING: Required fields are missing: [LastName, Company]",
    );
    expect(run("missing-required-value", lead({}, true))).toEqual([]);
    // An update leaves the Salesforce values as they are.
    expect(run("missing-required-value", lead({ lastname: "" }, false))).toEqual([]);
  });

  it("Type mismatch: reported once per mapping whose types cannot sync", () => {
    const withText = context({
      hubspotProperties: new Map([
        ...context().hubspotProperties,
        [
          "deals",
          new Map([
            ["amount", property("amount", "string")],
            ["closedate", property("closedate", "bool")],
          ]),
        ],
      ]),
    });
    const found = run("type-mismatch", DEAL, withText);
    expect(found.map((f) => f.field)).toEqual(["Amount", "CloseDate"]);
    expect(run("type-mismatch", DEAL)).toEqual([]);
  });

  it("Salesforce field permission: mapped fields the integration user cannot write or see", () => {
    const locked = context({
      salesforceFields: new Map([
        [
          "Lead",
          fieldsOf(
            ...[...leadFields.values()]
              .filter((f) => f.name !== "Phone")
              .map((f) =>
                f.name === "Title" ? { ...f, updateable: false, createable: false } : f,
              ),
          ),
        ],
      ]),
    });
    const [found] = run("salesforce-field-permission", LEAD, locked);
    expect(found?.field).toBe("Phone, Title");
    expect(run("salesforce-field-permission", LEAD)).toEqual([]);
  });

  it("Inactive Salesforce owner: the owner's email belongs to a deactivated user", () => {
    expect(run("inactive-salesforce-owner", lead({ hubspot_owner_id: "101" }))).toHaveLength(1);
    expect(run("inactive-salesforce-owner", lead({ hubspot_owner_id: "102" }))).toEqual([]);
    expect(run("inactive-salesforce-owner", lead({ hubspot_owner_id: "999" }))).toEqual([]);
  });

  it("Salesforce owners not synced: owned by a user of an unsupported type", () => {
    expect(
      run("salesforce-owners-not-synced", sfRecord("Lead", { OwnerId: "0055g00000Hk2LmAAJ" })),
    ).toHaveLength(1);
    expect(
      run("salesforce-owners-not-synced", sfRecord("Lead", { OwnerId: "0055g00000F2mR0AAJ" })),
    ).toEqual([]);
  });

  it("Invalid Salesforce ID: a malformed id or checksum in the record's Salesforce id", () => {
    expect(
      run("invalid-salesforce-id", lead({ salesforceleadid: "00QD000000IqhSLXXX" })),
    ).toHaveLength(1);
    expect(run("invalid-salesforce-id", lead({ salesforceleadid: "not-an-id" }))).toEqual([]);
    expect(run("invalid-salesforce-id", lead({ salesforceleadid: "00QD000000IqhSLMAZ" }))).toEqual(
      [],
    );
    expect(run("invalid-salesforce-id", lead({ salesforceleadid: "00QD000000IqhSL" }))).toEqual([]);
  });

  it("Missing Salesforce ID: something that is not an id where an id goes", () => {
    expect(run("missing-salesforce-id", lead({ salesforceleadid: "not-an-id" }))).toHaveLength(1);
    expect(run("missing-salesforce-id", lead({ salesforceleadid: "00QD000000IqhSLXXX" }))).toEqual(
      [],
    );
    expect(run("missing-salesforce-id", lead({}))).toEqual([]);
  });

  it("Invalid email: a Salesforce email HubSpot will not take", () => {
    for (const bad of ["jane.doe@acme", "kontakt@firma .dk", "a@@b.com", "jane..doe@acme.com"])
      expect(run("invalid-email", sfRecord("Lead", { Email: bad })), bad).toHaveLength(1);
    for (const good of ["jane.doe@acme.com", "o'neil+sales@mail.acme.co.uk", ""])
      expect(run("invalid-email", sfRecord("Lead", { Email: good })), good).toEqual([]);
  });

  it("Email already in use: the email is a HubSpot contact's that is linked to another record", () => {
    expect(run("email-already-in-use", sfRecord("Lead", { Email: "Jane@Acme.com" }))).toHaveLength(
      1,
    );
    const own = { ...sfRecord("Contact", { Email: "jane@acme.com" }), id: "003D000000IqhSLIAZ" };
    expect(run("email-already-in-use", own)).toEqual([]);
    expect(run("email-already-in-use", sfRecord("Lead", { Email: "new@acme.com" }))).toEqual([]);
  });

  it("Inactive opportunity stage, and Missing or invalid opportunity stage", () => {
    expect(
      run(
        "inactive-opportunity-stage",
        sfRecord("Opportunity", { StageName: "Negotiation/Review" }),
      ),
    ).toHaveLength(1);
    expect(
      run("inactive-opportunity-stage", sfRecord("Opportunity", { StageName: "Prospecting" })),
    ).toEqual([]);
    expect(
      run("missing-or-invalid-opportunity-stage", sfRecord("Opportunity", { StageName: "" })),
    ).toHaveLength(1);
    expect(
      run(
        "missing-or-invalid-opportunity-stage",
        sfRecord("Opportunity", { StageName: "Closed Won" }),
      ),
    ).toEqual([]);
    const fewer = context({ dealStageLabels: new Set(["prospecting"]) });
    expect(
      run(
        "missing-or-invalid-opportunity-stage",
        sfRecord("Opportunity", { StageName: "Closed Won" }),
        fewer,
      ),
    ).toHaveLength(1);
    // An inactive stage is the other type's finding, not this one's.
    expect(
      run(
        "missing-or-invalid-opportunity-stage",
        sfRecord("Opportunity", { StageName: "Negotiation/Review" }),
        fewer,
      ),
    ).toEqual([]);
  });
});

describe("the registry of checks", () => {
  it("names only real error types, and covers every type the issue asks the scan to find", () => {
    for (const d of DETECTORS) expect(catalog.ruleById(d.ruleId), d.ruleId).toBeDefined();
    expect([...new Set(DETECTORS.map((d) => d.ruleId))].sort()).toEqual(
      [
        "email-already-in-use",
        "inactive-opportunity-stage",
        "inactive-salesforce-owner",
        "invalid-email",
        "invalid-salesforce-id",
        "mismatched-options",
        "mismatched-state-or-country-value",
        "missing-or-invalid-opportunity-stage",
        "missing-required-country",
        "missing-required-value",
        "missing-salesforce-id",
        "restricted-picklist-value",
        "salesforce-field-permission",
        "salesforce-owners-not-synced",
        "string-too-long",
        "type-mismatch",
      ].sort(),
    );
  });
});
