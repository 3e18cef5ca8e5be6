import type { Button } from "@slack/types";
import { ruleWords } from "../../catalog/labels.js";
import type { Translator } from "../../i18n/translator.js";
import type { Offer } from "../../resync/resync-offers.js";
import { button, confirmDialog, escapeMrkdwn } from "../blocks/index.js";

/** The Resync buttons: `resync_offer:<n>`, the value the offer's key. */
export const RESYNC_OFFER_PREFIX = "resync_offer:";
export const RESYNC_OFFER_PATTERN = /^resync_offer:\d+$/;

/**
 * A Resync button in the translator's words, with the confirm dialog that says what will happen
 * and that the cause must be fixed first: for `/syncerror resync`'s offer and explanations. (The
 * digest and status offer "Resync N" in each type's ⋯ menu instead: ./type-menu.ts.)
 */
export function translatedResyncButton(offer: Offer, index: number, t: Translator): Button {
  const { errors, records, batches } = offer.size;
  const name = ruleWords(t).name(offer.rule);
  return button({
    text: t.t("explain.resyncButton", { errors, batches }),
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
