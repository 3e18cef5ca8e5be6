import { isLearntChangeKind } from "../changes/change.js";
import type { Translator } from "../i18n/translator.js";
import type { LearntChange } from "../store/types.js";
import { shortDay, shortTime } from "../zoned-time.js";
import type { LinkedWave } from "./link-waves.js";
import { CAUSE_WINDOW_MS, type LikelyCause } from "./rank-causes.js";

const MINUTE = 60_000;

/** Where a change is: `Lead.Industry`, `contacts.leadsource`, or the object alone. */
export function changePlace(change: Pick<LearntChange, "object" | "field">): string {
  return change.field ? `${change.object}.${change.field}` : change.object;
}

/** What a change was, as a phrase to stand inside a sentence, in the translator's language. */
export function changePhrase(change: LearntChange, t: Translator): string {
  const values = {
    place: changePlace(change),
    object: change.object,
    value: change.option ?? "",
    hasValue: change.option ? "yes" : "no",
    before: String(change.before ?? "?"),
    after: String(change.after ?? "?"),
    detail: change.detail ?? change.kind,
    kind: change.kind,
  };
  if (!isLearntChangeKind(change.kind)) return t.t("changes.unknownKind", values);
  return t.t(`changes.${change.kind}`, values);
}

/** How a wave's cause is told: the reader's language and time zone, and the type's name. */
export interface CauseTextOptions {
  readonly t: Translator;
  readonly timeZone: string;
  /** The error type's name in the reader's language. */
  readonly typeName: string;
}

/**
 * The sentences of a linked wave: "Likely cause: …" for the first cause, "Also possible: …" for a
 * second. Plain text (no mrkdwn), for a context block or a terminal.
 */
export function causeSentences(linked: LinkedWave, options: CauseTextOptions): string[] {
  const [first, second] = linked.causes;
  if (!first) return [];
  const lines = [likely(first, linked, options)];
  if (second) lines.push(alsoPossible(second, options));
  return lines;
}

function likely(cause: LikelyCause, { wave }: LinkedWave, options: CauseTextOptions): string {
  const { t } = options;
  const { change, evidence } = cause;
  const shared = {
    change: changePhrase(change, t),
    count: wave.count,
    type: options.typeName,
    place: placeText(cause, wave.count, t),
  };
  if (change.happenedAt && evidence.leadMs !== null)
    return t.t("causes.likelyAudited", {
      ...shared,
      when: moment(change.happenedAt, options),
      who: change.who ?? "none",
      lead: duration(evidence.leadMs, t),
    });
  return t.t("causes.likelyScanned", {
    ...shared,
    ...range(change, options),
    first: moment(wave.firstAt, options),
  });
}

function alsoPossible({ change }: LikelyCause, options: CauseTextOptions): string {
  const phrase = changePhrase(change, options.t);
  if (change.happenedAt)
    return options.t.t("causes.also", { change: phrase, when: moment(change.happenedAt, options) });
  return options.t.t("causes.alsoScanned", { change: phrase, ...range(change, options) });
}

/** Between which moments a change only a scan saw happened (the scan before, the scan that saw). */
function range(change: LearntChange, options: CauseTextOptions) {
  const to = moment(change.observedAt, options);
  // A change recorded before the earlier scan's time was kept: at most the window before it.
  const after = change.happenedAfter ?? new Date(change.observedAt.getTime() - CAUSE_WINDOW_MS);
  return { from: moment(after, options), to };
}

/** ", all on Lead.Industry": how many of the wave's errors name the change's field. */
function placeText(cause: LikelyCause, count: number, t: Translator): string {
  const { change, evidence } = cause;
  if (!change.field || !evidence.namedIn) return "";
  const field = changePlace(change);
  if (evidence.namedIn === evidence.sampled && evidence.sampled >= count)
    return t.t("causes.placeAll", { count, field });
  if (evidence.namedIn === evidence.sampled)
    return t.t("causes.placeFirst", { sampled: t.number(evidence.sampled), field });
  return t.t("causes.placeSome", {
    named: t.number(evidence.namedIn),
    sampled: t.number(evidence.sampled),
    field,
  });
}

function moment(at: Date, { t, timeZone }: CauseTextOptions): string {
  return t.t("causes.moment", {
    day: shortDay(at, timeZone, t.language),
    time: shortTime(at, timeZone, t.language),
  });
}

/** "11 minutes", "2 hours 5 minutes", "30 hours": how long before the first error. */
export function duration(ms: number, t: Translator): string {
  const minutes = Math.max(0, Math.round(ms / MINUTE));
  if (minutes < 60) return t.t("causes.minutes", { n: minutes });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h >= 10 || m === 0) return t.t("causes.hours", { n: h });
  return t.t("causes.hoursMinutes", { h, m });
}
