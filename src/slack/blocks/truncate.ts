import { BlockKitError } from "./errors.js";

/** Appended to every cut text, so a reader can see that something is missing. */
export const ELLIPSIS = "…";

// The only entities Slack decodes in mrkdwn (https://docs.slack.dev/messaging/formatting-message-text).
const ENTITIES = ["&amp;", "&lt;", "&gt;"] as const;

/**
 * Cuts `text` to at most `max` UTF-16 code units, ending in "…" when anything was cut; text that
 * fits is returned unchanged. The cut never splits a surrogate pair (half an emoji renders as �),
 * never lands inside a Slack link or mention `<…>` (a half link shows raw markup, or swallows the
 * rest of the message), and never inside `&amp;`, `&lt;` or `&gt;`: it backs up to before them.
 *
 * @throws BlockKitError if `max` is not a positive integer (no text, not even "…", would fit).
 */
export function truncateText(text: string, max: number): string {
  if (!Number.isInteger(max) || max < 1) {
    throw new BlockKitError(`truncateText: max must be a positive integer, got ${max}`);
  }
  if (text.length <= max) return text;
  // Back up until no rule moves the cut: backing out of an entity can land inside a link's label.
  let cut = max - ELLIPSIS.length;
  for (let moved = true; moved; ) {
    const next = outsideEntity(text, outsideLink(text, outsidePair(text, cut)));
    moved = next !== cut;
    cut = next;
  }
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}

/** Escapes `&`, `<` and `>` for mrkdwn, the three characters Slack requires escaped in text. */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function outsidePair(text: string, cut: number): number {
  const before = text.charCodeAt(cut - 1);
  const after = text.charCodeAt(cut);
  const isHigh = before >= 0xd800 && before <= 0xdbff;
  const isLow = after >= 0xdc00 && after <= 0xdfff;
  return isHigh && isLow ? cut - 1 : cut;
}

function outsideLink(text: string, cut: number): number {
  const open = text.lastIndexOf("<", cut - 1);
  if (open === -1) return cut;
  const close = text.indexOf(">", open);
  // A `<` whose `>` comes before the cut is a finished link; one with no `>` at all is not a link
  // (escaped mrkdwn has none, but plain_text may) and must not pull the cut back to it.
  return close >= cut ? open : cut;
}

function outsideEntity(text: string, cut: number): number {
  // An entity is at most 5 units long, so only the last 4 positions before the cut can start one.
  for (let start = Math.max(0, cut - 4); start < cut; start++) {
    if (ENTITIES.some((entity) => text.startsWith(entity, start) && start + entity.length > cut)) {
      return start;
    }
  }
  return cut;
}
