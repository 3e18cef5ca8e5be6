/**
 * Writes demo rows as an Excel workbook (.xlsx), the other format HubSpot's "Export errors" offers,
 * streaming with exceljs's workbook writer, so rows are written out as they are made.
 *
 * One worksheet, "Sync errors": the header row of the CSV export, then a row per error. Record ids
 * are numbers, as Excel shows them; dates are Excel dates (UTC, formatted with date and time).
 */
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { type DemoRowsOptions, demoRows } from "./demo-rows.js";
import { MAX_XLSX_ROWS } from "./excel-limits.js";
import { DEMO_EXPORT_HEADERS } from "./write-demo-csv.js";

/** Streams the header and `demoRows(options)` to `out` as a workbook, and ends `out`. */
export async function writeDemoXlsx(
  out: Writable,
  options: DemoRowsOptions,
): Promise<{ readonly rows: number }> {
  if (options.rows > MAX_XLSX_ROWS)
    throw new RangeError(`A worksheet holds at most ${MAX_XLSX_ROWS} data rows.`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet("Sync errors");
  sheet.columns = DEMO_EXPORT_HEADERS.map((header) => ({
    header,
    key: header,
    ...(header === "Date" ? { style: { numFmt: "yyyy-mm-dd hh:mm:ss" } } : {}),
  }));
  let rows = 0;
  for (const row of demoRows(options)) {
    sheet
      .addRow([
        row.objectType,
        Number(row.recordId),
        row.salesforceId,
        row.recordName,
        row.errorType,
        row.message,
        row.occurredAt,
      ])
      .commit();
    rows++;
  }
  sheet.commit();
  await workbook.commit();
  return { rows };
}
