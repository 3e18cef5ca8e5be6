import type { Catalog } from "../catalog/catalog.js";
import { ruleWords } from "../catalog/labels.js";
import { sayUserText } from "../errors.js";
import { type Translator, translator } from "../i18n/translator.js";
import { type ImportSummary, missingText } from "../import/summary.js";
import { localDateTime } from "../local-time.js";

/**
 * `syncerror import`'s summary as text, in `t`'s language (`--lang`; English without). With the
 * catalog, error types are named in that language; a name it does not know stays as it came.
 */
export function renderImportSummary(
  summary: ImportSummary,
  t: Translator = translator("en"),
  catalog?: Catalog,
): string {
  if (summary.unchanged) {
    const at = localDateTime(new Date(summary.importedAt), { locale: t.locale });
    const same = t.t("files.cliUnchanged", {
      file: summary.file,
      at,
      open: summary.stillOpen,
    });
    const missing = missingText(summary, t);
    return missing ? `${same}\n${missing}` : same;
  }
  const lines = [
    t.t("files.cliImported", { file: summary.file, rows: summary.rows }),
    t.t("files.cliCounts", {
      new: summary.new,
      open: summary.stillOpen,
      resolved: summary.resolved,
      rejected: summary.rejectedCount,
    }),
  ];
  const missing = missingText(summary, t);
  if (missing) lines.push(missing);
  const types = Object.entries(summary.byType);
  if (types.length > 0) {
    lines.push(t.t("files.cliNewByType"));
    const name = typeName(t, catalog);
    for (const [type, count] of types)
      lines.push(`  ${name(type).padEnd(50)} ${t.number(count).padStart(9)}`);
  }
  lines.push(
    t.t("files.cliColumns", {
      columns: Object.entries(summary.columns)
        .map(([field, header]) => `${field} ← "${header}"`)
        .join(", "),
    }),
  );
  if (summary.rejected.length > 0) {
    lines.push(
      summary.rejectedCount > summary.rejected.length
        ? t.t("files.cliRejectedSome", {
            shown: summary.rejected.length,
            count: summary.rejectedCount,
          })
        : t.t("files.cliRejected"),
    );
    for (const r of summary.rejected)
      lines.push(
        t.t("files.cliRejectedRow", {
          row: String(r.row),
          reason: r.said ? sayUserText(r.said, t) : r.reason,
        }),
      );
  }
  return lines.join("\n");
}

/** An error type's name (the summary keys types by their English names) in `t`'s language. */
function typeName(t: Translator, catalog: Catalog | undefined): (name: string) => string {
  if (!catalog || t.language === "en") return (name) => name;
  const words = ruleWords(t);
  const byName = new Map(catalog.rules.map((rule) => [rule.name, rule]));
  return (name) => {
    const rule = byName.get(name);
    return rule ? words.name(rule) : name;
  };
}
