import type { Catalog } from "../../catalog/catalog.js";
import { ruleWords } from "../../catalog/labels.js";
import { type Translator, translator } from "../../i18n/translator.js";
import { changesLines } from "../../scan/changes-text.js";
import type { ScanSummary } from "../../scan/scan-types.js";
import { skipReasonText } from "../../scan/skip-reason.js";
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

const ENGLISH = translator("en");

/**
 * A scan's summary in `t`'s language (the asker's): what was read, what was found by type, and
 * the mapping problems, and why Salesforce was skipped when it was. What the scanners say
 * themselves (a mapping problem, an API's error) stays as they say it.
 */
export function scanSummaryMessage(
  scan: ScanRecord,
  summary: ScanSummary,
  catalog: Catalog,
  t: Translator = ENGLISH,
): SlackMessage {
  const words = ruleWords(t);
  const found = Object.entries(summary.findingsByRule)
    .sort((a, b) => b[1] - a[1])
    .map(([id, count]) => {
      const rule = catalog.ruleById(id);
      return t.t("scan.foundLine", { name: escapeMrkdwn(rule ? words.name(rule) : id), count });
    });
  const read = { hubspot: summary.hubspotRead, salesforce: summary.salesforceRead };
  const text = t.t("scan.text", { ...read, new: scan.newCount, resolved: scan.resolved });
  const changes = changesLines(summary, t);
  return buildMessage({
    text,
    blocks: [
      header(t.t("scan.title", { full: summary.full ? "yes" : "no" })),
      section(
        `${t.t("scan.counts", { ...read, new: scan.newCount, resolved: scan.resolved })}\n` +
          t.t("scan.stuck", { stuck: summary.stuck, unexplained: summary.stuckWithoutReason }),
      ),
      ...(summary.salesforceSkipped
        ? [section(`:warning: ${escapeMrkdwn(skipReasonText(summary, t) ?? "")}`)]
        : []),
      ...(changes.length > 0 ? [section(changes.map(escapeMrkdwn).join("\n"))] : []),
      ...(found.length > 0
        ? [section(`${t.t("scan.found")}\n${found.slice(0, 30).join("\n")}`)]
        : []),
      ...(summary.mappingFindings.length > 0
        ? [
            section(
              `${t.t("scan.mapping")}\n${summary.mappingFindings
                .slice(0, 10)
                .map((f) => `• ${escapeMrkdwn(f.pair)}: ${escapeMrkdwn(f.message)}`)
                .join("\n")}`,
            ),
          ]
        : []),
      context([
        t.t("scan.calls", { hubspot: summary.calls.hubspot, salesforce: summary.calls.salesforce }),
      ]),
    ],
  });
}

/** Asked for while one runs. */
export function scanRunningMessage(since: Date, t: Translator = ENGLISH): SlackMessage {
  const text = t.t("scan.running", { time: slackDate(since, "{time}") });
  return buildMessage({ text, blocks: [section(text)] });
}

/** Asked for while another replica sharing the database scans (it holds the scan lock). */
export function scanRunningElsewhereMessage(t: Translator = ENGLISH): SlackMessage {
  const text = t.t("scan.runningElsewhere");
  return buildMessage({ text, blocks: [section(text)] });
}

/** At once, while the scan reads. */
export function scanStartedMessage(t: Translator = ENGLISH): SlackMessage {
  const text = t.t("scan.started");
  return buildMessage({ text, blocks: [section(text)] });
}

/** Now and then while the scan reads. */
export function scanProgressMessage(
  side: string,
  read: number,
  t: Translator = ENGLISH,
): SlackMessage {
  const text = t.t("scan.progress", { side: escapeMrkdwn(side), read });
  return buildMessage({ text, blocks: [section(text)] });
}
