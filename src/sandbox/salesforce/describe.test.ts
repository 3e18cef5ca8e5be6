import { Connection, type DescribeSObjectResult } from "jsforce";
import { afterEach, describe, expect, it } from "vitest";
import {
  decodeValidFor,
  encodeValidFor,
  SalesforceSandbox,
  type SalesforceSandboxOptions,
  type SaveResult,
  salesforceId,
} from "./sandbox.js";

// Describe through the real jsforce Connection: standard fields, state and country picklists,
// and the per-test field overrides a scan's findings need.

const TOKEN = "00D000000000001!sandbox-token";

let sandbox: SalesforceSandbox | undefined;

async function start(options: Partial<SalesforceSandboxOptions> = {}): Promise<Connection> {
  sandbox = await SalesforceSandbox.start({ accessToken: TOKEN, ...options });
  return new Connection({ instanceUrl: sandbox.instanceUrl, accessToken: TOKEN, version: "62.0" });
}

function fieldOf(description: DescribeSObjectResult, name: string) {
  const field = description.fields.find((f) => f.name === name);
  if (!field) throw new Error(`no field ${name}`);
  return field;
}

afterEach(async () => {
  sandbox?.assertNoUnexpectedCalls();
  await sandbox?.close();
  sandbox = undefined;
});

describe("SalesforceSandbox describe", () => {
  it("describes realistic standard fields", async () => {
    const conn = await start();
    const lead = await conn.sobject("Lead").describe();
    expect(fieldOf(lead, "LastName")).toMatchObject({
      type: "string",
      label: "Last Name",
      length: 80,
      nillable: false,
      defaultedOnCreate: false,
      createable: true,
      updateable: true,
      custom: false,
    });
    expect(fieldOf(lead, "Company")).toMatchObject({ length: 255, nillable: false });
    expect(fieldOf(lead, "Title")).toMatchObject({ type: "string", length: 128, nillable: true });
    expect(fieldOf(lead, "Status")).toMatchObject({
      type: "picklist",
      restrictedPicklist: true,
      dependentPicklist: false,
      controllerName: null,
      nillable: false,
      defaultedOnCreate: true,
    });
    expect(fieldOf(lead, "Status").picklistValues?.[0]).toEqual({
      active: true,
      defaultValue: true,
      label: "Open - Not Contacted",
      value: "Open - Not Contacted",
      validFor: null,
    });
    expect(fieldOf(lead, "LeadSource").restrictedPicklist).toBe(true);
    expect(fieldOf(lead, "OwnerId")).toMatchObject({
      type: "reference",
      referenceTo: ["Group", "User"],
      relationshipName: "Owner",
    });
    expect(fieldOf(lead, "Name")).toMatchObject({ createable: false, updateable: false });
    expect(fieldOf(lead, "Id")).toMatchObject({ type: "id", nillable: false, updateable: false });
    expect(lead.fields.some((f) => f.name === "StateCode")).toBe(false);

    const opportunity = await conn.sobject("Opportunity").describe();
    const stages = fieldOf(opportunity, "StageName").picklistValues ?? [];
    expect(stages.filter((s) => !s.active).map((s) => s.value)).toEqual([
      "Needs Analysis",
      "Perception Analysis",
    ]);
    expect(fieldOf(opportunity, "CloseDate")).toMatchObject({ type: "date", nillable: false });
    expect(fieldOf(opportunity, "Amount")).toMatchObject({
      type: "currency",
      precision: 18,
      scale: 2,
    });

    const account = await conn.sobject("Account").describe();
    expect(fieldOf(account, "Name")).toMatchObject({ nillable: false, nameField: true });
    expect(fieldOf(account, "BillingCountry").type).toBe("string");

    const user = await conn.sobject("User").describe();
    expect(user.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        "Id",
        "Email",
        "IsActive",
        "UserType",
        "FirstName",
        "LastName",
        "Name",
      ]),
    );
    expect(fieldOf(user, "IsActive")).toMatchObject({ type: "boolean", nillable: false });
  });

  it("adds StateCode picklists dependent on CountryCode, with validFor bitsets", async () => {
    const conn = await start({ stateCountryPicklists: true });
    const lead = await conn.sobject("Lead").describe();
    const countries = fieldOf(lead, "CountryCode");
    const states = fieldOf(lead, "StateCode");
    expect(countries).toMatchObject({ type: "picklist", dependentPicklist: false });
    expect(states).toMatchObject({
      type: "picklist",
      dependentPicklist: true,
      controllerName: "CountryCode",
      restrictedPicklist: true,
    });
    expect(fieldOf(lead, "State").type).toBe("string");

    const countryCodes = (countries.picklistValues ?? []).map((v) => v.value);
    const california = states.picklistValues?.find((v) => v.label === "California");
    expect(california?.value).toBe("CA");
    // Decoding the bits names the country the state belongs to.
    const validFor = california?.validFor ?? "";
    expect(decodeValidFor(validFor).map((i) => countryCodes[i])).toEqual(["US"]);
    const ontario = states.picklistValues?.find((v) => v.value === "ON");
    expect(decodeValidFor(ontario?.validFor ?? "").map((i) => countryCodes[i])).toEqual(["CA"]);

    const account = await conn.sobject("Account").describe();
    expect(fieldOf(account, "BillingStateCode").controllerName).toBe("BillingCountryCode");
    const contact = await conn.sobject("Contact").describe();
    expect(fieldOf(contact, "MailingStateCode").controllerName).toBe("MailingCountryCode");
  });

  it("takes field overrides: permissions, inactive values and new dependent fields", async () => {
    const lead = salesforceId("Lead", 1);
    const conn = await start({
      records: { Lead: [{ Id: lead, LastName: "Doe", Company: "Acme" }] },
      customFields: { Lead: [{ name: "Region__c", type: "picklist", picklistValues: ["EU"] }] },
      fields: {
        Lead: [
          { name: "email", updateable: false },
          {
            name: "LeadSource",
            picklistValues: ["Web", { value: "Trade Show", active: false }],
          },
          { name: "Is_Partner__c", type: "boolean" },
          {
            name: "Partner_Tier__c",
            type: "picklist",
            controllerName: "Is_Partner__c",
            picklistValues: [
              { value: "Gold", validFor: ["true"] },
              { value: "None", validFor: ["false"] },
            ],
          },
          { name: "Region__c", restrictedPicklist: true },
        ],
      },
    });
    const description = await conn.sobject("Lead").describe();
    expect(fieldOf(description, "Email")).toMatchObject({ updateable: false, createable: false });
    expect(fieldOf(description, "LeadSource").picklistValues).toEqual([
      { active: true, defaultValue: false, label: "Web", value: "Web", validFor: null },
      {
        active: false,
        defaultValue: false,
        label: "Trade Show",
        value: "Trade Show",
        validFor: null,
      },
    ]);
    const tier = fieldOf(description, "Partner_Tier__c");
    expect(tier).toMatchObject({
      custom: true,
      dependentPicklist: true,
      controllerName: "Is_Partner__c",
    });
    expect(tier.picklistValues?.map((v) => v.validFor)).toEqual([
      encodeValidFor([1], 2),
      encodeValidFor([0], 2),
    ]);
    expect(fieldOf(description, "Region__c")).toMatchObject({ restrictedPicklist: true });

    // The missing field permission shows in updates too.
    const [result] = (await conn.sobject("Lead").update([{ Id: lead, Email: "new@example.com" }], {
      allOrNone: false,
    })) as unknown as SaveResult[];
    expect(result).toMatchObject({
      success: false,
      errors: [{ statusCode: "INVALID_FIELD_FOR_INSERT_UPDATE", fields: ["Email"] }],
    });
    expect(sandbox?.describedFields("Lead").find((f) => f.name === "Email")?.updateable).toBe(
      false,
    );
  });

  it.each([
    [{ fields: { Lead: [{ name: "Rating" }] } }, /new field Lead.Rating needs a type/],
    [{ customFields: { Lead: [{ name: "Rating", type: "string" }] } }, /must end in __c/],
    [
      { fields: { Lead: [{ name: "Tier__c", type: "picklist", controllerName: "Email" }] } },
      /controller must be a picklist or checkbox/,
    ],
    [
      {
        fields: {
          Lead: [
            {
              name: "Tier__c",
              type: "picklist",
              controllerName: "Status",
              picklistValues: [{ value: "A", validFor: ["Nope"] }],
            },
          ],
        },
      },
      /validFor Nope, which its controller lacks/,
    ],
    [
      { records: { Lead: [{ Id: salesforceId("Lead", 1), Region__c: "EU" }] } },
      /has a field Region__c that Lead does not describe/,
    ],
  ] as const)("refuses a bad seed before opening a port (%#)", async (options, message) => {
    await expect(
      SalesforceSandbox.start({
        accessToken: TOKEN,
        ...(options as Partial<SalesforceSandboxOptions>),
      }),
    ).rejects.toThrow(message);
  });

  it("keeps seeded fields under their described names and stamps their dates", async () => {
    const id = salesforceId("Contact", 1);
    await start({
      clock: { now: () => new Date("2026-11-29T09:00:00Z") },
      records: { Contact: [{ Id: id, lastname: "Doe", EMAIL: "doe@example.com" }] },
    });
    expect(sandbox?.record("Contact", id)).toEqual({
      Id: id,
      LastName: "Doe",
      Email: "doe@example.com",
      CreatedDate: "2026-11-29T09:00:00.000+0000",
      LastModifiedDate: "2026-11-29T09:00:00.000+0000",
      SystemModstamp: "2026-11-29T09:00:00.000+0000",
    });
  });
});

describe("encodeValidFor", () => {
  it("sets bit i, most significant bit first, for controlling value i", () => {
    expect(encodeValidFor([0])).toBe("gAAA");
    expect(encodeValidFor([1, 8])).toBe("QIAA");
    expect([...Buffer.from(encodeValidFor([7, 9]), "base64")]).toEqual([0x01, 0x40, 0x00]);
    expect(encodeValidFor([], 30)).toBe("AAAAAAAA");
    expect(decodeValidFor(encodeValidFor([3, 17, 240], 241))).toEqual([3, 17, 240]);
    expect(() => encodeValidFor([-1])).toThrow(/bad controlling index/);
  });
});
