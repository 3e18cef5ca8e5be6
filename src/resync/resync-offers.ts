import { randomBytes } from "node:crypto";
import type { SyncErrorRule } from "../rules/types.js";
import type { ObservedErrorWithFingerprint, ResyncOffer, Store } from "../store/types.js";
import { batchCounts, planResync, type ResyncSize, resyncSize } from "./plan-resync.js";
import type { RecentResyncs } from "./recent-resyncs.js";

/** How long a Resync button works: a week covers a digest read after a long weekend. */
export const OFFER_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** An offer key: 12 random bytes in base64url, so unguessable and short enough for any button. */
export const OFFER_KEY = /^[A-Za-z0-9_-]{16}$/;

/** A Resync button's content: its key and the size of the resync it offers. */
export interface Offer {
  readonly key: string;
  readonly rule: SyncErrorRule;
  readonly size: ResyncSize;
}

/**
 * Creates the offers behind the Resync buttons of a message, one per type that has records to
 * send, sized from one grouped pass over the open errors. Types with nothing to send get none.
 */
export async function offerResyncs(
  store: Store,
  rules: readonly SyncErrorRule[],
  now: Date,
): Promise<Map<string, Offer>> {
  const groups = await store.openTargetGroups(
    rules.length === 1 ? [rules[0]?.id ?? ""] : undefined,
  );
  const offers = new Map<string, Offer>();
  for (const rule of rules) {
    const size = resyncSize(
      rule,
      groups.filter((g) => g.ruleId === rule.id),
    );
    if (size.records === 0) continue;
    const key = randomBytes(12).toString("base64url");
    await store.saveResyncOffer({
      key,
      ruleId: rule.id,
      asOf: now,
      count: size.errors,
      createdAt: now,
      expiresAt: new Date(now.getTime() + OFFER_TTL_MS),
      force: false,
      fromJob: null,
      recent: "ask",
    });
    offers.set(rule.id, { key, rule, size });
  }
  return offers;
}

/** The offer a key names, or null when the key is malformed, unknown or expired. */
export async function findOffer(
  store: Store,
  key: string | undefined,
  now: Date,
): Promise<ResyncOffer | null> {
  if (key === undefined || !OFFER_KEY.test(key)) return null;
  return await store.resyncOffer(key, now);
}

/**
 * The errors an offer stands for that are still open: those opened up to its time, or for
 * "Resync anyway", the records its job held back.
 */
export async function offeredErrors(
  store: Store,
  offer: ResyncOffer,
): Promise<ObservedErrorWithFingerprint[]> {
  const asOf = offer.asOf.getTime();
  const open = (await store.openErrorsOf(offer.ruleId)).filter(
    (e) => e.occurredAt === null || e.occurredAt.getTime() <= asOf,
  );
  if (offer.fromJob === null) return open;
  const held = new Set(
    (await store.jobRecords(offer.fromJob))
      .filter((r) => r.status === "skipped" && r.skipped?.startsWith(HELD_BACK))
      .map((r) => r.fingerprint),
  );
  return open.filter((e) => held.has(e.fingerprint));
}

/** How a held-back record's reason begins (see `heldBackReason`). */
export const HELD_BACK = "held back:";

/**
 * "Resync anyway": an offer to send, without the preflight, the records a job held back. Sized by
 * the held-back count; sent batches are planned again at the click.
 */
export async function offerForcedResync(
  store: Store,
  rule: SyncErrorRule,
  jobId: number,
  held: number,
  now: Date,
): Promise<Offer> {
  const key = randomBytes(12).toString("base64url");
  await store.saveResyncOffer({
    key,
    ruleId: rule.id,
    asOf: now,
    count: held,
    createdAt: now,
    expiresAt: new Date(now.getTime() + OFFER_TTL_MS),
    force: true,
    fromJob: jobId,
    recent: "ask",
  });
  return { key, rule, size: { errors: held, records: held, batches: Math.ceil(held / 100) } };
}

/**
 * A click on a Resync button whose records were partly or all resynced within the cooldown: the
 * offer that skips those (none when nothing else is left to send) and "Resync anyway", which sends
 * them too. Both stand for the same errors as the button clicked.
 */
export interface RecentChoice {
  readonly rule: SyncErrorRule;
  readonly recent: RecentResyncs;
  /** Records that could be sent, were it not for the cooldown. */
  readonly sendable: number;
  readonly skip: Offer | null;
  readonly send: Offer;
}

export async function offerAroundRecent(
  store: Store,
  rule: SyncErrorRule,
  clicked: ResyncOffer,
  errors: readonly ObservedErrorWithFingerprint[],
  recent: RecentResyncs,
  now: Date,
): Promise<RecentChoice> {
  const sizeOf = (skip?: ReadonlyMap<string, string>): ResyncSize => {
    const plan = planResync(rule, errors, skip);
    const batches = batchCounts(plan);
    return {
      errors: errors.length,
      records: plan.filter((r) => !r.skipped).length,
      batches: batches.hubspot + batches.salesforce,
    };
  };
  const offer = async (mode: "skip" | "send", size: ResyncSize): Promise<Offer> => {
    const key = randomBytes(12).toString("base64url");
    await store.saveResyncOffer({
      ...clicked,
      key,
      count: size.errors,
      createdAt: now,
      expiresAt: new Date(now.getTime() + OFFER_TTL_MS),
      recent: mode,
    });
    return { key, rule, size };
  };
  const skipping = sizeOf(recent.reasons);
  const sending = sizeOf();
  return {
    rule,
    recent,
    sendable: sending.records,
    skip: skipping.records > 0 ? await offer("skip", skipping) : null,
    send: await offer("send", sending),
  };
}
