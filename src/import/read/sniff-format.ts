import { detectUtf16 } from "./detect-encoding.js";
import { ImportFileError } from "./import-file-error.js";

/** The two kinds of file HubSpot's "Export errors" gives. */
export type TableFormat = "csv" | "xlsx";

// Only a few kilobytes are examined for NUL bytes; text has none anywhere, binary has them early.
const BINARY_WINDOW = 4096;

const startsWith = (head: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => head[i] === byte);

/**
 * What kind of file this is, from its first bytes rather than its name: admins rename files, and
 * a "report.csv" may be a PDF or a workbook. Throws {@link ImportFileError}, with a message that
 * says what to do instead, for every kind the importer does not read.
 */
export function sniffFormat(head: Buffer): TableFormat {
  if (head.length === 0) throw new ImportFileError({ key: "files.empty" });
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) {
    throw new ImportFileError({ key: "files.pdf" });
  }
  // The OLE compound file: the Excel 97–2003 format, and also any password-protected workbook.
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new ImportFileError({ key: "files.oldExcel" });
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    if (isWorkbook(zipEntryNames(head))) return "xlsx";
    throw new ImportFileError({ key: "files.zip" });
  }
  if (!detectUtf16(head) && head.subarray(0, BINARY_WINDOW).includes(0)) {
    throw new ImportFileError({ key: "files.binary" });
  }
  return "csv";
}

/**
 * Whether a ZIP archive is an Office Open XML workbook. An .xlsx keeps its parts under `xl/`; a
 * Word or PowerPoint file, which also has `[Content_Types].xml`, keeps them under `word/` or
 * `ppt/`.
 * If the head shows only the content-types part, the reader decides.
 */
function isWorkbook(names: readonly string[]): boolean {
  if (names.some((name) => name.startsWith("xl/"))) return true;
  if (names.some((name) => /^(word|ppt|visio)\//.test(name))) return false;
  return names.includes("[Content_Types].xml");
}

/**
 * The names of the ZIP entries whose local headers lie in the head. Each header is found by its
 * signature rather than by walking sizes, because streaming writers leave the sizes at zero.
 */
function zipEntryNames(head: Buffer): string[] {
  const names: string[] = [];
  for (let at = head.indexOf("PK\x03\x04"); at !== -1; at = head.indexOf("PK\x03\x04", at + 4)) {
    if (at + 30 > head.length) break;
    const nameLength = head.readUInt16LE(at + 26);
    if (nameLength === 0 || nameLength > 1024 || at + 30 + nameLength > head.length) continue;
    names.push(head.toString("latin1", at + 30, at + 30 + nameLength));
  }
  return names;
}
