import { openByteSource, type TableSource } from "./byte-source.js";
import type { Delimiter } from "./detect-delimiter.js";
import type { TextEncoding } from "./detect-encoding.js";
import { ImportFileError } from "./import-file-error.js";
import { readCsv } from "./read-csv.js";
import { readXlsx } from "./read-xlsx.js";
import { sniffFormat, type TableFormat } from "./sniff-format.js";
import type { TableRow } from "./table-row.js";

export type { TableSource } from "./byte-source.js";
export type { TableRow } from "./table-row.js";

/** Limits on what {@link readTable} reads. */
export interface ReadTableOptions {
  /** The largest file accepted, in bytes (IMPORT_MAX_BYTES). */
  readonly maxBytes: number;
}

/** A spreadsheet being read: what it is, its header, and its rows as they stream. */
export interface Table {
  readonly format: TableFormat;
  /** The text encoding of a CSV file, as a `TextDecoder` label. */
  readonly encoding?: TextEncoding;
  /** The cell separator of a CSV file. */
  readonly delimiter?: Delimiter;
  /** The worksheet of an XLSX file that was read: the first visible one with content. */
  readonly sheet?: string;
  /** The column names as in the file, trimmed, in file order; case is kept. */
  readonly headers: string[];
  /** The row the headers are in: 1, unless blank rows come first. */
  readonly headerRow: number;
  /**
   * The rows below the header, skipping blank ones; iterate once. Breaking out of the loop
   * releases the file. Throws {@link ImportFileError} if the file turns out malformed or too large
   * further on.
   */
  readonly rows: AsyncIterable<TableRow>;
  /** How many bytes of the file have been read so far; the whole size once `rows` is done. */
  bytesRead(): number;
  /**
   * Releases the file without reading further, for a caller that stops before the rows (the
   * headers do not fit, say). Not needed after iterating `rows`, to its end or breaking out.
   */
  close(): Promise<void>;
}

/**
 * Opens HubSpot's "Export errors" file, CSV or XLSX, as downloaded or as re-saved in Excel in any
 * locale, and reads it as far as its header. The format comes from the first bytes, not the name;
 * a CSV's encoding and delimiter are detected. Memory stays flat however long the file is.
 *
 * Throws {@link ImportFileError} (code `import_refused`) for a file it will not read: empty, too
 * large, a PDF, an old .xls, some other ZIP or binary file, or one without a header row.
 */
export async function readTable(source: TableSource, options: ReadTableOptions): Promise<Table> {
  const bytes = await openByteSource(source, options.maxBytes);
  let format: TableFormat;
  try {
    format = sniffFormat(bytes.head);
  } catch (error) {
    bytes.close();
    throw error;
  }
  const csv = format === "csv" ? readCsv(bytes) : undefined;
  const xlsx = format === "xlsx" ? readXlsx(bytes) : undefined;
  const rows = (csv?.rows ?? xlsx?.rows) as AsyncGenerator<TableRow>;

  const first = await rows.next();
  if (first.done) {
    throw new ImportFileError({ key: "files.allRowsEmpty" });
  }
  const header = first.value;
  const headers = Array.from(header.cells, (cell) => (cell ?? "").trim());
  if (headers.every((name) => name === "" || /^[\d\s.,:/+-]+$/.test(name))) {
    await rows.return(undefined);
    throw new ImportFileError({
      key: "files.noHeaderRow",
      values: { row: String(header.row) },
    });
  }

  const sheet = xlsx?.sheetName();
  return {
    format,
    ...(csv ? { encoding: csv.encoding, delimiter: csv.delimiter } : {}),
    ...(sheet === undefined ? {} : { sheet }),
    headers,
    headerRow: header.row,
    rows,
    bytesRead: bytes.bytesRead,
    close: async () => {
      await rows.return(undefined);
    },
  };
}
