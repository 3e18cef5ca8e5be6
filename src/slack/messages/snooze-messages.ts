import type { ModalView } from "@slack/types";
import { ruleWords } from "../../catalog/labels.js";
import type { Translator } from "../../i18n/translator.js";
import type { SyncErrorRule } from "../../rules/types.js";
import { doubledAt } from "../../snooze/snooze-state.js";
import { SNOOZE_REASON_MAX, type Snooze } from "../../store/types.js";
import {
  datepicker,
  escapeMrkdwn,
  inputBlock,
  modalView,
  plainTextInput,
  radioButtons,
  section,
  slackDate,
} from "../blocks/index.js";

/** The Unsnooze (Unmute) button of `/syncerror snoozed`; its value is the rule id. */
export const SNOOZE_LIFT_ACTION = "snooze_lift";

/** The snooze modal's callback_id: its view_submission listener answers it. */
export const SNOOZE_CALLBACK_ID = "snooze_type";

/** The modal's inputs: block_id = action_id, so state.values reads `values.<id>.<id>`. */
export const SNOOZE_INPUTS = {
  length: "snooze_length",
  date: "snooze_date",
  reason: "snooze_reason",
} as const;

/** What the modal offers; the radio buttons' values. */
export type SnoozeChoice = "1d" | "7d" | "doubled" | "date" | "mute";

/**
 * Where the modal was opened from, carried in its private_metadata: the type, the message whose
 * line to bring up to date (a digest; none from an ephemeral) and the click's response_url for
 * the answer (a view_submission carries none of its own).
 */
export interface SnoozeOrigin {
  readonly ruleId: string;
  readonly channel?: string | undefined;
  readonly ts?: string | undefined;
  readonly responseUrl?: string | undefined;
}

/** The origin as private_metadata (well under Slack's 3000 characters). */
export function snoozeMetadata(origin: SnoozeOrigin): string {
  return JSON.stringify({
    r: origin.ruleId,
    c: origin.channel,
    ts: origin.ts,
    u: origin.responseUrl,
  });
}

/** Reads private_metadata back; undefined for anything else. */
export function snoozeOriginOf(metadata: string | undefined): SnoozeOrigin | undefined {
  try {
    const raw = JSON.parse(metadata ?? "") as Record<string, unknown>;
    if (typeof raw.r !== "string") return undefined;
    const text = (v: unknown) => (typeof v === "string" ? v : undefined);
    return { ruleId: raw.r, channel: text(raw.c), ts: text(raw.ts), responseUrl: text(raw.u) };
  } catch {
    return undefined;
  }
}

/** A time in Slack's date markup (each reader's zone), UTC in the translator's words as fallback. */
export function slackDateTime(at: Date, t: Translator): string {
  const time = at.toISOString().slice(11, 16);
  return slackDate(
    at,
    "{date_short_pretty} {time}",
    `${t.date(at, { style: "medium", timeZone: "UTC" })} ${time} UTC`,
  );
}

/** "until Dec 5 10:00", "until its count doubles (24 open)", "muted". */
export function snoozeState(snooze: Snooze, t: Translator): string {
  const { length } = snooze;
  if (length.kind === "until")
    return t.t("snooze.untilDate", { date: slackDateTime(length.until, t) });
  if (length.kind === "doubled")
    return t.t("snooze.untilDoubled", { at: doubledAt(length.baseline) });
  return t.t("snooze.muted");
}

/** " · :zzz: snoozed until …", appended to a snoozed type's line; "" when not snoozed. */
export function snoozeNote(snooze: Snooze | undefined, t: Translator): string {
  if (!snooze) return "";
  const muted = snooze.length.kind === "muted" ? "yes" : "no";
  return ` · ${t.t("snooze.note", { muted, state: snoozeState(snooze, t) })}`;
}

/** Where a line's snooze note starts: it always opens " · :zzz:". */
export const SNOOZE_NOTE_MARK = " · :zzz:";

/** The menu's last option: Snooze… on a type that is not snoozed, Unsnooze or Unmute on one that is. */
export function snoozeOption(
  ruleId: string,
  snooze: Snooze | undefined,
  t: Translator,
): { text: string; value: string } {
  if (!snooze) return { text: t.t("snooze.menuSnooze"), value: `snooze:${ruleId}` };
  const key = snooze.length.kind === "muted" ? "snooze.menuUnmute" : "snooze.menuUnsnooze";
  return { text: t.t(key), value: `unsnooze:${ruleId}` };
}

/** The snooze modal: how long (1 day, 7 days, until the count doubles, until a date, mute), a date, why. */
export function snoozeModal(input: {
  readonly rule: SyncErrorRule;
  readonly open: number;
  readonly origin: SnoozeOrigin;
  readonly t: Translator;
}): ModalView {
  const { rule, open, t } = input;
  const name = escapeMrkdwn(ruleWords(t).name(rule));
  const choices: ReadonlyArray<{ text: string; value: SnoozeChoice }> = [
    { text: t.t("snooze.length1d"), value: "1d" },
    { text: t.t("snooze.length7d"), value: "7d" },
    { text: t.t("snooze.lengthDoubled", { at: doubledAt(open) }), value: "doubled" },
    { text: t.t("snooze.lengthDate"), value: "date" },
    { text: t.t("snooze.lengthMute"), value: "mute" },
  ];
  return modalView({
    callbackId: SNOOZE_CALLBACK_ID,
    title: t.t("snooze.modalTitle"),
    submit: t.t("snooze.modalSubmit"),
    close: t.t("snooze.modalClose"),
    privateMetadata: snoozeMetadata(input.origin),
    blocks: [
      section(t.t("snooze.modalIntro", { name, open })),
      inputBlock({
        blockId: SNOOZE_INPUTS.length,
        label: t.t("snooze.lengthLabel"),
        element: radioButtons({ actionId: SNOOZE_INPUTS.length, options: choices, initial: "1d" }),
      }),
      inputBlock({
        blockId: SNOOZE_INPUTS.date,
        label: t.t("snooze.dateLabel"),
        optional: true,
        element: datepicker({ actionId: SNOOZE_INPUTS.date }),
      }),
      inputBlock({
        blockId: SNOOZE_INPUTS.reason,
        label: t.t("snooze.reasonLabel"),
        optional: true,
        element: plainTextInput({
          actionId: SNOOZE_INPUTS.reason,
          maxLength: SNOOZE_REASON_MAX,
          placeholder: t.t("snooze.reasonPlaceholder"),
        }),
      }),
    ],
  });
}

/** What a submitted snooze modal says. */
export interface SnoozeAnswer {
  readonly choice: SnoozeChoice | undefined;
  /** `YYYY-MM-DD`, when a date was picked. */
  readonly date: string | undefined;
  readonly reason: string | undefined;
}

/** Reads a view_submission's `view.state.values`. */
export function snoozeAnswerOf(values: unknown): SnoozeAnswer {
  const at = (id: string) =>
    ((values as Record<string, Record<string, Record<string, unknown>>> | undefined)?.[id]?.[id] ??
      {}) as Record<string, unknown>;
  const option = at(SNOOZE_INPUTS.length).selected_option as { value?: unknown } | null | undefined;
  const value = typeof option?.value === "string" ? option.value : undefined;
  const choice = ["1d", "7d", "doubled", "date", "mute"].includes(value ?? "")
    ? (value as SnoozeChoice)
    : undefined;
  const date = at(SNOOZE_INPUTS.date).selected_date;
  const reason = at(SNOOZE_INPUTS.reason).value;
  return {
    choice,
    date: typeof date === "string" ? date : undefined,
    reason: typeof reason === "string" && reason.trim() !== "" ? reason.trim() : undefined,
  };
}
