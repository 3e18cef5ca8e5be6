import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { crc32, createDeflateRaw } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSyncerror } from "./fakes/run-syncerror.js";

// Workbooks that are small as files and huge once unpacked, written here as they are needed,
// imported by the real program (`syncerror import`) in a child process whose peak memory
// (`process.resourceUsage().maxRSS`, all threads) is printed on exit by a tiny preloaded script.

const PEAK_MB = 600;
const WITHIN_MS = 60_000;

let dir: string;
let meter: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-bombs-"));
  meter = join(dir, "meter.mjs");
  writeFileSync(
    meter,
    'import { writeSync } from "node:fs";\n' +
      'process.on("exit", () => writeSync(2, "\\nmaxRSS=" + process.resourceUsage().maxRSS + "\\n"));\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  peakMb: number;
  ms: number;
}

async function importFile(path: string): Promise<Run> {
  const started = Date.now();
  const child = spawnSyncerror(["import", path], {
    env: {
      ...process.env,
      NODE_OPTIONS: `--import ${meter}`,
      DATABASE_PATH: join(dir, `${basename(path)}.db`),
      IMPORT_MAX_BYTES: "",
      IMPORT_COLUMNS: "",
    },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += c));
  child.stderr.on("data", (c) => (stderr += c));
  const [code] = (await once(child, "close")) as [number | null];
  const kb = Number(/maxRSS=(\d+)/.exec(stderr)?.[1]);
  return { code, stdout, stderr, peakMb: Math.round(kb / 1024), ms: Date.now() - started };
}

interface Part {
  readonly name: string;
  readonly text: () => Iterable<string>;
}

/** A ZIP archive of the parts, deflated as their text is produced, with true sizes declared. */
async function zip(path: string, parts: readonly Part[]): Promise<number> {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const deflater = createDeflateRaw({ level: 9 });
    const data: Buffer[] = [];
    deflater.on("data", (chunk: Buffer) => data.push(chunk));
    const ended = once(deflater, "end");
    let crc = 0;
    let size = 0;
    for (const text of part.text()) {
      const bytes = Buffer.from(text);
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflater.write(bytes)) await once(deflater, "drain");
    }
    deflater.end();
    await ended;
    const body = Buffer.concat(data);
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    out.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const file = Buffer.concat([...out, ...central, end]);
  writeFileSync(path, file);
  return file.length;
}

const once1 = (text: string) => () => [text];

/** A minimal workbook: one sheet (written before the shared strings, as Excel does). */
function workbook(sheet: () => Iterable<string>, sharedStrings?: () => Iterable<string>): Part[] {
  return [
    {
      name: "[Content_Types].xml",
      text: once1(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
      ),
    },
    {
      name: "xl/workbook.xml",
      text: once1(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Errors" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      text: once1(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    { name: "xl/worksheets/sheet1.xml", text: sheet },
    ...(sharedStrings ? [{ name: "xl/sharedStrings.xml", text: sharedStrings }] : []),
  ];
}

const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = "</sheetData></worksheet>";
const inline = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const HEADER = `<row r="1">${inline("A1", "Record ID")}${inline("B1", "Object type")}${inline("C1", "Error type")}</row>`;

function report(label: string, size: number, run: Run) {
  console.log(
    `${label}: ${(size / 1024 ** 2).toFixed(1)} MB file, peak ${run.peakMb} MB, ${(run.ms / 1000).toFixed(1)} s, exit ${run.code}`,
  );
}

describe("an Excel file that unpacks to far more than it weighs", () => {
  it("rows with one cell in the last column (XFD) stay sparse: read in bounded memory and time", async () => {
    const path = join(dir, "xfd.xlsx");
    const rows = 300_000;
    const size = await zip(
      path,
      workbook(function* () {
        yield SHEET_START + HEADER;
        for (let r = 2; r <= rows + 1; r += 1000) {
          let chunk = "";
          for (let i = r; i < r + 1000 && i <= rows + 1; i++) {
            chunk += `<row r="${i}"><c r="XFD${i}"><v>1</v></c></row>`;
          }
          yield chunk;
        }
        yield SHEET_END;
      }),
    );
    const run = await importFile(path);
    report("XFD rows", size, run);
    expect(size).toBeLessThan(2 * 1024 ** 2);
    // Every row holds only a value no column is named for, so none can be used.
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(
      /300000 of 300000 rows cannot be used \(more than 5%\), so nothing was imported/,
    );
    expect(run.peakMb).toBeLessThan(PEAK_MB);
    expect(run.ms).toBeLessThan(WITHIN_MS);
  }, 120_000);

  it("one shared string of 300 million characters is refused as longer than a cell may be", async () => {
    const path = join(dir, "long-string.xlsx");
    const size = await zip(
      path,
      workbook(
        once1(
          `${SHEET_START + HEADER}<row r="2">${inline("A2", "1")}${inline("B2", "CONTACT")}<c r="C2" t="s"><v>0</v></c></row>${SHEET_END}`,
        ),
        function* () {
          yield '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>';
          const mb = "x".repeat(1024 * 1024);
          for (let i = 0; i < 300; i++) yield mb;
          yield "</t></si></sst>";
        },
      ),
    );
    const run = await importFile(path);
    report("300M-character string", size, run);
    expect(size).toBeLessThan(1024 ** 2);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(
      /A cell in the Excel file \(in xl\/sharedStrings\.xml\) holds more than 32,767 characters, Excel's own limit for a cell/,
    );
    expect(run.peakMb).toBeLessThan(PEAK_MB);
    expect(run.ms).toBeLessThan(WITHIN_MS);
  }, 120_000);

  it("four million shared strings are refused past the table's bound", async () => {
    const path = join(dir, "many-strings.xlsx");
    const size = await zip(
      path,
      workbook(
        once1(
          `${SHEET_START + HEADER}<row r="2">${inline("A2", "1")}${inline("B2", "CONTACT")}<c r="C2" t="s"><v>0</v></c></row>${SHEET_END}`,
        ),
        function* () {
          yield '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
          for (let i = 0; i < 4_000_000; i += 10_000) {
            let chunk = "";
            for (let j = i; j < i + 10_000; j++) chunk += `<si><t>${j}</t></si>`;
            yield chunk;
          }
          yield "</sst>";
        },
      ),
    );
    const run = await importFile(path);
    report("4M shared strings", size, run);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(
      /The Excel file's table of shared texts is larger than an import may read: more than 1,000,000 texts/,
    );
    expect(run.peakMb).toBeLessThan(PEAK_MB);
    expect(run.ms).toBeLessThan(WITHIN_MS);
  }, 120_000);

  it("a workbook with a sparse row still imports, its cells in their header's columns", async () => {
    const path = join(dir, "sparse.xlsx");
    await zip(
      path,
      workbook(
        once1(
          `${SHEET_START + HEADER}<row r="2">${inline("A2", "101")}${inline("C2", "INVALID_EMAIL")}${inline("XFD2", "stray")}</row>` +
            `<row r="3">${inline("A3", "102")}${inline("B3", "CONTACT")}${inline("C3", "INVALID_EMAIL")}</row>${SHEET_END}`,
        ),
      ),
    );
    const run = await importFile(path);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\b2 rows\b/);
  }, 120_000);
});
