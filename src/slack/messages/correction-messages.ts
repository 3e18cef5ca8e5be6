import type { Catalog } from "../../catalog/catalog.js";
import { ruleWords } from "../../catalog/labels.js";
import type { CorrectionOutcome } from "../../corrections/correction-book.js";
import type { CorrectionChance } from "../../corrections/correction-offers.js";
import { type Translator, translator } from "../../i18n/translator.js";
import type { SyncErrorRule } from "../../rules/types.js";
import type { CorrectionOffer } from "../../store/types.js";
import {
  buildMessage,
  button,
  context,
  escapeMrkdwn,
  type SlackMessage,
  section,
  staticSelect,
  truncateText,
} from "../blocks/index.js";

/** Action ids of the correction controls; the listeners route on these. */
export const CORRECTION_ACTIONS = {
  /** "Not this type?" under one explanation: the value is the offer's key. */
  offer: "correction_offer",
  /** "Not this type?" over a summary's lines: each option's value is a line's offer key. */
  line: "correction_line",
  /** The type the admin picks: option values are rule ids, the block id carries the offer key. */
  type: "correction_type",
} as const;

/** How the question's block id carries the offer key: `correction:<key>`. */
export const CORRECTION_BLOCK_PREFIX = "correction:";

/** How much of the message the question quotes. */
const QUOTED_CHARS = 400;

/** English, for callers that do not pass the reader's translator. */
const ENGLISH = translator("en");

/** "Not this type?" under an explanation of a classified message; `text` is the label in the answer's language. */
export function notThisTypeButton(
  chance: CorrectionChance,
  text = ENGLISH.t("corrections.lineSelect"),
): ReturnType<typeof button> {
  return button({ text, actionId: CORRECTION_ACTIONS.offer, value: chance.key });
}

/**
 * "Not this type?" for a summary that lists several classified lines (an import's types, a
 * resync's failures): the person picks the line, then the type. In `t`'s language (the summary's),
 * the types by that language's names.
 */
export function notThisTypeLineSelect(
  chances: readonly CorrectionChance[],
  t: Translator = ENGLISH,
): ReturnType<typeof staticSelect> {
  const words = ruleWords(t);
  return staticSelect({
    actionId: CORRECTION_ACTIONS.line,
    placeholder: t.t("corrections.lineSelect"),
    options: chances.map((chance) => ({ text: words.name(chance.shown), value: chance.key })),
  });
}

/**
 * Which type is it: the message as the bot read it, the type it showed, and a menu of the 28
 * types by category, in `t`'s language (the person who asked). Picking one saves the correction.
 */
export function correctionQuestionMessage(
  offer: CorrectionOffer,
  shown: SyncErrorRule,
  catalog: Catalog,
  t: Translator = ENGLISH,
): SlackMessage {
  const words = ruleWords(t);
  const quoted = escapeMrkdwn(
    truncateText(offer.message.replace(/\s+/g, " ").trim(), QUOTED_CHARS),
  );
  return buildMessage({
    text: t.t("corrections.questionText", { name: words.name(shown) }),
    blocks: [
      section(t.t("corrections.question", { name: escapeMrkdwn(words.name(shown)), quoted }), {
        blockId: `${CORRECTION_BLOCK_PREFIX}${offer.key}`,
        accessory: staticSelect({
          actionId: CORRECTION_ACTIONS.type,
          placeholder: t.t("corrections.menuPlaceholder"),
          groups: catalog.categories
            .filter((category) => category.rules.length > 0)
            .map((category) => ({
              label: words.category(category.id),
              options: category.rules.map((rule) => ({ text: words.name(rule), value: rule.id })),
            })),
        }),
      }),
      context([t.t("corrections.questionNote")]),
    ],
  });
}

/** The answer once a correction is saved, or found to change nothing, in `t`'s language. */
export function correctionSavedMessage(
  outcome: CorrectionOutcome | { readonly kind: "already" },
  picked: SyncErrorRule,
  catalog: Catalog,
  t: Translator = ENGLISH,
): SlackMessage {
  const words = ruleWords(t);
  const plain = words.name(picked);
  const name = escapeMrkdwn(plain);
  if (outcome.kind === "already" || outcome.kind === "unchanged") {
    return buildMessage({
      text: t.t("corrections.alreadyText", { name: plain }),
      blocks: [section(t.t("corrections.already", { name }))],
    });
  }
  const previousRule = outcome.kind === "replaced" ? catalog.ruleById(outcome.previous) : undefined;
  const previous =
    outcome.kind === "replaced"
      ? escapeMrkdwn(previousRule ? words.name(previousRule) : outcome.previous)
      : "";
  // A string, not a number: an id is not a quantity, so no thousands separator.
  const id = String(outcome.record.id);
  return buildMessage({
    text: t.t("corrections.savedText", { name: plain, id }),
    blocks: [
      section(
        t.t("corrections.saved", {
          name,
          id,
          replaces: outcome.kind === "replaced" ? "yes" : "no",
          previous,
        }),
      ),
      context([t.t("corrections.undo", { id })]),
    ],
  });
}
