import type { SalesforceObject } from "../../clients/salesforce-setup-port.js";
import { mappedFields } from "../../mappings/mappings.js";
import type { SalesforceField, SalesforcePicklistValue } from "../scan-context.js";
import { type ScanContext, salesforceField } from "../scan-context.js";
import type { HubSpotRecordView } from "./detector.js";

/** A record's state and country as it would send them, and the picklists that judge them. */
export interface StateAndCountry {
  readonly stateField: string;
  readonly state: string;
  readonly countryField: string;
  readonly country: string;
  /** Present when the org has state and country picklists switched on. */
  readonly picklists: {
    readonly states: SalesforceField;
    readonly countries: SalesforceField;
  } | null;
}

/**
 * Finds the mapped state and country fields of the record's Salesforce object (State/Country,
 * MailingState/MailingCountry, BillingState/BillingCountry…) and their values. With state and
 * country picklists on, Salesforce validates both against the StateCode and CountryCode picklists.
 */
export function stateAndCountry(
  record: HubSpotRecordView,
  context: ScanContext,
): StateAndCountry | null {
  const mappings = mappedFields(context.mappings, record.pair);
  const stateMapping = mappings.find((m) => /State$/.test(m.salesforce));
  if (!stateMapping) return null;
  const prefix = stateMapping.salesforce.slice(0, -"State".length);
  const countryMapping = mappings.find((m) => m.salesforce === `${prefix}Country`);
  const object = record.pair.salesforce as SalesforceObject;
  const states = salesforceField(context, object, `${prefix}StateCode`);
  const countries = salesforceField(context, object, `${prefix}CountryCode`);
  const value = (property: string | undefined) =>
    property ? (record.values[property] ?? "").trim() : "";
  return {
    stateField: stateMapping.salesforce,
    state: value(stateMapping.hubspot),
    countryField: countryMapping?.salesforce ?? `${prefix}Country`,
    country: value(countryMapping?.hubspot),
    picklists: states?.picklist && countries?.picklist ? { states, countries } : null,
  };
}

/** The active picklist entry a typed value means: its code or its name, in any case. */
export function pickEntry(
  field: SalesforceField,
  value: string,
): SalesforcePicklistValue | undefined {
  const wanted = value.toLowerCase();
  return (field.picklist ?? []).find(
    (p) => p.active && (p.value.toLowerCase() === wanted || p.label.toLowerCase() === wanted),
  );
}

/** Whether bit `index` is set in a describe `validFor` (base64, most significant bit first). */
export function validForIncludes(validFor: string, index: number): boolean {
  const bytes = Buffer.from(validFor, "base64");
  const byte = bytes[index >> 3];
  return byte !== undefined && (byte & (0x80 >> (index % 8))) !== 0;
}
