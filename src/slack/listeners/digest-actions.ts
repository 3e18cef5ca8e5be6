import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { InvalidInputError } from "../../errors.js";
import { DIGEST_EXPLAIN_PATTERN } from "../messages/explain-in-thread.js";
import { explanationMessage } from "../messages/explanation.js";
import { type ClickPlace, clickPlace, tellClicker } from "./click-answer.js";
import type { ListenerDeps } from "./listener-deps.js";
import { replySafely } from "./reply-safely.js";
import { yieldToPendingAcks } from "./yield-to-acks.js";

/** Action ids these listeners answer; the manifest test reads them. */
export const DIGEST_ACTION_IDS = [DIGEST_EXPLAIN_PATTERN] as const;

/** Where a click came from, as explainInThread needs it. */
export interface ExplainClick {
  readonly user: string;
  readonly actionId: string;
  readonly ruleId: string | undefined;
  readonly channel: string | undefined;
  /** The clicked message's thread, or its own ts; undefined for a message only the clicker sees. */
  readonly threadTs: string | undefined;
  /** Where the click was: what only the clicker sees goes back there (click-answer.ts). */
  readonly place: ClickPlace;
}

/**
 * Explains a type for a click on a channel message (a digest's Explain button, a type's ⋯ menu):
 * into the message's thread, for everyone, in the channel's language, so the channel keeps one
 * conversation per morning. A refusal, a click on a message only the clicker sees, or a click on
 * the Home tab (a modal there) goes only to the person who clicked, in their language.
 */
export async function explainInThread(
  deps: ListenerDeps,
  client: WebClient,
  click: ExplainClick,
): Promise<void> {
  const fields = { user: click.user, action: click.actionId, rule: click.ruleId };
  const t = await deps.translatorOf(click.user);
  const inThread =
    click.place.kind === "message" && click.channel !== undefined && click.threadTs !== undefined;
  const reply = await replySafely(
    () => {
      const rule = click.ruleId ? deps.catalog.ruleById(click.ruleId) : undefined;
      if (!rule) throw new InvalidInputError({ key: "actions.unknownRuleInThread" });
      return explanationMessage(rule, deps.catalog, {
        shareable: false,
        translator: inThread ? deps.channelTranslator : t,
      });
    },
    deps.logger,
    fields,
    t,
  );
  if (reply.ok && inThread && click.channel && click.threadTs) {
    await client.chat.postMessage({
      channel: click.channel,
      thread_ts: click.threadTs,
      ...reply.message,
    });
  } else {
    await tellClicker(deps, client, click.place, click.user, reply.message);
  }
}

/**
 * A digest's "Explain" button (messages posted before the ⋯ menus, a resync's summary), and the
 * Home tab's, which shares its action id: that one answers in a modal.
 */
export function registerDigestActions(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(
    DIGEST_EXPLAIN_PATTERN,
    async ({ ack, action, body, client }) => {
      await ack();
      await yieldToPendingAcks();
      await explainInThread(deps, client, {
        user: body.user.id,
        actionId: action.action_id,
        ruleId: action.value,
        channel: body.channel?.id,
        threadTs: body.message?.thread_ts ?? body.message?.ts,
        place: clickPlace(body),
      });
    },
  );
}
