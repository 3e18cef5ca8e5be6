import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { InvalidInputError } from "../../errors.js";
import { DIGEST_EXPLAIN_PATTERN } from "../messages/explain-in-thread.js";
import { explanationMessage } from "../messages/explanation.js";
import type { ListenerDeps } from "./listener-deps.js";
import { replySafely } from "./reply-safely.js";
import { yieldToPendingAcks } from "./yield-to-acks.js";

/** Action ids these listeners answer; the manifest test reads them. */
export const DIGEST_ACTION_IDS = [DIGEST_EXPLAIN_PATTERN] as const;

/**
 * A digest's "Explain" button: the explanation goes into the digest's thread, for everyone, so
 * the channel keeps one conversation per morning. A refusal goes only to the person who clicked.
 */
export function registerDigestActions(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(
    DIGEST_EXPLAIN_PATTERN,
    async ({ ack, action, body, client }) => {
      await ack();
      await yieldToPendingAcks();
      const fields = { user: body.user.id, action: action.action_id, rule: action.value };
      // A refusal goes only to the person who clicked: their language.
      const t = await deps.translatorOf(body.user.id);
      const reply = await replySafely(
        () => {
          const rule = action.value ? deps.catalog.ruleById(action.value) : undefined;
          if (!rule) throw new InvalidInputError({ key: "actions.unknownRuleInThread" });
          // Posted in the digest's thread, for the channel: the channel's language.
          return explanationMessage(rule, deps.catalog, {
            shareable: false,
            translator: deps.channelTranslator,
          });
        },
        deps.logger,
        fields,
        t,
      );
      const channel = body.channel?.id;
      const threadTs = body.message?.thread_ts ?? body.message?.ts;
      if (reply.ok && channel && threadTs) {
        await client.chat.postMessage({ channel, thread_ts: threadTs, ...reply.message });
      } else {
        await deps.respondTo(body.response_url)({
          response_type: "ephemeral",
          replace_original: false,
          ...reply.message,
        });
      }
    },
  );
}
