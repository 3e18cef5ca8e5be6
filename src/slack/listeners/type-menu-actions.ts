import type { App, BlockAction, ButtonAction, OverflowAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { ruleWords } from "../../catalog/labels.js";
import { InvalidInputError } from "../../errors.js";
import type { Translator } from "../../i18n/translator.js";
import { resyncSize } from "../../resync/plan-resync.js";
import { findOffer } from "../../resync/resync-offers.js";
import { escapeMrkdwn, type SlackMessage } from "../blocks/index.js";
import {
  CLAIM_TAKEOVER_ACTION,
  claimAnswer,
  claimSince,
  resyncConfirmMessage,
  TYPE_MENU_CANCEL_ACTION,
  TYPE_MENU_PATTERN,
  takeOverConfirmMessage,
  typeMenuChoice,
} from "../messages/type-menu.js";
import { clickPlace } from "./click-answer.js";
import { explainInThread } from "./digest-actions.js";
import type { ListenerDeps } from "./listener-deps.js";
import { replySafely } from "./reply-safely.js";
import { openSnoozeModal, unsnoozeAnswer } from "./snooze-actions.js";
import { sourceOf, updateLines } from "./type-lines.js";
import { yieldToPendingAcks } from "./yield-to-acks.js";

/** Action ids (patterns) these listeners answer; the manifest test reads them. */
export const TYPE_MENU_ACTION_IDS = [
  TYPE_MENU_PATTERN,
  CLAIM_TAKEOVER_ACTION,
  TYPE_MENU_CANCEL_ACTION,
] as const;

/**
 * A type's ⋯ menu (digest, `/syncerror status`) and the confirms it answers with. Explain goes
 * where the digest's Explain button sent it (the thread). Resync N and a takeover are confirmed
 * first in an ephemeral message with buttons, not a dialog: an overflow menu has one confirm for
 * all its options (Explain would ask too), and an ephemeral keeps the answer in the channel where
 * the click was, without a modal's trigger deadline; its Resync button is the Resync button's own
 * action, so the same listener starts the job. Take it and Release act at once (nothing is lost
 * by either, and both are audited). After a change, the digest's line is brought up to date.
 */
export function registerTypeMenuActions(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<OverflowAction>>(
    TYPE_MENU_PATTERN,
    async ({ ack, action, body, client }) => {
      await ack();
      await yieldToPendingAcks();
      const userId = body.user.id;
      const choice = typeMenuChoice(action.selected_option?.value);
      const source = sourceOf(body);
      if (choice?.kind === "explain") {
        await explainInThread(deps, client, {
          user: userId,
          actionId: action.action_id,
          ruleId: choice.ruleId,
          channel: source?.channel,
          threadTs: source?.threadTs,
          place: clickPlace(body),
        });
        await updateLines(deps, client, source);
        return;
      }
      if (choice?.kind === "snooze") {
        // First of all: the click's trigger_id opens a modal only within 3 s.
        await openSnoozeModal(deps, client, {
          user: userId,
          ruleId: choice.ruleId,
          triggerId: body.trigger_id,
          source,
          responseUrl: body.response_url,
        });
        return;
      }
      const t = await deps.translatorOf(userId);
      const fields = { user: userId, action: action.action_id, choice: choice?.kind };
      const reply = await replySafely(
        async () => {
          if (!choice) throw new InvalidInputError({ key: "actions.unknownRuleInThread" });
          if (choice.kind === "resync")
            return await resyncConfirm(deps, choice.offerKey, t, source);
          if (choice.kind === "unsnooze")
            return await unsnoozeAnswer(deps, choice.ruleId, userId, t);
          const rule = deps.catalog.ruleById(choice.ruleId);
          if (!rule) throw new InvalidInputError({ key: "claims.unknownType" });
          const name = escapeMrkdwn(ruleWords(t).name(rule));
          const now = deps.now();
          if (choice.kind === "take") {
            const outcome = await deps.store.takeClaim(rule.id, userId, now);
            if (outcome.taken) {
              return claimAnswer(t.t("claims.taken", { name }));
            }
            const holder = outcome.claim;
            if (holder && holder.owner === userId)
              return claimAnswer(
                t.t("claims.alreadyYours", { name, since: claimSince(holder.since, t) }),
              );
            if (holder) return takeOverConfirmMessage(rule, holder, t);
            // Released between the take's insert and its look: nobody has it; say so.
            return claimAnswer(t.t("claims.takeOverStale", { name, owner: "none", since: "" }));
          }
          const released = await deps.store.releaseClaim(rule.id, userId, now);
          if (released) {
            return claimAnswer(t.t("claims.released", { name }));
          }
          const holder = (await deps.store.claims()).find((c) => c.ruleId === rule.id);
          return claimAnswer(
            t.t("claims.notYours", {
              name,
              owner: holder ? `<@${holder.owner}>` : "none",
              since: holder ? claimSince(holder.since, t) : "",
            }),
          );
        },
        deps.logger,
        fields,
        t,
      );
      await deps.respondTo(body.response_url)({
        response_type: "ephemeral",
        replace_original: false,
        ...reply.message,
      });
      await updateLines(deps, client, source);
    },
  );

  app.action<BlockAction<ButtonAction>>(
    CLAIM_TAKEOVER_ACTION,
    async ({ ack, action, body, client }) => {
      await ack();
      await yieldToPendingAcks();
      const userId = body.user.id;
      const t = await deps.translatorOf(userId);
      const [ruleId, from] = (action.value ?? "").split(" ");
      const reply = await replySafely(
        async () => {
          const rule = ruleId ? deps.catalog.ruleById(ruleId) : undefined;
          if (!rule || !from) throw new InvalidInputError({ key: "claims.unknownType" });
          const name = escapeMrkdwn(ruleWords(t).name(rule));
          const outcome = await deps.store.takeOverClaim(rule.id, userId, from, deps.now());
          if (!outcome.taken) {
            const holder = outcome.claim;
            if (holder?.owner === userId)
              return claimAnswer(
                t.t("claims.alreadyYours", { name, since: claimSince(holder.since, t) }),
              );
            return claimAnswer(
              t.t("claims.takeOverStale", {
                name,
                owner: holder ? `<@${holder.owner}>` : "none",
                since: holder ? claimSince(holder.since, t) : "",
              }),
            );
          }
          // Told first, so the answer says whether they were.
          const reached = await tellPrevious(deps, client, body.channel?.id, from, userId, (tr) =>
            escapeMrkdwn(ruleWords(tr).name(rule)),
          );
          return claimAnswer(
            t.t(reached ? "claims.takenOver" : "claims.takenOverUntold", {
              name,
              previous: `<@${from}>`,
            }),
          );
        },
        deps.logger,
        { user: userId, action: action.action_id, rule: ruleId },
        t,
      );
      await deps.respondTo(body.response_url)({
        response_type: "ephemeral",
        replace_original: true,
        ...reply.message,
      });
    },
  );

  app.action<BlockAction<ButtonAction>>(TYPE_MENU_CANCEL_ACTION, async ({ ack, body }) => {
    await ack();
    const t = await deps.translatorOf(body.user.id);
    await deps.respondTo(body.response_url)({
      response_type: "ephemeral",
      replace_original: true,
      ...claimAnswer(t.t("claims.cancelled")),
    });
  });
}

/**
 * "Resync N" chosen (or "Fixed, resync now" clicked on an alert): the confirm, sized now, with the
 * offer the menu or button carried; the progress goes to the source message's thread.
 */
export async function resyncConfirm(
  deps: ListenerDeps,
  key: string,
  t: Translator,
  source: { readonly threadTs: string } | undefined,
): Promise<SlackMessage> {
  if (!deps.resync) throw new InvalidInputError({ key: "resync.notAvailable" });
  const offer = await findOffer(deps.store, key, deps.now());
  if (!offer) throw new InvalidInputError({ key: "resync.unknownButton" });
  const rule = deps.catalog.ruleById(offer.ruleId);
  if (!rule) throw new InvalidInputError({ key: "resync.unknownType" });
  const size = resyncSize(rule, await deps.store.openTargetGroups([rule.id]));
  return resyncConfirmMessage({ key: offer.key, rule, size }, t, source?.threadTs);
}

/**
 * Tells the previous owner that their type was taken over, in their language: an ephemeral in the
 * channel where it happened (they see it next to the digest, and it needs no scope beyond
 * chat:write), or, when they are not in that channel, a direct message from the bot (a user id as
 * the channel). A failure of both is logged and the takeover stands; false then, so the new owner
 * can be asked to tell them.
 */
async function tellPrevious(
  deps: ListenerDeps,
  client: WebClient,
  channel: string | undefined,
  previous: string,
  by: string,
  name: (t: Translator) => string,
): Promise<boolean> {
  const t = await deps.translatorOf(previous);
  const message = claimAnswer(t.t("claims.toldPrevious", { by: `<@${by}>`, name: name(t) }));
  try {
    if (channel) {
      await client.chat.postEphemeral({ channel, user: previous, ...message });
      return true;
    }
  } catch (error) {
    deps.logger.info({ err: error, user: previous, channel }, "previous owner not told in channel");
  }
  try {
    await client.chat.postMessage({ channel: previous, ...message });
    return true;
  } catch (error) {
    deps.logger.warn({ err: error, user: previous }, "could not tell the previous owner");
    return false;
  }
}
