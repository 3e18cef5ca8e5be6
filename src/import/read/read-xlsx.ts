import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { BotError } from "../../errors.js";
import { BoundedWorkbookReader } from "./bounded-workbook-reader.js";
import type { ByteSource } from "./byte-source.js";
import { cellText } from "./cell-text.js";
import { ImportFileError } from "./import-file-error.js";
import { longCell, MAX_CELL_CHARS, MAX_CELLS_PER_ROW } from "./import-limits.js";
import { isBlankRow } from "./is-blank-row.js";
import type { TableRow } from "./table-row.js";

/** An XLSX workbook's rows with content, and which sheet they come from. */
export interface XlsxRows {
  /** Rows that are not blank, numbered as Excel shows them; the header comes first. */
  readonly rows: AsyncGenerator<TableRow>;
  /** The name of the worksheet read, known once its first row has been read. */
  sheetName(): string | undefined;
}

// What exceljs's streaming reader has but its type declarations leave out.
interface SheetFacts {
  readonly name?: string;
  readonly state?: string;
}
interface RowFacts {
  readonly _cells: ExcelJS.Cell[];
}
interface WorkbookFacts {
  readonly properties?: { readonly model?: { readonly date1904?: boolean } };
}

/**
 * Reads an XLSX workbook as it streams, with exceljs's streaming reader: the first visible
 * worksheet that has any content, row by row; later sheets are not read.
 */
export function readXlsx(bytes: ByteSource): XlsxRows {
  let sheetName: string | undefined;
  async function* rows(): AsyncGenerator<TableRow> {
    const input = Readable.from(bytes.chunks(), { objectMode: false });
    // exceljs pipes its input into the unzipper without passing errors on, so a failed read (the
    // size limit, a broken upload) would leave it waiting forever. Every wait is cut short by
    // such an error instead. (Not Promise.race against one long-lived promise: that would keep a
    // reaction per row alive until the end.)
    let inputFailed = false;
    let inputError: unknown;
    let abortWait: ((error: unknown) => void) | undefined;
    input.on("error", (error) => {
      inputFailed = true;
      inputError = error;
      abortWait?.(error);
    });
    const next = <T>(iterator: AsyncIterator<T>) =>
      new Promise<IteratorResult<T>>((resolve, reject) => {
        if (inputFailed) return reject(inputError);
        abortWait = reject;
        iterator.next().then(resolve, reject);
      });
    const reader = new BoundedWorkbookReader(input, {
      worksheets: "emit",
      sharedStrings: "cache",
      // Needed to tell dates from numbers: a date is a number with a date format.
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore",
    });
    let sawSheet = false;
    try {
      const sheets = reader[Symbol.asyncIterator]();
      for (let sheet = await next(sheets); !sheet.done; sheet = await next(sheets)) {
        sawSheet = true;
        const facts = sheet.value as unknown as SheetFacts;
        if (facts.state === "hidden" || facts.state === "veryHidden") continue;
        const date1904 = (reader as unknown as WorkbookFacts).properties?.model?.date1904 === true;
        const sheetRows = sheet.value[Symbol.asyncIterator]();
        let hadContent = false;
        for (let row = await next(sheetRows); !row.done; row = await next(sheetRows)) {
          const number = row.value.number;
          // Sparse: a cell sits at its column's index and absent cells stay holes, so a row with
          // one cell in the last column (XFD) is one string, not 16,384.
          const cells: string[] = [];
          let count = 0;
          // Not `eachCell`: it walks every index of exceljs's cell array, itself sparse, up to
          // the last column; Object.values visits only the cells that exist.
          for (const cell of Object.values((row.value as unknown as RowFacts)._cells)) {
            if (cell.type === ExcelJS.ValueType.Null) continue;
            const column = Number(cell.col);
            const text = cellText(cell.value, cell.numFmt, date1904);
            if (text.length > MAX_CELL_CHARS) throw longCell(number, column, text.length);
            cells[column - 1] = text;
            count++;
          }
          if (count > MAX_CELLS_PER_ROW) {
            throw new ImportFileError(
              {
                key: "files.tooManyCells",
                values: { row: String(number), count, max: MAX_CELLS_PER_ROW },
              },
              { row: number },
            );
          }
          if (isBlankRow(cells)) continue;
          if (!hadContent) sheetName = facts.name;
          hadContent = true;
          yield { row: number, cells };
        }
        if (hadContent) return;
      }
      if (!sawSheet) {
        throw new ImportFileError({ key: "files.noWorksheet" });
      }
    } catch (error) {
      // The limit, or a failing upload: not the workbook's fault, so passed on as it is.
      if (error instanceof BotError || error === inputError) throw error;
      throw new ImportFileError({ key: "files.damaged" }, { cause: error });
    } finally {
      input.destroy();
      bytes.close();
    }
  }
  return { rows: rows(), sheetName: () => sheetName };
}
