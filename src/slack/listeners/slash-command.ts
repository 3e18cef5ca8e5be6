import type { App } from "@slack/bolt";
import { dispatch, isDeferred, subcommands } from "../../commands/index.js";
import { DeferredAnswer } from "./deferred-answer.js";
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
  app.command(SLASH_COMMAND, async ({ ack, command, client }) => {
    await ack();
    await yieldToPendingAcks();
    const subcommand = command.text.trim().split(/\s/, 1)[0]?.toLowerCase() ?? "";
    const fields = { user: command.user_id, channel: command.channel_id, subcommand };
    const respond = deps.respondTo(command.response_url);
    // After the ack: asking Slack for the person's language may take a moment.
    const personal = await deps.translatorOf(command.user_id);
    let deferred: DeferredAnswer | undefined;
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
            // What only this person sees comes in their Slack language.
            translator: personal,
            scanner: deps.scanner,
            digestChannelAccess: deps.digest?.access.get(),
            routing: deps.routing,
            offerCorrections: deps.corrections !== undefined,
            charts: deps.charts,
            uploadChart: deps.uploadChart,
            messageLink: (channel, ts) =>
              client.chat
                .getPermalink({ channel, message_ts: ts })
                .then((result) => result.permalink)
                .catch((error: unknown) => {
                  // Only a link is lost: the answer goes out without it.
                  deps.logger.warn({ ...fields, err: error }, "no permalink for the message");
                  return undefined;
                }),
          },
          subcommands,
        );
        if (!isDeferred(answer)) return answer;
        deferred = new DeferredAnswer(answer, respond, deps.logger, fields, personal);
        return answer.immediate;
      },
      deps.logger,
      fields,
      // A refusal or usage error is said in the asker's language too.
      personal,
    );
    await respond({ response_type: "ephemeral", ...first.message });
    deps.logger.info(fields, "command answered");
    const rest = deferred as DeferredAnswer | undefined;
    if (rest) {
      // Long work: progress, then its result, replace the first answer.
      rest.firstAnswered();
      const finishing = rest.finish();
      deps.pendingWork?.add(finishing);
      await finishing;
      deps.logger.info(fields, "command finished");
    }
  });
}
