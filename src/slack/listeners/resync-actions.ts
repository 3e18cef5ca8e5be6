import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { InvalidInputError } from "../../errors.js";
import type { Translator } from "../../i18n/translator.js";
import { findRecentResyncs } from "../../resync/recent-resyncs.js";
import type { ResyncJobs } from "../../resync/resync-jobs.js";
import { findOffer, offerAroundRecent, offeredErrors } from "../../resync/resync-offers.js";
import type { SyncErrorRule } from "../../rules/types.js";
import type { ResyncJob } from "../../store/types.js";
import type { SlackMessage } from "../blocks/index.js";
import { notInvitedLogFields } from "../channel-access.js";
import { RESYNC_OFFER_PATTERN } from "../messages/resync-button.js";
import {
  resyncProgressMessage,
  resyncRecentMessage,
  resyncRunningMessage,
  resyncStartedInMessagesNote,
  resyncStartedNote,
} from "../messages/resync-messages.js";
import { assertMayResync } from "../resync-access.js";
import { keepProgressUpdated, summaryOf } from "../resync-progress.js";
import { clickPlace, tellClicker } from "./click-answer.js";
import type { ListenerDeps, SlackResync } from "./listener-deps.js";
import { replySafely } from "./reply-safely.js";
import { yieldToPendingAcks } from "./yield-to-acks.js";

/** Action ids (patterns) these listeners answer; the manifest test reads them. */
export const RESYNC_ACTION_IDS = [RESYNC_OFFER_PATTERN] as const;

/**
 * A "Resync" button, already confirmed in Slack's dialog: checks who clicked and what the key
 * stands for, starts the job (or shows the type's running one), and keeps one progress message
 * up to date until it ends with the summary. Everything refused goes only to the person who
 * clicked, in their language; the progress and summary are for the channel, in its language.
 * On the Home tab (no channel there) the answer opens in a modal, and the progress and summary
 * go to the person's messages with the bot, in their language.
 */
export function registerResyncActions(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(
    RESYNC_OFFER_PATTERN,
    async ({ ack, action, body, client }) => {
      await ack();
      await yieldToPendingAcks();
      const userId = body.user.id;
      const place = clickPlace(body);
      const tell = (message: SlackMessage, replaceOriginal = false) =>
        tellClicker(deps, client, place, userId, message, { replaceOriginal });
      const fields = { user: userId, action: action.action_id };
      const t = await deps.translatorOf(userId);
      // "<key>@<thread ts>" from a type menu's confirm (an ephemeral, outside the digest's thread):
      // the thread the progress goes to, as a click on the digest itself would give.
      const [offerKey, confirmThread] = (action.value ?? "").split("@");
      let started:
        | {
            rule: SyncErrorRule;
            job: ResyncJob;
            done: Promise<ResyncJob>;
            firstForClicker: SlackMessage;
          }
        | undefined;
      const reply = await replySafely(
        async () => {
          const resync = deps.resync;
          if (!resync) throw new InvalidInputError({ key: "resync.notAvailable" });
          await assertMayResync(userId, resync.allowed, async (usergroup) => {
            const result = await client.usergroups.users.list({ usergroup });
            return result.users ?? [];
          });
          const offer = await findOffer(deps.store, offerKey, deps.now());
          if (!offer) {
            throw new InvalidInputError({ key: "resync.unknownButton" });
          }
          const rule = deps.catalog.ruleById(offer.ruleId);
          if (!rule) throw new InvalidInputError({ key: "resync.unknownType" });
          const errors = await offeredErrors(deps.store, offer);
          // A button shown before the type's last resync: ask before marking its records again.
          if (offer.recent === "ask" && !(await deps.store.runningJob(rule.id))) {
            const now = deps.now();
            const recent = await findRecentResyncs(
              deps.store,
              rule,
              errors,
              now,
              resync.jobs.deps.cooldownMs ?? 0,
            );
            if (recent.reasons.size > 0)
              return resyncRecentMessage(
                await offerAroundRecent(deps.store, rule, offer, errors, recent, now),
                now,
                t,
              );
          }
          const request = await resync.jobs.request(rule, errors, userId, {
            force: offer.force,
            resendRecent: offer.recent === "send",
            names: t,
          });
          const batches = await deps.store.jobBatches(request.job.id);
          if (request.kind === "running")
            return resyncRunningMessage(rule, request.job, batches, t);
          started = {
            rule,
            job: request.job,
            done: request.done,
            firstForClicker: resyncProgressMessage(rule, request.job, batches, t),
          };
          // Posted in the channel, for everyone there.
          return resyncProgressMessage(rule, request.job, batches, deps.channelTranslator);
        },
        deps.logger,
        fields,
        t,
      );
      if (!started) {
        await tell(reply.message);
        return;
      }
      deps.logger.info({ ...fields, job: started.job.id, rule: started.rule.id }, "resync started");
      const resync = deps.resync as SlackResync;
      const inView = place.kind === "view";
      const following = followJob(client, tell, deps, {
        ...started,
        jobs: resync.jobs,
        // The Home tab has no channel: the person's messages with the bot (their user id).
        channel: inView ? userId : place.channel,
        threadTs: inView ? undefined : confirmThread || place.threadTs,
        first: inView ? started.firstForClicker : reply.message,
        sourceIsEphemeral: !inView && place.ephemeral,
        inView,
        clicker: t,
      });
      // Reported on after the click's answer: a clean stop waits for the summary.
      deps.pendingWork?.add(following);
      await following;
    },
  );
}

interface Followed {
  readonly rule: SyncErrorRule;
  readonly job: ResyncJob;
  readonly done: Promise<ResyncJob>;
  readonly jobs: ResyncJobs;
  readonly channel: string | undefined;
  readonly threadTs: string | undefined;
  readonly first: SlackMessage;
  /** `first` in the clicker's language, for when only they can be answered. */
  readonly firstForClicker: SlackMessage;
  /** The button was in a message only the clicker sees (a command's answer). */
  readonly sourceIsEphemeral: boolean;
  /** The button was on the Home tab: `channel` is the person's messages with the bot. */
  readonly inView: boolean;
  /** The language of what only the clicker sees. */
  readonly clicker: Translator;
}

/**
 * Posts the progress message (in the digest's thread, or in the channel; for a Home tab click in
 * the person's messages with the bot) and keeps it current until the summary replaces it; the
 * message is remembered with the job, so a job resumed after a restart carries on in it. When the
 * bot may not post there, the start and the summary go to the person through the response_url
 * instead (five posts allowed, so no progress between); from the Home tab, only the start (a
 * modal; the tab's running jobs show the rest).
 */
async function followJob(
  client: WebClient,
  tell: (message: SlackMessage, replaceOriginal?: boolean) => Promise<void>,
  deps: ListenerDeps,
  followed: Followed,
): Promise<void> {
  const { rule, job } = followed;
  let posted: { channel: string; ts: string } | undefined;
  if (followed.channel) {
    try {
      const result = await client.chat.postMessage({
        channel: followed.channel,
        ...(followed.threadTs ? { thread_ts: followed.threadTs } : {}),
        ...followed.first,
      });
      // A message to a user id lands in a direct message with its own id: that one is edited.
      if (result.ts) posted = { channel: result.channel ?? followed.channel, ts: result.ts };
    } catch (error) {
      const notInvited = notInvitedLogFields(error, followed.channel);
      deps.logger.warn(
        notInvited
          ? { ...notInvited, job: job.id }
          : { err: error, channel: followed.channel, job: job.id },
        notInvited
          ? "cannot post resync progress: the bot is not in the channel; answering the person instead"
          : "cannot post resync progress in the channel; answering the person instead",
      );
    }
  }
  // A private offer is replaced: by a note on where the progress went, or by the progress itself.
  const replace = followed.sourceIsEphemeral;
  // What only the clicker reads (their messages with the bot) is in their language.
  const progressDeps = followed.inView ? { ...deps, channelTranslator: followed.clicker } : deps;
  if (posted) {
    await deps.store.setProgressMessage(job.id, posted);
    if (followed.inView) await tell(resyncStartedInMessagesNote(rule, job, followed.clicker));
    else if (replace) await tell(resyncStartedNote(rule, job, followed.clicker), true);
    await keepProgressUpdated(
      client,
      followed.jobs,
      { ...followed, message: posted },
      progressDeps,
    );
    deps.onJobEnded?.();
    return;
  }
  // Only the clicker sees the start and the summary now: in their language.
  await tell(followed.firstForClicker, replace);
  // A view click opens one modal: the Home tab's running jobs show the rest.
  if (followed.inView) return;
  const summary = await summaryOf(followed, { ...deps, channelTranslator: followed.clicker });
  await tell(summary, replace);
}
