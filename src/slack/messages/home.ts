import type { HomeView, KnownBlock } from "@slack/types";
import type { Catalog } from "../../catalog/catalog.js";
import { ruleWords } from "../../catalog/labels.js";
import type { Subcommand } from "../../commands/command.js";
import type { HomeData } from "../../home/collect-home.js";
import type { HomeSettings } from "../../home/home-settings.js";
import type { Translator } from "../../i18n/translator.js";
import type { Offer } from "../../resync/resync-offers.js";
import type { TriggerCheck, TriggerProblem } from "../../store/types.js";
import {
  actions,
  buildMessage,
  context,
  divider,
  escapeMrkdwn,
  header,
  image,
  section,
  slackDate,
} from "../blocks/index.js";
import { explainInThreadButton } from "./explain-in-thread.js";
import { helpMessage } from "./help.js";
import { translatedResyncButton } from "./resync-button.js";
import { snoozeState } from "./snooze-messages.js";

/** The Home tab's chart, uploaded: the file and what it shows in words. */
export interface HomeChart {
  readonly fileId: string;
  readonly title: string;
  readonly altText: string;
}

/** What the Home view is built from besides the numbers. */
export interface HomeViewInput {
  readonly data: HomeData;
  readonly catalog: Catalog;
  readonly subcommands: readonly Subcommand[];
  readonly settings: HomeSettings;
  /** The Resync offers of the largest types, by rule id; a type without one has no button. */
  readonly offers: ReadonlyMap<string, Offer>;
  readonly chart?: HomeChart | undefined;
  readonly t: Translator;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * The Home tab: the dashboard (numbers, chart, jobs, activity, the person's and the snoozed types,
 * the largest types with Explain and Resync, setup), then how to use the bot, in the viewer's
 * language. The buttons are the digest's (`digest_explain:<n>`, `resync_offer:<n>`), so their
 * listeners answer them. Past Slack's 100 blocks, buildMessage cuts the end (the help) with a note.
 */
export function homeView(input: HomeViewInput): HomeView {
  const { data, catalog, t } = input;
  const words = ruleWords(t);
  const nameOf = (ruleId: string) => {
    const rule = catalog.ruleById(ruleId);
    return escapeMrkdwn(rule ? words.name(rule) : ruleId);
  };
  const date = (at: Date) => slackDate(at, "{date_short_pretty} {time}");
  const blocks: KnownBlock[] = [header(t.t("home.title"))];
  blocks.push(section(t.t("home.total", { open: data.total, change: signed(data.totalChange) })));
  if (data.categories.length === 0) blocks.push(context([t.t("home.noErrors")]));
  else
    blocks.push(
      section(
        data.categories
          .map((line) =>
            t.t("home.category", {
              category: words.category(line.id),
              open: line.open,
              change: signed(line.change),
            }),
          )
          .join("\n"),
      ),
    );
  if (input.chart)
    blocks.push(
      image({
        source: { fileId: input.chart.fileId },
        altText: input.chart.altText,
        title: input.chart.title,
      }),
    );

  blocks.push(divider(), header(t.t("home.largestTitle")));
  data.largest.forEach(({ ruleId, open }, index) => {
    const rule = catalog.ruleById(ruleId);
    blocks.push(section(t.t("home.largest", { name: nameOf(ruleId), open })));
    if (!rule) return;
    const offer = input.offers.get(ruleId);
    blocks.push(
      actions([
        explainInThreadButton(rule, index, t.t("home.explain")),
        ...(offer ? [translatedResyncButton(offer, index, t)] : []),
      ]),
    );
  });
  if (data.largest.length === 0) blocks.push(context([t.t("home.noErrors")]));

  blocks.push(divider(), header(t.t("home.jobsTitle")));
  blocks.push(
    data.jobs.length === 0
      ? context([t.t("home.noJobs")])
      : section(
          data.jobs
            .map(({ job, batches }) =>
              t.t("home.job", {
                name: nameOf(job.ruleId),
                settled: batches.settled,
                total: batches.total,
                by: job.requestedBy === "cli" ? "cli" : `<@${job.requestedBy}>`,
                date: date(job.requestedAt),
              }),
            )
            .join("\n"),
        ),
  );

  blocks.push(divider(), header(t.t("home.activityTitle")));
  const lastImport = data.lastImport;
  const lastScan = data.lastScan;
  blocks.push(
    section(
      [
        lastImport
          ? t.t("home.lastImport", {
              date: date(lastImport.importedAt),
              rows: lastImport.rowsRead,
              added: lastImport.newCount,
              resolved: lastImport.resolved,
              rejected: lastImport.rejected,
            })
          : t.t("home.noImport"),
        lastScan
          ? t.t("home.lastScan", {
              date: date(lastScan.finishedAt),
              added: lastScan.newCount,
              resolved: lastScan.resolved,
            })
          : t.t("home.noScan"),
      ].join("\n"),
    ),
  );

  blocks.push(divider(), header(t.t("home.mineTitle")));
  blocks.push(
    data.owned.length === 0
      ? context([t.t("home.noMine")])
      : section(
          data.owned
            .map((claim) =>
              t.t("home.mine", {
                name: nameOf(claim.ruleId),
                open: data.openByRule.get(claim.ruleId) ?? 0,
                date: date(claim.since),
              }),
            )
            .join("\n"),
        ),
  );
  if (data.snoozed.length > 0) {
    blocks.push(header(t.t("home.snoozedTitle")));
    blocks.push(
      section(
        data.snoozed
          .map((snooze) =>
            t.t("home.snoozed", {
              name: nameOf(snooze.ruleId),
              state: snoozeState(snooze, t),
              by: snooze.by === "cli" ? "cli" : `<@${snooze.by}>`,
            }),
          )
          .join("\n"),
      ),
    );
  }

  blocks.push(
    divider(),
    header(t.t("home.setupTitle")),
    section(setupLines(input.settings, data.triggers, date, t)),
  );
  blocks.push(context([t.t("home.updated", { date: date(data.now) })]));

  const help = helpMessage(input.subcommands, t);
  const { blocks: built } = buildMessage(
    { text: "syncerror", blocks: [...blocks, divider(), ...help.blocks] },
    "home",
  );
  return { type: "home", blocks: built };
}

/**
 * What is configured and what is missing, each missing part with what sets it; the resync
 * triggers as their last check found them (a resync's, `syncerror setup`'s or the start's), or the
 * hint to check them when no check has run for a connected system.
 */
function setupLines(
  settings: HomeSettings,
  triggers: readonly TriggerCheck[],
  date: (at: Date) => string,
  t: Translator,
): string {
  const lines: string[] = [];
  const digest = settings.digest;
  lines.push(
    digest
      ? t.t("home.digestOn", {
          cron: digest.cron,
          timezone: digest.timezone,
          channel: `<#${digest.channel}>`,
        })
      : t.t("home.digestOff"),
  );
  const who = [
    ...settings.resyncAllowed.users.map((user) => `<@${user}>`),
    ...(settings.resyncAllowed.usergroup ? [`<!subteam^${settings.resyncAllowed.usergroup}>`] : []),
  ];
  lines.push(
    who.length > 0 ? t.t("home.resyncOn", { who: who.join(", ") }) : t.t("home.resyncOff"),
  );
  if (settings.scanCron) lines.push(t.t("home.scanOn", { cron: settings.scanCron }));
  if (!settings.hubspot) lines.push(t.t("home.hubspotOff"));
  if (!settings.salesforce) lines.push(t.t("home.salesforceOff"));
  const connected = { hubspot: settings.hubspot, salesforce: settings.salesforce };
  const checked = triggers.filter((check) => connected[check.system]);
  for (const check of checked) lines.push(...triggerLines(check, date, t));
  if (checked.length < Number(settings.hubspot) + Number(settings.salesforce))
    lines.push(t.t("home.triggersHint"));
  const hubspot = checked.find((check) => check.system === "hubspot");
  const salesforce = checked.find((check) => check.system === "salesforce");
  // Both triggers exist: what is left is the mapping between them, in HubSpot's settings.
  if (hubspot?.ready && salesforce?.ready)
    lines.push(t.t("home.triggersMapping", { property: hubspot.name, field: salesforce.name }));
  return lines.join("\n");
}

/** Each not-ready status's message: what is wrong and who or what fixes it. */
const PROBLEM_KEYS = {
  hubspot: {
    missing: "home.triggerHubspotMissing",
    "wrong-type": "home.triggerHubspotWrongType",
    // HubSpot reports no such state; a property the app cannot write reads as the wrong kind.
    "not-updateable": "home.triggerHubspotWrongType",
  },
  salesforce: {
    missing: "home.triggerSalesforceMissing",
    "wrong-type": "home.triggerSalesforceWrongType",
    "not-updateable": "home.triggerSalesforceNotUpdateable",
  },
} as const;

/** A checked system's trigger: ready, or a line per kind of problem with the objects it hit. */
function triggerLines(check: TriggerCheck, date: (at: Date) => string, t: Translator): string[] {
  const when = date(check.checkedAt);
  if (check.ready)
    return [t.t("home.triggerReady", { system: check.system, name: check.name, date: when })];
  // Node 20 has no Map.groupBy: one line per status, in the order the check found them.
  const byStatus = new Map<TriggerProblem["status"], TriggerProblem[]>();
  for (const problem of check.problems)
    byStatus.set(problem.status, [...(byStatus.get(problem.status) ?? []), problem]);
  return [...byStatus].map(([status, problems]) =>
    t.t(PROBLEM_KEYS[check.system][status], {
      name: problems[0]?.name ?? check.name,
      objects: t.list(problems.map((problem) => problem.object)),
      date: when,
    }),
  );
}
