import type { KnownBlock } from "@slack/types";
import { NAMES_AS_IS, type SummaryNames } from "../../catalog/summary-names.js";
import { type Translator, translator } from "../../i18n/translator.js";
import type { StatusSummary } from "../../import/summary.js";
import { durationText } from "../../resolution/duration-text.js";
import type { ResolutionSummary } from "../../resolution/resolution-summary.js";
import type { Offer } from "../../resync/resync-offers.js";
import type { SyncErrorRule } from "../../rules/types.js";
import type { Claim, Snooze } from "../../store/types.js";
import {
  buildMessage,
  context,
  escapeMrkdwn,
  header,
  type SlackMessage,
  section,
  slackDate,
} from "../blocks/index.js";
import { typeSection } from "./type-menu.js";

/** English, for callers without a translator. */
const ENGLISH = translator("en");

/** How many error types a status lists before "… and N more". */
const LISTED_TYPES = 12;
/** One open error type of a status, with who is on it: its line gets a ⋯ menu. */
export interface StatusType {
  readonly rule: SyncErrorRule;
  readonly count: number;
  readonly claim?: Claim | undefined;
  /** Its snooze or mute: the line says "snoozed until …" (it still counts here) and offers Unsnooze. */
  readonly snooze?: Snooze | undefined;
}

/**
 * One line per type, the first LISTED_TYPES of them, then how many more. Every type (28 at most,
 * each one short line) fits one section, so `all` lists them all.
 */
function typeLines(status: StatusSummary, all: boolean, t: Translator, names: SummaryNames) {
  const entries = Object.entries(status.byType);
  const listed = all ? entries : entries.slice(0, LISTED_TYPES);
  const lines = listed.map(([name, count]) =>
    t.t("status.type", { name: escapeMrkdwn(names.type(name)), count }),
  );
  const hidden = entries.length - listed.length;
  if (hidden > 0) lines.push(t.t("status.more", { hidden }));
  return lines.join("\n");
}

/**
 * One section per type, each with its ⋯ menu (Explain, Resync N, Take it / Release) and who is on
 * it; the viewer's own types first (what they took on is what they look for), then the rest,
 * largest first. Every type fits (29 sections and the rest stay inside Slack's 50 blocks).
 */
function typeSections(
  types: readonly StatusType[],
  offers: readonly Offer[],
  all: boolean,
  viewer: string | undefined,
  t: Translator,
  names: SummaryNames,
): KnownBlock[] {
  const mine = (type: StatusType) => (viewer !== undefined && type.claim?.owner === viewer ? 0 : 1);
  const sorted = [...types].sort((a, b) => mine(a) - mine(b) || b.count - a.count);
  const listed = all ? sorted : sorted.slice(0, LISTED_TYPES);
  const blocks: KnownBlock[] = listed.map((type, index) =>
    typeSection(
      t.t("status.type", { name: escapeMrkdwn(names.type(type.rule.name)), count: type.count }),
      {
        rule: type.rule,
        index,
        offer: offers.find((offer) => offer.rule.id === type.rule.id),
        claim: type.claim,
        snooze: type.snooze,
        viewer,
        t,
      },
    ),
  );
  const hidden = sorted.length - listed.length;
  if (hidden > 0) blocks.push(context([t.t("status.more", { hidden })]));
  return blocks;
}

/** How many types and owners the time-to-resolution section lists, slowest first. */
const LISTED_RESOLUTIONS = 8;

/**
 * Time to resolution over the last 30 days: one section by type, slowest first, and one by owner;
 * each at most LISTED_RESOLUTIONS lines (well inside a section's 3,000 characters).
 */
export function resolutionBlocks(
  summary: ResolutionSummary,
  t: Translator,
  names: SummaryNames,
): KnownBlock[] {
  if (summary.byType.length === 0)
    return [context([t.t("resolution.none", { days: summary.days })])];
  const figures = (times: { medianMs: number; p90Ms: number; resolved: number }) => ({
    median: durationText(times.medianMs, t),
    p90: durationText(times.p90Ms, t),
    resolved: times.resolved,
  });
  const lines = (items: readonly string[], more: string | undefined) =>
    [...items.slice(0, LISTED_RESOLUTIONS), ...(more ? [more] : [])].join("\n");
  const hidden = (count: number) => Math.max(0, count - LISTED_RESOLUTIONS);
  const blocks = [
    section(
      `${t.t("resolution.title", { days: summary.days })}\n${lines(
        summary.byType.map((type) =>
          t.t("resolution.type", { name: escapeMrkdwn(names.type(type.name)), ...figures(type) }),
        ),
        hidden(summary.byType.length) > 0
          ? t.t("resolution.moreTypes", { hidden: hidden(summary.byType.length) })
          : undefined,
      )}`,
    ),
  ];
  if (summary.byOwner.length > 0)
    blocks.push(
      section(
        `${t.t("resolution.byOwner")}\n${lines(
          summary.byOwner.map((owner) =>
            t.t("resolution.owner", { owner: `<@${owner.owner}>`, ...figures(owner) }),
          ),
          hidden(summary.byOwner.length) > 0
            ? t.t("resolution.moreOwners", { hidden: hidden(summary.byOwner.length) })
            : undefined,
        )}`,
      ),
    );
  return blocks;
}

/**
 * A moment in Slack's date markup, its fallback (for clients that cannot format dates) in the
 * translator's language: Slack's own fallback is English.
 */
function localSlackDate(at: Date, t: Translator): string {
  if (t.language === "en") return slackDate(at);
  const time = at.toISOString().slice(11, 16);
  return slackDate(
    at,
    undefined,
    `${t.date(at, { style: "medium", timeZone: "UTC" })} ${time} UTC`,
  );
}

/**
 * `/syncerror status`: what is open, by category and type (`allTypes` lists every type instead
 * of the largest ones), and the last import; in the translator's language, the summary's names
 * looked up in it by `names`. With `types` (the command), each type is a line with a ⋯ menu and
 * who is on it, `offers` going into the menus; without, plain lines.
 */
export function statusMessage(
  status: StatusSummary,
  offers: readonly Offer[] = [],
  options: {
    readonly allTypes?: boolean;
    readonly types?: readonly StatusType[];
    /** Who asked: their own types come first, with Release. */
    readonly viewer?: string;
    /** Time to resolution over the last 30 days, shown after the types. */
    readonly resolution?: ResolutionSummary;
  } = {},
  t: Translator = ENGLISH,
  names: SummaryNames = NAMES_AS_IS,
): SlackMessage {
  const blocks: KnownBlock[] = [header(t.t("status.title", { open: status.open }))];
  const categories = Object.entries(status.byCategory);
  if (categories.length > 0) {
    blocks.push(
      section(
        categories
          .map(([name, count]) =>
            t.t("status.category", { name: escapeMrkdwn(names.category(name)), count }),
          )
          .join(" · "),
      ),
    );
    if (options.types) {
      blocks.push(section(t.t("status.byType")));
      blocks.push(
        ...typeSections(options.types, offers, options.allTypes ?? false, options.viewer, t, names),
      );
    } else
      blocks.push(
        section(
          `${t.t("status.byType")}\n${typeLines(status, options.allTypes ?? false, t, names)}`,
        ),
      );
  }
  if (options.resolution) blocks.push(...resolutionBlocks(options.resolution, t, names));
  const last = status.lastImport;
  blocks.push(
    context([
      last
        ? t.t("status.lastImport", {
            file: escapeMrkdwn(last.file),
            date: localSlackDate(new Date(last.importedAt), t),
            rows: last.rows,
          })
        : t.t("status.nothingImported"),
    ]),
  );
  return buildMessage({ text: t.t("status.text", { open: String(status.open) }), blocks });
}
