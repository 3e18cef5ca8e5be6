import type { Button } from "@slack/types";
import { ruleWords } from "../../catalog/labels.js";
import { type Translator, translator } from "../../i18n/translator.js";
import type { SyncErrorRule } from "../../rules/types.js";
import { button } from "../blocks/index.js";

/**
 * The "Explain" buttons of messages posted in a channel (the digest, a resync's summary):
 * `digest_explain:<n>`, the value a rule id. Their answer goes into the message's thread.
 */
export const DIGEST_EXPLAIN_PREFIX = "digest_explain:";
export const DIGEST_EXPLAIN_PATTERN = /^digest_explain:\d+$/;

/** English, for callers that do not pass the message's translator. */
const ENGLISH = translator("en");

/**
 * The `index`-th "Explain <type>" button of a channel message, in the language of `label`: the
 * message's translator ("Forklar Ugyldig værdi" in Danish, the type by that language's name), or
 * the button's text itself.
 */
export function explainInThreadButton(
  rule: SyncErrorRule,
  index: number,
  label: Translator | string = ENGLISH,
): Button {
  const text =
    typeof label === "string"
      ? label
      : label.t("digest.explainButton", { name: ruleWords(label).name(rule) });
  return button({
    text,
    actionId: `${DIGEST_EXPLAIN_PREFIX}${index}`,
    value: rule.id,
  });
}
