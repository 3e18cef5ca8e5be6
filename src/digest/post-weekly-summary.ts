import type { WebClient } from "@slack/web-api";
import type { Catalog } from "../catalog/catalog.js";
import type { Translator } from "../i18n/translator.js";
import type { Logger } from "../logger.js";
import { slackErrorCode } from "../slack/slack-error-code.js";
import type { Store } from "../store/types.js";
import type { DigestScope } from "./digest-scope.js";
import { summaryWeek } from "./week.js";
import { weeklyFigures } from "./weekly-figures.js";
import { weeklyMessage } from "./weekly-message.js";

/** How a weekly summary ended: not a Monday, handled before, posted or refused. */
export type WeeklyOutcome =
  | { readonly status: "not-monday" }
  | { readonly status: "already" }
  | { readonly status: "posted"; readonly ts: string }
  | { readonly status: "failed"; readonly reason: string };

/** What posting a channel's weekly summary needs: the digest's own options. */
export interface PostWeeklyOptions {
  readonly store: Store;
  readonly catalog: Catalog;
  readonly client: WebClient;
  readonly channel: string;
  /** The digest slot it goes out with: only a Monday's (in `timezone`) posts one. */
  readonly slot: Date;
  readonly timezone: string;
  readonly now: () => Date;
  readonly logger: Logger;
  /** The channel's language, as its digest's. */
  readonly translator?: Translator | undefined;
  /** The channel's types, as its digest's. */
  readonly scope?: DigestScope | undefined;
}

/**
 * Posts the channel's summary of the past week with a Monday digest slot, at most once per week
 * and channel: the week is claimed in the store first (`claimWeeklySummary`), so the scheduler, a
 * catch-up and a second replica racing each other post it once, and a later Monday slot of the
 * same week (a second digest time, a late catch-up) finds it taken. It is posted even when the
 * digest had nothing new: a quiet week is news too. One attempt: a refusal is logged and kept
 * (failed), not retried; the next Monday's summary comes as usual.
 */
export async function postWeeklySummary(options: PostWeeklyOptions): Promise<WeeklyOutcome> {
  const week = summaryWeek(options.slot, options.timezone);
  if (!week) return { status: "not-monday" };
  const { store, logger } = options;
  const fields = { week: week.key, channel: options.channel };
  if (!(await store.claimWeeklySummary(week.key, options.channel))) {
    logger.info(fields, "weekly summary already handled for this week");
    return { status: "already" };
  }
  try {
    const figures = await weeklyFigures({ ...options, week });
    const message = weeklyMessage(figures, {
      catalog: options.catalog,
      timeZone: options.timezone,
      now: options.now(),
      scope: options.scope,
      translator: options.translator,
    });
    const result = await options.client.chat.postMessage({ channel: options.channel, ...message });
    const ts = String(result.ts);
    await store.finishWeeklySummary(week.key, options.channel, {
      status: "posted",
      messageTs: ts,
      postedAt: options.now(),
    });
    logger.info({ ...fields, ts }, "weekly summary posted");
    return { status: "posted", ts };
  } catch (error) {
    const reason = String(slackErrorCode(error) ?? (error as Error).message);
    await store.finishWeeklySummary(week.key, options.channel, {
      status: "failed",
      failure: reason,
    });
    logger.error({ ...fields, err: error, reason }, "weekly summary not posted");
    return { status: "failed", reason };
  }
}
