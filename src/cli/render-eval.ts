import type { EvaluationReport, Tally } from "../catalog/evaluate.js";
import type { Translator } from "../i18n/translator.js";

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

/**
 * The report as the terminal shows it, its headings in `t`'s language: the figures, then what
 * was confused with what (type ids, as the labelled file gives them).
 */
export function renderEvaluation(report: EvaluationReport, t: Translator): string {
  const rows = [["", ...t.t("cli.evalColumns").split("|")]];
  rows.push(tallyCells(t.t("cli.evalAll"), report.all));
  if (report.messages.total > 0) rows.push(tallyCells(t.t("cli.evalMessages"), report.messages));
  if (report.queries.total > 0) rows.push(tallyCells(t.t("cli.evalQueries"), report.queries));
  for (const [language, tally] of report.byLanguage) {
    rows.push(tallyCells(`  ${t.t("cli.evalMessagesIn", { language })}`, tally));
  }
  const out = [table(rows)];
  const confusions = [...report.confusions].flatMap(([expected, row]) =>
    [...row].map(([answered, count]) => ({ expected, answered, count })),
  );
  if (confusions.length > 0) {
    confusions.sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected));
    out.push(
      "",
      t.t("cli.evalNotRight"),
      table([
        t.t("cli.evalConfusionColumns").split("|"),
        ...confusions.map((c) => [c.expected, c.answered, String(c.count)]),
      ]),
    );
  }
  return out.join("\n");
}
