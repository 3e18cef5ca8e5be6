import { finding } from "../finding.js";
import { salesforceField } from "../scan-context.js";
import type { Detector } from "./detector.js";
import { mappedValues } from "./detector.js";

// Field types whose `length` limits the text Salesforce accepts.
const TEXT_TYPES = new Set(["string", "textarea", "email", "phone", "url", "encryptedstring"]);

/** String too long: a mapped value longer than the Salesforce field's length. */
export const stringTooLong: Detector = {
  ruleId: "string-too-long",
  on: "hubspot-record",
  detect(record, context) {
    return mappedValues(record, context).flatMap(({ field, value }) => {
      const target = salesforceField(context, record.pair.salesforce, field);
      if (!target || !TEXT_TYPES.has(target.type) || target.length <= 0) return [];
      // Salesforce counts characters, not UTF-16 units.
      if ([...value].length <= target.length) return [];
      return [
        finding(
          "string-too-long",
          target.name,
          `STRING_TOO_LONG: ${target.name}: data value too large: ${value.slice(0, 40)}… (max length=${target.length})`,
          "STRING_TOO_LONG",
        ),
      ];
    });
  },
};
