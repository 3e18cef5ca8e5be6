import type { App } from "@slack/bolt";
import { dispatch, subcommands } from "../../commands/index.js";
import type { ListenerDeps } from "./listener-deps.js";
import { replySafely } from "./reply-safely.js";
import { yieldToPendingAcks } from "./yield-to-acks.js";

/** The one slash command; every feature is a subcommand of it. */
export const SLASH_COMMAND = "/syncerror";

/**
 * `/syncerror …`: acks at once (Slack allows 3 seconds, and nothing slow happens before the ack),
 * then answers through the command's response_url, ephemeral unless a subcommand says otherwise.
 */
export function registerSlashCommand(app: App, deps: ListenerDeps): void {
  app.command(SLASH_COMMAND, async ({ ack, command }) => {
    await ack();
    await yieldToPendingAcks();
    const subcommand = command.text.trim().split(/\s/, 1)[0]?.toLowerCase() ?? "";
    const fields = { user: command.user_id, channel: command.channel_id, subcommand };
    const reply = await replySafely(
      () =>
        dispatch(
          command.text,
          {
            catalog: deps.catalog,
            userId: command.user_id,
            channelId: command.channel_id,
            store: deps.store,
            digestChannel: deps.digestChannel,
            importMaxBytes: deps.importSettings.maxBytes,
            digestTimezone: deps.digestTimezone,
            now: deps.now,
            scanner: deps.scanner,
          },
          subcommands,
        ),
      deps.logger,
      fields,
    );
    await deps.respondTo(command.response_url)({ response_type: "ephemeral", ...reply.message });
    deps.logger.info(fields, "command answered");
  });
}
