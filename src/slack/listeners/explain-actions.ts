import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { InvalidInputError } from "../../errors.js";
import { buildMessage, section, slackDate } from "../blocks/index.js";
import {
  EXPLAIN_ACTIONS,
  explanationMessage,
  SUGGESTION_ACTION_PATTERN,
} from "../messages/explanation.js";
import { decodeShareValue } from "../messages/share-value.js";
import type { ListenerDeps } from "./listener-deps.js";
import { replySafely } from "./reply-safely.js";
import { SharedExplanations } from "./shared-explanations.js";
import { yieldToPendingAcks } from "./yield-to-acks.js";

/** Action ids (or patterns) these listeners answer; the manifest test reads them. */
export const EXPLAIN_ACTION_IDS = [EXPLAIN_ACTIONS.share, SUGGESTION_ACTION_PATTERN] as const;

/**
 * The explanation's buttons. "Share in channel" posts the same explanation visibly through the
 * response_url (no chat:write scope, no channel membership needed); a "Did you mean" suggestion
 * replaces the no-match message with that type's explanation.
 */
export function registerExplainActions(app: App, deps: ListenerDeps): void {
  const ruleOrRefuse = (id: string | undefined) => {
    const rule = id ? deps.catalog.ruleById(id) : undefined;
    if (!rule) throw new InvalidInputError({ key: "actions.unknownRule" });
    return rule;
  };

  const shared = new SharedExplanations();

  app.action<BlockAction<ButtonAction>>(EXPLAIN_ACTIONS.share, async ({ ack, action, body }) => {
    await ack();
    await yieldToPendingAcks();
    const fields = { user: body.user.id, action: action.action_id };
    // One answer's explanation is shared once: a second click says when it already was.
    const container = body.container as { message_ts?: string; channel_id?: string } | undefined;
    const shareKey = `${container?.channel_id ?? body.channel?.id}:${container?.message_ts}:${action.value}`;
    const sharedBefore = container?.message_ts ? shared.claim(shareKey, Date.now()) : null;
    // What goes only to the person who clicked (a second click, a refusal) is in their language.
    const t = await deps.translatorOf(body.user.id);
    if (sharedBefore !== null) {
      const text = t.t("actions.sharedBefore", {
        time: slackDate(new Date(sharedBefore), "{time}"),
      });
      await deps.respondTo(body.response_url)({
        response_type: "ephemeral",
        replace_original: false,
        ...buildMessage({ text, blocks: [section(text)] }),
      });
      return;
    }
    const reply = await replySafely(
      () => {
        const value = decodeShareValue(action.value);
        const rule = ruleOrRefuse(value.rule);
        const inner = value.inner ? ruleOrRefuse(value.inner) : null;
        const classified =
          value.code || inner ? { statusCode: value.code ?? null, inner } : undefined;
        return explanationMessage(rule, deps.catalog, {
          classified,
          shareable: false,
          sharedBy: body.user.id,
          // Shared for everyone in the channel: the channel's language, not the sharer's.
          translator: deps.channelTranslator,
        });
      },
      deps.logger,
      fields,
      t,
    );
    if (!reply.ok) shared.release(shareKey);
    // An error goes only to the person who clicked; the explanation goes to everyone.
    await deps.respondTo(body.response_url)({
      response_type: reply.ok ? "in_channel" : "ephemeral",
      replace_original: false,
      ...reply.message,
    });
  });

  app.action<BlockAction<ButtonAction>>(
    SUGGESTION_ACTION_PATTERN,
    async ({ ack, action, body }) => {
      await ack();
      await yieldToPendingAcks();
      // Only the person who clicked sees the answer: their language.
      const t = await deps.translatorOf(body.user.id);
      const reply = await replySafely(
        () =>
          explanationMessage(ruleOrRefuse(action.value), deps.catalog, {
            shareable: true,
            translator: t,
          }),
        deps.logger,
        { user: body.user.id, action: action.action_id },
        t,
      );
      await deps.respondTo(body.response_url)({ replace_original: reply.ok, ...reply.message });
    },
  );
}
