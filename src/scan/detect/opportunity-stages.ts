import { finding } from "../finding.js";
import { salesforceField } from "../scan-context.js";
import { type Detector, textOf } from "./detector.js";

/** Inactive opportunity stage: the opportunity sits in a stage Salesforce has deactivated. */
export const inactiveOpportunityStage: Detector = {
  ruleId: "inactive-opportunity-stage",
  on: "salesforce-record",
  detect(record, context) {
    if (record.object !== "Opportunity") return [];
    const stage = textOf(record.values.StageName);
    const picklist = salesforceField(context, "Opportunity", "StageName")?.picklist;
    const entry = picklist?.find((p) => p.value === stage);
    if (!entry || entry.active) return [];
    return [
      finding(
        "inactive-opportunity-stage",
        "StageName",
        `Inactive opportunity stage: opportunity ${record.id} is in the inactive stage ${stage}`,
      ),
    ];
  },
};

/**
 * Missing or invalid opportunity stage: the opportunity has no stage, or one that no stage of
 * HubSpot's deal pipelines is named after.
 */
export const missingOrInvalidOpportunityStage: Detector = {
  ruleId: "missing-or-invalid-opportunity-stage",
  on: "salesforce-record",
  detect(record, context) {
    if (record.object !== "Opportunity") return [];
    const stage = textOf(record.values.StageName).trim();
    if (stage === "") {
      return [
        finding(
          "missing-or-invalid-opportunity-stage",
          "StageName",
          "REQUIRED_FIELD_MISSING: Required fields are missing: [StageName]",
          "REQUIRED_FIELD_MISSING",
        ),
      ];
    }
    // An inactive stage is its own type; without pipelines read there is nothing to compare.
    const entry = salesforceField(context, "Opportunity", "StageName")?.picklist?.find(
      (p) => p.value === stage,
    );
    if ((entry && !entry.active) || context.dealStageLabels.size === 0) return [];
    if (context.dealStageLabels.has(stage.toLowerCase())) return [];
    return [
      finding(
        "missing-or-invalid-opportunity-stage",
        "StageName",
        `Missing or invalid opportunity stage: the stage ${stage} does not exist in the HubSpot pipeline`,
      ),
    ];
  },
};
