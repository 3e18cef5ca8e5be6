import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import ExcelJS from "exceljs";
import { ImportFileError } from "./import-file-error.js";
import { MAX_CELL_CHARS, MAX_SHARED_STRING_CHARS, MAX_SHARED_STRINGS } from "./import-limits.js";
import { UnpackGuard } from "./unpack-guard.js";

// exceljs's own unzipper and XML event reader, as exceljs resolves them, so that the archive is
// read exactly as exceljs reads it, with the counting added.
const fromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));
const unzip = fromExceljs("unzipper") as {
  Parse(options: { forceStream: boolean }): NodeJS.ReadWriteStream;
};
const iterateStream = fromExceljs("./lib/utils/iterate-stream.js") as (
  stream: NodeJS.ReadableStream,
) => AsyncIterable<ZipEntry>;
type SaxEvent =
  | { eventType: "opentag" | "closetag"; value: { name: string } }
  | { eventType: "text"; value: string };
const parseSax = fromExceljs("./lib/utils/parse-sax.js") as (
  chunks: AsyncIterable<Buffer>,
) => AsyncIterable<SaxEvent[]>;

interface ZipEntry extends NodeJS.ReadableStream {
  readonly path: string;
  readonly vars: { readonly flags: number; readonly uncompressedSize: number };
  autodrain(): void;
}

/** The parts of exceljs's reader that {@link BoundedWorkbookReader} calls; exceljs declares none. */
interface ReaderInternals {
  input: NodeJS.ReadableStream;
  sharedStrings?: string[];
  workbookRels?: unknown;
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    chunks: AsyncIterable<Buffer>,
    sheetNo: string,
  ): Iterable<{ eventType: string; value: unknown }>;
}

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
// Bit 3 of the general-purpose flags: the sizes follow the data, and the header's are zero.
const SIZES_AFTER_DATA = 0x08;

/**
 * exceljs's streaming workbook reader with bounds on what the workbook may unpack to (see
 * import-limits.ts): every part it reads is counted as it is unpacked, and the shared strings are
 * read as plain text, counted, each no longer than a cell may be. Throws {@link ImportFileError}
 * past a bound.
 */
export class BoundedWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  private readonly guard = new UnpackGuard();

  /** Replaces exceljs's `parse`: the same walk through the archive, with every part counted. */
  override async *parse(): AsyncGenerator<{ eventType: string; value: unknown }> {
    const self = this as unknown as ReaderInternals;
    const zip = unzip.Parse({ forceStream: true });
    self.input.pipe(zip);
    // Worksheets met before the shared strings wait in a temporary folder, as in exceljs.
    const waiting: Array<{ sheetNo: string; path: string }> = [];
    let folder: string | undefined;
    try {
      for await (const entry of iterateStream(zip)) {
        const part = entry.path;
        const sheet = SHEET.exec(part);
        const read = part === "xl/_rels/workbook.xml.rels" || part === "xl/workbook.xml";
        const known = read || part === "xl/sharedStrings.xml" || part === "xl/styles.xml";
        if (!known && !sheet) {
          // Skipped without unpacking.
          entry.autodrain();
          continue;
        }
        if (!(entry.vars.flags & SIZES_AFTER_DATA)) {
          this.guard.checkDeclared(part, entry.vars.uncompressedSize);
        }
        const chunks = this.guard.watch(part, entry as AsyncIterable<Buffer>);
        if (part === "xl/_rels/workbook.xml.rels") await self._parseRels(Readable.from(chunks));
        else if (part === "xl/workbook.xml") await self._parseWorkbook(Readable.from(chunks));
        else if (part === "xl/styles.xml") await self._parseStyles(Readable.from(chunks));
        else if (part === "xl/sharedStrings.xml") await this.readSharedStrings(chunks);
        else if (sheet) {
          const sheetNo = sheet[1] as string;
          if (self.sharedStrings && self.workbookRels) {
            yield* this.worksheet(chunks, sheetNo);
          } else {
            folder ??= await mkdtemp(join(tmpdir(), "syncerror-xlsx-"));
            const path = join(folder, `sheet${sheetNo}.xml`);
            await pipeline(Readable.from(chunks), createWriteStream(path));
            waiting.push({ sheetNo, path });
          }
        }
        entry.autodrain();
      }
      for (const { sheetNo, path } of waiting) {
        yield* this.worksheet(createReadStream(path), sheetNo);
      }
    } finally {
      if (folder) await rm(folder, { recursive: true, force: true });
    }
  }

  /**
   * exceljs's worksheet reader, without its running sheet dimensions: after each row it takes
   * the row's extent by walking every index of the row's cell array up to the last column, which
   * is a sparse array 16,384 long for a row with a cell in column XFD. Nothing here uses them.
   */
  private *worksheet(
    chunks: AsyncIterable<Buffer>,
    sheetNo: string,
  ): Generator<{ eventType: string; value: unknown }> {
    const self = this as unknown as ReaderInternals;
    for (const event of self._parseWorksheet(chunks, sheetNo)) {
      (event.value as { _dimensions: unknown })._dimensions = { expandRow: () => {} };
      yield event;
    }
  }

  /**
   * The shared strings as plain text (what the importer makes of rich text anyway), each the text
   * of its `<t>` elements outside phonetic runs, with each string, their number and their total
   * length bounded.
   */
  private async readSharedStrings(chunks: AsyncIterable<Buffer>): Promise<void> {
    const self = this as unknown as ReaderInternals;
    const strings: string[] = [];
    let text = "";
    let inText = false;
    let inPhonetic = false;
    let total = 0;
    for await (const events of parseSax(chunks)) {
      for (const event of events) {
        if (event.eventType === "text") {
          if (!inText || inPhonetic) continue;
          text += event.value;
          if (text.length > MAX_CELL_CHARS) {
            throw new ImportFileError({
              key: "files.longSharedString",
              values: { index: strings.length + 1, max: MAX_CELL_CHARS },
            });
          }
        } else if (event.eventType === "opentag") {
          const { name } = event.value;
          if (name === "si") text = "";
          else if (name === "t") inText = true;
          else if (name === "rPh") inPhonetic = true;
        } else {
          const { name } = event.value;
          if (name === "t") inText = false;
          else if (name === "rPh") inPhonetic = false;
          else if (name === "si") {
            total += text.length;
            if (strings.length === MAX_SHARED_STRINGS || total > MAX_SHARED_STRING_CHARS) {
              const limits = { texts: MAX_SHARED_STRINGS, chars: MAX_SHARED_STRING_CHARS };
              throw new ImportFileError(
                strings.length === MAX_SHARED_STRINGS
                  ? { key: "files.tooManySharedStrings", values: limits }
                  : {
                      key: "files.sharedStringsTooLong",
                      values: { ...limits, read: strings.length + 1 },
                    },
              );
            }
            strings.push(text);
          }
        }
      }
    }
    self.sharedStrings = strings;
  }
}
