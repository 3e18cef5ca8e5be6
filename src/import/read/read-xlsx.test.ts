import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportFileError } from "./import-file-error.js";
import { readTable, type Table, type TableRow } from "./read-table.js";

const LIMIT = { maxBytes: 10 * 1024 * 1024 };

let dir: string;
let fileCount = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "syncerror-read-xlsx-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The rows, with the cells a workbook row lacks (holes) as "", as the importer reads them. */
async function allRows(table: Table): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const { row, cells } of table.rows) {
    rows.push({ row, cells: Array.from(cells, (cell) => cell ?? "") });
  }
  return rows;
}

/** Writes a fixture file, reads it through `readTable` and collects everything it gives. */
async function read(name: string, content: Uint8Array) {
  const path = join(dir, `${++fileCount}-${name}`);
  await writeFile(path, content);
  const table = await readTable({ path }, LIMIT);
  return { table, rows: await allRows(table) };
}

async function refusal(promise: Promise<unknown>): Promise<ImportFileError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  expect((error as ImportFileError).code).toBe("import_refused");
  return error as ImportFileError;
}

async function workbook(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("readTable on XLSX", () => {
  it("reads numbers, long ids, dates, rich text, formulas and links as text", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("Sync errors");
      sheet.addRow(["Error type", " Record ID ", "Amount", "Date", "Time", "Note", "Sum", "OK"]);
      sheet.addRow([
        { richText: [{ text: "Duplicate ", font: { bold: true } }, { text: "email" }] },
        12345678901,
        1234.5,
        new Date(Date.UTC(2024, 2, 1)),
        new Date(Date.UTC(2024, 2, 1, 10, 15, 30)),
        { text: "HubSpot record", hyperlink: "https://app.hubspot.com/contacts/1" },
        { formula: "C2*2", result: 2469 },
        true,
      ]);
      sheet.addRow([]);
      sheet.addRow(["Tiny", 1.5e-7, 1e21, null, null, { error: "#N/A" }]);
      sheet.getCell("D2").numFmt = "yyyy-mm-dd";
      sheet.getCell("E2").numFmt = "yyyy-mm-dd hh:mm:ss";
    });
    const { table, rows } = await read("export.xlsx", bytes);
    expect(table).toMatchObject({ format: "xlsx", sheet: "Sync errors", headerRow: 1 });
    expect(table.encoding).toBeUndefined();
    expect(table.headers).toEqual([
      "Error type",
      "Record ID",
      "Amount",
      "Date",
      "Time",
      "Note",
      "Sum",
      "OK",
    ]);
    expect(rows).toEqual([
      {
        row: 2,
        cells: [
          "Duplicate email",
          "12345678901",
          "1234.5",
          "2024-03-01",
          "2024-03-01T10:15:30",
          "HubSpot record",
          "2469",
          "TRUE",
        ],
      },
      { row: 4, cells: ["Tiny", "0.00000015", "1000000000000000000000", "", "", "#N/A"] },
    ]);
    expect(table.bytesRead()).toBe(bytes.length);
  });

  it("reads a workbook whose parts come before its sheets, as Apache POI writes them", async () => {
    const { table, rows } = await read("poi-order.xlsx", zip(POI_ORDER_WORKBOOK));
    expect(table).toMatchObject({ sheet: "Sync errors", headerRow: 1 });
    expect(table.headers).toEqual(["Error type", "Record ID", "Date", "Created"]);
    expect(rows).toEqual([
      { row: 2, cells: ["Duplicate email", "12345678901", "2024-03-01", "2024-03-01T10:15:00"] },
      { row: 4, cells: ["Inline & text", "0.001", "2024-03-02"] },
    ]);
  });

  it("skips hidden and empty sheets for the first with content", async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet("Hidden", { state: "hidden" }).addRow(["Secret", "x"]);
      book.addWorksheet("Empty");
      const sheet = book.addWorksheet("Errors");
      sheet.getCell("B3").value = "Object";
      sheet.getCell("D3").value = "Record ID";
      sheet.getCell("B4").value = "Contact";
      sheet.getCell("D4").value = 42;
    });
    const { table, rows } = await read("sheets.xlsx", bytes);
    expect(table).toMatchObject({ sheet: "Errors", headerRow: 3 });
    expect(table.headers).toEqual(["", "Object", "", "Record ID"]);
    expect(rows).toEqual([{ row: 4, cells: ["", "Contact", "", "42"] }]);
  });

  it("keeps a row sparse: a cell in the last column (XFD) is one cell, not 16,384", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("Errors");
      sheet.getCell("A1").value = "Record ID";
      sheet.getCell("B1").value = "Error type";
      sheet.getCell("A2").value = 7;
      sheet.getCell("XFD2").value = "far";
    });
    const path = join(dir, `${++fileCount}-xfd.xlsx`);
    await writeFile(path, bytes);
    const table = await readTable({ path }, LIMIT);
    const rows: TableRow[] = [];
    for await (const row of table.rows) rows.push(row);
    expect(rows).toHaveLength(1);
    const cells = rows[0]?.cells ?? [];
    expect(Object.keys(cells)).toEqual(["0", "16383"]);
    expect([cells[0], cells[1], cells[16383]]).toEqual(["7", undefined, "far"]);
  });

  it("reads a workbook from a stream", async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet("Ark1").addRows([
        ["Objekt", "Post-id"],
        ["Kontakt", 7],
      ]);
    });
    const table = await readTable({ stream: Readable.from([bytes]), name: "eksport.xlsx" }, LIMIT);
    expect(table.headers).toEqual(["Objekt", "Post-id"]);
    expect(await allRows(table)).toEqual([{ row: 2, cells: ["Kontakt", "7"] }]);
  });
});

describe("readTable refuses", () => {
  it("a ZIP archive that is not a workbook", async () => {
    const error = await refusal(read("export.zip", zip({ "hubspot-errors.csv": "a,b\n1,2\n" })));
    expect(error.message).toBe(
      "This is a ZIP archive, not an Excel workbook (.xlsx). If HubSpot sent the export zipped, " +
        "unzip it and upload the CSV or XLSX file inside.",
    );
  });

  it("a Word document", async () => {
    const docx = zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
    const error = await refusal(read("errors.docx", docx));
    expect(error.message).toMatch(/^This is a ZIP archive, not an Excel workbook/);
  });

  it("a workbook without a worksheet", async () => {
    const empty = zip({
      "[Content_Types].xml": "<Types/>",
      "xl/workbook.xml": `<workbook ${MAIN}><sheets/></workbook>`,
    });
    const error = await refusal(read("empty.xlsx", empty));
    expect(error.message).toMatch(/^This file has no worksheet, so it is not an Excel workbook\./);
  });

  it("a damaged workbook", async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet("Errors").addRows([["Object"], ["Contact"]]);
    });
    // Keep the first entry's header, so that it still looks like a workbook; garble the rest.
    const damaged = Buffer.concat([bytes.subarray(0, 80), randomBytes(bytes.length - 80)]);
    const error = await refusal(read("damaged.xlsx", damaged));
    expect(error.message).toBe(
      "The Excel file cannot be read; it may be damaged. Open it in Excel and save it again as " +
        ".xlsx or CSV.",
    );
  });

  it("a streamed workbook once it passes the limit", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("Errors");
      sheet.addRow(["Error message"]);
      // Random text does not compress, so the file outgrows the limit.
      for (let i = 0; i < 4000; i++) sheet.addRow([randomBytes(30).toString("base64")]);
    });
    expect(bytes.length).toBeGreaterThan(150 * 1024);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 16384) }, (_, i) =>
      bytes.subarray(i * 16384, (i + 1) * 16384),
    );
    const table = readTable(
      { stream: Readable.from(chunks), name: "big.xlsx" },
      { maxBytes: 100 * 1024 },
    );
    const error = await refusal(table.then(allRows));
    expect(error.message).toBe("The file is over the limit of 100 KB (IMPORT_MAX_BYTES).");
  });
});

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
const DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A workbook with shared strings, styles and the workbook part ahead of the sheet (the order of
 * Apache POI, which exceljs's reader handles without a temporary file), built by hand: a date
 * format by built-in id 14 and a custom one, a rich shared string, an inline string, a number in
 * exponent form and a date formula.
 */
const POI_ORDER_WORKBOOK: Record<string, string> = {
  "[Content_Types].xml": "<Types/>",
  "_rels/.rels": `<Relationships ${RELS}/>`,
  "xl/sharedStrings.xml":
    `<sst ${MAIN}><si><t>Error type</t></si><si><t>Record ID</t></si><si><t>Date</t></si>` +
    "<si><r><rPr><b/></rPr><t>Duplicate </t></r><r><t>email</t></r></si>" +
    '<si><t xml:space="preserve"> Created </t></si></sst>',
  "xl/styles.xml":
    `<styleSheet ${MAIN}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/>` +
    '</numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>' +
    '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
  "xl/workbook.xml":
    `<workbook ${MAIN} xmlns:r="${DOC_RELS}"><sheets>` +
    '<sheet name="Sync errors" sheetId="1" r:id="rId1"/></sheets></workbook>',
  "xl/_rels/workbook.xml.rels":
    `<Relationships ${RELS}><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" ` +
    'Target="worksheets/sheet1.xml"/></Relationships>',
  "xl/worksheets/sheet1.xml":
    `<worksheet ${MAIN}><sheetData>` +
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
    '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>4</v></c></row>' +
    '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>12345678901</v></c>' +
    '<c r="C2" s="1"><v>45352</v></c><c r="D2" s="2"><v>45352.427083333336</v></c></row>' +
    '<row r="3"><c r="A3" t="inlineStr"><is><t> </t></is></c></row>' +
    '<row r="4"><c r="A4" t="inlineStr"><is><t>Inline &amp; text</t></is></c>' +
    '<c r="B4"><v>1.0000000000000001E-3</v></c><c r="C4" s="1"><f>C2+1</f><v>45353</v></c></row>' +
    "</sheetData></worksheet>",
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A ZIP archive of stored (uncompressed) entries, in the order given. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
