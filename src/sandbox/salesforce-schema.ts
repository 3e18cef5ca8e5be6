import type { SObjectType } from "./salesforce-ids.js";

/** Field types the sandbox describes (a subset of Salesforce's `soapType`-backed field types). */
export type FieldType =
  | "id"
  | "string"
  | "email"
  | "phone"
  | "picklist"
  | "reference"
  | "datetime"
  | "date"
  | "boolean"
  | "double"
  | "currency"
  | "textarea";

/** A field a test adds to an sObject, e.g. `{ name: "HubSpot_Resync_Requested__c", type: "datetime" }`. */
export interface CustomFieldSpec {
  readonly name: string;
  readonly type: FieldType;
  readonly label?: string;
  /** For text fields; Salesforce reports 0 for others. */
  readonly length?: number;
  /** True unless given (formula fields are not). */
  readonly updateable?: boolean;
  readonly picklistValues?: readonly string[];
}

/** One entry of a describe's `fields`, with the properties the bot reads. */
export interface DescribedField {
  readonly name: string;
  readonly label: string;
  readonly type: FieldType;
  readonly length: number;
  readonly updateable: boolean;
  readonly createable: boolean;
  readonly nillable: boolean;
  readonly custom: boolean;
  readonly picklistValues: readonly {
    readonly active: boolean;
    readonly defaultValue: boolean;
    readonly label: string;
    readonly value: string;
    readonly validFor: null;
  }[];
}

type FieldRow = readonly [name: string, type: FieldType, length: number, picklist?: string[]];

const SYSTEM: readonly FieldRow[] = [
  ["Id", "id", 18],
  ["OwnerId", "reference", 18],
  ["CreatedDate", "datetime", 0],
  ["LastModifiedDate", "datetime", 0],
];
const ADDRESS: readonly FieldRow[] = [
  ["Street", "textarea", 255],
  ["City", "string", 40],
  ["State", "string", 80],
  ["PostalCode", "string", 20],
  ["Country", "string", 80],
];
const LEAD_STATUS = ["Open - Not Contacted", "Working - Contacted", "Closed - Converted"];
const STAGES = ["Prospecting", "Qualification", "Closed Won", "Closed Lost"];

const STANDARD: Readonly<Record<SObjectType, readonly FieldRow[]>> = {
  Lead: [
    ...SYSTEM,
    ["FirstName", "string", 40],
    ["LastName", "string", 80],
    ["Company", "string", 255],
    ["Email", "email", 80],
    ["Phone", "phone", 40],
    ["Status", "picklist", 255, LEAD_STATUS],
    ["LeadSource", "picklist", 255, ["Web", "Phone Inquiry", "Other"]],
    ...ADDRESS,
  ],
  Contact: [
    ...SYSTEM,
    ["AccountId", "reference", 18],
    ["FirstName", "string", 40],
    ["LastName", "string", 80],
    ["Email", "email", 80],
    ["Phone", "phone", 40],
    ["LeadSource", "picklist", 255, ["Web", "Phone Inquiry", "Other"]],
  ],
  Account: [
    ...SYSTEM,
    ["Name", "string", 255],
    ["Website", "string", 255],
    ["Industry", "picklist", 255, ["Technology", "Finance", "Retail"]],
    ["Type", "picklist", 255, ["Prospect", "Customer - Direct", "Partner"]],
  ],
  Opportunity: [
    ...SYSTEM,
    ["AccountId", "reference", 18],
    ["Name", "string", 120],
    ["StageName", "picklist", 255, STAGES],
    ["CloseDate", "date", 0],
    ["Amount", "currency", 0],
  ],
};

/** Fields Salesforce never lets an update write. */
const READ_ONLY = new Set(["Id", "CreatedDate", "LastModifiedDate"]);

function picklist(values: readonly string[] | undefined): DescribedField["picklistValues"] {
  return (values ?? []).map((value, index) => ({
    active: true,
    defaultValue: index === 0,
    label: value,
    value,
    validFor: null,
  }));
}

/** The fields of `type`: the standard ones the sandbox knows, then the test's custom ones. */
export function fieldsOf(
  type: SObjectType,
  custom: readonly CustomFieldSpec[] = [],
): DescribedField[] {
  const standard = STANDARD[type].map(
    ([name, fieldType, length, values]): DescribedField => ({
      name,
      label: name.replace(/([a-z])([A-Z])/g, "$1 $2"),
      type: fieldType,
      length,
      updateable: !READ_ONLY.has(name),
      createable: !READ_ONLY.has(name),
      nillable: name !== "Id" && name !== "LastName" && name !== "Name",
      custom: false,
      picklistValues: picklist(values),
    }),
  );
  const extra = custom.map(
    (spec): DescribedField => ({
      name: spec.name,
      label: spec.label ?? spec.name.replace(/__c$/, "").replaceAll("_", " "),
      type: spec.type,
      length: spec.length ?? 0,
      updateable: spec.updateable ?? true,
      createable: spec.updateable ?? true,
      nillable: true,
      custom: true,
      picklistValues: picklist(spec.picklistValues),
    }),
  );
  return [...standard, ...extra];
}

/** The body of `GET …/sobjects/{type}/describe`, trimmed to what the bot reads. */
export function describeBody(
  type: SObjectType,
  custom: readonly CustomFieldSpec[],
  urlBase: string,
): Record<string, unknown> {
  return {
    name: type,
    label: type,
    custom: false,
    createable: true,
    updateable: true,
    queryable: true,
    fields: fieldsOf(type, custom),
    urls: {
      describe: `${urlBase}/sobjects/${type}/describe`,
      sobject: `${urlBase}/sobjects/${type}`,
      rowTemplate: `${urlBase}/sobjects/${type}/{ID}`,
    },
  };
}
