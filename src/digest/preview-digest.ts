import type { Catalog } from "../catalog/catalog.js";
import { type Translator, translator } from "../i18n/translator.js";
import { buildMessage, context, type SlackMessage, section } from "../slack/blocks/index.js";
import type { DigestRecord, Store } from "../store/types.js";
import { shortTime, wallClock } from "../zoned-time.js";
import type { Digest } from "./collect-digest.js";
import { composeDigest } from "./compose-digest.js";
import type { DigestScope } from "./digest-scope.js";
import { floorToMinute } from "./schedule.js";

const MINUTE_MS = 60_000;

/** What `/syncerror digest` shows: the next digest, and the one that already went out today. */
export interface DigestPreview {
  /** The next digest as it would be posted now: what came since the last digest posted. */
  readonly next: { readonly digest: Digest; readonly message: SlackMessage | null };
  /** The digest posted in the channel today (in the digest's time zone), if one went out. */
  readonly today: DigestRecord | null;
}

/**
 * The next digest as it would be posted now, without posting or claiming anything: it counts from
 * the last digest posted (one posted this very minute included), as the scheduled one will. And
 * the digest already posted today, if any, so the preview never passes for an empty day when the
 * morning's digest took everything.
 */
export async function previewDigest(options: {
  readonly store: Store;
  readonly catalog: Catalog;
  readonly channel: string;
  readonly timezone: string;
  readonly now: Date;
  /** The language of the digest shown; English when omitted. */
  readonly translator?: Translator;
  /** The channel's types (routing: the main digest's); every type when omitted. */
  readonly scope?: DigestScope;
}): Promise<DigestPreview> {
  const minute = floorToMinute(options.now);
  const last = await options.store.previousDigest(
    options.channel,
    new Date(minute.getTime() + MINUTE_MS),
  );
  // A digest posted this minute (local mode posts one at start) is the one to count from.
  const slot =
    last && last.slot.getTime() >= minute.getTime()
      ? new Date(last.slot.getTime() + MINUTE_MS)
      : minute;
  const next = await composeDigest({ ...options, slot });
  return { next, today: postedToday(last, options.now, options.timezone) };
}

/** A posted digest with a message (not a skipped empty one) that went out on today's date. */
function postedToday(
  record: DigestRecord | null,
  now: Date,
  timezone: string,
): DigestRecord | null {
  if (!record?.messageTs || !record.postedAt) return null;
  const posted = wallClock(record.postedAt, timezone);
  const today = wallClock(now, timezone);
  const same =
    posted.year === today.year && posted.month === today.month && posted.day === today.day;
  return same ? record : null;
}

/**
 * The preview as a message: the next digest (or, when nothing is new since today's digest, that
 * line instead of an empty digest), a line about today's digest with a link to it, and `note`
 * (who sees it, where it would go).
 */
export function previewMessage(
  preview: DigestPreview,
  options: {
    readonly timezone: string;
    readonly link?: string | undefined;
    readonly note?: string | undefined;
    /** The language of the lines around the digest; English when omitted. */
    readonly translator?: Translator;
  },
): SlackMessage {
  const tr = options.translator ?? ENGLISH;
  const { today, next } = preview;
  const noteBlock = options.note ? [context([options.note])] : [];
  if (!today) {
    const message = next.message;
    if (!message) {
      const nothing = tr.t("digest.previewNothing");
      return buildMessage({ text: nothing, blocks: [section(nothing), ...noteBlock] });
    }
    return buildMessage({ text: message.text, blocks: [...message.blocks, ...noteBlock] });
  }
  const time = shortTime(today.postedAt ?? today.slot, options.timezone, tr.language);
  const counts = today.counts
    ? { hasCounts: "yes", ...today.counts }
    : { hasCounts: "no", new: 0, resolved: 0, open: 0 };
  const link = options.link ? `: <${options.link}|${tr.t("digest.previewOpenIt")}>` : "";
  const openNow = next.digest.totals.open;
  if (next.digest.totals.new === 0) {
    return buildMessage({
      text: tr.t("digest.previewNothingSinceText", { time, ...counts, openNow }),
      blocks: [
        section(tr.t("digest.previewNothingSince", { time, ...counts, link })),
        context([tr.t("digest.previewOpenNow", { openNow })]),
        ...noteBlock,
      ],
    });
  }
  const todayLine = context([tr.t("digest.previewToday", { time, ...counts, link })]);
  const message = next.message;
  const blocks = [...(message?.blocks ?? []), todayLine, ...noteBlock];
  return buildMessage({
    text: message?.text ?? tr.t("digest.previewTodayText", { time }),
    blocks,
  });
}

const ENGLISH = translator("en");
