/**
 * Writes demo rows as the CSV file HubSpot's "Export errors" produces, streaming, so a million
 * rows never sit in memory at once.
 *
 * Format: UTF-8 without a byte-order mark; records end in CRLF, as RFC 4180 specifies and as
 * Excel writes them; a field is quoted only when it holds a comma, a double quote, CR or LF, and a
 * double quote inside it is doubled. Line breaks inside a message are kept as they are (LF), so a
 * reader must honour quoting rather than split on line ends. Dates are ISO 8601 in UTC.
 */
import { once } from "node:events";
import { type DemoRow, type DemoRowsOptions, demoRows } from "./demo-rows.js";
import { demoWaveRows } from "./demo-wave.js";
import { createIsoFormatter } from "./iso-utc.js";

/** The export's columns, in order, as the header row names them. */
export const DEMO_EXPORT_HEADERS = [
  "Object type",
  "Record ID",
  "Salesforce ID",
  "Record name",
  "Error type",
  "Error message",
  "Date",
] as const;

/** What `writeDemoCsv` wrote: data rows (the header not counted) and UTF-8 bytes (header included). */
export interface DemoCsvResult {
  readonly rows: number;
  readonly bytes: number;
}

// Rows are encoded straight into buffers of this size, one write per buffer. Joining the rows into
// one string first measured slower: V8 must flatten the joined text before encoding it.
const CHUNK_BYTES = 256 * 1024;
const NEEDS_QUOTES = /[",\r\n]/;
const COMMA = 0x2c;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** The demo's rows, then local mode's planted wave when asked for. */
function* rowsOf(options: DemoRowsOptions): Generator<DemoRow, void, undefined> {
  yield* demoRows(options);
  if (options.wave) yield* demoWaveRows(options.now);
}

/**
 * Streams the header and `demoRows(options)` (and the planted wave with `wave`) to `out`. Honours backpressure: when `out.write`
 * returns false it waits for 'drain' (and rejects if the stream errors meanwhile). It resolves once
 * the last chunk has been handed to `out` and flushed; it does not end `out`, which may be stdout.
 * As with any stream, give `out` an 'error' listener (or use it in a pipeline).
 */
export async function writeDemoCsv(
  out: NodeJS.WritableStream,
  options: DemoRowsOptions,
): Promise<DemoCsvResult> {
  const iso = createIsoFormatter();
  let rows = 0;
  let bytes = 0;
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let length = buffer.write(`${DEMO_EXPORT_HEADERS.join(",")}\r\n`);

  for (const row of rowsOf(options)) {
    const { recordName, errorType, message } = row;
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a doubled quote takes 2); the enclosing
    // quotes, commas, ids and date fit in the 100 to spare.
    const most = 3 * (recordName.length + errorType.length + message.length) + 100;
    if (length + most > buffer.length) {
      bytes += length;
      if (!out.write(buffer.subarray(0, length))) await once(out, "drain");
      buffer = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, most));
      length = 0;
    }
    length = writeAscii(buffer, length, row.objectType);
    buffer[length++] = COMMA;
    length = writeAscii(buffer, length, row.recordId);
    buffer[length++] = COMMA;
    length = writeAscii(buffer, length, row.salesforceId);
    buffer[length++] = COMMA;
    length = writeField(buffer, length, recordName);
    buffer[length++] = COMMA;
    length = writeField(buffer, length, errorType);
    buffer[length++] = COMMA;
    length = writeField(buffer, length, message);
    buffer[length++] = COMMA;
    length = writeAscii(buffer, length, iso(row.occurredAt.getTime()));
    buffer[length++] = CR;
    buffer[length++] = LF;
    rows++;
  }

  bytes += length;
  const last = buffer.subarray(0, length);
  await new Promise<void>((resolve, reject) => {
    out.write(last, (error) => (error ? reject(error) : resolve()));
  });
  return { rows, bytes };
}

// Copies an ASCII string byte by byte: for short ids and dates this beats a call into
// Buffer#write, whose fixed cost is larger than the copy.
function writeAscii(buffer: Buffer, offset: number, text: string): number {
  let at = offset;
  for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
  return at;
}

// RFC 4180: a field holding a delimiter, a quote or a line break is quoted, its quotes doubled.
// The quotes go straight into the buffer rather than into a new, longer copy of the text.
function writeField(buffer: Buffer, offset: number, value: string): number {
  if (!NEEDS_QUOTES.test(value)) return offset + buffer.write(value, offset);
  let at = offset;
  buffer[at++] = QUOTE;
  at += buffer.write(value.includes('"') ? value.replaceAll('"', '""') : value, at);
  buffer[at++] = QUOTE;
  return at;
}
