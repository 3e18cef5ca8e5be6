import type { Button } from "@slack/types";
import type { SyncErrorRule } from "../../rules/types.js";
import { button } from "../blocks/index.js";

/**
 * The "Explain" buttons of messages posted in a channel (the digest, a resync's summary):
 * `digest_explain:<n>`, the value a rule id. Their answer goes into the message's thread.
 */
export const DIGEST_EXPLAIN_PREFIX = "digest_explain:";
export const DIGEST_EXPLAIN_PATTERN = /^digest_explain:\d+$/;

/** The `index`-th "Explain <type>" button of a channel message. */
export function explainInThreadButton(rule: SyncErrorRule, index: number): Button {
  return button({
    text: `Explain ${rule.name}`,
    actionId: `${DIGEST_EXPLAIN_PREFIX}${index}`,
    value: rule.id,
  });
}
