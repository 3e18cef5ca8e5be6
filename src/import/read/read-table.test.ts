import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportFileError } from "./import-file-error.js";
import { readTable, type Table, type TableRow } from "./read-table.js";

const LIMIT = { maxBytes: 10 * 1024 * 1024 };

let dir: string;
let fileCount = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "syncerror-read-table-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a fixture file and returns its path. */
async function fixture(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, `${++fileCount}-${name}`);
  await writeFile(path, content);
  return path;
}

async function allRows(table: Table): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const row of table.rows) rows.push(row);
  return rows;
}

/** Reads a fixture through `readTable` and collects everything it gives. */
async function read(name: string, content: string | Uint8Array, maxBytes = LIMIT.maxBytes) {
  const table = await readTable({ path: await fixture(name, content) }, { maxBytes });
  return { table, rows: await allRows(table) };
}

/** The ImportFileError a promise rejects with; fails the test if it resolves or throws another. */
async function refusal(promise: Promise<unknown>): Promise<ImportFileError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  const refused = error as ImportFileError;
  expect(refused.code).toBe("import_refused");
  return refused;
}

/** A buffer cut into pieces of `size` bytes, as a network upload arrives. */
const chunked = (bytes: Buffer, size: number) =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
    bytes.subarray(i * size, (i + 1) * size),
  );

const utf16le = (text: string, bom = true) =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, "utf16le")]);

const utf16be = (text: string) => {
  const bytes = Buffer.from(text, "utf16le");
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const low = bytes[i] as number;
    bytes[i] = bytes[i + 1] as number;
    bytes[i + 1] = low;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]);
};

/** Windows-1252 bytes: Latin-1 except € and the other 0x80–0x9F characters used here. */
const windows1252 = (text: string) =>
  Buffer.from(Array.from(text, (char) => (char === "€" ? 0x80 : (char.codePointAt(0) as number))));

const EXPORT_CSV =
  "Error type,Object,Record ID,Salesforce ID,Error message,Date\r\n" +
  "Duplicate email,Contact,12345678901,00Q5g000001AbCdEAK,Email already in use,2024-03-01\r\n" +
  'Restricted picklist value,Company,98765,001AB00000xYz12,"Bad value ""Nordic"", see Industry",2024-03-02\r\n';

describe("readTable on CSV", () => {
  it("reads UTF-8 without a byte-order mark", async () => {
    const { table, rows } = await read("export.csv", EXPORT_CSV);
    expect(table).toMatchObject({ format: "csv", encoding: "utf-8", delimiter: ",", headerRow: 1 });
    expect(table.headers).toEqual([
      "Error type",
      "Object",
      "Record ID",
      "Salesforce ID",
      "Error message",
      "Date",
    ]);
    expect(rows).toEqual([
      {
        row: 2,
        cells: [
          "Duplicate email",
          "Contact",
          "12345678901",
          "00Q5g000001AbCdEAK",
          "Email already in use",
          "2024-03-01",
        ],
      },
      {
        row: 3,
        cells: [
          "Restricted picklist value",
          "Company",
          "98765",
          "001AB00000xYz12",
          'Bad value "Nordic", see Industry',
          "2024-03-02",
        ],
      },
    ]);
    expect(table.bytesRead()).toBe(Buffer.byteLength(EXPORT_CSV));
  });

  it("reads UTF-8 with a byte-order mark and drops the mark", async () => {
    const { table, rows } = await read(
      "bom.csv",
      `\uFEFFFejltype,Objekt,Fejlmeddelelse\nDubleret e-mail,Kontakt,"Værdien ""Ø"" er ugyldig"\n`,
    );
    expect(table.encoding).toBe("utf-8");
    expect(table.headers).toEqual(["Fejltype", "Objekt", "Fejlmeddelelse"]);
    expect(rows[0]?.cells).toEqual(["Dubleret e-mail", "Kontakt", 'Værdien "Ø" er ugyldig']);
  });

  it("reads Excel's Unicode text: UTF-16 LE with a byte-order mark, tab-delimited", async () => {
    const text = "Fejltype\tObjekt\tPost-id\r\nPåkrævet felt mangler\tKontakt\t4711\r\n";
    const { table, rows } = await read("unicode.txt", utf16le(text));
    expect(table).toMatchObject({ encoding: "utf-16le", delimiter: "\t" });
    expect(table.headers).toEqual(["Fejltype", "Objekt", "Post-id"]);
    expect(rows).toEqual([{ row: 2, cells: ["Påkrævet felt mangler", "Kontakt", "4711"] }]);
  });

  it("reads comma-separated UTF-16 LE with a byte-order mark", async () => {
    const { table, rows } = await read("utf16-comma.csv", utf16le(EXPORT_CSV));
    expect(table).toMatchObject({ encoding: "utf-16le", delimiter: "," });
    expect(table.headers[5]).toBe("Date");
    expect(rows[1]?.cells[4]).toBe('Bad value "Nordic", see Industry');
  });

  it("recognises UTF-16 LE without a byte-order mark by its NUL bytes", async () => {
    const { table, rows } = await read(
      "utf16-nobom.csv",
      utf16le("Objekt;Navn\nKontakt;Åse\n", false),
    );
    expect(table).toMatchObject({ encoding: "utf-16le", delimiter: ";" });
    expect(rows[0]?.cells).toEqual(["Kontakt", "Åse"]);
  });

  it("reads UTF-16 BE with a byte-order mark", async () => {
    const { table, rows } = await read("utf16be.csv", utf16be("Object,Name\nContact,Søren\n"));
    expect(table.encoding).toBe("utf-16be");
    expect(rows[0]?.cells).toEqual(["Contact", "Søren"]);
  });

  it("falls back to Windows-1252 for Excel's ANSI CSV with æ, ø and å", async () => {
    const { table, rows } = await read(
      "ansi.csv",
      windows1252("Fejltype;Objekt;Beløb\r\nUgyldig værdi;Virksomhed æøå ÆØÅ;€ 1.250,50\r\n"),
    );
    expect(table).toMatchObject({ encoding: "windows-1252", delimiter: ";" });
    expect(table.headers).toEqual(["Fejltype", "Objekt", "Beløb"]);
    expect(rows[0]?.cells).toEqual(["Ugyldig værdi", "Virksomhed æøå ÆØÅ", "€ 1.250,50"]);
  });

  it("picks the semicolon over the decimal commas of a Danish export", async () => {
    const { table, rows } = await read(
      "semicolon.csv",
      "Fejltype;Antal;Beløb\nManglende felt;3;1,5\nUgyldig værdi;12;1.000,25\n",
    );
    expect(table.delimiter).toBe(";");
    expect(rows.map((r) => r.cells)).toEqual([
      ["Manglende felt", "3", "1,5"],
      ["Ugyldig værdi", "12", "1.000,25"],
    ]);
  });

  it("ignores delimiters inside quoted header cells when detecting", async () => {
    const { table } = await read("quoted-header.csv", '"Type, kind";"Object";"Id"\nx;y;z\n');
    expect(table.delimiter).toBe(";");
    expect(table.headers).toEqual(["Type, kind", "Object", "Id"]);
  });

  it("keeps quoted newlines in the cell and numbers rows as a spreadsheet does", async () => {
    const { rows } = await read(
      "multiline.csv",
      'Error type,Error message\r\n"Owner not found","Line one\r\nline two\nline three"\r\n' +
        'Duplicate email,"Say ""hi"""\r\nRequired field,plain\n',
    );
    expect(rows).toEqual([
      { row: 2, cells: ["Owner not found", "Line one\r\nline two\nline three"] },
      { row: 3, cells: ["Duplicate email", 'Say "hi"'] },
      { row: 4, cells: ["Required field", "plain"] },
    ]);
  });

  it("trims header cells but keeps their case", async () => {
    const { table } = await read("spaces.csv", "  Error Type ,OBJECT  , record id\n1,2,3\n");
    expect(table.headers).toEqual(["Error Type", "OBJECT", "record id"]);
  });

  it("keeps rows with fewer or more cells than the header", async () => {
    const { rows } = await read("ragged.csv", "a,b,c\n1,2\n1,2,3,4\n");
    expect(rows.map((r) => r.cells)).toEqual([
      ["1", "2"],
      ["1", "2", "3", "4"],
    ]);
  });

  it("skips blank rows but counts them in the row numbers", async () => {
    const { table, rows } = await read("blank.csv", "\n\na,b\n1,2\n\n , \n,\n3,4\n");
    expect(table.headerRow).toBe(3);
    expect(table.headers).toEqual(["a", "b"]);
    expect(rows).toEqual([
      { row: 4, cells: ["1", "2"] },
      { row: 8, cells: ["3", "4"] },
    ]);
  });

  it.each([
    ["UTF-8", Buffer.from("\uFEFFNavn\tBy\nSøren\tÅrhus\n")],
    ["UTF-16 LE", utf16le("Navn\tBy\nSøren\tÅrhus\n")],
  ])("reads a %s stream that arrives a byte at a time", async (_, bytes) => {
    const stream = Readable.from(chunked(bytes, 1));
    const table = await readTable({ stream, name: "upload.txt" }, LIMIT);
    expect(table.headers).toEqual(["Navn", "By"]);
    expect(await allRows(table)).toEqual([{ row: 2, cells: ["Søren", "Århus"] }]);
    expect(table.bytesRead()).toBe(bytes.length);
  });

  it("releases the file when the caller stops after the headers", async () => {
    const stream = Readable.from(chunked(Buffer.from(`a,b\n${"1,2\n".repeat(50_000)}`), 16_384));
    const table = await readTable({ stream, name: "a.csv" }, LIMIT);
    expect(table.headers).toEqual(["a", "b"]);
    await table.close();
    expect(stream.destroyed).toBe(true);
    expect(await allRows(table)).toEqual([]);
  });

  it("reads every row of a longer stream", async () => {
    const lines = ["Record ID,Error message"];
    for (let i = 0; i < 20_000; i++) lines.push(`${1e10 + i},"Message ${i}, with comma"`);
    const text = `${lines.join("\n")}\n`;
    const table = await readTable(
      { stream: Readable.from([Buffer.from(text)]), name: "a.csv" },
      LIMIT,
    );
    let count = 0;
    let last: TableRow | undefined;
    for await (const row of table.rows) {
      count++;
      last = row;
    }
    expect(count).toBe(20_000);
    expect(last).toEqual({ row: 20_001, cells: ["10000019999", "Message 19999, with comma"] });
  });

  it("names the row of a misplaced quote", async () => {
    const path = await fixture("bad-quote.csv", 'a,b\n1,2\n3,"four"x\n5,6\n');
    const error = await refusal(readTable({ path }, LIMIT).then(allRows));
    expect(error.row).toBe(3);
    expect(error.message).toMatch(/^Row 3 has a misplaced double quote/);
  });

  it("refuses a cell longer than Excel's limit of 32,767 characters, naming its row", async () => {
    const path = await fixture("long-cell.csv", `a,b\n1,2\n3,${"x".repeat(40_000)}\n`);
    const error = await refusal(readTable({ path }, LIMIT).then(allRows));
    expect(error.row).toBe(3);
    expect(error.message).toMatch(
      /^Row 3, column 2, holds 40,000 characters, and a cell may hold at most 32,767 \(Excel's own limit\)/,
    );
  });

  it("names the row where a quote that never closes begins", async () => {
    const path = await fixture("open-quote.csv", 'a,b\n1,"two\nlines"\n3,4\n5,"six\n7,8\n');
    const error = await refusal(readTable({ path }, LIMIT).then(allRows));
    expect(error.row).toBe(4);
    expect(error.message).toMatch(/^Row 4 opens a quoted cell that never closes/);
  });

  it("names the row of a bad quote deep in a streamed file", async () => {
    const good = Array.from({ length: 30_000 }, (_, i) => `${i},"fine, quoted"\n`).join("");
    const text = `Id,Message\n${good}30000,"broken"quote\n30001,fine\n`;
    const stream = Readable.from(chunked(Buffer.from(text), 16_384));
    const table = await readTable({ stream, name: "a.csv" }, LIMIT);
    let lastRow = 0;
    const error = await refusal(
      (async () => {
        for await (const { row } of table.rows) {
          expect(row).toBe(lastRow === 0 ? 2 : lastRow + 1);
          lastRow = row;
        }
      })(),
    );
    expect(error.row).toBe(30_002);
    expect(error.message).toMatch(/^Row 30002 has a misplaced double quote/);
    expect(lastRow).toBeGreaterThan(2);
  });

  it("stops at a quote that never closes instead of reading the rest into one cell", async () => {
    const rest = "1,two\n".repeat(200_000);
    const path = await fixture("runaway.csv", `a,b\n1,2\n3,"four\n${rest}`);
    const error = await refusal(readTable({ path }, LIMIT).then(allRows));
    expect(error.row).toBe(3);
    expect(error.message).toMatch(/^Row 3 opens a quoted cell that never closes/);
  });

  it("says a line with no quote is too long, and how long, rather than blaming a quote", async () => {
    const lineBytes = 3 * 1024 * 1024 + 512 * 1024;
    async function* upload(): AsyncGenerator<Buffer> {
      // Line endings of every kind, one CRLF split between chunks, as an upload may arrive.
      yield* chunked(Buffer.from('a,b\r\n1,2\r3,4\n\n5,"six\nlines"\r\n'), 3);
      const piece = Buffer.alloc(64 * 1024, "x");
      for (let sent = 0; sent < lineBytes; sent += piece.length) yield piece;
      yield Buffer.from("\r\n7,8\r\n");
    }
    const stream = Readable.from(upload());
    const error = await refusal(readTable({ stream, name: "long.csv" }, LIMIT).then(allRows));
    expect(error.row).toBe(6);
    expect(error.message).toMatch(
      /^Row 6 is too long: 3\.5 MB without a line break, and a row may be at most 1 MB/,
    );
    expect(error.message).not.toMatch(/quote/);
  });
});

describe("readTable refuses", () => {
  it("an empty file", async () => {
    const error = await refusal(read("empty.csv", ""));
    expect(error.message).toBe("The file is empty.");
  });

  it("a PDF renamed .csv", async () => {
    const error = await refusal(
      read("errors.csv", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>"),
    );
    expect(error.message).toBe(
      "This is a PDF, not a CSV or Excel export. In HubSpot, use Export errors and choose CSV or XLSX.",
    );
  });

  it("an Excel 97–2003 .xls", async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    const error = await refusal(read("errors.xls", ole));
    expect(error.message).toMatch(/old-style Excel file \(\.xls\)/);
    expect(error.message).toMatch(/"Excel Workbook \(\.xlsx\)" or CSV/);
  });

  it("random binary", async () => {
    const bytes = randomBytes(8192);
    bytes[0] = 0x01; // no signature by chance
    bytes[100] = 0;
    const error = await refusal(read("random.csv", bytes));
    expect(error.message).toBe(
      "This is not a CSV or Excel file: it holds binary data. In HubSpot, use Export errors and choose CSV or XLSX.",
    );
  });

  it("a file over the limit by its size, before reading it", async () => {
    const error = await refusal(read("big.csv", `a,b\n${"1,2\n".repeat(768)}`, 1024));
    expect(error.message).toBe("The file is 3 KB; the limit is 1 KB (IMPORT_MAX_BYTES).");
  });

  it("a stream over the limit while reading its head", async () => {
    const stream = Readable.from([Buffer.from(`a,b\n${"1,2\n".repeat(2000)}`)]);
    const error = await refusal(readTable({ stream, name: "big.csv" }, { maxBytes: 4096 }));
    expect(error.message).toBe("The file is over the limit of 4 KB (IMPORT_MAX_BYTES).");
  });

  it("a stream over the limit further on, while its rows are read", async () => {
    const chunk = Buffer.from("1,two,three\n".repeat(2048));
    const chunks = [Buffer.from("a,b,c\n"), ...Array.from({ length: 20 }, () => chunk)];
    const table = await readTable(
      { stream: Readable.from(chunks), name: "big.csv" },
      { maxBytes: 100_000 },
    );
    let rowsBefore = 0;
    const error = await refusal(
      (async () => {
        for await (const _ of table.rows) rowsBefore++;
      })(),
    );
    expect(error.message).toBe("The file is over the limit of 98 KB (IMPORT_MAX_BYTES).");
    expect(rowsBefore).toBeGreaterThan(2048);
  });

  it("a file with only blank rows", async () => {
    const error = await refusal(read("blank.csv", "\uFEFF\r\n,,\r\n  \r\n"));
    expect(error.message).toMatch(/^The file has no header row: every row is empty\./);
  });

  it("a file whose first row is data, not column names", async () => {
    const error = await refusal(read("no-header.csv", "12345678901,2024-03-01,1.5\n5,6,7\n"));
    expect(error.message).toMatch(/^The file has no header row: row 1 holds values/);
  });
});
