import type { Catalog } from "../catalog/catalog.js";
import { type ChartRenderer, DEFAULT_CHART_DAYS } from "../charts/chart.js";
import type { DigestChartSetting } from "../config.js";
import type { Translator } from "../i18n/translator.js";
import type { Logger } from "../logger.js";
import type { ChartUploader } from "../slack/chart-upload.js";
import type { DigestScope } from "./digest-scope.js";
import { summaryWeek } from "./week.js";

/** What the digest's chart is drawn and shared with. */
export interface DigestChart {
  readonly renderer: ChartRenderer;
  readonly upload: ChartUploader;
  readonly setting: DigestChartSetting;
}

/** Whether the digest of `slot` gets the chart: every digest, a Monday's (in the zone), or none. */
export function digestChartDue(setting: DigestChartSetting, slot: Date, timeZone: string): boolean {
  // A Monday's slot is the one the weekly summary covers a week for.
  return setting === "daily" || (setting === "mondays" && summaryWeek(slot, timeZone) !== null);
}

/**
 * The types of one channel's digest, for its chart: a routed channel's own, the main channel's
 * (with routing) those no route takes; undefined for every type.
 */
export function chartScopeOf(
  scope: DigestScope | undefined,
  catalog: Catalog,
  t: Translator,
): { readonly ruleIds: readonly string[]; readonly label: string } | undefined {
  if (!scope || scope.kind === "all") return undefined;
  const label = t.t("digest.chartScope");
  if (scope.kind === "routed") return { ruleIds: [...scope.types], label };
  return {
    ruleIds: catalog.rules.filter((rule) => !scope.routed.has(rule.id)).map((rule) => rule.id),
    label,
  };
}

/**
 * Shares the trend chart of the channel's types in the thread of the digest just posted (`ts`),
 * when DIGEST_CHART says this slot gets one. Only the caller that posted the digest calls it, so
 * with two replicas the chart goes out once, as the digest does. A chart that cannot be drawn or
 * shared is logged: the digest is out already, and the next due digest tries again.
 */
export async function postDigestChart(options: {
  readonly chart: DigestChart;
  readonly catalog: Catalog;
  readonly channel: string;
  readonly ts: string;
  readonly slot: Date;
  readonly timezone: string;
  readonly scope?: DigestScope | undefined;
  readonly translator: Translator;
  readonly now: () => Date;
  readonly logger: Logger;
}): Promise<"posted" | "not due" | "failed"> {
  const { chart, translator: t } = options;
  if (!digestChartDue(chart.setting, options.slot, options.timezone)) return "not due";
  const fields = { channel: options.channel, slot: options.slot.toISOString() };
  try {
    const drawn = await chart.renderer.render(
      {
        kind: "trend",
        scope: chartScopeOf(options.scope, options.catalog, t),
        days: DEFAULT_CHART_DAYS,
        now: options.now(),
        timeZone: options.timezone,
      },
      t,
    );
    await chart.upload(drawn, {
      channel: options.channel,
      threadTs: options.ts,
      // Its numbers in words beside it, for screen readers (a channel upload carries no alt text).
      comment: `${t.t("charts.digestComment", { days: DEFAULT_CHART_DAYS })}\n${drawn.altText}`,
    });
    options.logger.info(fields, "digest chart posted");
    return "posted";
  } catch (error) {
    options.logger.error({ ...fields, err: error }, "digest chart not posted");
    return "failed";
  }
}
