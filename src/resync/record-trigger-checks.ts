import type { TriggerCheck, TriggerCheckStore, TriggerProblem } from "../store/types.js";
import type { SetupReport } from "./check-setup.js";

/** Who checked and how, as the store keeps it. */
export interface TriggerCheckSource {
  readonly at: Date;
  /** A Slack user id, "cli" or "startup". */
  readonly by: string;
  readonly via: TriggerCheck["via"];
}

const PROBLEMS: ReadonlySet<string> = new Set(["missing", "wrong-type", "not-updateable"]);

/**
 * A report's answer per system it checked: ready when every object's trigger is ok (or was just
 * created), with the objects whose trigger is not. A system the check did not reach (not
 * configured, or left out because a resync does not send to it) gives no answer, so the last real
 * one stands.
 */
export function triggerChecksOf(report: SetupReport, source: TriggerCheckSource): TriggerCheck[] {
  const checks: TriggerCheck[] = [];
  for (const system of ["hubspot", "salesforce"] as const) {
    const items = report.items.filter((i) => i.system === system);
    if (items.length === 0 || items.some((i) => i.status === "not-configured")) continue;
    const problems: TriggerProblem[] = items
      .filter((i) => PROBLEMS.has(i.status))
      .map((i) => ({
        object: i.object,
        name: i.name,
        status: i.status as TriggerProblem["status"],
      }));
    checks.push({
      system,
      // The configured name as the report gives it (every line of a system names the same one).
      name: items[0]?.name ?? "",
      ready: problems.length === 0,
      problems,
      checkedAt: source.at,
      checkedBy: source.by,
      via: source.via,
    });
  }
  return checks;
}

/**
 * Keeps what a check that ran anyway found (a resync's, `syncerror setup`'s, the start's), so the
 * Home tab can say whether resyncs can run without calling HubSpot or Salesforce itself.
 */
export async function recordTriggerChecks(
  store: TriggerCheckStore,
  report: SetupReport,
  source: TriggerCheckSource,
): Promise<void> {
  for (const check of triggerChecksOf(report, source)) await store.recordTriggerCheck(check);
}
