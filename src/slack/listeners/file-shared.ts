import type { App } from "@slack/bolt";
import { importFile } from "../../import/import-file.js";
import { formatSizes } from "../../import/read/format-size.js";
import { ImportFileError } from "../../import/read/import-file-error.js";
import { importSummary } from "../../import/summary.js";
import { missingFilesReadMessage } from "../messages/file-access.js";
import { importingMessage, importSummaryMessage } from "../messages/import-messages.js";
import type { ListenerDeps } from "./listener-deps.js";
import { replySafely } from "./reply-safely.js";

/** Names of files that may be an export; anything else shared in the channel is left alone. */
const EXPORT_FILE = /\.(?:csv|tsv|txt|xlsx|xls)$/i;

/**
 * A CSV or Excel file shared in the digest channel, or sent to the bot directly, is imported as a
 * Sync Health export. The bot answers in the file's thread: "importing…" at once, then the summary
 * (or why the file was refused) in place of it.
 */
export function registerFileShared(app: App, deps: ListenerDeps): void {
  app.event("file_shared", async ({ event, client, context }) => {
    // Slack redelivers an event it thinks was missed; the first delivery is already importing.
    if (context.retryNum) return;
    const channel = event.channel_id;
    if (channel !== deps.digestChannel && !channel.startsWith("D")) return;
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
      await client.chat.postMessage({ channel, ...missingFilesReadMessage() });
      return;
    }
    const { file } = info;
    const name = file?.name ?? "";
    if (!file || !EXPORT_FILE.test(name)) return;
    const shares = { ...file.shares?.public, ...file.shares?.private } as Record<
      string,
      Array<{ ts?: string }>
    >;
    const threadTs = shares[channel]?.[0]?.ts;
    const fields = { user: event.user_id, channel, file: file.id, name };

    const progress = await client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      ...importingMessage(name),
    });
    const reply = await replySafely(
      async () => {
        if ((file.size ?? 0) > deps.importSettings.maxBytes) {
          const [size, limit] = formatSizes(file.size ?? 0, deps.importSettings.maxBytes);
          throw new ImportFileError(
            `The file is ${size}; the limit is ${limit} (IMPORT_MAX_BYTES).`,
          );
        }
        const downloaded = await deps.downloadFile(
          file.url_private_download ?? file.url_private ?? "",
          name,
        );
        try {
          const outcome = await importFile(downloaded.path, {
            store: deps.store,
            catalog: deps.catalog,
            importedBy: event.user_id,
            now: deps.now,
            maxBytes: deps.importSettings.maxBytes,
            columns: deps.importSettings.columns,
            fileName: name,
          });
          deps.logger.info(
            { ...fields, unchanged: outcome.unchanged, rows: outcome.record.rowsRead },
            "export imported",
          );
          return importSummaryMessage(importSummary(outcome, deps.catalog));
        } finally {
          await downloaded.cleanup();
        }
      },
      deps.logger,
      fields,
    );
    await client.chat.update({ channel, ts: progress.ts as string, ...reply.message });
  });
}

/** The error code of a Web API call Slack refused (`missing_scope`, `not_in_channel`…). */
function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === "string" ? data.error : undefined;
}
