import { ruleWords } from "../catalog/labels.js";
import type { Translator } from "../i18n/translator.js";
import type { SyncErrorRule } from "../rules/types.js";
import { sayStoredRecentReason } from "./recent-resyncs.js";
import { HELD_BACK } from "./resync-offers.js";

/**
 * Why a record was skipped, in the reader's language. The reasons are stored in English, as the
 * planner, the cooldown and the preflight wrote them (the database, the audit and `--json` keep
 * them stable); the fixed ones are recognised here and said again. Anything else (a reason a
 * later version wrote, an error's own message) is shown as stored.
 *
 * `rule` is the job's error type: the preflight's "the check still finds <type>" names it, and
 * is said with its name in the reader's language.
 */
export function saySkipReason(stored: string, t: Translator, rule?: SyncErrorRule): string {
  if (stored === "cannot resync: no HubSpot id") return t.t("resync.skipNoHubspotId");
  if (stored === "cannot resync: no Salesforce id") return t.t("resync.skipNoSalesforceId");
  const batchless = /^cannot resync: HubSpot (\w+) records have no batch update$/.exec(stored);
  if (batchless?.[1]) {
    const object = t.t("import.objectType", { type: batchless[1] });
    return t.t("resync.skipNoBatchUpdate", { object });
  }
  const unsupported = /^cannot resync: Salesforce (\w+) records are not supported$/.exec(stored);
  if (unsupported?.[1]) return t.t("resync.skipUnsupported", { prefix: unsupported[1] });
  if (stored.startsWith(HELD_BACK)) {
    const rest = stored.slice(HELD_BACK.length).trim();
    const still = /^the check still finds (.+)$/.exec(rest);
    if (still?.[1]) {
      const name = rule && still[1] === rule.name ? ruleWords(t).name(rule) : still[1];
      return t.t("resync.heldBackStill", { name });
    }
    const failed = /^the check before sending could not run: (.*)$/s.exec(rest);
    if (failed) return t.t("resync.heldBackCheckFailed", { error: failed[1] ?? "" });
    return stored;
  }
  return sayStoredRecentReason(stored, t) ?? stored;
}
