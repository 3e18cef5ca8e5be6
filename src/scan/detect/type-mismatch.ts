import { mappedFields } from "../../mappings/mappings.js";
import { finding } from "../finding.js";
import { salesforceField } from "../scan-context.js";
import type { Detector } from "./detector.js";

const TEXT = ["string", "textarea", "email", "phone", "url", "encryptedstring"];

// Which Salesforce field types each HubSpot property type can sync into (HubSpot's list of
// syncable field types, simplified to what the describe types tell apart).
const COMPATIBLE: Readonly<Record<string, readonly string[]>> = {
  string: [...TEXT, "picklist", "multipicklist", "reference", "id", "combobox"],
  phone_number: [...TEXT],
  number: [...TEXT, "double", "currency", "percent", "int", "long"],
  date: [...TEXT, "date", "datetime"],
  datetime: [...TEXT, "date", "datetime"],
  enumeration: [...TEXT, "picklist", "multipicklist", "combobox", "boolean", "reference"],
  bool: [...TEXT, "boolean"],
};

/**
 * Type mismatch, once per mapping: the HubSpot property's type cannot sync into the Salesforce
 * field's type (text into a number, a date into a checkbox…). Every record would fail the same
 * way, so it is one finding, not one per record.
 */
export const typeMismatch: Detector = {
  ruleId: "type-mismatch",
  on: "mapping",
  detect(pair, context) {
    const properties = context.hubspotProperties.get(pair.hubspot);
    return mappedFields(context.mappings, pair).flatMap((m) => {
      const property = properties?.get(m.hubspot);
      const field = salesforceField(context, pair.salesforce, m.salesforce);
      if (!property || !field) return [];
      const allowed = COMPATIBLE[property.type];
      if (!allowed || allowed.includes(field.type)) return [];
      return [
        finding(
          "type-mismatch",
          field.name,
          `Mismatched types: the HubSpot property ${property.name} (${property.type}) cannot sync to the Salesforce field ${pair.salesforce}.${field.name} (${field.type})`,
        ),
      ];
    });
  },
};
