import { createHash } from "node:crypto";
import type { HomeView } from "@slack/types";
import type { WebClient } from "@slack/web-api";

import { subcommands } from "../commands/index.js";
import { collectHome, type HomeData } from "../home/collect-home.js";
import type { Translator } from "../i18n/translator.js";
import { offerResyncs } from "../resync/resync-offers.js";
import type { ListenerDeps } from "./listeners/listener-deps.js";
import { type HomeChart, homeView } from "./messages/home.js";

/** At most one publish per person per minute, whatever asks for it (an open, a refresh). */
export const HOME_PUBLISH_GAP_MS = 60_000;

/**
 * Refreshes go to the people who opened their Home tab in the last 7 days: an admin who looks
 * weekly finds it current, and nobody who stopped looking costs a views.publish per import. Anyone
 * else gets a fresh view when they open it again (an open always publishes, within the minute).
 */
export const HOME_REFRESH_DAYS = 7;

/** What publishing the Home tab needs: the listeners' deps and the app's client. */
export type HomeDeps = Pick<
  ListenerDeps,
  | "store"
  | "catalog"
  | "logger"
  | "now"
  | "translatorOf"
  | "homeSettings"
  | "charts"
  | "uploadChart"
  | "digestTimezone"
>;

/**
 * Publishes the Home tab of one person when the store grants it (at most once a minute, across
 * replicas); returns whether it published. A publish Slack refuses is logged, never thrown.
 */
export async function publishHome(
  deps: HomeDeps,
  client: WebClient,
  userId: string,
): Promise<boolean> {
  const now = deps.now();
  if (!(await deps.store.claimHomePublish(userId, now, HOME_PUBLISH_GAP_MS))) {
    deps.logger.debug({ user: userId }, "home tab published less than a minute ago");
    return false;
  }
  try {
    const view = await buildHomeView(deps, userId, now, await deps.translatorOf(userId));
    await client.views.publish({ user_id: userId, view });
    deps.logger.debug({ user: userId }, "home tab published");
    return true;
  } catch (error) {
    deps.logger.warn({ err: error, user: userId }, "could not publish the home tab");
    return false;
  }
}

/**
 * Builds the Home view of one person in `t`'s language: the numbers from the store, the Resync
 * offers of the largest types, and the chart when the deps can draw and upload it.
 */
export async function buildHomeView(
  deps: Omit<HomeDeps, "logger" | "now" | "translatorOf"> & Pick<HomeDeps, "logger">,
  userId: string,
  now: Date,
  t: Translator,
): Promise<HomeView> {
  const data = await collectHome(deps.store, deps.catalog, userId, now);
  const rules = data.largest.flatMap(({ ruleId }) => deps.catalog.ruleById(ruleId) ?? []);
  const offers = await offerResyncs(deps.store, rules, now);
  const chart = await homeChart(deps, data, t);
  return homeView({
    data,
    catalog: deps.catalog,
    subcommands,
    settings: deps.homeSettings ?? NOTHING_CONFIGURED,
    offers,
    chart,
    t,
  });
}

/** Refreshes the Home tab of everyone who opened it lately; each within its once-a-minute. */
export async function refreshHomes(deps: HomeDeps, client: WebClient): Promise<number> {
  const since = new Date(deps.now().getTime() - HOME_REFRESH_DAYS * 24 * 60 * 60 * 1000);
  let published = 0;
  try {
    for (const userId of await deps.store.homeViewers(since))
      if (await publishHome(deps, client, userId)) published++;
  } catch (error) {
    deps.logger.warn({ err: error }, "could not refresh the home tabs");
  }
  return published;
}

/** Shown when the app was built without settings (tests, a bare app): everything missing. */
const NOTHING_CONFIGURED = {
  digest: undefined,
  resyncAllowed: { users: [], usergroup: undefined },
  scanCron: undefined,
  hubspot: false,
  salesforce: false,
} as const;

/**
 * The breakdown chart for the Home tab, when the app has a renderer and an uploader: the file
 * uploaded for the same open counts and language is shown again (kept in the store, so replicas
 * share it); otherwise a new one is drawn and uploaded privately. Old uploads are left in Slack.
 * Without a chart (no renderer, or drawing or uploading failed) the tab has no image.
 */
async function homeChart(
  deps: Pick<HomeDeps, "charts" | "uploadChart" | "store" | "logger" | "digestTimezone">,
  data: HomeData,
  t: Translator,
): Promise<HomeChart | undefined> {
  const { charts, uploadChart } = deps;
  if (!charts || !uploadChart || data.total === 0) return undefined;
  const key = chartKey(data.openByRule);
  try {
    const kept = await deps.store.homeChart(t.language);
    if (kept?.key === key) return kept;
    const rendered = await charts.render(
      { kind: "breakdown", days: 1, now: data.now, timeZone: deps.digestTimezone },
      t,
    );
    const uploaded = await uploadChart(rendered, {});
    const chart = {
      language: t.language,
      key,
      fileId: uploaded.fileId,
      title: rendered.title,
      altText: rendered.altText,
      uploadedAt: data.now,
    };
    await deps.store.saveHomeChart(chart);
    return chart;
  } catch (error) {
    deps.logger.warn({ err: error }, "could not draw or upload the home tab's chart");
    return undefined;
  }
}

/** What the breakdown shows: the open counts by type, in a fixed order, hashed. */
function chartKey(openByRule: ReadonlyMap<string, number>): string {
  const counts = [...openByRule].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash("sha256").update(JSON.stringify(counts)).digest("base64url").slice(0, 22);
}
