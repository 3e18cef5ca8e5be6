import type { KnownBlock } from "@slack/types";
import type { CorrectionChance } from "../../corrections/correction-offers.js";
import { count, errorsOfType, plural } from "../../plural.js";
import type { FailuresOfType } from "../../resync/failures-by-type.js";
import { jobProgressLine } from "../../resync/job-progress.js";
import { recentSummary } from "../../resync/recent-resyncs.js";
import type { Offer, RecentChoice } from "../../resync/resync-offers.js";
import type { SyncErrorRule } from "../../rules/types.js";
import type { ResyncJob, ResyncRecordState } from "../../store/types.js";
import {
  actions,
  type ButtonSpec,
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

/** The Resync buttons: `resync_offer:<n>`, the value the offer's key. */
export const RESYNC_OFFER_PREFIX = "resync_offer:";
export const RESYNC_OFFER_PATTERN = /^resync_offer:\d+$/;

const n = (value: number) => value.toLocaleString("en");

/**
 * "Resync 3,000 (30 batches)", with the type's name in front where several types share a row of
 * buttons. The confirm dialog says what will happen and that the cause must be fixed first.
 */
export function resyncButton(
  offer: Offer,
  index: number,
  options: { readonly named: boolean },
): ReturnType<typeof button> {
  const counts = `${n(offer.size.errors)} (${count(offer.size.batches, "batch", "batches")})`;
  // The counts must survive Slack's 75-character label; the name gives way.
  const name = options.named ? `${truncateText(offer.rule.name, 70 - counts.length)}: ` : "";
  const skipped = offer.size.errors - offer.size.records;
  const spec: ButtonSpec = {
    text: `Resync ${name}${counts}`,
    actionId: `${RESYNC_OFFER_PREFIX}${index}`,
    value: offer.key,
    confirm: confirmDialog({
      title: "Start a resync?",
      text:
        `Marks ${count(offer.size.records, "record", "records")} with *${escapeMrkdwn(offer.rule.name)}* for the integration to sync again, ` +
        `in ${count(offer.size.batches, "batch", "batches")} of up to 100.` +
        (skipped > 0
          ? ` ${count(skipped, "record", "records")} without the id needed will be listed as skipped.`
          : "") +
        ` Fix the cause first, or ${plural(offer.size.records, "it", "they")} will fail again.`,
      confirm: "Resync",
      deny: "Cancel",
    }),
  };
  return button(spec);
}

/** `/syncerror resync <type>`: what a resync would do, and the button that starts it. */
export function resyncOfferMessage(offer: Offer): SlackMessage {
  const { rule, size } = offer;
  const skipped = size.errors - size.records;
  const text = `${errorsOfType(size.errors, rule.name)}: ${count(size.records, "record", "records")} to resync in ${count(size.batches, "batch", "batches")}.`;
  return buildMessage({
    text,
    blocks: [
      section(
        `*${errorsOfType(size.errors, escapeMrkdwn(rule.name))}*: ${count(size.records, "record", "records")} to resync in ${count(size.batches, "batch", "batches")} of up to 100.` +
          (skipped > 0
            ? ` ${n(skipped)} ${plural(skipped, "lacks", "lack")} the id a resync needs and would be skipped.`
            : ""),
      ),
      context([
        "Fix the cause first: a resync only asks the integration to try again. `/syncerror explain` says how.",
      ]),
      actions([resyncButton(offer, 0, { named: false })]),
    ],
  });
}

/** Escapes text for mrkdwn, then turns the "@U0ANN" of a Slack user id back into a mention. */
function withMentions(text: string): string {
  return escapeMrkdwn(text).replace(/(^|\s)@([UW][A-Z0-9]{2,})\b/g, "$1<@$2>");
}

/**
 * A click on a Resync button some of whose records a job resynced within RESYNC_COOLDOWN: nothing
 * was started; it says how many and by whom, and offers the rest (skipping those) and "Resync
 * anyway". When all were, only "Resync anyway".
 */
export function resyncRecentMessage(choice: RecentChoice, now: Date): SlackMessage {
  const { rule, recent, skip, send } = choice;
  const said = recentSummary(recent, choice.sendable, now);
  const outcome = skip
    ? `; they will be skipped. The other ${count(skip.size.records, "record", "records")} can be resynced now.`
    : ", so there is nothing else to resync. The integration needs time to sync them (RESYNC_COOLDOWN).";
  const text = `${said}${outcome} Nothing was started yet.`;
  const buttons = [];
  if (skip) {
    const counts = `${n(skip.size.records)} (${count(skip.size.batches, "batch", "batches")})`;
    buttons.push(
      button({
        text: `Resync the other ${counts}`,
        actionId: `${RESYNC_OFFER_PREFIX}0`,
        value: skip.key,
        style: "primary",
        confirm: confirmDialog({
          title: "Start a resync?",
          text: truncateText(
            `Marks ${count(skip.size.records, "record", "records")} with *${escapeMrkdwn(rule.name)}* for the integration to sync again. ${withMentions(said)}; they will be skipped.`,
            300,
          ),
          confirm: "Resync",
          deny: "Cancel",
        }),
      }),
    );
  }
  buttons.push(
    button({
      text: `Resync anyway (${n(send.size.records)})`,
      actionId: `${RESYNC_OFFER_PREFIX}${buttons.length}`,
      value: send.key,
      confirm: confirmDialog({
        title: "Resync anyway?",
        text: truncateText(
          `Sends all ${count(send.size.records, "record", "records")} with *${escapeMrkdwn(rule.name)}* again, including the ${n(recent.reasons.size)} resynced within the cooldown. That spends the API calls twice.`,
          300,
        ),
        confirm: "Resync anyway",
        deny: "Cancel",
        style: "danger",
      }),
    }),
  );
  return buildMessage({
    text: `Resync of ${rule.name}: ${text}`,
    blocks: [
      section(`:hourglass: *Resync of ${escapeMrkdwn(rule.name)}*: ${withMentions(text)}`),
      actions(buttons),
    ],
  });
}

/** In place of a private offer once its resync has started: where to watch it. */
export function resyncStartedNote(rule: SyncErrorRule, job: ResyncJob): SlackMessage {
  const text = `Resync of ${rule.name} started (job ${job.id}); its progress follows in the channel.`;
  return buildMessage({ text, blocks: [section(escapeMrkdwn(text))] });
}

/** The confirm text of "Resync anyway": the held-back records, said in the right number. */
export function heldBackConfirm(records: number, typeName: string): string {
  const which = plural(records, "the record", `the ${count(records, "record", "records")}`);
  return `Sends ${which} the check still finds broken (${typeName}). ${plural(records, "It", "They")} will most likely fail again until the cause is fixed.`;
}

/** The message a running job keeps updated. */
export function resyncProgressMessage(
  rule: SyncErrorRule,
  job: ResyncJob,
  batches: { readonly total: number; readonly settled: number },
): SlackMessage {
  const line = jobProgressLine(job, batches);
  return buildMessage({
    text: `Resyncing ${rule.name}: ${line}`,
    blocks: [
      section(`:arrows_counterclockwise: *Resyncing ${escapeMrkdwn(rule.name)}* · ${line}`),
      context([`Started by <@${job.requestedBy}> · job ${job.id}`]),
    ],
  });
}

/** A click on a type whose job is already running: that job, not a second one. */
export function resyncRunningMessage(
  rule: SyncErrorRule,
  job: ResyncJob,
  batches: { readonly total: number; readonly settled: number },
): SlackMessage {
  const by = job.requestedBy.startsWith("U") || job.requestedBy.startsWith("W");
  const who = by ? `<@${job.requestedBy}>` : job.requestedBy;
  const text = `A resync of ${rule.name} is already running (job ${job.id}, started by ${who}): ${jobProgressLine(job, batches)}. No second one was started.`;
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
 * over them all, skipped and why.
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
): SlackMessage {
  const { failures, forceOffer, corrections = [] } = extras;
  const c = job.counts;
  const title =
    job.status === "done"
      ? `:white_check_mark: *Resync of ${escapeMrkdwn(rule.name)} finished*`
      : `:warning: *Resync of ${escapeMrkdwn(rule.name)} stopped*`;
  const blocks: KnownBlock[] = [
    section(
      `${title}\n${n(c.total)} requested · ${n(c.accepted)} accepted · ${n(c.failed)} failed again · ${n(c.skipped)} skipped` +
        (c.pending > 0 ? ` · ${n(c.pending)} not sent` : ""),
    ),
  ];
  if (job.detail) {
    blocks.push(
      section(
        `*Why it stopped:* ${escapeMrkdwn(job.detail)}\nThe records not sent are still open; start the resync again once this is fixed.`,
      ),
    );
  }
  if (failures.length > 0) {
    blocks.push(
      section(
        `*Failed again*\n${failures.map((f) => `• ${escapeMrkdwn(f.rule.name)}: ${n(f.count)}`).join("\n")}`,
      ),
      actions([
        ...failures.slice(0, 5).map((f, i) => explainInThreadButton(f.rule, i)),
        // However many types failed, one menu lists them all for "Not this type?".
        ...(corrections.length > 0 ? [notThisTypeLineSelect(corrections)] : []),
      ]),
    );
  }
  const skipped = tally(
    records.filter((r) => r.status === "skipped"),
    (r) => r.skipped ?? r.message ?? "skipped",
  );
  if (skipped.size > 0) {
    blocks.push(
      section(
        `*Skipped*\n${[...skipped].map(([why, count]) => `• ${n(count)}: ${withMentions(why)}`).join("\n")}`,
      ),
    );
  }
  if (forceOffer) {
    blocks.push(
      actions([
        button({
          text: `Resync anyway (${n(forceOffer.size.records)})`,
          actionId: `${RESYNC_OFFER_PREFIX}0`,
          value: forceOffer.key,
          confirm: confirmDialog({
            title: "Resync anyway?",
            text: heldBackConfirm(forceOffer.size.records, escapeMrkdwn(rule.name)),
            confirm: "Resync anyway",
            deny: "Cancel",
            style: "danger",
          }),
        }),
      ]),
    );
  }
  blocks.push(context([`Started by <@${job.requestedBy}> · job ${job.id} · \`syncerror audit\``]));
  const text = `Resync of ${rule.name} ${job.status === "done" ? "finished" : "stopped"}: ${c.accepted} accepted, ${c.failed} failed again, ${c.skipped} skipped.`;
  return buildMessage({ text, blocks });
}
