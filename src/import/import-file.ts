import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import type { Catalog } from "../catalog/catalog.js";
import type { SyncObject } from "../rules/types.js";
import type { ImportRecord, Store } from "../store/types.js";
import { describeColumns, type ImportField, mapColumns } from "./columns.js";
import { RowParser } from "./parse-row.js";
import { formatSizes } from "./read/format-size.js";
import { ImportFileError } from "./read/import-file-error.js";
import { readTableInWorker } from "./read/read-table-in-worker.js";

/** At most this share of a file's rows may be unusable; above it, nothing imports. */
export const MAX_REJECTED_SHARE = 0.05;
/** How many rejected rows a summary lists. */
export const LISTED_REJECTIONS = 20;
/** The progress callback fires every this many rows. */
const PROGRESS_EVERY = 50_000;

/** A row that could not be imported, and why. */
export interface Rejection {
  readonly row: number;
  readonly reason: string;
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
  /** Field → header overrides (IMPORT_COLUMNS, `--columns`). */
  readonly columns?: Partial<Record<ImportField, string>>;
  /** The name to record; the file's own name when omitted (Slack downloads go to temp files). */
  readonly fileName?: string;
  /** Rows read so far; for a progress line. */
  readonly onProgress?: (rows: number) => void;
}

/**
 * Imports a Sync Health export as a snapshot, in one transaction: new errors are added, errors
 * seen again keep their first-seen date, and errors of the file's object types that it no longer
 * lists are resolved. A file that cannot be read, or with more than 5% unusable rows, imports
 * nothing. The same file as the last import changes nothing, and says so.
 */
export async function importFile(path: string, options: ImportOptions): Promise<ImportOutcome> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportFileError(
      code === "ENOENT"
        ? `There is no file ${path}.`
        : `Cannot read ${path} (${code ?? "unknown error"}).`,
      { cause: error },
    );
  }
  if (size > options.maxBytes) {
    const [fileSize, limit] = formatSizes(size, options.maxBytes);
    throw new ImportFileError(`The file is ${fileSize}; the limit is ${limit} (IMPORT_MAX_BYTES).`);
  }
  const contentHash = await sha256(path);
  const last = options.store.lastImport();
  if (last && last.contentHash === contentHash) return { unchanged: true, record: last };

  const table = await readTableInWorker(path, { maxBytes: options.maxBytes });
  let columns: ReturnType<typeof mapColumns>;
  try {
    columns = checkedColumns(table.headers, options.columns);
  } catch (error) {
    await table.close();
    throw error;
  }

  const parser = new RowParser(options.catalog, columns);
  const transaction = options.store.beginImport({
    fileName: options.fileName ?? basename(path),
    contentHash,
    importedBy: options.importedBy,
    importedAt: options.now(),
  });
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
        if (rejections.length < LISTED_REJECTIONS) rejections.push({ row, reason: parsed.reason });
      } else {
        objectTypes.add(parsed.error.objectType);
        transaction.add(parsed.error);
      }
      if (options.onProgress && rows % PROGRESS_EVERY === 0) options.onProgress(rows);
    }
    if (rejected > rows * MAX_REJECTED_SHARE) {
      const listed = rejections
        .slice(0, 5)
        .map((r) => `row ${r.row}: ${r.reason}`)
        .join("; ");
      throw new ImportFileError(
        `${rejected} of ${rows} rows cannot be used (more than ${MAX_REJECTED_SHARE * 100}%), so nothing was imported. ` +
          `First problems: ${listed}.`,
      );
    }
    const record = transaction.commit({
      rowsRead: rows,
      rejected,
      objectTypes: [...objectTypes].sort(),
      columns: describeColumns(columns),
    });
    options.onProgress?.(rows);
    return { unchanged: false, record, rejections };
  } catch (error) {
    transaction.rollback();
    throw error;
  }
}

async function sha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }))
    hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** The column map, or why the file cannot be imported: no message or type, or no record id. */
function checkedColumns(headers: readonly string[], override: ImportOptions["columns"]) {
  const columns = mapColumns(headers, override);
  if (!columns.message && !columns.errorType) {
    throw new ImportFileError(
      `No column holds the error type or the error message. The file's columns: ${headers.join(", ") || "(none)"}. ` +
        "Expected headers such as Error type and Error message (Fejltype, Fejlmeddelelse), or set IMPORT_COLUMNS, e.g. message=Details.",
    );
  }
  if (!columns.hubspotId && !columns.salesforceId) {
    throw new ImportFileError(
      `No column holds a record id. The file's columns: ${headers.join(", ")}. ` +
        "Expected Record ID or Salesforce ID, or set IMPORT_COLUMNS, e.g. hubspotId=Contact ID.",
    );
  }
  return columns;
}
