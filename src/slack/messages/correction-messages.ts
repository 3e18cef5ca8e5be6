import type { Catalog } from "../../catalog/catalog.js";
import type { CorrectionOutcome } from "../../corrections/correction-book.js";
import type { CorrectionChance } from "../../corrections/correction-offers.js";
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

/** "Not this type?" under an explanation of a classified message; `text` is the label in the answer's language. */
export function notThisTypeButton(
  chance: CorrectionChance,
  text = "Not this type?",
): ReturnType<typeof button> {
  return button({ text, actionId: CORRECTION_ACTIONS.offer, value: chance.key });
}

/**
 * "Not this type?" for a summary that lists several classified lines (an import's types, a
 * resync's failures): the person picks the line, then the type.
 */
export function notThisTypeLineSelect(
  chances: readonly CorrectionChance[],
): ReturnType<typeof staticSelect> {
  return staticSelect({
    actionId: CORRECTION_ACTIONS.line,
    placeholder: "Not this type?",
    options: chances.map((chance) => ({ text: chance.shown.name, value: chance.key })),
  });
}

/**
 * Which type is it: the message as the bot read it, the type it showed, and a menu of the 28
 * types by category. Picking one saves the correction.
 */
export function correctionQuestionMessage(
  offer: CorrectionOffer,
  shown: SyncErrorRule,
  catalog: Catalog,
): SlackMessage {
  const quoted = escapeMrkdwn(
    truncateText(offer.message.replace(/\s+/g, " ").trim(), QUOTED_CHARS),
  );
  return buildMessage({
    text: `Which error type is this message? I read it as ${shown.name}.`,
    blocks: [
      section(
        `I read this message as *${escapeMrkdwn(shown.name)}*:\n>${quoted}\nWhich error type is it?`,
        {
          blockId: `${CORRECTION_BLOCK_PREFIX}${offer.key}`,
          accessory: staticSelect({
            actionId: CORRECTION_ACTIONS.type,
            placeholder: "The right error type",
            groups: catalog.categories
              .filter((category) => category.rules.length > 0)
              .map((category) => ({
                label: category.name,
                options: category.rules.map((rule) => ({ text: rule.name, value: rule.id })),
              })),
          }),
        },
      ),
      context([
        "From then on I read this message, and every message that differs from it only in ids, names and values, as the type you pick, for everyone. `syncerror corrections list` shows the corrections.",
      ]),
    ],
  });
}

/** The answer once a correction is saved, or found to change nothing. */
export function correctionSavedMessage(
  outcome: CorrectionOutcome | { readonly kind: "already" },
  picked: SyncErrorRule,
  catalog: Catalog,
): SlackMessage {
  const name = escapeMrkdwn(picked.name);
  if (outcome.kind === "already" || outcome.kind === "unchanged") {
    const text = `I already read this message as ${picked.name}, so nothing changed.`;
    return buildMessage({
      text,
      blocks: [section(`I already read this message as *${name}*, so nothing changed.`)],
    });
  }
  const previous =
    outcome.kind === "replaced"
      ? ` It replaces the earlier correction to *${escapeMrkdwn(catalog.ruleById(outcome.previous)?.name ?? outcome.previous)}*.`
      : "";
  const id = outcome.record.id;
  return buildMessage({
    text: `Saved: I now read this message, and messages like it, as ${picked.name} (correction #${id}).`,
    blocks: [
      section(
        `:white_check_mark: Saved: I now read this message, and messages that differ from it only in ids, names and values, as *${name}* (correction #${id}).${previous}`,
      ),
      context([`\`syncerror corrections remove ${id}\` undoes it.`]),
    ],
  });
}
