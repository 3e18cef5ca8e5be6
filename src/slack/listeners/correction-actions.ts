import type { App, BlockAction, ButtonAction, StaticSelectAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { findCorrectionOffer } from "../../corrections/correction-offers.js";
import { InvalidInputError } from "../../errors.js";
import type { CorrectionOffer } from "../../store/types.js";
import {
  CORRECTION_ACTIONS,
  CORRECTION_BLOCK_PREFIX,
  correctionQuestionMessage,
  correctionSavedMessage,
} from "../messages/correction-messages.js";
import { assertMayCorrect } from "../resync-access.js";
import type { ListenerDeps, SlackCorrections } from "./listener-deps.js";
import { replySafely } from "./reply-safely.js";
import { yieldToPendingAcks } from "./yield-to-acks.js";

/** Action ids these listeners answer; the manifest test reads them. */
export const CORRECTION_ACTION_IDS = [
  CORRECTION_ACTIONS.offer,
  CORRECTION_ACTIONS.line,
  CORRECTION_ACTIONS.type,
] as const;

const STALE = { key: "corrections.stale" } as const;

/**
 * "Not this type?" and the type picked after it. Each click is checked on the server: who clicked
 * (the people who may start resyncs, asked at the click) and what the key stands for (an offer
 * kept in the store: the message and the type shown). Only the key travels through Slack, so a
 * made-up or altered value names nothing. Refusals go only to the person who clicked, and
 * everything is said in their Slack language.
 */
export function registerCorrectionActions(app: App, deps: ListenerDeps): void {
  const ask = async (
    body: BlockAction,
    client: WebClient,
    actionId: string,
    key: string | undefined,
  ) => {
    const t = await deps.translatorOf(body.user.id);
    const reply = await replySafely(
      async () => {
        await mayCorrect(deps, body.user.id, client);
        const offer = await offerOrRefuse(deps, key);
        const shown = deps.catalog.ruleById(offer.shownRuleId);
        if (!shown) throw new InvalidInputError(STALE);
        return correctionQuestionMessage(offer, shown, deps.catalog, t);
      },
      deps.logger,
      { user: body.user.id, action: actionId },
      t,
    );
    await deps.respondTo(body.response_url)({
      response_type: "ephemeral",
      replace_original: false,
      ...reply.message,
    });
  };

  app.action<BlockAction<ButtonAction>>(
    CORRECTION_ACTIONS.offer,
    async ({ ack, action, body, client }) => {
      await ack();
      await yieldToPendingAcks();
      await ask(body, client, action.action_id, action.value);
    },
  );

  app.action<BlockAction<StaticSelectAction>>(
    CORRECTION_ACTIONS.line,
    async ({ ack, action, body, client }) => {
      await ack();
      await yieldToPendingAcks();
      await ask(body, client, action.action_id, action.selected_option?.value);
    },
  );

  app.action<BlockAction<StaticSelectAction>>(
    CORRECTION_ACTIONS.type,
    async ({ ack, action, body, client }) => {
      await ack();
      await yieldToPendingAcks();
      const userId = body.user.id;
      const t = await deps.translatorOf(userId);
      const reply = await replySafely(
        async () => {
          const corrections = await mayCorrect(deps, userId, client);
          const blockId = action.block_id ?? "";
          const offer = await offerOrRefuse(
            deps,
            blockId.startsWith(CORRECTION_BLOCK_PREFIX)
              ? blockId.slice(CORRECTION_BLOCK_PREFIX.length)
              : undefined,
          );
          const picked = deps.catalog.ruleById(action.selected_option?.value ?? "");
          if (!picked) throw new InvalidInputError({ key: "corrections.unknownType" });
          // What everyone is answered now, corrections included: picking it changes nothing.
          if (deps.catalog.classify(offer.message).rule.id === picked.id)
            return correctionSavedMessage({ kind: "already" }, picked, deps.catalog, t);
          const outcome = await corrections.book.correct({
            message: offer.message,
            ruleId: picked.id,
            by: userId,
            at: deps.now(),
          });
          deps.logger.info(
            { user: userId, rule: picked.id, correction: outcome.record.id, outcome: outcome.kind },
            "error type corrected",
          );
          return correctionSavedMessage(outcome, picked, deps.catalog, t);
        },
        deps.logger,
        { user: userId, action: action.action_id },
        t,
      );
      // The question becomes the answer; a refusal leaves it in place for another try.
      await deps.respondTo(body.response_url)({
        response_type: "ephemeral",
        replace_original: reply.ok,
        ...reply.message,
      });
    },
  );
}

async function mayCorrect(
  deps: ListenerDeps,
  userId: string,
  client: WebClient,
): Promise<SlackCorrections> {
  const corrections = deps.corrections;
  if (!corrections) throw new InvalidInputError({ key: "corrections.unavailable" });
  await assertMayCorrect(userId, corrections.allowed, async (usergroup) => {
    const result = await client.usergroups.users.list({ usergroup });
    return result.users ?? [];
  });
  return corrections;
}

async function offerOrRefuse(
  deps: ListenerDeps,
  key: string | undefined,
): Promise<CorrectionOffer> {
  const offer = await findCorrectionOffer(deps.store, key, deps.now());
  if (!offer) throw new InvalidInputError(STALE);
  return offer;
}
