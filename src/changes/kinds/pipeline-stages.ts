import type { ChangeRule } from "../change.js";

/**
 * A deal stage label no deal pipeline has any more (deleted, archived or renamed): deals synced
 * from Salesforce opportunities at that stage have nowhere to go. Before is true, after null.
 */
export const pipelineStageRemoved: ChangeRule = {
  kind: "pipeline-stage-removed",
  on: "deal-stages",
  compare: (before, after) => {
    const remaining = new Set(after);
    return before
      .filter((stage) => !remaining.has(stage))
      .map((option) => ({ option, before: true, after: null }));
  },
};
