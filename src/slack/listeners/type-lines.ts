import type { BlockAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { snoozesNow } from "../../snooze/current-snoozes.js";
import { withClaimsOnLines } from "../messages/type-menu.js";
import type { ListenerDeps } from "./listener-deps.js";

/** The message a click came from, when it is one the channel sees (a digest), not an ephemeral. */
export interface Source {
  readonly channel: string;
  readonly ts: string;
  readonly threadTs: string;
  readonly blocks: readonly unknown[];
  readonly text: string;
}

/** The channel message a block action came from; undefined for an ephemeral. */
export function sourceOf(body: BlockAction): Source | undefined {
  const message = body.message;
  const channel = body.channel?.id;
  if (!message?.ts || !channel || body.container?.is_ephemeral === true) return undefined;
  return {
    channel,
    ts: message.ts,
    threadTs: message.thread_ts ?? message.ts,
    blocks: (message.blocks ?? []) as unknown[],
    text: typeof message.text === "string" ? message.text : "",
  };
}

/**
 * Shows who is on which type and which are snoozed on the digest's lines (a message the channel
 * sees), in the channel's language: after a change from it, and whenever a click on it finds a
 * line behind the store (a takeover confirmed in an ephemeral, a snooze from a modal). An
 * ephemeral (status) is not updated: its reader just got the answer.
 */
export async function updateLines(
  deps: ListenerDeps,
  client: WebClient,
  source: Pick<Source, "channel" | "ts" | "blocks" | "text"> | undefined,
): Promise<void> {
  if (!source) return;
  try {
    const claims = new Map((await deps.store.claims()).map((claim) => [claim.ruleId, claim]));
    const snoozes = await snoozesNow(deps.store, deps.now());
    const blocks = withClaimsOnLines(source.blocks, claims, deps.channelTranslator, snoozes);
    if (JSON.stringify(blocks) === JSON.stringify(source.blocks)) return;
    await client.chat.update({
      channel: source.channel,
      ts: source.ts,
      text: source.text,
      blocks: blocks as never,
    });
  } catch (error) {
    deps.logger.warn({ err: error, channel: source.channel }, "could not update the type lines");
  }
}
