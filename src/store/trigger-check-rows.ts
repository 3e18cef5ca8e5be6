import type { TriggerCheck, TriggerProblem, TriggerSystem } from "./types.js";

/** A `trigger_checks` row, as both backends read it (PostgreSQL's bigint comes back as a string). */
export interface TriggerCheckRow {
  system: string;
  name: string;
  ready: number;
  problems: string;
  checked_at: string | number;
  checked_by: string;
  via: string;
}

/** A check as the row's values, in the column order of both backends' insert. */
export function triggerCheckValues(
  check: TriggerCheck,
): [string, string, number, string, number, string, string] {
  const problems = check.problems.map(({ object, name, status }) => ({ object, name, status }));
  return [
    check.system,
    check.name,
    check.ready ? 1 : 0,
    JSON.stringify(problems),
    check.checkedAt.getTime(),
    check.checkedBy,
    check.via,
  ];
}

/** A row as a check. */
export function toTriggerCheck(row: TriggerCheckRow): TriggerCheck {
  return {
    system: row.system as TriggerSystem,
    name: row.name,
    ready: Number(row.ready) === 1,
    problems: JSON.parse(row.problems) as TriggerProblem[],
    checkedAt: new Date(Number(row.checked_at)),
    checkedBy: row.checked_by,
    via: row.via as TriggerCheck["via"],
  };
}

/**
 * Both backends' upsert: a check replaces the system's previous one unless that one is later.
 * `?` placeholders; PostgreSQL's copy numbers them.
 */
export const UPSERT_TRIGGER_CHECK = `
  INSERT INTO trigger_checks (system, name, ready, problems, checked_at, checked_by, via)
  VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (system) DO UPDATE SET name = excluded.name, ready = excluded.ready, problems = excluded.problems,
    checked_at = excluded.checked_at, checked_by = excluded.checked_by, via = excluded.via
  WHERE excluded.checked_at >= trigger_checks.checked_at`;

/** Both backends' read: HubSpot before Salesforce (the names sort so). */
export const SELECT_TRIGGER_CHECKS = "SELECT * FROM trigger_checks ORDER BY system";
