import { mappedFields } from "../../mappings/mappings.js";
import { finding } from "../finding.js";
import { salesforceField } from "../scan-context.js";
import type { Detector } from "./detector.js";

/**
 * Missing required value: a record the sync would create in Salesforce leaves a required mapped
 * field empty (not nillable, no default). Owner and stage fields have their own types.
 */
export const missingRequiredValue: Detector = {
  ruleId: "missing-required-value",
  on: "hubspot-record",
  detect(record, context) {
    if (!record.creates) return [];
    const missing: string[] = [];
    for (const m of mappedFields(context.mappings, record.pair)) {
      const target = salesforceField(context, record.pair.salesforce, m.salesforce);
      if (!target?.required || !target.createable) continue;
      if (target.name === "OwnerId" || target.name === "StageName") continue;
      if ((record.values[m.hubspot] ?? "").trim() === "") missing.push(target.name);
    }
    if (missing.length === 0) return [];
    return [
      finding(
        "missing-required-value",
        missing.join(", "),
        `REQUIRED_FIELD_MISSING: Required fields are missing: [${missing.join(", ")}]`,
        "REQUIRED_FIELD_MISSING",
      ),
    ];
  },
};
