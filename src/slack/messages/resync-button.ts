import type { Button } from "@slack/types";
import { ruleWords } from "../../catalog/labels.js";
import type { Translator } from "../../i18n/translator.js";
import type { Offer } from "../../resync/resync-offers.js";
import { button, confirmDialog, escapeMrkdwn, truncateText } from "../blocks/index.js";

/** The Resync buttons: `resync_offer:<n>`, the value the offer's key. */
export const RESYNC_OFFER_PREFIX = "resync_offer:";
export const RESYNC_OFFER_PATTERN = /^resync_offer:\d+$/;

/** Slack's limit on a button's label. */
const BUTTON_LABEL_MAX = 75;

/**
 * A Resync button in the translator's words, with the confirm dialog that says what will happen
 * and that the cause must be fixed first: for `/syncerror resync`'s offer, the digest, status and
 * explanations. `named` puts the type's name in the label, where several types
 * share a row of buttons (digest, status); the counts must survive Slack's 75-character label, so
 * the name gives way.
 */
export function translatedResyncButton(
  offer: Offer,
  index: number,
  t: Translator,
  options: { readonly named: boolean },
): Button {
  const { errors, records, batches } = offer.size;
  const name = ruleWords(t).name(offer.rule);
  let text: string;
  if (options.named) {
    const frame = t.t("digest.resyncButton", { name: "", errors, batches }).length;
    text = t.t("digest.resyncButton", {
      name: truncateText(name, Math.max(1, BUTTON_LABEL_MAX - frame)),
      errors,
      batches,
    });
  } else text = t.t("explain.resyncButton", { errors, batches });
  return button({
    text,
    actionId: `${RESYNC_OFFER_PREFIX}${index}`,
    value: offer.key,
    confirm: confirmDialog({
      title: t.t("explain.resyncConfirmTitle"),
      text: t.t("explain.resyncConfirmText", {
        records,
        batches,
        skipped: errors - records,
        name: escapeMrkdwn(name),
      }),
      confirm: t.t("explain.resyncConfirm"),
      deny: t.t("explain.resyncDeny"),
    }),
  });
}
