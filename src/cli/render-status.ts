import { NAMES_AS_IS, type SummaryNames } from "../catalog/summary-names.js";
import { type Translator, translator } from "../i18n/translator.js";
import type { StatusSummary } from "../import/summary.js";
import { localDateTime } from "../local-time.js";
import { durationText } from "../resolution/duration-text.js";
import type { ResolutionSummary } from "../resolution/resolution-summary.js";

/**
 * `syncerror status` as text, in the translator's language (the summary's names looked up in it
 * by `names`): the date in the terminal's time zone, written as that language writes it.
 */
export function renderStatus(
  status: StatusSummary,
  t: Translator = translator("en"),
  names: SummaryNames = NAMES_AS_IS,
  resolution?: ResolutionSummary,
): string {
  const n = (value: number) => t.number(value);
  const lines = [t.t("status.cliTitle", { open: status.open })];
  for (const [category, count] of Object.entries(status.byCategory))
    lines.push(`  ${names.category(category).padEnd(20)} ${n(count).padStart(9)}`);
  const types = Object.entries(status.byType);
  if (types.length > 0) {
    lines.push(t.t("status.cliByType"));
    for (const [name, count] of types)
      lines.push(`  ${names.type(name).padEnd(50)} ${n(count).padStart(9)}`);
  }
  if (resolution) lines.push(...renderResolution(resolution, t, names));
  const last = status.lastImport;
  lines.push(
    last
      ? t.t("status.cliLastImport", {
          file: last.file,
          date: localDateTime(new Date(last.importedAt), { locale: t.locale }),
          by: last.importedBy,
          rows: last.rows,
          new: last.new,
          resolved: last.resolved,
        })
      : t.t("status.cliNothingImported"),
  );
  return lines.join("\n");
}

/** Time to resolution by type and by owner (user ids), every one of them, slowest first. */
export function renderResolution(
  resolution: ResolutionSummary,
  t: Translator,
  names: SummaryNames = NAMES_AS_IS,
): string[] {
  if (resolution.byType.length === 0) return [t.t("resolution.cliNone", { days: resolution.days })];
  const figures = (times: { medianMs: number; p90Ms: number; resolved: number }) =>
    `${durationText(times.medianMs, t).padStart(12)}  ${durationText(times.p90Ms, t).padStart(12)}  ${t.number(times.resolved).padStart(7)}`;
  const lines = [t.t("resolution.cliTitle", { days: resolution.days })];
  for (const type of resolution.byType)
    lines.push(`  ${names.type(type.name).padEnd(50)} ${figures(type)}`);
  if (resolution.byOwner.length > 0) {
    lines.push(t.t("resolution.cliByOwner"));
    for (const owner of resolution.byOwner)
      lines.push(`  ${owner.owner.padEnd(50)} ${figures(owner)}`);
  }
  return lines;
}
