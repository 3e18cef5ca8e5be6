import type { CellValue } from "exceljs";
import { plainNumber } from "./plain-number.js";

/**
 * A worksheet cell as the text the importer passes on: numbers as plain decimals ({@link
 * plainNumber}), dates as ISO 8601, rich text and hyperlinks as their text, formulas as their
 * last computed result, errors as Excel shows them ("#N/A"), booleans as "TRUE" and "FALSE".
 *
 * @param numFmt the cell's number format; exceljs turns date-formatted values into dates, but not
 *   formula results, so those are converted here.
 * @param date1904 whether the workbook counts dates from 1904 (old Mac Excel).
 */
export function cellText(value: CellValue, numFmt?: string, date1904 = false): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return plainNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isoDateTime(value);
  if ("richText" in value) return value.richText.map((run) => run.text ?? "").join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    const { result } = value;
    if (typeof result === "number" && isDateFormat(numFmt)) {
      return isoDateTime(excelSerialToDate(result, date1904));
    }
    return result === undefined ? "" : cellText(result);
  }
  if ("hyperlink" in value) return cellText(value.text as CellValue);
  return "";
}

/**
 * A date as ISO 8601 without a time zone, since Excel stores none: the wall-clock time the
 * sheet shows, rounded to the second, or the date alone at midnight ("2024-03-01",
 * "2024-03-01T10:15:00").
 */
export function isoDateTime(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) return "";
  // exceljs puts the sheet's wall-clock time in UTC, so the UTC fields are what the sheet shows.
  const iso = new Date(Math.round(time / 1000) * 1000).toISOString();
  return iso.slice(11, 19) === "00:00:00" ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** The same test exceljs makes: a format with date or time letters outside quotes and brackets. */
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhMsb]/.test(numFmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Excel's day count (day 1 is 1900-01-01, with its phantom 29 February 1900) as a date. */
function excelSerialToDate(serial: number, date1904: boolean): Date {
  const days = serial - 25569 + (date1904 ? 1462 : 0);
  return new Date(Math.round(days * 86_400_000));
}
