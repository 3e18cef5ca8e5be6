import { type ImportSummary, missingText } from "../import/summary.js";
import { localDateTime } from "../local-time.js";
import { count } from "../plural.js";

const n = (value: number) => value.toLocaleString("en");

/** `syncerror import`'s summary as text. */
export function renderImportSummary(summary: ImportSummary): string {
  if (summary.unchanged) {
    const same = `${summary.file} is the same file as the last import (${localDateTime(new Date(summary.importedAt))}); nothing changed. ${count(summary.stillOpen, "error is", "errors are")} open from it.`;
    const missing = missingText(summary);
    return missing ? `${same}\n${missing}` : same;
  }
  const lines = [
    `Imported ${summary.file}: ${count(summary.rows, "row", "rows")}.`,
    `  New ${n(summary.new)} · still open ${n(summary.stillOpen)} · resolved ${n(summary.resolved)} · rejected ${n(summary.rejectedCount)}`,
  ];
  const missing = missingText(summary);
  if (missing) lines.push(missing);
  const types = Object.entries(summary.byType);
  if (types.length > 0) {
    lines.push("New by error type:");
    for (const [name, count] of types) lines.push(`  ${name.padEnd(50)} ${n(count).padStart(9)}`);
  }
  lines.push(
    `Columns: ${Object.entries(summary.columns)
      .map(([field, header]) => `${field} ← "${header}"`)
      .join(", ")}`,
  );
  if (summary.rejected.length > 0) {
    const more =
      summary.rejectedCount > summary.rejected.length
        ? ` (first ${summary.rejected.length} of ${n(summary.rejectedCount)})`
        : "";
    lines.push(`Rejected rows${more}:`);
    for (const r of summary.rejected) lines.push(`  row ${r.row}: ${r.reason}`);
  }
  return lines.join("\n");
}
