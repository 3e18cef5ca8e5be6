import type { App } from "@slack/bolt";
import { dispatch, isDeferred, subcommands } from "../../commands/index.js";
import type { SlackMessage } from "../blocks/index.js";
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
    let later: Promise<SlackMessage> | undefined;
    const first = await replySafely(
      async () => {
        const answer = await dispatch(
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
        );
        if (!isDeferred(answer)) return answer;
        later = answer.final;
        // Awaited below, after the first answer is out; until then a failure must not go unhandled.
        later.catch(() => {});
        return answer.immediate;
      },
      deps.logger,
      fields,
    );
    const respond = deps.respondTo(command.response_url);
    await respond({ response_type: "ephemeral", ...first.message });
    deps.logger.info(fields, "command answered");
    const pending = later as Promise<SlackMessage> | undefined;
    if (pending) {
      // Long work: its result replaces the first answer when it is done (or its error does).
      const finishing = (async () => {
        const final = await replySafely(() => pending, deps.logger, fields);
        await respond({ response_type: "ephemeral", replace_original: true, ...final.message });
        deps.logger.info(fields, "command finished");
      })();
      deps.pendingWork?.add(finishing);
      await finishing;
    }
  });
}
