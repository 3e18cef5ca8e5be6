/**
 * Field specs: what a test declares, and the standard fields the sandbox gives each sObject.
 * The schema (salesforce-schema.ts) turns them into describe's field entries.
 */

import type { SObjectType } from "./ids.js";
import { COUNTRIES, type PicklistValueSpec, STATES } from "./picklists.js";

/** Field types the sandbox describes (Salesforce's describe `type` values). */
export type FieldType =
  | "id"
  | "string"
  | "email"
  | "phone"
  | "url"
  | "textarea"
  | "picklist"
  | "multipicklist"
  | "reference"
  | "datetime"
  | "date"
  | "boolean"
  | "double"
  | "currency"
  | "percent"
  | "int";

/**
 * A field: `name` and `type`, the rest defaulted as Salesforce does for an ordinary field
 * (nillable, createable and updateable, not defaulted on create, not restricted). Used for
 * `customFields` (names ending in `__c`) and, with `type` optional, for `fields` overrides.
 */
export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  readonly label?: string;
  /** Text length; defaults by type (string 255, email 80, phone 40, id and reference 18, else 0). */
  readonly length?: number;
  /** True unless given (false for id and boolean fields). */
  readonly nillable?: boolean;
  /** False unless given (true for id and boolean fields). */
  readonly defaultedOnCreate?: boolean;
  /** True unless given; false is what a missing field-level edit permission looks like. */
  readonly updateable?: boolean;
  /** As `updateable` unless given. */
  readonly createable?: boolean;
  /** Formula fields: true makes the field read-only. */
  readonly calculated?: boolean;
  readonly unique?: boolean;
  readonly externalId?: boolean;
  /** The record's name field (Lead.Name, Account.Name). */
  readonly nameField?: boolean;
  readonly picklistValues?: readonly (string | PicklistValueSpec)[];
  /** "Restrict picklist to the values defined in the value set". */
  readonly restrictedPicklist?: boolean;
  /** Makes the field a dependent picklist of this picklist or checkbox field. */
  readonly controllerName?: string;
  /** For reference fields: the sObjects it may point to. */
  readonly referenceTo?: readonly string[];
  /** For reference fields: `Owner` for OwnerId unless given. */
  readonly relationshipName?: string;
  readonly precision?: number;
  readonly scale?: number;
}

/** A field a test adds (custom, `__c`), kept under its original name. */
export type CustomFieldSpec = FieldSpec;

/**
 * Changes to a field by name (case-insensitive), merged into the standard or custom field of that
 * name; a name the object lacks adds a field, and then `type` is required.
 */
export type FieldOverride = Partial<FieldSpec> & { readonly name: string };

type Extra = Omit<FieldSpec, "name" | "type">;

const spec = (name: string, type: FieldType, extra: Extra = {}): FieldSpec => ({
  name,
  type,
  ...extra,
});
const text = (name: string, length: number, extra: Extra = {}): FieldSpec =>
  spec(name, "string", { length, ...extra });
const required = { nillable: false, defaultedOnCreate: false } as const;
const readOnly = { createable: false, updateable: false } as const;
const pick = (
  name: string,
  values: readonly (string | PicklistValueSpec)[],
  extra: Extra = {},
): FieldSpec => spec(name, "picklist", { picklistValues: values, ...extra });
const ref = (name: string, to: readonly string[], extra: Extra = {}): FieldSpec =>
  spec(name, "reference", { referenceTo: to, ...extra });

function system(type: SObjectType): FieldSpec[] {
  const stamp = { nillable: false, defaultedOnCreate: true, ...readOnly } as const;
  return [
    spec("Id", "id", { label: `${type} ID`, ...readOnly }),
    spec("CreatedDate", "datetime", stamp),
    spec("LastModifiedDate", "datetime", stamp),
    spec("SystemModstamp", "datetime", stamp),
  ];
}

const owner = (to: readonly string[]): FieldSpec =>
  ref("OwnerId", to, { label: "Owner ID", nillable: false, defaultedOnCreate: true });

/**
 * An address: text fields, plus the StateCode and CountryCode picklists (StateCode dependent on
 * CountryCode) when state and country picklists are on. The text fields stay `string`, as they
 * do in describe once the picklists are enabled (they then hold the integration values).
 */
function address(prefix: string, picklists: boolean): FieldSpec[] {
  const fields = [
    spec(`${prefix}Street`, "textarea", { length: 255 }),
    text(`${prefix}City`, 40),
    text(`${prefix}State`, 80),
    text(`${prefix}PostalCode`, 20),
    text(`${prefix}Country`, 80),
  ];
  if (!picklists) return fields;
  return [
    ...fields,
    pick(`${prefix}StateCode`, STATES, {
      label: `${prefix ? `${prefix} ` : ""}State Code`,
      restrictedPicklist: true,
      controllerName: `${prefix}CountryCode`,
    }),
    pick(`${prefix}CountryCode`, COUNTRIES, {
      label: `${prefix ? `${prefix} ` : ""}Country Code`,
      restrictedPicklist: true,
    }),
  ];
}

const LEAD_STATUS: readonly PicklistValueSpec[] = [
  { value: "Open - Not Contacted", defaultValue: true },
  { value: "Working - Contacted" },
  { value: "Closed - Converted" },
  { value: "Closed - Not Converted" },
];
const LEAD_SOURCE = ["Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other"];
const INDUSTRY = ["Agriculture", "Banking", "Education", "Finance", "Technology", "Retail"];
/** Opportunity stages, two of them deactivated as orgs commonly do. */
const STAGES: readonly PicklistValueSpec[] = [
  { value: "Prospecting", defaultValue: true },
  { value: "Qualification" },
  { value: "Needs Analysis", active: false },
  { value: "Value Proposition" },
  { value: "Id. Decision Makers" },
  { value: "Perception Analysis", active: false },
  { value: "Proposal/Price Quote" },
  { value: "Negotiation/Review" },
  { value: "Closed Won" },
  { value: "Closed Lost" },
];
const USER_TYPES: readonly PicklistValueSpec[] = [
  { value: "Standard", label: "Standard" },
  { value: "PowerPartner", label: "Partner" },
  { value: "PowerCustomerSuccess", label: "Customer Success" },
  { value: "CustomerSuccess", label: "Customer Portal User" },
  { value: "CspLitePortal", label: "High Volume Portal" },
  { value: "CsnOnly", label: "Chatter Free User" },
  { value: "Guest", label: "Guest" },
];

const personName = (): FieldSpec[] => [
  text("FirstName", 40),
  text("LastName", 80, required),
  // A compound of FirstName and LastName: read-only, computed when read (see salesforce-values).
  text("Name", 121, { label: "Full Name", nameField: true, ...readOnly }),
];

/** The standard fields of each sObject, in describe order. */
export function standardFields(
  type: SObjectType,
  options: { readonly stateCountryPicklists: boolean },
): FieldSpec[] {
  const picklists = options.stateCountryPicklists;
  switch (type) {
    case "Lead":
      return [
        ...system(type),
        ...personName(),
        text("Company", 255, required),
        text("Title", 128),
        spec("Email", "email", { length: 80 }),
        spec("Phone", "phone", { length: 40 }),
        ...address("", picklists),
        pick("Status", LEAD_STATUS, {
          restrictedPicklist: true,
          nillable: false,
          defaultedOnCreate: true,
        }),
        pick("LeadSource", LEAD_SOURCE, { restrictedPicklist: true }),
        pick("Industry", INDUSTRY),
        spec("Description", "textarea", { length: 32_000 }),
        spec("HasOptedOutOfEmail", "boolean"),
        spec("IsConverted", "boolean", { updateable: false }),
        owner(["Group", "User"]),
      ];
    case "Contact":
      return [
        ...system(type),
        ref("AccountId", ["Account"], { label: "Account ID" }),
        ...personName(),
        text("Title", 128),
        spec("Email", "email", { length: 80 }),
        spec("Phone", "phone", { length: 40 }),
        ...address("Mailing", picklists),
        pick("LeadSource", LEAD_SOURCE, { restrictedPicklist: true }),
        spec("Description", "textarea", { length: 32_000 }),
        spec("HasOptedOutOfEmail", "boolean"),
        owner(["User"]),
      ];
    case "Account":
      return [
        ...system(type),
        text("Name", 255, { label: "Account Name", nameField: true, ...required }),
        pick("Type", ["Prospect", "Customer - Direct", "Customer - Channel", "Partner", "Other"]),
        pick("Industry", INDUSTRY),
        spec("Website", "url", { length: 255 }),
        spec("Phone", "phone", { length: 40 }),
        ...address("Billing", picklists),
        spec("AnnualRevenue", "currency", { precision: 18, scale: 0 }),
        spec("NumberOfEmployees", "int", { label: "Employees" }),
        spec("Description", "textarea", { length: 32_000 }),
        owner(["User"]),
      ];
    case "Opportunity":
      return [
        ...system(type),
        ref("AccountId", ["Account"], { label: "Account ID" }),
        text("Name", 120, { nameField: true, ...required }),
        pick("StageName", STAGES, { label: "Stage", ...required }),
        spec("CloseDate", "date", required),
        spec("Amount", "currency", { precision: 18, scale: 2 }),
        spec("Probability", "percent", { label: "Probability (%)", precision: 3, scale: 0 }),
        pick("Type", ["Existing Business", "New Business"]),
        pick("LeadSource", LEAD_SOURCE, { restrictedPicklist: true }),
        spec("IsClosed", "boolean", { label: "Closed", ...readOnly }),
        spec("IsWon", "boolean", { label: "Won", ...readOnly }),
        owner(["User"]),
      ];
    case "User":
      return [
        ...system(type),
        text("Username", 80, { unique: true, ...required }),
        spec("Email", "email", { length: 128, ...required }),
        ...personName(),
        text("Title", 80),
        spec("IsActive", "boolean", { label: "Active" }),
        pick("UserType", USER_TYPES, { label: "User Type", ...readOnly }),
      ];
  }
}
