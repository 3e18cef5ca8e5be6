import type { Catalog } from "../../catalog/catalog.js";
import { changeLines } from "../../change-list/change-lines.js";
import type { ChangesInPeriod } from "../../change-list/changes-since.js";
import type { Translator } from "../../i18n/translator.js";
import {
  buildMessage,
  context,
  escapeMrkdwn,
  header,
  type SlackMessage,
  section,
} from "../blocks/index.js";
import { slackDateTime } from "./snooze-messages.js";

/**
 * The most changes the message lists: one section each, well under Slack's 50 blocks, and as much
 * as a person reads in a reply; the rest are counted, with the command that lists them all.
 */
export const CHANGES_SHOWN = 20;

/**
 * `/syncerror changes`: "N changes in Salesforce and HubSpot in the last 7 days", then each
 * change, newest first (when, what, who, from where), with the waves of errors it likely started
 * under it; with nothing learnt, that nothing was and where changes come from.
 */
export function changesMessage(
  period: ChangesInPeriod,
  t: Translator,
  catalog: Catalog,
): SlackMessage {
  const { days, changes } = period;
  const title = t.t("change-list.title", { count: changes.length, days });
  if (changes.length === 0)
    return buildMessage({
      text: title,
      blocks: [
        header(title),
        section(t.t("change-list.none", { days })),
        context([t.t("change-list.sources")]),
      ],
    });
  const style = { moment: (at: Date) => slackDateTime(at, t), escape: escapeMrkdwn };
  const lines = changes.slice(0, CHANGES_SHOWN).map((entry) => {
    const { line, started } = changeLines(entry, { t, catalog, style });
    return section([line, ...started.map((s) => `      ${s}`)].join("\n"));
  });
  const rest = changes.length - CHANGES_SHOWN;
  return buildMessage({
    text: title,
    blocks: [
      header(title),
      ...lines,
      ...(rest > 0 ? [context([t.t("change-list.more", { count: rest, days })])] : []),
    ],
  });
}
