import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { InvalidInputError } from "../../errors.js";
import { FIXED_RESYNC_PATTERN } from "../messages/spike-alert.js";
import type { ListenerDeps } from "./listener-deps.js";
import { replySafely } from "./reply-safely.js";
import { resyncConfirm } from "./type-menu-actions.js";
import { yieldToPendingAcks } from "./yield-to-acks.js";

/** Action ids these listeners answer; the manifest test reads them. */
export const ALERT_ACTION_IDS = [FIXED_RESYNC_PATTERN] as const;

/**
 * "Fixed, resync now" on a spike alert or an owned type's line: the same confirm as the ⋯ menu's
 * Resync N, only for the person who clicked (an ephemeral), whose button is the Resync button's
 * own action, so the preflighted resync starts through the same listener, the same checks (who
 * may resync, a job running already, records resynced lately) and into the alert's thread.
 */
export function registerAlertActions(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(FIXED_RESYNC_PATTERN, async ({ ack, action, body }) => {
    await ack();
    await yieldToPendingAcks();
    const userId = body.user.id;
    const t = await deps.translatorOf(userId);
    const message = body.message;
    // The confirm's resync reports in the alert's thread; not from an ephemeral (mine).
    const source =
      message?.ts && body.container?.is_ephemeral !== true
        ? { threadTs: message.thread_ts ?? message.ts }
        : undefined;
    const reply = await replySafely(
      async () => {
        if (!action.value) throw new InvalidInputError({ key: "resync.unknownButton" });
        return await resyncConfirm(deps, action.value, t, source);
      },
      deps.logger,
      { user: userId, action: action.action_id },
      t,
    );
    await deps.respondTo(body.response_url)({
      response_type: "ephemeral",
      replace_original: false,
      ...reply.message,
    });
  });
}
