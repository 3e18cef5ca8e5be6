import type { FilesInfoResponse } from "@slack/web-api";
import {
  type ClassifiedLine,
  type CorrectionChance,
  offerLineCorrections,
} from "../../corrections/correction-offers.js";
import type { ColumnChoice } from "../../import/column-choice.js";
import type { ColumnMap } from "../../import/columns.js";
import { type ImportOutcome, importFile } from "../../import/import-file.js";
import { formatSizes } from "../../import/read/format-size.js";
import { ImportFileError } from "../../import/read/import-file-error.js";
import { importSummary } from "../../import/summary.js";
import type { SlackMessage } from "../blocks/index.js";
import { importSummaryMessage } from "../messages/import-messages.js";
import type { ListenerDeps } from "./listener-deps.js";

/** A file shared in Slack, as `files.info` describes it. */
export interface SharedFile {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  /** `url_private_download` (or `url_private`). */
  readonly url: string;
}

/** A file as `files.info` describes it. */
export type FileInfo = NonNullable<FilesInfoResponse["file"]>;

/** The file as the import needs it: its id, name, size and where to download it. */
export function sharedFile(id: string, file: FileInfo): SharedFile {
  return {
    id,
    name: file.name ?? "export",
    size: file.size ?? 0,
    url: file.url_private_download ?? file.url_private ?? "",
  };
}

/** Where the file was shared: each conversation's shares, the first holding its message's ts. */
export function sharesOf(file: FileInfo): Record<string, Array<{ readonly ts?: string }>> {
  return { ...file.shares?.public, ...file.shares?.private } as Record<
    string,
    Array<{ readonly ts?: string }>
  >;
}

/**
 * Downloads a shared export (to a private temporary file, stopping at IMPORT_MAX_BYTES; anyone in
 * the channel can drop a file) and imports it, then removes the download. The file is refused by
 * its size before a byte is fetched. Errors are the importer's: a refused file, the columns to ask
 * for, an answer that does not fit the file.
 */
export async function importSharedFile(
  deps: ListenerDeps,
  file: SharedFile,
  options: {
    readonly importedBy: string;
    readonly choice?: ColumnChoice;
    readonly onColumns?: (columns: ColumnMap, headers: readonly string[]) => void;
  },
): Promise<ImportOutcome> {
  const { maxBytes } = deps.importSettings;
  if (file.size > maxBytes) {
    const [size, limit] = formatSizes(file.size, maxBytes);
    throw new ImportFileError({ key: "files.tooLarge", values: { size, limit } });
  }
  const downloaded = await deps.downloadFile(file.url, file.name);
  try {
    const outcome = await importFile(downloaded.path, {
      store: deps.store,
      catalog: deps.catalog,
      importedBy: options.importedBy,
      now: deps.now,
      maxBytes,
      columns: deps.importSettings.columns,
      fileName: file.name,
      ...(options.choice ? { choice: options.choice } : {}),
      ...(options.onColumns ? { onColumns: options.onColumns } : {}),
      ...(deps.metrics ? { metrics: deps.metrics } : {}),
    });
    if (!outcome.unchanged) deps.onImported?.();
    return outcome;
  } finally {
    await downloaded.cleanup();
  }
}

/**
 * The reply in the file's thread once it is imported: the summary, with "Not this type?", in the
 * channel's language (everyone in the channel reads it).
 */
export async function importSummaryReply(
  deps: ListenerDeps,
  outcome: ImportOutcome,
): Promise<SlackMessage> {
  return importSummaryMessage(
    importSummary(outcome, deps.catalog),
    await importCorrections(deps, outcome),
    { translator: deps.channelTranslator, catalog: deps.catalog },
  );
}

/**
 * "Not this type?" offers for an import's new errors by type, in the summary's order (most first,
 * then by name), each keeping one message of its type from the import. Only when the bot read
 * the types from the messages: a type taken from HubSpot's own column is not the bot's reading.
 */
async function importCorrections(
  deps: ListenerDeps,
  outcome: ImportOutcome,
): Promise<CorrectionChance[]> {
  if (!deps.corrections || outcome.unchanged) return [];
  const { record } = outcome;
  if (record.columns.errorType !== undefined || record.newCount === 0) return [];
  const samples = await deps.store.newErrorSamples(record.id);
  const lines: Array<ClassifiedLine & { readonly count: number }> = [];
  for (const [ruleId, count] of Object.entries(record.newByRule)) {
    const shown = deps.catalog.ruleById(ruleId);
    const message = samples.get(ruleId);
    if (shown && message) lines.push({ shown, message, count });
  }
  lines.sort((a, b) => b.count - a.count || a.shown.name.localeCompare(b.shown.name));
  return await offerLineCorrections(deps.store, lines, deps.now());
}
