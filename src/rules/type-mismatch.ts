import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "type-mismatch",
  name: "Type mismatch",
  danishName: "Uoverensstemmende typer",
  danishNameSource: "faithful",
  aliases: ["Mismatched types", "Field format mismatch", "Field type mismatch", "Wrong field type"],
  symptoms: [
    "text sent to a number field",
    "text value in a date or checkbox field",
    "property type differs from the field type",
  ],
  category: "property-mappings",
  direction: "either",
  objects: ["contact", "company", "deal"],
  signals: [
    // Salesforce uses one code for "wrong type"; it is a mapping problem when the value is of a
    // wholly different kind (text into a number, date or checkbox field).
    {
      code: "INVALID_TYPE_ON_FIELD_IN_RECORD",
      pattern: /value not of required type:\s*(?:[a-z]|\S*[a-z]{2,}\S*)/i,
      weight: 0.5,
    },
    {
      pattern:
        /\b(?:mismatched (?:field )?types?|type mismatch|incompatible (?:field|property) types?)\b/i,
    },
    { pattern: /\bcannot deserialize instance of (?:double|date|boolean|int)\b/i },
    // The same wording without its code (exports often drop it), still decided by the value.
    { pattern: /value not of required type:\s*(?:[a-z]|\S*[a-z]{2,}\S*)/i, weight: 0.5 },
  ],
  cause:
    "The HubSpot property and the Salesforce field it is mapped to hold different kinds of data, " +
    "for example a free-text property mapped to a number, date or checkbox field. The integration " +
    "cannot convert every value, so records with an unconvertible value stop syncing.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "In the Salesforce integration's field mappings, find the mapping named in the error and note both types.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Map the property to a Salesforce field of a compatible type, or change the HubSpot property's field type to match.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text: "If the Salesforce field is the one that is wrong, create a field of a compatible type and have it mapped instead.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records once the mapping is compatible.",
    },
  ],
  translations: {
    da: {
      cause:
        "HubSpot-egenskaben og det Salesforce-felt, den er mappet til, rummer forskellige " +
        "slags data, f.eks. en fritekstegenskab, der er mappet til et tal-, dato- eller " +
        "afkrydsningsfelt. Integrationen kan ikke konvertere alle værdier, så poster med en " +
        "værdi, der ikke kan konverteres, holder op med at synkronisere.",
      fix: [
        "Find mappingen fra fejlen i Salesforce-integrationens feltmapping, og notér begge " +
          "typer.",
        "Map egenskaben til et Salesforce-felt af en kompatibel type, eller skift " +
          "HubSpot-egenskabens felttype, så typerne passer sammen.",
        "Er det Salesforce-feltet, der er forkert, så opret et felt af en kompatibel type, og " +
          "få det mappet i stedet.",
        "Synkroniser de berørte poster igen, når mappingen er kompatibel.",
      ],
    },
  },
  resync: "after-fix",
  related: ["invalid-value", "mismatched-options", "option-limit-exceeded"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "INVALID_TYPE_ON_FIELD_IN_RECORD: Annual Revenue: value not of required type: about two million",
      "Mismatched types: the HubSpot property annualrevenue (string) cannot sync to the Salesforce field AnnualRevenue (currency)",
      "Type mismatch",
    ],
    nearMisses: [
      "INVALID_TYPE_ON_FIELD_IN_RECORD: Number Of Employees: value not of required type: 12,5",
      "STRING_TOO_LONG: Description: data value too large",
    ],
  },
});
