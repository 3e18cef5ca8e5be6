import { ImportFileError } from "./import-file-error.js";

/*
 * How far a file may expand once read. IMPORT_MAX_BYTES bounds the file as uploaded; an .xlsx is a
 * ZIP archive, so a small one can unpack to gigabytes, and these bound what it unpacks to.
 */

/**
 * The most characters a cell may hold: Excel's own limit ("Excel specifications and limits":
 * "Total number of characters that a cell can contain: 32,767 characters"), so no file Excel
 * wrote is refused by it. Applies to CSV cells too.
 */
export const MAX_CELL_CHARS = 32_767;

/** The most cells a row may have, counting only cells that exist; an export has a few dozen. */
export const MAX_CELLS_PER_ROW = 1_000;

/**
 * The most bytes the workbook's parts (worksheet, shared strings, styles, workbook) may unpack to,
 * together: five times the default IMPORT_MAX_BYTES, what a large export's XML takes.
 */
export const MAX_XLSX_UNPACKED_BYTES = 1024 ** 3;

/** The most texts the shared-strings table may hold (each distinct cell text is one). */
export const MAX_SHARED_STRINGS = 1_000_000;

/** The most characters all shared strings may hold together. */
export const MAX_SHARED_STRING_CHARS = 32 * 1024 * 1024;

/**
 * The longest stretch of a workbook part's XML without a `<` or `>`: a cell's text at Excel's
 * limit, with every character written as an entity (`&quot;`) at most. Stopping there keeps the
 * XML parser from gathering a huge text before the character count can be checked.
 */
export const MAX_XML_RUN_BYTES = MAX_CELL_CHARS * 8;

/** The heap an import's reading thread may use, in MB; a file that needs more is refused. */
export const IMPORT_HEAP_MB = 384;

/** A cell longer than Excel allows, which Excel itself never writes. */
export function longCell(row: number, column: number, chars: number): ImportFileError {
  return new ImportFileError(
    {
      key: "files.longCell",
      values: { row: String(row), column: String(column), chars, max: MAX_CELL_CHARS },
    },
    { row },
  );
}
