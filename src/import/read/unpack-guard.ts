import { formatSize } from "./format-size.js";
import { ImportFileError } from "./import-file-error.js";
import { MAX_CELL_CHARS, MAX_XLSX_UNPACKED_BYTES, MAX_XML_RUN_BYTES } from "./import-limits.js";

const LT = 0x3c;
const GT = 0x3e;

/**
 * Counts what a workbook's parts unpack to, across all of them: refuses an archive whose headers
 * declare too much before anything is unpacked, and, since headers can lie, counts the bytes
 * again as they come out of the decompressor.
 */
export class UnpackGuard {
  private unpacked = 0;

  constructor(private readonly limit = MAX_XLSX_UNPACKED_BYTES) {}

  /** Refuses a part whose declared size alone is over what is left of the limit. */
  checkDeclared(part: string, declaredBytes: number): void {
    if (declaredBytes > this.limit - this.unpacked) {
      throw new ImportFileError({
        key: "files.partTooLarge",
        values: { part, size: formatSize(declaredBytes, 1), limit: formatSize(this.limit) },
      });
    }
  }

  /**
   * The part's bytes as they are unpacked, counted against the limit, and with no stretch of XML
   * without markup longer than a cell at Excel's limit could be.
   */
  async *watch(part: string, chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    let run = 0;
    for await (const chunk of chunks) {
      this.unpacked += chunk.length;
      if (this.unpacked > this.limit) {
        throw new ImportFileError({
          key: "files.unpackedTooLarge",
          values: { part, limit: formatSize(this.limit) },
        });
      }
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (byte === LT || byte === GT) run = 0;
        else if (++run > MAX_XML_RUN_BYTES) {
          throw new ImportFileError({
            key: "files.longRun",
            values: { part, max: MAX_CELL_CHARS, size: formatSize(MAX_XML_RUN_BYTES) },
          });
        }
      }
      yield chunk;
    }
  }
}
