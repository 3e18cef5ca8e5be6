import { StoreError } from "./store-error.js";
import {
  type EndedSnooze,
  SNOOZE_REASON_MAX,
  type Snooze,
  type SnoozeEndReason,
  type SnoozeLength,
} from "./types.js";

/** Refuses a reason longer than the store keeps (the modal already bounds it). */
export function checkSnoozeReason(snooze: Snooze): void {
  if ((snooze.reason ?? "").length > SNOOZE_REASON_MAX)
    throw new StoreError(`A snooze's reason is at most ${SNOOZE_REASON_MAX} characters.`);
}

/** A `snoozes` row, as both backends read it (PostgreSQL's bigint comes back as a string). */
export interface SnoozeRow {
  rule_id: string;
  snoozed_by: string;
  snoozed_at: string | number;
  reason: string | null;
  kind: string;
  until_at: string | number | null;
  baseline: number | null;
}

/** A `snooze_ends` row. */
export interface EndedSnoozeRow extends SnoozeRow {
  ended_at: string | number;
  ended_by: string | null;
  why: string;
}

function lengthOf(row: SnoozeRow): SnoozeLength {
  if (row.kind === "until") return { kind: "until", until: new Date(Number(row.until_at)) };
  if (row.kind === "doubled") return { kind: "doubled", baseline: Number(row.baseline ?? 0) };
  return { kind: "muted" };
}

/** A row as a snooze. */
export function toSnooze(row: SnoozeRow): Snooze {
  return {
    ruleId: row.rule_id,
    by: row.snoozed_by,
    at: new Date(Number(row.snoozed_at)),
    reason: row.reason,
    length: lengthOf(row),
  };
}

/** A `snooze_ends` row as an ended snooze. */
export function toEndedSnooze(row: EndedSnoozeRow): EndedSnooze {
  return {
    ...toSnooze(row),
    endedAt: new Date(Number(row.ended_at)),
    endedBy: row.ended_by,
    why: row.why as SnoozeEndReason,
  };
}

/** A snooze's columns in the tables' order: rule_id … baseline. */
export function snoozeColumns(
  snooze: Snooze,
): [string, string, number, string | null, string, number | null, number | null] {
  const { length } = snooze;
  return [
    snooze.ruleId,
    snooze.by,
    snooze.at.getTime(),
    snooze.reason,
    length.kind,
    length.kind === "until" ? length.until.getTime() : null,
    length.kind === "doubled" ? length.baseline : null,
  ];
}
