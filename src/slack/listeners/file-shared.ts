import type { App } from "@slack/bolt";
import { ColumnsNeededError } from "../../import/columns-needed-error.js";
import { columnQuestionMessage } from "../messages/column-question.js";
import { missingFilesReadMessage } from "../messages/file-access.js";
import { importingMessage } from "../messages/import-messages.js";
import { slackErrorCode } from "../slack-error-code.js";
import { importSharedFile, importSummaryReply, sharedFile, sharesOf } from "./import-slack-file.js";
import type { ListenerDeps } from "./listener-deps.js";
import { replySafely } from "./reply-safely.js";

/** Names of files that may be an export; anything else shared in the channel is left alone. */
const EXPORT_FILE = /\.(?:csv|tsv|txt|xlsx|xls)$/i;

/** Whether files shared in a channel are imported: the digest channel and direct messages. */
export function importsFrom(channel: string, deps: ListenerDeps): boolean {
  return channel === deps.digestChannel || channel.startsWith("D");
}

/**
 * A CSV or Excel file shared in the digest channel, or sent to the bot directly, is imported as a
 * Sync Health export. The bot answers in the file's thread: "importing…" at once, then the summary
 * (or why the file was refused) in place of it. When its columns cannot all be placed by name and
 * no mapping was remembered for its header row, the reply asks which column holds what instead
 * (see column-actions.ts).
 */
export function registerFileShared(app: App, deps: ListenerDeps): void {
  app.event("file_shared", async ({ event, client, context }) => {
    // Slack redelivers an event it thinks was missed; the first delivery is already importing.
    if (context.retryNum) return;
    const channel = event.channel_id;
    if (!importsFrom(channel, deps)) return;
    const info = await client.files.info({ file: event.file_id }).catch((error: unknown) => {
      // Without files:read Slack refuses files.info; say so where the file was shared, since a
      // silent bot looks like a broken one.
      if (slackErrorCode(error) !== "missing_scope") throw error;
      return undefined;
    });
    if (!info) {
      deps.logger.warn(
        { channel, file: event.file_id, needed: "files:read" },
        "cannot read a shared file: the bot token lacks files:read; reinstall the app",
      );
      await client.chat.postMessage({
        channel,
        ...missingFilesReadMessage(deps.channelTranslator),
      });
      return;
    }
    const { file } = info;
    const name = file?.name ?? "";
    if (!file?.id || !EXPORT_FILE.test(name)) return;
    const threadTs = sharesOf(file)[channel]?.[0]?.ts;
    const fields = { user: event.user_id, channel, file: file.id, name };

    const progress = await client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      ...importingMessage(name, deps.channelTranslator),
    });
    const shared = sharedFile(file.id, file);
    const reply = await replySafely(
      async () => {
        try {
          const outcome = await importSharedFile(deps, shared, { importedBy: event.user_id });
          deps.logger.info(
            { ...fields, unchanged: outcome.unchanged, rows: outcome.record.rowsRead },
            "export imported",
          );
          return await importSummaryReply(deps, outcome);
        } catch (error) {
          if (!(error instanceof ColumnsNeededError)) throw error;
          deps.logger.info({ ...fields, columns: error.question.headers.length }, "columns asked");
          return columnQuestionMessage({
            fileName: name,
            fileId: shared.id,
            question: error.question,
            t: deps.channelTranslator,
          });
        }
      },
      deps.logger,
      fields,
      deps.channelTranslator,
    );
    await client.chat.update({ channel, ts: progress.ts as string, ...reply.message });
  });
}
