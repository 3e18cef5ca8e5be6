/**
 * Learnt changes (the store's LearntChange) for tests: every field filled unless the test says
 * otherwise, so a test names only what it is about.
 */
import type { LearntChange } from "../../src/store/types.js";

/** What a test says about a change; its key, kind and when it was observed are its own. */
export type ChangeSpec = Partial<LearntChange> & Pick<LearntChange, "key" | "kind" | "observedAt">;

/** A change of Salesforce's Lead.Industry a scan found, with no value, who or time of its own. */
export function learntChange(spec: ChangeSpec): LearntChange {
  return {
    happenedAt: null,
    happenedAfter: null,
    system: "salesforce",
    object: "Lead",
    field: "Industry",
    option: null,
    before: null,
    after: null,
    who: null,
    source: "snapshot",
    detail: null,
    ...spec,
  };
}
