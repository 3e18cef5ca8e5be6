import { pipeline, Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import type { ByteSource } from "./byte-source.js";
import { type Delimiter, detectDelimiter } from "./detect-delimiter.js";
import { detectEncoding, type TextEncoding } from "./detect-encoding.js";
import { formatSize, formatSizes } from "./format-size.js";
import { ImportFileError } from "./import-file-error.js";
import { longCell, MAX_CELL_CHARS } from "./import-limits.js";
import { isBlankRow } from "./is-blank-row.js";
import { LineMeter, type LongLine } from "./line-meter.js";
import type { TableRow } from "./table-row.js";

/**
 * The longest record accepted, in bytes of UTF-8. Excel holds at most 32,767 characters in a cell;
 * a record far longer is a quote that never closes or a file that is not a table of rows, and
 * stopping there keeps memory flat.
 */
const MAX_RECORD_BYTES = 1024 * 1024;

/** A CSV file's encoding and delimiter, as detected, and its rows with content. */
export interface CsvRows {
  readonly encoding: TextEncoding;
  readonly delimiter: Delimiter;
  /** Rows that are not blank, numbered as a spreadsheet shows them; the header comes first. */
  readonly rows: AsyncGenerator<TableRow>;
}

/** Reads a CSV export as it streams: detects its encoding and delimiter, then parses it. */
export function readCsv(bytes: ByteSource): CsvRows {
  const { encoding, bomLength } = detectEncoding(bytes.head, bytes.complete);
  const headText = new TextDecoder(encoding, { ignoreBOM: true }).decode(
    bytes.head.subarray(bomLength),
    { stream: true },
  );
  const delimiter = detectDelimiter(headText);
  return { encoding, delimiter, rows: parseRows(bytes, encoding, bomLength, delimiter) };
}

async function* parseRows(
  bytes: ByteSource,
  encoding: TextEncoding,
  bomLength: number,
  delimiter: Delimiter,
): AsyncGenerator<TableRow> {
  const parser = parse({
    delimiter,
    bom: false,
    // Rows shorter or longer than the header are kept; the caller decides what they mean.
    relax_column_count: true,
    // Blank lines still count as spreadsheet rows, so they are parsed and then skipped here.
    skip_empty_lines: false,
    // Listed rather than discovered: csv-parse would settle on the first line ending it meets,
    // and files edited in more than one program mix CRLF and LF.
    record_delimiter: ["\r\n", "\n", "\r"],
    max_record_size: MAX_RECORD_BYTES,
  });
  // Tells a record too long because one line is from one whose quote never closes.
  const meter = new LineMeter(utf8Chunks(bytes, encoding, bomLength), MAX_RECORD_BYTES);
  // A failure anywhere in the pipeline destroys the parser with that error, so the loop below
  // throws it; the callback has nothing left to do.
  pipeline(Readable.from(meter, { objectMode: false }), parser, () => {});
  let record = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      record++;
      for (let i = 0; i < cells.length; i++) {
        const length = (cells[i] as string).length;
        if (length > MAX_CELL_CHARS) throw longCell(record, i + 1, length);
      }
      if (!isBlankRow(cells)) yield { row: record, cells };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const long = error.code === "CSV_MAX_RECORD_SIZE" ? await meter.longLine() : undefined;
    throw refusal(error, record, long?.line === error.lines ? long : undefined);
  } finally {
    parser.destroy();
    // The source first: that ends a read the meter may still be waiting on.
    bytes.close();
    void meter.close().catch(() => {});
  }
}

/**
 * The file's bytes as UTF-8, which csv-parse reads fastest: UTF-8 passes through untouched and
 * anything else is decoded on the way, a chunk at a time.
 */
async function* utf8Chunks(
  bytes: ByteSource,
  encoding: TextEncoding,
  bomLength: number,
): AsyncGenerator<Buffer> {
  if (encoding === "utf-8") {
    yield* bytes.chunks(bomLength);
    return;
  }
  // The byte-order mark is skipped above, so a later U+FEFF is text and must stay.
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  for await (const chunk of bytes.chunks(bomLength)) {
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield Buffer.from(text, "utf8");
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield Buffer.from(rest, "utf8");
}

/**
 * An admin's account of a CSV fault, naming the row where it starts. `longLine` is the line the
 * parser stopped in when that line alone is over the record limit.
 */
function refusal(error: CsvError, recordsRead: number, longLine?: LongLine): ImportFileError {
  // csv-parse counts the records it finished; the faulty one is the next.
  const row = (typeof error.records === "number" ? error.records : recordsRead) + 1;
  const options = { cause: error, row };
  if (longLine) {
    // One decimal at least: "3.5 MB" says more than "4 MB".
    const [size, limit] =
      formatSize(longLine.bytes, 1) === formatSize(MAX_RECORD_BYTES, 1)
        ? formatSizes(longLine.bytes, MAX_RECORD_BYTES)
        : [formatSize(longLine.bytes, 1), formatSize(MAX_RECORD_BYTES)];
    return new ImportFileError(
      { key: "files.rowTooLong", values: { row: String(row), size, limit } },
      options,
    );
  }
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
    case "CSV_MAX_RECORD_SIZE":
      return new ImportFileError(
        { key: "files.quoteNotClosed", values: { row: String(row) } },
        options,
      );
    case "CSV_INVALID_CLOSING_QUOTE":
    case "INVALID_OPENING_QUOTE":
      return new ImportFileError(
        { key: "files.misplacedQuote", values: { row: String(row) } },
        options,
      );
    default:
      return new ImportFileError(
        { key: "files.notCsv", values: { row: String(row), code: error.code } },
        options,
      );
  }
}
