import { randomBytes } from "node:crypto";
import type { SyncErrorRule } from "../rules/types.js";
import type { CorrectionOffer, CorrectionStore } from "../store/types.js";

/** How long a "Not this type?" control works: a week, as a Resync button. */
export const CORRECTION_OFFER_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** An offer key: 12 random bytes in base64url, unguessable and short enough for any control. */
export const CORRECTION_OFFER_KEY = /^[A-Za-z0-9_-]{16}$/;

/** A classified message the bot shows, with the key its "Not this type?" control carries. */
export interface CorrectionChance {
  readonly key: string;
  readonly shown: SyncErrorRule;
}

/**
 * Keeps what a "Not this type?" control stands for (the message as the bot read it and the type
 * it showed) and returns the key the control carries: the message never travels through Slack,
 * and a value a client made up names nothing.
 */
export async function offerCorrection(
  store: CorrectionStore,
  message: string,
  shown: SyncErrorRule,
  now: Date,
): Promise<CorrectionChance> {
  const key = randomBytes(12).toString("base64url");
  await store.saveCorrectionOffer({
    key,
    message,
    shownRuleId: shown.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + CORRECTION_OFFER_TTL_MS),
  });
  return { key, shown };
}

/** The offer a key names, or null when the key is malformed, unknown or expired. */
export async function findCorrectionOffer(
  store: CorrectionStore,
  key: string | undefined,
  now: Date,
): Promise<CorrectionOffer | null> {
  if (key === undefined || !CORRECTION_OFFER_KEY.test(key)) return null;
  return await store.correctionOffer(key, now);
}

/** A line of a summary the bot classified (an import's type, a resync's failures of a type). */
export interface ClassifiedLine {
  /** The type the line shows. */
  readonly shown: SyncErrorRule;
  /** One raw message of the line, as the bot classified it: what a correction is made from. */
  readonly message: string;
}

/**
 * One "Not this type?" offer per line of a summary, in the summary's order: each keeps the line's
 * sample message server-side, so the menu's options carry only keys.
 */
export async function offerLineCorrections(
  store: CorrectionStore,
  lines: readonly ClassifiedLine[],
  now: Date,
): Promise<CorrectionChance[]> {
  const chances: CorrectionChance[] = [];
  for (const line of lines)
    chances.push(await offerCorrection(store, line.message, line.shown, now));
  return chances;
}
