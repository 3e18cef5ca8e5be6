import type { BlockAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { modalView, type SlackMessage, section } from "../blocks/index.js";
import type { ListenerDeps } from "./listener-deps.js";

/**
 * Where a click came from, and so where its answers can go. A message (a digest, an ephemeral)
 * has a conversation and a response_url; a view (the Home tab) has neither: Slack sends only the
 * view and a trigger_id, so the answer is a modal opened with it.
 */
export type ClickPlace =
  | {
      readonly kind: "message";
      readonly channel: string | undefined;
      /** The clicked message's thread, or its own ts; undefined for an ephemeral. */
      readonly threadTs: string | undefined;
      /** The button was in a message only the clicker sees (no `message` in the payload). */
      readonly ephemeral: boolean;
      readonly responseUrl: string;
    }
  | { readonly kind: "view"; readonly triggerId: string };

/** Where a block action came from: a view (`container.type: "view"`) or a message. */
export function clickPlace(body: BlockAction): ClickPlace {
  const container = body.container as { type?: string; is_ephemeral?: boolean } | undefined;
  if (container?.type === "view" || !body.response_url)
    return { kind: "view", triggerId: body.trigger_id };
  return {
    kind: "message",
    channel: body.channel?.id,
    threadTs: body.message ? (body.message.thread_ts ?? body.message.ts) : undefined,
    ephemeral: container?.is_ephemeral === true || !body.message,
    responseUrl: body.response_url,
  };
}

/**
 * Answers only the person who clicked, the one place that decides how: on a message, an
 * ephemeral through its response_url (replacing the clicked message when asked); in a view, a
 * modal with the answer's blocks, opened with the click's trigger_id (so within 3 s of the click,
 * and once: a second answer to the same view click is logged, not shown). A modal Slack refuses
 * is logged; the click has no other way back to the person.
 */
export async function tellClicker(
  deps: Pick<ListenerDeps, "respondTo" | "translatorOf" | "logger">,
  client: WebClient,
  place: ClickPlace,
  user: string,
  message: SlackMessage,
  options: { readonly replaceOriginal?: boolean } = {},
): Promise<void> {
  if (place.kind === "message") {
    await deps.respondTo(place.responseUrl)({
      response_type: "ephemeral",
      replace_original: options.replaceOriginal ?? false,
      ...message,
    });
    return;
  }
  const t = await deps.translatorOf(user);
  const blocks =
    message.blocks && message.blocks.length > 0 ? message.blocks : [section(message.text)];
  try {
    await client.views.open({
      trigger_id: place.triggerId,
      view: modalView({
        callbackId: "click_answer",
        title: t.t("home.answerTitle"),
        close: t.t("home.answerClose"),
        blocks,
      }),
    });
  } catch (error) {
    deps.logger.warn({ err: error, user }, "could not open the answer to a Home tab click");
  }
}
