import type { AuditEntry, EndedSnooze, Snooze } from "./types.js";

/** "until 2026-12-05T10:00:00.000Z", "until its count doubles from 12", "muted". */
function lengthWords(snooze: Snooze): string {
  const { length } = snooze;
  if (length.kind === "until") return `until ${length.until.toISOString()}`;
  if (length.kind === "doubled") return `until its count doubles from ${length.baseline}`;
  return "muted";
}

/** The audit line of a snooze set (or replacing another), alike on both backends. */
export function snoozeSetAuditLine(snooze: Snooze, replaced: Snooze | null): AuditEntry {
  return {
    at: snooze.at,
    who: snooze.by,
    action: replaced ? "snooze.replace" : "snooze.set",
    ruleId: snooze.ruleId,
    jobId: null,
    count: snooze.length.kind === "doubled" ? snooze.length.baseline : null,
    outcome: lengthWords(snooze),
    detail:
      [
        snooze.reason ? `reason: ${snooze.reason}` : null,
        replaced
          ? `replaced ${lengthWords(replaced)} by ${replaced.by} at ${replaced.at.toISOString()}`
          : null,
      ]
        .filter((part) => part !== null)
        .join("; ") || null,
  };
}

/** The audit line of a snooze's end (lifted by a person, or run out), alike on both backends. */
export function snoozeEndAuditLine(ended: EndedSnooze): AuditEntry {
  return {
    at: ended.endedAt,
    who: ended.endedBy ?? "syncerror",
    action: ended.why === "lifted" ? "snooze.lift" : "snooze.end",
    ruleId: ended.ruleId,
    jobId: null,
    count: null,
    outcome: ended.why,
    detail: `was ${lengthWords(ended)} by ${ended.by} since ${ended.at.toISOString()}`,
  };
}
