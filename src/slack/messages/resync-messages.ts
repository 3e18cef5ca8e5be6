import type { KnownBlock } from "@slack/types";
import { ruleWords } from "../../catalog/labels.js";
import type { CorrectionChance } from "../../corrections/correction-offers.js";
import type { Translator } from "../../i18n/translator.js";
import type { FailuresOfType } from "../../resync/failures-by-type.js";
import { jobProgressLine } from "../../resync/job-progress.js";
import { recentSummary } from "../../resync/recent-resyncs.js";
import type { Offer, RecentChoice } from "../../resync/resync-offers.js";
import { saySkipReason } from "../../resync/say-skip-reason.js";
import type { SyncErrorRule } from "../../rules/types.js";
import type { ResyncJob, ResyncRecordState } from "../../store/types.js";
import {
  actions,
  buildMessage,
  button,
  confirmDialog,
  context,
  escapeMrkdwn,
  type SlackMessage,
  section,
  truncateText,
} from "../blocks/index.js";
import { notThisTypeLineSelect } from "./correction-messages.js";
import { explainInThreadButton } from "./explain-in-thread.js";
import { RESYNC_OFFER_PREFIX, translatedResyncButton } from "./resync-button.js";

/** A type's name in the reader's language. */
const nameOf = (rule: SyncErrorRule, t: Translator) => ruleWords(t).name(rule);

/** The name before "errors": without a trailing "error", so English never says "error errors". */
const typeOf = (rule: SyncErrorRule, t: Translator) =>
  nameOf(rule, t)
    .trim()
    .replace(/\s+errors?$/i, "");

/** `/syncerror resync <type>`: what a resync would do, and the button that starts it. */
export function resyncOfferMessage(offer: Offer, t: Translator): SlackMessage {
  const { rule, size } = offer;
  const counts = { errors: size.errors, records: size.records, batches: size.batches };
  return buildMessage({
    text: t.t("resync.offerText", { ...counts, type: typeOf(rule, t) }),
    blocks: [
      section(
        t.t("resync.offerSection", {
          ...counts,
          type: escapeMrkdwn(typeOf(rule, t)),
          skipped: size.errors - size.records,
        }),
      ),
      context([t.t("resync.offerHint")]),
      actions([translatedResyncButton(offer, 0, t)]),
    ],
  });
}

/**
 * `/syncerror resync <type>` when there is nothing to offer: no open errors of the type, or none
 * with the record id a resync needs.
 */
export function resyncNothingMessage(
  rule: SyncErrorRule,
  open: number,
  t: Translator,
): SlackMessage {
  const type = typeOf(rule, t);
  const text =
    open === 0
      ? t.t("resync.noOpen", { type })
      : open === 1
        ? t.t("resync.noIdOne", { type })
        : t.t("resync.noIdMany", { type, open });
  return buildMessage({ text, blocks: [section(escapeMrkdwn(text))] });
}

/** Escapes text for mrkdwn, then turns the "@U0ANN" of a Slack user id back into a mention. */
function withMentions(text: string): string {
  return escapeMrkdwn(text).replace(/(^|\s)@([UW][A-Z0-9]{2,})\b/g, "$1<@$2>");
}

/**
 * A click on a Resync button some of whose records a job resynced within RESYNC_COOLDOWN: nothing
 * was started; it says how many and by whom, and offers the rest (skipping those) and "Resync
 * anyway". When all were, only "Resync anyway". In the clicker's language.
 */
export function resyncRecentMessage(choice: RecentChoice, now: Date, t: Translator): SlackMessage {
  const { rule, recent, skip, send } = choice;
  const name = nameOf(rule, t);
  const said = recentSummary(recent, choice.sendable, now, t);
  const text = t.t("resync.recentText", {
    said,
    skip: skip ? "yes" : "no",
    records: skip?.size.records ?? 0,
  });
  const buttons = [];
  if (skip) {
    buttons.push(
      button({
        text: t.t("resync.otherButton", {
          records: skip.size.records,
          batches: skip.size.batches,
        }),
        actionId: `${RESYNC_OFFER_PREFIX}0`,
        value: skip.key,
        style: "primary",
        confirm: confirmDialog({
          title: t.t("explain.resyncConfirmTitle"),
          text: truncateText(
            t.t("resync.otherConfirm", {
              records: skip.size.records,
              name: escapeMrkdwn(name),
              said: withMentions(said),
            }),
            300,
          ),
          confirm: t.t("explain.resyncConfirm"),
          deny: t.t("explain.resyncDeny"),
        }),
      }),
    );
  }
  buttons.push(
    button({
      text: t.t("resync.anywayButton", { records: send.size.records }),
      actionId: `${RESYNC_OFFER_PREFIX}${buttons.length}`,
      value: send.key,
      confirm: confirmDialog({
        title: t.t("resync.anywayTitle"),
        text: truncateText(
          t.t("resync.anywayRecentText", {
            records: send.size.records,
            name: escapeMrkdwn(name),
            recent: recent.reasons.size,
          }),
          300,
        ),
        confirm: t.t("resync.anywayConfirm"),
        deny: t.t("explain.resyncDeny"),
        style: "danger",
      }),
    }),
  );
  return buildMessage({
    text: t.t("resync.recentFallback", { name, text }),
    blocks: [
      section(t.t("resync.recentSection", { name: escapeMrkdwn(name), text: withMentions(text) })),
      actions(buttons),
    ],
  });
}

/** In place of a private offer once its resync has started: where to watch it. */
export function resyncStartedNote(
  rule: SyncErrorRule,
  job: ResyncJob,
  t: Translator,
): SlackMessage {
  const text = t.t("resync.startedNote", { name: nameOf(rule, t), job: job.id });
  return buildMessage({ text, blocks: [section(escapeMrkdwn(text))] });
}

/**
 * The note a Resync clicked on the Home tab opens in a modal: the job started, and its progress
 * follows in the person's messages with the bot (a Home tab has no channel or thread to post in).
 */
export function resyncStartedInMessagesNote(
  rule: SyncErrorRule,
  job: ResyncJob,
  t: Translator,
): SlackMessage {
  const text = t.t("resync.startedInMessages", { name: nameOf(rule, t), job: job.id });
  return buildMessage({ text, blocks: [section(escapeMrkdwn(text))] });
}

/** The confirm text of "Resync anyway": the held-back records, said in the right number. */
export function heldBackConfirm(records: number, typeName: string, t: Translator): string {
  return t.t("resync.heldBackText", { records, name: typeName });
}

/** The message a running job keeps updated, in the channel's language. */
export function resyncProgressMessage(
  rule: SyncErrorRule,
  job: ResyncJob,
  batches: { readonly total: number; readonly settled: number },
  t: Translator,
): SlackMessage {
  const line = jobProgressLine(job, batches, t);
  const name = nameOf(rule, t);
  return buildMessage({
    text: t.t("resync.progressText", { name, line }),
    blocks: [
      section(t.t("resync.progressSection", { name: escapeMrkdwn(name), line })),
      context([t.t("resync.startedBy", { user: `<@${job.requestedBy}>`, job: job.id })]),
    ],
  });
}

/** A click on a type whose job is already running: that job, not a second one. */
export function resyncRunningMessage(
  rule: SyncErrorRule,
  job: ResyncJob,
  batches: { readonly total: number; readonly settled: number },
  t: Translator,
): SlackMessage {
  const by = job.requestedBy.startsWith("U") || job.requestedBy.startsWith("W");
  const text = t.t("resync.running", {
    name: nameOf(rule, t),
    job: job.id,
    by: job.requestedBy === "cli" ? "cli" : "user",
    who: by ? `<@${job.requestedBy}>` : job.requestedBy,
    line: jobProgressLine(job, batches, t),
  });
  return buildMessage({ text, blocks: [section(`:hourglass_flowing_sand: ${text}`)] });
}

function tally<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * The end of a job: requested, accepted, failed again by error type (Salesforce's or HubSpot's
 * per-record code, read through the catalog) with an Explain button each and "Not this type?"
 * over them all, skipped and why. In the channel's language; a job's `detail` (why it stopped: an
 * error's message, stored) is shown as stored.
 */
export function resyncSummaryMessage(
  rule: SyncErrorRule,
  job: ResyncJob,
  records: readonly ResyncRecordState[],
  extras: {
    /** The failed records by error type, most first (`failuresByType`). */
    readonly failures: readonly FailuresOfType[];
    /** For records the preflight held back: the offer behind "Resync anyway". */
    readonly forceOffer?: Offer | undefined;
    /** "Not this type?" for the failure lines, in their order; none when corrections are off. */
    readonly corrections?: readonly CorrectionChance[];
  },
  t: Translator,
): SlackMessage {
  const { failures, forceOffer, corrections = [] } = extras;
  const c = job.counts;
  const name = nameOf(rule, t);
  const words = ruleWords(t);
  const blocks: KnownBlock[] = [
    section(
      `${t.t("resync.summaryTitle", { status: job.status, name: escapeMrkdwn(name) })}\n${t.t(
        "resync.summaryCounts",
        { ...c },
      )}`,
    ),
  ];
  if (job.detail)
    blocks.push(section(t.t("resync.whyStopped", { detail: escapeMrkdwn(job.detail) })));
  if (failures.length > 0) {
    const lines = failures.map((f) =>
      t.t("resync.failedLine", { name: escapeMrkdwn(words.name(f.rule)), count: f.count }),
    );
    blocks.push(
      section(`${t.t("resync.failedTitle")}\n${lines.join("\n")}`),
      actions([
        ...failures
          .slice(0, 5)
          .map((f, i) =>
            explainInThreadButton(
              f.rule,
              i,
              t.t("digest.explainButton", { name: words.name(f.rule) }),
            ),
          ),
        // However many types failed, one menu lists them all for "Not this type?".
        ...(corrections.length > 0 ? [notThisTypeLineSelect(corrections, t)] : []),
      ]),
    );
  }
  const skipped = tally(
    records.filter((r) => r.status === "skipped"),
    (r) => (r.skipped ? saySkipReason(r.skipped, t, rule) : (r.message ?? t.t("resync.skipped"))),
  );
  if (skipped.size > 0) {
    const lines = [...skipped].map(([why, count]) =>
      t.t("resync.skippedLine", { count, reason: withMentions(why) }),
    );
    blocks.push(section(`${t.t("resync.skippedTitle")}\n${lines.join("\n")}`));
  }
  if (forceOffer) {
    blocks.push(
      actions([
        button({
          text: t.t("resync.anywayButton", { records: forceOffer.size.records }),
          actionId: `${RESYNC_OFFER_PREFIX}0`,
          value: forceOffer.key,
          confirm: confirmDialog({
            title: t.t("resync.anywayTitle"),
            text: heldBackConfirm(forceOffer.size.records, escapeMrkdwn(name), t),
            confirm: t.t("resync.anywayConfirm"),
            deny: t.t("explain.resyncDeny"),
            style: "danger",
          }),
        }),
      ]),
    );
  }
  blocks.push(
    context([t.t("resync.startedByAudit", { user: `<@${job.requestedBy}>`, job: job.id })]),
  );
  const text = t.t("resync.summaryText", {
    name,
    status: job.status,
    accepted: c.accepted,
    failed: c.failed,
    skipped: c.skipped,
  });
  return buildMessage({ text, blocks });
}
