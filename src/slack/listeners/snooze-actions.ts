import type { App, BlockAction, ButtonAction, ViewSubmitAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { ruleWords } from "../../catalog/labels.js";
import type { Translator } from "../../i18n/translator.js";
import type { Snooze, SnoozeLength } from "../../store/types.js";
import { startOfDay } from "../../zoned-time.js";
import { buildMessage, escapeMrkdwn, type SlackMessage, section } from "../blocks/index.js";
import {
  SNOOZE_CALLBACK_ID,
  SNOOZE_INPUTS,
  SNOOZE_LIFT_ACTION,
  type SnoozeAnswer,
  type SnoozeOrigin,
  snoozeAnswerOf,
  snoozeModal,
  snoozeOriginOf,
  snoozeState,
} from "../messages/snooze-messages.js";
import type { ListenerDeps } from "./listener-deps.js";
import { type Source, updateLines } from "./type-lines.js";
import { yieldToPendingAcks } from "./yield-to-acks.js";

export { SNOOZE_LIFT_ACTION } from "../messages/snooze-messages.js";

const DAY_MS = 86_400_000;

/**
 * The digest message each open snooze modal came from, by view id: a view_submission carries no
 * message, and reading one back (conversations.history) needs a scope the bot does not ask for.
 * Kept in this process only; a submission another replica receives leaves the line as it was,
 * until the next click on the digest brings it up to date (every click does). Bounded: a modal
 * closed without submitting leaves an entry, dropped oldest first.
 */
const openedFrom = new Map<string, Source>();
const OPENED_FROM_MAX = 500;

function remember(viewId: string | undefined, source: Source | undefined): void {
  if (!viewId || !source) return;
  openedFrom.set(viewId, source);
  const oldest = openedFrom.keys().next().value;
  if (openedFrom.size > OPENED_FROM_MAX && oldest !== undefined) openedFrom.delete(oldest);
}

/** A one-line answer about a snooze. */
function answer(text: string): SlackMessage {
  return buildMessage({ text, blocks: [section(text)] });
}

/**
 * "Snooze…" chosen on a type's menu: opens the snooze modal with the click's trigger_id, which
 * Slack honours for 3 s and once, so this runs first after the ack. When Slack refuses (the
 * trigger expired meanwhile), the person is told to choose again rather than left waiting.
 */
export async function openSnoozeModal(
  deps: ListenerDeps,
  client: WebClient,
  input: {
    readonly user: string;
    readonly ruleId: string;
    readonly triggerId: string;
    readonly source: Source | undefined;
    readonly responseUrl: string;
  },
): Promise<void> {
  const t = await deps.translatorOf(input.user);
  const rule = deps.catalog.ruleById(input.ruleId);
  const tell = (text: string) =>
    deps.respondTo(input.responseUrl)({
      response_type: "ephemeral",
      replace_original: false,
      ...answer(text),
    });
  if (!rule) {
    await tell(t.t("snooze.unknownType"));
    return;
  }
  const open = (await deps.store.openCounts()).byRule.get(rule.id) ?? 0;
  const origin: SnoozeOrigin = {
    ruleId: rule.id,
    channel: input.source?.channel,
    ts: input.source?.ts,
    responseUrl: input.responseUrl,
  };
  try {
    const opened = await client.views.open({
      trigger_id: input.triggerId,
      view: snoozeModal({ rule, open, origin, t }),
    });
    remember(opened.view?.id, input.source);
  } catch (error) {
    deps.logger.warn({ err: error, user: input.user }, "could not open the snooze modal");
    await tell(t.t("snooze.noModal"));
  }
}

/** Unsnooze (Unmute) chosen: lifts the type's snooze, audited, and says so. */
export async function unsnoozeAnswer(
  deps: ListenerDeps,
  ruleId: string,
  user: string,
  t: Translator,
): Promise<SlackMessage> {
  const rule = deps.catalog.ruleById(ruleId);
  if (!rule) return answer(t.t("snooze.unknownType"));
  const name = escapeMrkdwn(ruleWords(t).name(rule));
  const lifted = await deps.store.unsnoozeType(rule.id, user, deps.now());
  if (!lifted) return answer(t.t("snooze.notSnoozed", { name }));
  return answer(
    t.t("snooze.lifted", { name, muted: lifted.length.kind === "muted" ? "yes" : "no" }),
  );
}

/**
 * How long a submitted snooze lasts, or the input to show an error on. A date is the start of
 * that day in the digest's time zone: that day's digest shows the type again.
 */
function lengthOf(
  submitted: SnoozeAnswer,
  now: Date,
  open: number,
  timeZone: string,
): SnoozeLength | { readonly error: "snooze.errorPickDate" | "snooze.errorPastDate" } {
  switch (submitted.choice) {
    case "7d":
      return { kind: "until", until: new Date(now.getTime() + 7 * DAY_MS) };
    case "doubled":
      return { kind: "doubled", baseline: open };
    case "mute":
      return { kind: "muted" };
    case "date": {
      const [year, month, day] = (submitted.date ?? "").split("-").map(Number);
      if (!year || !month || !day) return { error: "snooze.errorPickDate" };
      const until = startOfDay(year, month, day, timeZone);
      return until.getTime() <= now.getTime()
        ? { error: "snooze.errorPastDate" }
        : { kind: "until", until };
    }
    default:
      return { kind: "until", until: new Date(now.getTime() + DAY_MS) };
  }
}

/**
 * The snooze modal's submission and `/syncerror snoozed`'s Unsnooze. A submission is checked
 * first and answered within Slack's 3 s: a date missing or past keeps the modal open with the
 * error on the date (`response_action: errors`); otherwise the modal closes, the snooze is stored
 * (replacing the type's current one, audited), the person gets the answer where they clicked
 * (the click's response_url, carried in private_metadata), and the digest's line shows it.
 */
export function registerSnoozeActions(app: App, deps: ListenerDeps): void {
  app.view<ViewSubmitAction>(SNOOZE_CALLBACK_ID, async ({ ack, body, view, client }) => {
    const user = body.user.id;
    const origin = snoozeOriginOf(view.private_metadata);
    const rule = origin ? deps.catalog.ruleById(origin.ruleId) : undefined;
    const submitted = snoozeAnswerOf(view.state.values);
    const now = deps.now();
    const open = rule ? ((await deps.store.openCounts()).byRule.get(rule.id) ?? 0) : 0;
    const length = lengthOf(submitted, now, open, deps.digestTimezone);
    if ("error" in length) {
      const t = await deps.translatorOf(user);
      await ack({
        response_action: "errors",
        errors: { [SNOOZE_INPUTS.date]: t.t(length.error) },
      });
      return;
    }
    await ack();
    await yieldToPendingAcks();
    const t = await deps.translatorOf(user);
    let text: string;
    if (!origin || !rule) text = t.t("snooze.unknownType");
    else {
      const snooze: Snooze = {
        ruleId: rule.id,
        by: user,
        at: now,
        reason: submitted.reason ?? null,
        length,
      };
      const { replaced } = await deps.store.snoozeType(snooze);
      const name = escapeMrkdwn(ruleWords(t).name(rule));
      text =
        length.kind === "muted"
          ? t.t("snooze.muteDone", { name })
          : t.t("snooze.snoozeDone", { name, state: snoozeState(snooze, t) });
      if (replaced && replaced.by !== user)
        text += t.t("snooze.replacedNote", { by: `<@${replaced.by}>` });
    }
    if (origin?.responseUrl) {
      try {
        await deps.respondTo(origin.responseUrl)({
          response_type: "ephemeral",
          replace_original: false,
          ...answer(text),
        });
      } catch (error) {
        deps.logger.warn({ err: error, user }, "could not answer the snooze");
      }
    }
    const source = openedFrom.get(view.id);
    openedFrom.delete(view.id);
    await updateLines(deps, client, source);
  });

  app.action<BlockAction<ButtonAction>>(SNOOZE_LIFT_ACTION, async ({ ack, action, body }) => {
    await ack();
    const user = body.user.id;
    const t = await deps.translatorOf(user);
    const message = await unsnoozeAnswer(deps, action.value ?? "", user, t);
    await deps.respondTo(body.response_url)({
      response_type: "ephemeral",
      replace_original: false,
      ...message,
    });
  });
}
