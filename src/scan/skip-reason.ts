import { sayUserText } from "../errors.js";
import type { Translator } from "../i18n/translator.js";
import type { ScanSummary } from "./scan-types.js";

/**
 * Why a scan left Salesforce out (or read it only in part), in `t`'s language; null when it did
 * not. Scans stored before the reason had a key say it in the English they stored.
 */
export function skipReasonText(
  summary: Pick<ScanSummary, "salesforceSkipped" | "salesforceSkippedReason">,
  t: Translator,
): string | null {
  const reason = summary.salesforceSkippedReason;
  if (reason) return sayUserText(reason, t);
  return summary.salesforceSkipped;
}
