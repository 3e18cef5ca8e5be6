import type { Button } from "@slack/types";
import type { SyncErrorRule } from "../../rules/types.js";
import { button } from "../blocks/index.js";

/**
 * The "Explain" buttons of messages posted in a channel (the digest, a resync's summary):
 * `digest_explain:<n>`, the value a rule id. Their answer goes into the message's thread.
 */
export const DIGEST_EXPLAIN_PREFIX = "digest_explain:";
export const DIGEST_EXPLAIN_PATTERN = /^digest_explain:\d+$/;

/** The `index`-th "Explain <type>" button of a channel message; `text` in another language. */
export function explainInThreadButton(
  rule: SyncErrorRule,
  index: number,
  text = `Explain ${rule.name}`,
): Button {
  return button({
    text,
    actionId: `${DIGEST_EXPLAIN_PREFIX}${index}`,
    value: rule.id,
  });
}
