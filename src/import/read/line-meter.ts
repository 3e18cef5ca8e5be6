const LF = 0x0a;
const CR = 0x0d;

/** The first line longer than the limit: its number (from 1) and its length in bytes. */
export interface LongLine {
  readonly line: number;
  readonly bytes: number;
}

/**
 * Watches text on its way to the CSV parser for the first line (ended by CRLF, LF or CR) longer
 * than a limit, so that a record refused for its size can be told apart from a quote that never
 * closes, and measured to its end. Its iterator leaves the source open when the parser stops
 * early, so that {@link longLine} can read on; {@link close} releases it.
 */
export class LineMeter implements AsyncIterable<Buffer> {
  private readonly source: AsyncIterator<Buffer>;
  private line = 1;
  private length = 0;
  private afterCr = false;
  private long: { line: number; bytes: number; complete: boolean } | undefined;

  constructor(
    source: AsyncIterable<Buffer>,
    private readonly limit: number,
  ) {
    this.source = source[Symbol.asyncIterator]();
  }

  [Symbol.asyncIterator](): AsyncIterator<Buffer> {
    return {
      next: async () => {
        const result = await this.source.next();
        if (!result.done) this.observe(result.value);
        return result;
      },
      return: async () => ({ done: true, value: undefined }),
    };
  }

  /** The first line over the limit, read to its end; undefined when no line read so far is. */
  async longLine(): Promise<LongLine | undefined> {
    while (this.long && !this.long.complete) {
      const result = await this.source.next();
      if (result.done) this.long.complete = true;
      else this.observe(result.value);
    }
    return this.long && { line: this.long.line, bytes: this.long.bytes };
  }

  /** Stops reading the source. */
  async close(): Promise<void> {
    await this.source.return?.();
  }

  private observe(chunk: Buffer): void {
    if (this.long?.complete) return;
    let pos = this.afterCr && chunk[0] === LF ? 1 : 0;
    this.afterCr = false;
    // Found once per chunk and again only when passed, so a chunk of many lines is scanned once.
    let nextLf = chunk.indexOf(LF, pos);
    let nextCr = chunk.indexOf(CR, pos);
    while (pos < chunk.length) {
      if (nextLf !== -1 && nextLf < pos) nextLf = chunk.indexOf(LF, pos);
      if (nextCr !== -1 && nextCr < pos) nextCr = chunk.indexOf(CR, pos);
      const end = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
      this.length += (end === -1 ? chunk.length : end) - pos;
      if (this.long) this.long.bytes = this.length;
      else if (this.length > this.limit) {
        this.long = { line: this.line, bytes: this.length, complete: false };
      }
      if (end === -1) return;
      if (this.long) {
        this.long.complete = true;
        return;
      }
      this.line++;
      this.length = 0;
      pos = end + 1;
      if (chunk[end] === CR) {
        if (pos === chunk.length) this.afterCr = true;
        else if (chunk[pos] === LF) pos++;
      }
    }
  }
}
