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
  resyncStartedNote,
} from "../messages/resync-messages.js";
import type { Responder } from "../response-url.js";
import { assertMayResync } from "../resync-access.js";
import { keepProgressUpdated, summaryOf } from "../resync-progress.js";
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
 */
export function registerResyncActions(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(
    RESYNC_OFFER_PATTERN,
    async ({ ack, action, body, client }) => {
      await ack();
      await yieldToPendingAcks();
      const userId = body.user.id;
      const respond = deps.respondTo(body.response_url);
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
        await respond({ response_type: "ephemeral", replace_original: false, ...reply.message });
        return;
      }
      deps.logger.info({ ...fields, job: started.job.id, rule: started.rule.id }, "resync started");
      const resync = deps.resync as SlackResync;
      const following = followJob(client, respond, deps, {
        ...started,
        jobs: resync.jobs,
        channel: body.channel?.id,
        threadTs:
          confirmThread || (body.message ? (body.message.thread_ts ?? body.message.ts) : undefined),
        first: reply.message,
        sourceIsEphemeral: body.container?.is_ephemeral === true || !body.message,
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
  /** The language of what only the clicker sees. */
  readonly clicker: Translator;
}

/**
 * Posts the progress message (in the digest's thread, or in the channel) and keeps it current
 * until the summary replaces it; the message is remembered with the job, so a job resumed after a
 * restart carries on in it. When the bot may not post in the channel, the start and the summary go
 * to the person through the response_url instead (five posts allowed, so no progress between).
 */
async function followJob(
  client: WebClient,
  respond: Responder,
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
      if (result.ts) posted = { channel: followed.channel, ts: result.ts };
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
  if (posted) {
    await deps.store.setProgressMessage(job.id, posted);
    if (replace)
      await respond({
        replace_original: true,
        ...resyncStartedNote(rule, job, followed.clicker),
      });
    await keepProgressUpdated(client, followed.jobs, { ...followed, message: posted }, deps);
    deps.onJobEnded?.();
    return;
  }
  // Only the clicker sees the start and the summary now: in their language.
  await respond({
    response_type: "ephemeral",
    replace_original: replace,
    ...followed.firstForClicker,
  });
  const summary = await summaryOf(followed, { ...deps, channelTranslator: followed.clicker });
  await respond({ response_type: "ephemeral", replace_original: replace, ...summary });
}
