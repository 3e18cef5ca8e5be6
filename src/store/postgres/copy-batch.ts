import type { ObservedError } from "../types.js";
import { copyField, copyFieldValue } from "./copy-text.js";
import { NewByHourDelta } from "./new-by-hour.js";
import { type GroupedRow, OpenCountDelta } from "./open-count-delta.js";

/** The fields of a line that a later repeat of its error keeps (see CopyBatch.add). */
interface Kept extends GroupedRow {
  readonly recordName: string | null;
  /** The first row's time, as written: when the error was first seen and opened. */
  readonly occurred: string;
}

/** Bytes a batch's buffer starts with (a small import stays small); it doubles as a batch grows. */
const FIRST_BYTES = 1 << 16;

/**
 * One batch of an import as the COPY text of sync_errors's columns (the order of COPY_NEW in
 * pg-import.ts), written into a byte buffer as rows are added, and the open counts it adds.
 *
 * Why bytes and not row objects until the flush (what imports did before): a batch is held while
 * the server writes the one before, long enough for the young generation's collections to copy
 * each row object and its strings to the old generation, which then has to be collected in full:
 * a third of an import's time in Node for 1,000,000 rows (issue 15's import measure). Written
 * into a buffer at once, a row's objects die young; what stays is its bytes, outside the heap.
 *
 * An error listed twice in one batch is one line, as a second upsert would leave it: the latest
 * row's text and type, ids only the earlier row had, and the earlier row's time (first seen and
 * opened). Its line keeps its place in the file's order (ids of new errors follow the file).
 */
export class CopyBatch {
  private buffer = Buffer.allocUnsafe(FIRST_BYTES);
  private bytes = 0;
  /** Where each error's line starts in the buffer, by fingerprint. */
  private readonly starts = new Map<string, number>();
  /** Lines replaced by a repeat of their error, by start: where the old line ends, and the new. */
  private readonly rewritten = new Map<number, { readonly end: number; line: string }>();
  /** The open errors this batch adds, if it goes in as new errors. */
  readonly counts = new OpenCountDelta();
  /** The same errors by type and hour of opening, for new_errors_by_hour. */
  readonly hours = new NewByHourDelta();

  /**
   * @param tail the columns every line of this import ends with, after its time: when it was
   *   last seen and the import's id twice (`\t<seen>\t<id>\t<id>\n`).
   * @param seenAt the time of a row that gives none.
   */
  constructor(
    private readonly tail: string,
    private readonly seenAt: number,
  ) {}

  /** Errors in the batch (repeats counted once). */
  get size(): number {
    return this.starts.size;
  }

  /** Adds a row of the export; `fingerprint` is the error's (fingerprintOf). */
  add(error: ObservedError, fingerprint: string): void {
    const start = this.starts.get(fingerprint);
    if (start === undefined) {
      const openedAt = error.occurredAt?.getTime() ?? this.seenAt;
      const line = this.lineOf(fingerprint, error, String(openedAt));
      this.starts.set(fingerprint, this.bytes);
      this.write(line);
      this.counts.addOne(error);
      // A repeat keeps this row's time, and its type (the fingerprint holds it): counted once.
      this.hours.addOne(error.ruleId, openedAt);
      return;
    }
    const replaced = this.rewritten.get(start);
    const end = replaced?.end ?? this.buffer.indexOf(0x0a, start) + 1;
    const earlier = keptOf(replaced?.line ?? this.buffer.toString("utf8", start, end));
    const merged: ObservedError = {
      ...error,
      hubspotId: error.hubspotId ?? earlier.hubspotId,
      salesforceId: error.salesforceId ?? earlier.salesforceId,
      recordName: error.recordName ?? earlier.recordName,
    };
    this.counts.removeOne(earlier);
    this.counts.addOne(merged);
    this.rewritten.set(start, { end, line: this.lineOf(fingerprint, merged, earlier.occurred) });
  }

  /** The batch's COPY text, in file order, as the pieces to write to a COPY stream. */
  *chunks(): Generator<Buffer | string> {
    let from = 0;
    for (const start of [...this.rewritten.keys()].sort((a, b) => a - b)) {
      const { end, line } = this.rewritten.get(start) as { end: number; line: string };
      if (start > from) yield this.buffer.subarray(from, start);
      yield line;
      from = end;
    }
    if (this.bytes > from) yield this.buffer.subarray(from, this.bytes);
  }

  private lineOf(fingerprint: string, error: ObservedError, occurred: string): string {
    return `${copyField(fingerprint)}\t${copyField(error.ruleId)}\t${copyField(error.category)}\t${copyField(
      error.direction,
    )}\t${copyField(error.objectType)}\t${copyField(error.hubspotId)}\t${copyField(
      error.salesforceId,
    )}\t${copyField(error.recordName)}\t${copyField(error.message)}\t${copyField(
      error.statusCode,
    )}\timport\t${occurred}\t${occurred}${this.tail}`;
  }

  private write(line: string): void {
    // A UTF-16 unit takes at most 3 bytes in UTF-8; write() would cut a line that did not fit.
    const most = line.length * 3;
    if (this.bytes + most > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.bytes + most));
      this.buffer.copy(bigger, 0, 0, this.bytes);
      this.buffer = bigger;
    }
    this.bytes += this.buffer.write(line, this.bytes, "utf8");
  }
}

/** What a repeat keeps of a line written before (its fields as lineOf wrote them). */
function keptOf(line: string): Kept {
  const fields = line.split("\t");
  return {
    ruleId: copyFieldValue(fields[1] as string) as string,
    objectType: copyFieldValue(fields[4] as string) as string,
    hubspotId: copyFieldValue(fields[5] as string),
    salesforceId: copyFieldValue(fields[6] as string),
    recordName: copyFieldValue(fields[7] as string),
    occurred: fields[11] as string,
  };
}
