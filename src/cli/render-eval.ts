import type { EvaluationReport, Tally } from "../catalog/evaluate.js";

const percent = (part: number, whole: number) =>
  whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`;

/** The figures of one tally as table cells. */
function tallyCells(name: string, tally: Tally): string[] {
  return [
    name,
    String(tally.total),
    percent(tally.right, tally.total),
    percent(tally.defensible, tally.total),
    percent(tally.abstained, tally.total),
    percent(tally.confidentWrong, tally.total),
  ];
}

function table(rows: readonly string[][]): string {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? "").length)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** The report as the terminal shows it: the figures, then what was confused with what. */
export function renderEvaluation(report: EvaluationReport): string {
  const rows = [["", "cases", "right", "defensible", "abstained", "confident wrong"]];
  rows.push(tallyCells("all", report.all));
  if (report.messages.total > 0) rows.push(tallyCells("messages", report.messages));
  if (report.queries.total > 0) rows.push(tallyCells("queries", report.queries));
  for (const [language, tally] of report.byLanguage) {
    rows.push(tallyCells(`  messages in ${language}`, tally));
  }
  const out = [table(rows)];
  const confusions = [...report.confusions].flatMap(([expected, row]) =>
    [...row].map(([answered, count]) => ({ expected, answered, count })),
  );
  if (confusions.length > 0) {
    confusions.sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected));
    out.push(
      "",
      "Not right (expected → answered):",
      table([
        ["expected", "answered", "cases"],
        ...confusions.map((c) => [c.expected, c.answered, String(c.count)]),
      ]),
    );
  }
  return out.join("\n");
}
