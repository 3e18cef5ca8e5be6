import type { Catalog } from "../catalog/catalog.js";
import { ruleWords } from "../catalog/labels.js";
import { changePhrase, duration } from "../causes/cause-text.js";
import type { ReportedChange } from "../causes/change-report.js";
import type { Translator } from "../i18n/translator.js";
import type { LearntChange } from "../store/types.js";

/** How a list of changes writes a moment and a person's or Salesforce's words, where it is read. */
export interface LineStyle {
  /** A moment as its reader reads it (Slack date markup; the terminal's local time). */
  readonly moment: (at: Date) => string;
  /** Words from Salesforce or HubSpot (a picklist value, a user's name) made safe to show. */
  readonly escape: (text: string) => string;
}

/** One change as its lines: what, when, by whom, from where; then each wave it likely started. */
export interface ChangeLines {
  readonly line: string;
  readonly started: readonly string[];
}

/** A reported change as the lines `/syncerror changes` and `syncerror changes` show. */
export function changeLines(
  entry: ReportedChange,
  { t, catalog, style }: { t: Translator; catalog: Catalog; style: LineStyle },
): ChangeLines {
  const { change } = entry;
  const phrase = style.escape(changePhrase(change, t));
  const line = t.t("change-list.line", {
    when: whenText(change, t, style),
    change: phrase.charAt(0).toLocaleUpperCase(t.locale) + phrase.slice(1),
    who: change.who ? style.escape(change.who) : "none",
    source:
      change.source === "audit-trail"
        ? t.t("change-list.sourceAudit")
        : t.t("change-list.sourceScan", { system: change.system }),
  });
  const words = ruleWords(t);
  const started = entry.started.map(({ wave, cause }) => {
    const rule = catalog.ruleById(wave.ruleId);
    const shared = { count: wave.count, type: rule ? words.name(rule) : wave.ruleId };
    return cause.evidence.leadMs !== null && change.happenedAt
      ? t.t("change-list.startedAfter", { ...shared, lead: duration(cause.evidence.leadMs, t) })
      : t.t("change-list.startedOn", { ...shared, first: style.moment(wave.firstAt) });
  });
  return { line, started };
}

/** When it happened: the audit trail's moment, or between the scan before and the scan that saw. */
function whenText(change: LearntChange, t: Translator, style: LineStyle): string {
  if (change.happenedAt) return style.moment(change.happenedAt);
  const to = style.moment(change.observedAt);
  return change.happenedAfter
    ? t.t("change-list.between", { from: style.moment(change.happenedAfter), to })
    : t.t("change-list.before", { to });
}
