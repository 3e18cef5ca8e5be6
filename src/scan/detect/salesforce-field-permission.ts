import { mappedFields } from "../../mappings/mappings.js";
import { finding } from "../finding.js";
import { salesforceField } from "../scan-context.js";
import type { Detector } from "./detector.js";

/**
 * Salesforce field permission, once per mapping: a mapped field the integration user cannot write
 * (read-only to its profile), or cannot see at all (describe, run as that user, leaves it out).
 */
export const salesforceFieldPermission: Detector = {
  ruleId: "salesforce-field-permission",
  on: "mapping",
  detect(pair, context) {
    const fields = context.salesforceFields.get(pair.salesforce);
    if (!fields) return [];
    const blocked = mappedFields(context.mappings, pair)
      .map((m) => ({
        name: m.salesforce,
        field: salesforceField(context, pair.salesforce, m.salesforce),
      }))
      .filter(({ field }) => !field || (!field.updateable && !field.createable))
      .map(({ name, field }) => field?.name ?? name);
    if (blocked.length === 0) return [];
    return [
      finding(
        "salesforce-field-permission",
        blocked.join(", "),
        `INVALID_FIELD_FOR_INSERT_UPDATE: Unable to create/update fields: ${blocked.join(", ")}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
        "INVALID_FIELD_FOR_INSERT_UPDATE",
      ),
    ];
  },
};
