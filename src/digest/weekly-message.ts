import type { KnownBlock } from "@slack/types";
import type { Catalog } from "../catalog/catalog.js";
import { ruleWords } from "../catalog/labels.js";
import { type Translator, translator } from "../i18n/translator.js";
import { durationText } from "../resolution/duration-text.js";
import {
  buildMessage,
  context,
  escapeMrkdwn,
  header,
  type SlackMessage,
  section,
} from "../slack/blocks/index.js";
import type { DigestScope } from "./digest-scope.js";
import type { WeeklyFigures } from "./weekly-figures.js";

const ENGLISH = translator("en");

/** The week's first and last day as the language writes dates, in the digest's zone. */
export function weekDates(figures: WeeklyFigures, timeZone: string, t: Translator) {
  return {
    from: t.date(figures.week.from, { style: "medium", timeZone }),
    // The week ends at Monday's midnight: its last day is the Sunday before.
    to: t.date(new Date(figures.week.to.getTime() - 1), { style: "medium", timeZone }),
  };
}

/**
 * The Monday summary of one channel (issue 17): opened, resolved and still open, the oldest open
 * error, and the slowest types to resolve that week with median and 90th percentile; five blocks
 * at most, each line short.
 */
export function weeklyMessage(
  figures: WeeklyFigures,
  options: {
    readonly catalog: Catalog;
    readonly timeZone: string;
    readonly now: Date;
    readonly scope?: DigestScope | undefined;
    readonly translator?: Translator | undefined;
  },
): SlackMessage {
  const t = options.translator ?? ENGLISH;
  const words = ruleWords(t);
  const nameOf = (ruleId: string, fallback: string) => {
    const rule = options.catalog.ruleById(ruleId);
    return escapeMrkdwn(rule ? words.name(rule) : fallback);
  };
  const dates = weekDates(figures, options.timeZone, t);
  const counts = { opened: figures.opened, resolved: figures.resolved, open: figures.open };
  const blocks: KnownBlock[] = [
    header(t.t("resolution.weeklyTitle", dates)),
    section(t.t("resolution.weeklyCounts", counts)),
    section(
      figures.oldest
        ? t.t("resolution.weeklyOldest", {
            name: nameOf(figures.oldest.ruleId, figures.oldest.name),
            date: t.date(figures.oldest.at, { style: "medium", timeZone: options.timeZone }),
            age: durationText(options.now.getTime() - figures.oldest.at.getTime(), t),
          })
        : t.t("resolution.weeklyNoneOpen"),
    ),
    section(
      figures.slowest.length > 0
        ? [
            t.t("resolution.weeklySlowest"),
            ...figures.slowest.map((type) =>
              t.t("resolution.type", {
                name: nameOf(type.ruleId, type.name),
                median: durationText(type.medianMs, t),
                p90: durationText(type.p90Ms, t),
                resolved: type.resolved,
              }),
            ),
          ].join("\n")
        : t.t("resolution.weeklyNoneResolved"),
    ),
  ];
  if (options.scope?.kind === "routed") blocks.push(context([t.t("resolution.weeklyScope")]));
  if (options.scope?.kind === "main") blocks.push(context([t.t("resolution.weeklyMainScope")]));
  return buildMessage({ text: t.t("resolution.weeklyText", { ...dates, ...counts }), blocks });
}
