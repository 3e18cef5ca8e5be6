import type { KnownBlock } from "@slack/types";
import { ruleWords } from "../../catalog/labels.js";
import { causeSentences } from "../../causes/cause-text.js";
import type { LinkedWave } from "../../causes/link-waves.js";
import type { Translator } from "../../i18n/translator.js";
import type { SyncErrorRule } from "../../rules/types.js";
import { context, escapeMrkdwn } from "../blocks/index.js";

/**
 * The likely cause of a type's wave as one context line under the type (the digest's line, a
 * spike alert, an explanation); nothing when no change is linked to it. Times are in the team's
 * zone, the one the digest is scheduled in.
 */
export function causeBlocks(
  linked: LinkedWave | undefined,
  rule: SyncErrorRule,
  timeZone: string,
  t: Translator,
): KnownBlock[] {
  if (!linked) return [];
  const typeName = ruleWords(t).name(rule);
  const sentences = causeSentences(linked, { t, timeZone, typeName });
  return [context([`:mag: ${escapeMrkdwn(sentences.join(" "))}`])];
}
