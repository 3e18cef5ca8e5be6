import type { Catalog } from "../../catalog/catalog.js";
import { count } from "../../plural.js";
import type { ScanSummary } from "../../scan/scan-types.js";
import type { ScanRecord } from "../../store/types.js";
import {
  buildMessage,
  context,
  escapeMrkdwn,
  header,
  type SlackMessage,
  section,
  slackDate,
} from "../blocks/index.js";

const n = (value: number) => value.toLocaleString("en");

/** A scan's summary: what was read, what was found by type, and the mapping problems. */
export function scanSummaryMessage(
  scan: ScanRecord,
  summary: ScanSummary,
  catalog: Catalog,
): SlackMessage {
  const found = Object.entries(summary.findingsByRule)
    .sort((a, b) => b[1] - a[1])
    .map(([id, count]) => `• ${escapeMrkdwn(catalog.ruleById(id)?.name ?? id)}: ${n(count)}`);
  const text = `Scan finished: ${n(summary.hubspotRead)} HubSpot and ${n(summary.salesforceRead)} Salesforce records read, ${n(scan.newCount)} new errors, ${n(scan.resolved)} resolved.`;
  return buildMessage({
    text,
    blocks: [
      header(summary.full ? "Full scan" : "Scan of recent changes"),
      section(
        `${n(summary.hubspotRead)} HubSpot and ${n(summary.salesforceRead)} Salesforce records read · *${n(scan.newCount)} new errors* · ${n(scan.resolved)} resolved\n` +
          `${n(summary.stuck)} HubSpot records are not syncing${summary.stuckWithoutReason > 0 ? `; for ${n(summary.stuckWithoutReason)} of them the scan found no reason` : ""}.`,
      ),
      ...(summary.salesforceSkipped
        ? [section(`:warning: ${escapeMrkdwn(summary.salesforceSkipped)}`)]
        : []),
      ...(found.length > 0 ? [section(`*Found, by type*\n${found.slice(0, 30).join("\n")}`)] : []),
      ...(summary.mappingFindings.length > 0
        ? [
            section(
              `*Mapping problems* (every record of the pair is affected)\n${summary.mappingFindings
                .slice(0, 10)
                .map((f) => `• ${escapeMrkdwn(f.pair)}: ${escapeMrkdwn(f.message)}`)
                .join("\n")}`,
            ),
          ]
        : []),
      context([
        `API calls: ${n(summary.calls.hubspot)} HubSpot, ${n(summary.calls.salesforce)} Salesforce · the findings are in \`/syncerror status\` and the digest`,
      ]),
    ],
  });
}

/** Asked for while one runs. */
export function scanRunningMessage(since: Date): SlackMessage {
  const text = `A scan is already running (since ${slackDate(since, "{time}")}); its findings will be in \`/syncerror status\` when it ends.`;
  return buildMessage({ text, blocks: [section(text)] });
}

/** Asked for while another replica sharing the database scans (it holds the scan lock). */
export function scanRunningElsewhereMessage(): SlackMessage {
  const text =
    "A scan is already running (on another replica); its findings will be in `/syncerror status` when it ends.";
  return buildMessage({ text, blocks: [section(text)] });
}

/** At once, while the scan reads. */
export function scanStartedMessage(): SlackMessage {
  const text =
    ":mag: Scanning HubSpot and Salesforce… this message becomes the summary when the scan ends.";
  return buildMessage({ text, blocks: [section(text)] });
}

/** Now and then while the scan reads. */
export function scanProgressMessage(side: string, read: number): SlackMessage {
  const text = `:mag: Scanning… ${escapeMrkdwn(side)}: ${count(read, "record", "records")} read so far. This message becomes the summary when the scan ends.`;
  return buildMessage({ text, blocks: [section(text)] });
}
