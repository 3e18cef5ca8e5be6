/**
 * A throughput check for `readTable`, run by hand (not part of the test suite, since timings
 * depend on the machine):
 *
 *   npx tsx src/import/read/read-table.throughput.ts [rows] [encoding or xlsx] [runs]
 *
 * It writes an export-shaped file of `rows` rows (default 1,000,000; encoding utf-8, windows-1252
 * or utf-16le, or xlsx) to the temp directory, reads it back through `readTable` `runs` times
 * (default 3), and prints rows per second and the peak resident memory while reading. Node runs
 * it on one thread, so the figure is for one core.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readTable } from "./read-table.js";

const rowCount = Number(process.argv[2] ?? 1_000_000);
const kind = process.argv[3] ?? "utf-8";
const runs = Number(process.argv[4] ?? 3);

// Danish letters too, so that each encoding has bytes of its own to decode.
const TYPES = ["Duplicate email", "Restricted picklist value", "Påkrævet felt mangler"];

/** One export-shaped row: error type, object, ids, a message (some quoted), a date. */
function row(i: number): string[] {
  const message =
    i % 10 === 0
      ? `The value "${i}" is not allowed, see field, Status`
      : `FIELD_CUSTOM_VALIDATION_EXCEPTION: Lead ${i} failed validation on Status`;
  const day = String((i % 28) + 1).padStart(2, "0");
  const type = TYPES[i % TYPES.length] ?? "";
  return [type, "Contact", String(10_000_000_000 + i), `00Q5g00000${i}`, message, `2024-03-${day}`];
}

async function writeCsv(path: string, encoding: string): Promise<void> {
  const delimiter = encoding === "utf-16le" ? "\t" : encoding === "windows-1252" ? ";" : ",";
  const quote = (cell: string) =>
    /[",;\t\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  const out = createWriteStream(path);
  // Windows-1252 and Latin-1 agree on every character written here.
  const bytesOf = encoding === "utf-16le" ? "utf16le" : encoding === "utf-8" ? "utf8" : "latin1";
  const encode = (text: string) => Buffer.from(text, bytesOf);
  if (encoding === "utf-16le") out.write(Buffer.from([0xff, 0xfe]));
  out.write(
    encode(
      "Error type,Object,Record ID,Salesforce ID,Error message,Date\r\n".replaceAll(",", delimiter),
    ),
  );
  for (let i = 0; i < rowCount; i += 1000) {
    let chunk = "";
    for (let j = i; j < Math.min(rowCount, i + 1000); j++) {
      chunk += `${row(j).map(quote).join(delimiter)}\r\n`;
    }
    if (!out.write(encode(chunk))) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

async function writeXlsx(path: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
  const sheet = workbook.addWorksheet("Errors");
  sheet.addRow(["Error type", "Object", "Record ID", "Salesforce ID", "Error message", "Date"]);
  for (let i = 0; i < rowCount; i++) {
    const cells: unknown[] = row(i);
    cells[2] = 10_000_000_000 + i;
    sheet.addRow(cells).commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** Reads the file once through `readTable`; wall and CPU seconds, rows, cells and peak RSS. */
async function readOnce(path: string) {
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 50);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const table = await readTable({ path }, { maxBytes: 2 ** 31 });
  let rows = 0;
  let cells = 0;
  for await (const { cells: row } of table.rows) {
    rows++;
    cells += row.length;
  }
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  return { table, wall, cpu: (cpu.user + cpu.system) / 1e6, rows, cells, peakRss };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const perSecond = (rows: number, seconds: number) =>
  Math.round(rows / seconds).toLocaleString("en");

const dir = await mkdtemp(join(tmpdir(), "syncerror-throughput-"));
try {
  const path = join(dir, kind === "xlsx" ? "errors.xlsx" : "errors.csv");
  if (kind === "xlsx") await writeXlsx(path);
  else await writeCsv(path, kind);
  const { size } = await stat(path);
  const rssBefore = process.memoryUsage.rss();
  console.log(
    `${kind}: ${mb(size)}; RSS before reading ${mb(rssBefore)} (node ${process.version})`,
  );
  // Shared machines are noisy; the best of a few runs is the closest to what the code costs.
  let best = Number.POSITIVE_INFINITY;
  for (let run = 1; run <= runs; run++) {
    const { table, wall, cpu, rows, cells, peakRss } = await readOnce(path);
    best = Math.min(best, wall);
    console.log(
      `run ${run}: ${rows.toLocaleString("en")} rows (${cells.toLocaleString("en")} cells), ` +
        `encoding ${table.encoding ?? "-"}, delimiter ${JSON.stringify(table.delimiter ?? "-")}; ` +
        `${wall.toFixed(2)} s wall, ${perSecond(rows, wall)} rows/s, ${mb(size / wall)}/s; ` +
        `${perSecond(rows, cpu)} rows per CPU second; peak RSS ${mb(peakRss)}`,
    );
  }
  console.log(`best: ${perSecond(rowCount, best)} rows/s`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
