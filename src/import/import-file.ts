import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import type { Catalog } from "../catalog/catalog.js";
import type { UserText } from "../errors.js";
import { fileProblem } from "../file-problem.js";
import type { Metrics } from "../metrics/metrics.js";
import type { SyncObject } from "../rules/types.js";
import type {
  ColumnMappingInput,
  ImportRecord,
  ImportTransaction,
  MissingCount,
  MissingDecision,
  Store,
} from "../store/types.js";
import { type ColumnChoice, columnsAtPositions } from "./column-choice.js";
import {
  type ColumnMap,
  describeColumns,
  IMPORT_FIELDS,
  type ImportField,
  mapColumns,
  unplacedNeeds,
} from "./columns.js";
import { ColumnChoiceError, ColumnsNeededError } from "./columns-needed-error.js";
import { guessColumns } from "./guess-columns.js";
import { headerRowDigest, headerRowKey } from "./header-row.js";
import { RowParser } from "./parse-row.js";
import { formatSizes } from "./read/format-size.js";
import { ImportFileError } from "./read/import-file-error.js";
import { readTableInWorker } from "./read/read-table-in-worker.js";

/** At most this share of a file's rows may be unusable; above it, nothing imports. */
export const MAX_REJECTED_SHARE = 0.05;
/** How many rejected rows a summary lists. */
export const LISTED_REJECTIONS = 20;
/**
 * An export is a snapshot of its object types, so the open errors of those types it does not list
 * are resolved. A filtered export lists only some of them, and would resolve the rest: above these
 * numbers the import leaves them open and asks. More than MAX_SILENTLY_RESOLVED always asks; so
 * does more than MAX_SILENTLY_RESOLVED_SHARE of the types' open errors, once there are at least
 * MIN_ASKED_ABOUT of them (two of three errors fixed since the last export is no question).
 */
export const MAX_SILENTLY_RESOLVED = 50;
export const MAX_SILENTLY_RESOLVED_SHARE = 0.2;
export const MIN_ASKED_ABOUT = 10;

/** Whether an import may resolve the errors it does not list without asking. */
export function resolvesSilently({ missing, open }: MissingCount): boolean {
  if (missing > MAX_SILENTLY_RESOLVED) return false;
  return missing < MIN_ASKED_ABOUT || missing <= open * MAX_SILENTLY_RESOLVED_SHARE;
}

/** The progress callback fires every this many rows. */
const PROGRESS_EVERY = 50_000;

/**
 * A row that could not be imported, and why: `reason` in English (what `--json` shows), `said`
 * the same as a catalog message, for the reader's language (absent, `reason` is shown as it is).
 */
export interface Rejection {
  readonly row: number;
  readonly reason: string;
  readonly said?: UserText;
}

/** What an import did. `unchanged` means the file was the last one imported, byte for byte. */
export type ImportOutcome =
  | {
      readonly unchanged: false;
      readonly record: ImportRecord;
      readonly rejections: readonly Rejection[];
    }
  | { readonly unchanged: true; readonly record: ImportRecord };

/** What an import needs. */
export interface ImportOptions {
  readonly store: Store;
  readonly catalog: Catalog;
  /** A Slack user id, or "cli". */
  readonly importedBy: string;
  readonly now: () => Date;
  readonly maxBytes: number;
  /**
   * Field → header overrides for every file (IMPORT_COLUMNS): used where the file has the header,
   * unless a mapping was remembered for the file's header row.
   */
  readonly columns?: Partial<Record<ImportField, string>>;
  /**
   * A person's choice of columns for this file (`--columns`, the Slack question): it wins over
   * the remembered mapping and `columns`, and is remembered for the header row once imported.
   */
  readonly choice?: ColumnChoice;
  /**
   * Called once the columns are settled and the import has begun, before the first row is read,
   * with the header row: from here on the import either commits or fails on the file's rows.
   */
  readonly onColumns?: (columns: ColumnMap, headers: readonly string[]) => void;
  /** The name to record; the file's own name when omitted (Slack downloads go to temp files). */
  readonly fileName?: string;
  /** Rows read so far; for a progress line. */
  readonly onProgress?: (rows: number) => void;
  /**
   * The open errors of the file's object types that it does not list: resolve them, keep them
   * open, or (the default) resolve them when they are few and otherwise keep them open and record
   * the question for someone to answer (Store.decideMissing).
   */
  readonly missing?: "resolve" | "keep" | "ask";
  /**
   * Counts the rows of an import that committed, imported and rejected; a file refused whole
   * imported no row and is not counted. Nothing counted without.
   */
  readonly metrics?: Pick<Metrics, "importRows">;
}

/**
 * Imports a Sync Health export as a snapshot, in one transaction: new errors are added, errors
 * seen again keep their first-seen date, and errors of the file's object types that it no longer
 * lists are resolved (unless they are many: see {@link resolvesSilently} and `missing`). A file that cannot be read, or with more than 5% unusable rows, imports
 * nothing. The same file as the last import changes nothing, and says so.
 */
export async function importFile(path: string, options: ImportOptions): Promise<ImportOutcome> {
  let size: number;
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) throw new ImportFileError(fileProblem(path, "read", "EISDIR"));
    size = stats.size;
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(fileProblem(path, "read", error), { cause: error });
  }
  if (size > options.maxBytes) {
    const [fileSize, limit] = formatSizes(size, options.maxBytes);
    throw new ImportFileError({
      key: "files.tooLarge",
      values: { size: fileSize, limit },
    });
  }
  const contentHash = await sha256(path);
  const last = await options.store.lastImport();
  if (last && last.contentHash === contentHash) return { unchanged: true, record: last };

  const table = await readTableInWorker(path, { maxBytes: options.maxBytes });
  let settled: SettledColumns;
  try {
    settled = await settleColumns(table.headers, options);
  } catch (error) {
    await table.close();
    throw error;
  }
  const { columns } = settled;

  const parser = new RowParser(options.catalog, columns);
  let transaction: ImportTransaction;
  try {
    transaction = await options.store.beginImport({
      fileName: options.fileName ?? basename(path),
      contentHash,
      importedBy: options.importedBy,
      importedAt: options.now(),
    });
  } catch (error) {
    await table.close();
    throw error;
  }
  options.onColumns?.(columns, table.headers);
  const rejections: Rejection[] = [];
  let rejected = 0;
  let rows = 0;
  const objectTypes = new Set<SyncObject>();
  try {
    for await (const { row, cells } of table.rows) {
      rows++;
      const parsed = parser.parse(cells);
      if ("reason" in parsed) {
        rejected++;
        if (rejections.length < LISTED_REJECTIONS)
          rejections.push({ row, reason: parsed.reason, said: parsed.said });
      } else {
        objectTypes.add(parsed.error.objectType);
        await transaction.add(parsed.error);
      }
      if (options.onProgress && rows % PROGRESS_EVERY === 0) options.onProgress(rows);
    }
    if (rejected > rows * MAX_REJECTED_SHARE) {
      const listed = rejections
        .slice(0, 5)
        .map(
          (r): UserText => ({
            key: "files.rejectedRow",
            values: { row: String(r.row), reason: r.said ?? r.reason },
          }),
        )
        .reduce((a, b): UserText => ({ key: "files.listedRows", values: { a, b } }));
      throw new ImportFileError({
        key: "files.tooManyRejected",
        values: {
          rejected: String(rejected),
          rows: String(rows),
          share: String(MAX_REJECTED_SHARE * 100),
          listed,
        },
      });
    }
    const record = await transaction.commit({
      rowsRead: rows,
      rejected,
      objectTypes: [...objectTypes].sort(),
      columns: describeColumns(columns),
      ...(settled.remember ? { columnMapping: settled.remember } : {}),
      decideMissing: (count): MissingDecision =>
        options.missing === "resolve" || options.missing === "keep"
          ? options.missing
          : resolvesSilently(count)
            ? "resolve"
            : "ask",
    });
    options.onProgress?.(rows);
    options.metrics?.importRows.inc({ outcome: "imported" }, rows - rejected);
    options.metrics?.importRows.inc({ outcome: "rejected" }, rejected);
    return { unchanged: false, record, rejections };
  } catch (error) {
    await transaction.rollback();
    throw error;
  }
}

async function sha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }))
      hash.update(chunk as Buffer);
  } catch (error) {
    throw new ImportFileError(fileProblem(path, "read", error), { cause: error });
  }
  return hash.digest("hex");
}

/** The columns an import reads, and the mapping to remember if it succeeds. */
interface SettledColumns {
  readonly columns: ColumnMap;
  readonly remember: ColumnMappingInput | undefined;
}

/**
 * Which column feeds which field, looked up once per file: a person's choice for this file first,
 * then the mapping remembered for its header row, then the headers' names (with IMPORT_COLUMNS).
 * When a needed field is still not placed, it throws {@link ColumnsNeededError} with the best
 * guesses, and the caller asks.
 */
async function settleColumns(
  headers: readonly string[],
  options: ImportOptions,
): Promise<SettledColumns> {
  const { choice } = options;
  if (choice) {
    let columns: ColumnMap;
    if (choice.by === "position") {
      if (headerRowDigest(headers) !== choice.headerDigest) {
        throw new ColumnChoiceError({ key: "columns.headersChanged" });
      }
      columns = columnsAtPositions(headers, choice.columns);
    } else {
      columns = mapColumns(headers, choice.columns);
      if (unplacedNeeds(columns).length > 0) throw columnsNeeded(headers, columns);
    }
    return { columns, remember: rememberedAs(headers, columns, options) };
  }
  const remembered = await options.store.columnMapping(headerRowKey(headers));
  if (remembered) {
    const columns: ColumnMap = {};
    for (const field of IMPORT_FIELDS) {
      const index = remembered.columns[field]?.index;
      if (index !== undefined && index < headers.length)
        columns[field] = { index, header: headers[index] as string };
    }
    if (unplacedNeeds(columns).length === 0) return { columns, remember: undefined };
  }
  const columns = mapColumns(headers, options.columns, { ignoreMissing: true });
  if (unplacedNeeds(columns).length > 0) throw columnsNeeded(headers, columns);
  return { columns, remember: undefined };
}

function rememberedAs(
  headers: readonly string[],
  columns: ColumnMap,
  options: ImportOptions,
): ColumnMappingInput {
  return {
    headerKey: headerRowKey(headers),
    headers: [...headers],
    columns: { ...columns },
    confirmedBy: options.importedBy,
    confirmedAt: options.now(),
  };
}

/** Why the file cannot be imported as it is: no message or type, or no record id; and the guesses. */
function columnsNeeded(headers: readonly string[], columns: ColumnMap): ColumnsNeededError {
  const unplaced = unplacedNeeds(columns);
  const listed: string | UserText = headers.join(", ") || { key: "columns.noHeaders" };
  // Two needed groups: the type or message, and a record id; the type's is always first.
  const [first] = unplaced;
  return new ColumnsNeededError(
    unplaced.length > 1
      ? { key: "columns.neededBoth", values: { headers: listed } }
      : {
          key: "columns.needed",
          values: { first: first?.includes("message") ? "message" : "id", headers: listed },
        },
    {
      headers: [...headers],
      guesses: guessColumns(headers, columns),
      unplaced,
      headerDigest: headerRowDigest(headers),
    },
  );
}
