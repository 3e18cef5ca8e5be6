import type { LearntChange } from "../store/types.js";
import { type LinkStrength, linkStrength } from "./kind-links.js";
import { fieldForms, type MessageWords, messageWords, names } from "./message-mentions.js";
import { sameChangeKey } from "./same-change.js";
import { objectPlaces, type Wave } from "./wave.js";

/** How far before a wave's first error a change is looked for. */
export const CAUSE_WINDOW_MS = 48 * 60 * 60 * 1000;

/**
 * The confidence below which nothing is said. Tuned on the table of planted changes and decoys
 * (rank-causes.test.ts): a change of the right kind, close in time, on the field the errors name
 * scores 0.85–1; the same change on a field they do not name, or a value they do not carry,
 * stays under it.
 */
export const CAUSE_THRESHOLD = 0.55;

/** Clocks of two systems differ: a change stamped this much after the first error still counts. */
const CLOCK_SKEW_MS = 2 * 60 * 1000;

const HOUR = 60 * 60 * 1000;

/** What tells an admin why a change is the likely cause. */
export interface CauseEvidence {
  readonly strength: LinkStrength;
  /**
   * From the change to the first error, when the change's time is known (the audit trail's);
   * null when only a scan saw it, between `change.happenedAfter` and `change.observedAt`.
   */
  readonly leadMs: number | null;
  /**
   * How many of the sampled messages name the change's field, or for a change of an object (a
   * rule, a flow) its name; null when the change names neither.
   */
  readonly namedIn: number | null;
  /** How many messages were looked at. */
  readonly sampled: number;
  /** Whether the change's value (the picklist value, option, stage or rule) is in a message. */
  readonly valueNamed: boolean;
  /** Whether the change is on an object the wave's errors are on; null when it names none. */
  readonly objectMatches: boolean | null;
}

/** A change that likely started a wave, with how sure and why. */
export interface LikelyCause {
  readonly change: LearntChange;
  /** 0–1: the product of the link's strength, the time and the place factors. */
  readonly confidence: number;
  readonly evidence: CauseEvidence;
}

/**
 * The kinds whose `option` is a value the errors themselves carry (a refused picklist value, an
 * option or stage that is gone): when the errors name the field but never this value, they are
 * about another value, and the change is not their cause.
 */
const VALUE_KINDS = new Set([
  "picklist-value-deactivated",
  "picklist-value-removed",
  "option-removed",
  "option-hidden",
  "pipeline-stage-removed",
  "picklist-value-added",
]);

/** Objects a Setup change is not on in the sense of a record: it touches every object's records. */
const ORG_WIDE = new Set(["User", "Setup", "Organization", ""]);

/**
 * The one or two changes that most likely started a wave, most likely first, each above the
 * threshold; none when no change is (the bot never guesses). A change counts only when its kind
 * starts this error type (kind-links.ts), it happened in the 48 hours before the first error (or
 * a scan saw it then), and it is on the object the errors are on; it scores by the link's
 * strength, by how soon the errors followed, and by whether the errors name its field and value.
 * The same change learnt twice (from a snapshot and from the audit trail; a field both not
 * createable and not updateable) is shown once, its best-told form.
 */
export function rankCauses(
  wave: Wave,
  changes: readonly LearntChange[],
  options: { readonly threshold?: number } = {},
): LikelyCause[] {
  const threshold = options.threshold ?? CAUSE_THRESHOLD;
  const words = wave.messages.map(messageWords);
  const best = new Map<string, LikelyCause>();
  for (const change of changes) {
    const cause = scoreChange(wave, change, words);
    if (!cause || cause.confidence < threshold) continue;
    const key = sameChangeKey(change);
    const kept = best.get(key);
    if (!kept || isBetter(cause, kept)) best.set(key, cause);
  }
  return [...best.values()].sort(byLikelihood).slice(0, 2);
}

/** A change scored against a wave, or undefined when it cannot have started it. */
function scoreChange(
  wave: Wave,
  change: LearntChange,
  words: readonly MessageWords[],
): LikelyCause | undefined {
  const strength = linkStrength(change.kind, wave.ruleId);
  if (!strength) return undefined;
  const timing = timeFactor(change, wave.firstAt);
  if (!timing) return undefined;
  const objectMatches = onWaveObject(change, wave);
  if (objectMatches === false) return undefined;

  const fieldNames = change.field ? fieldForms(change.field) : [];
  const valueForms = change.option ? fieldForms(change.option) : [];
  // A field's change is placed by the field the messages name (its value alone may be another
  // field's: "Partner" is a lead source and an industry); an object's change (a rule, a flow) by
  // its own name.
  const placeForms = change.field ? fieldNames : valueForms;
  let namedIn = 0;
  let valueNamed = false;
  for (const message of words) {
    if (valueForms.length > 0 && names(message, valueForms)) valueNamed = true;
    if (names(message, placeForms)) namedIn++;
  }
  const place = placeFactor(change, {
    share: words.length > 0 ? namedIn / words.length : 0,
    valueNamed,
    objectMatches,
  });
  const confidence = (strength === "direct" ? 1 : 0.7) * timing.factor * place;
  return {
    change,
    confidence,
    evidence: {
      strength,
      leadMs: timing.leadMs,
      namedIn: change.field || change.option ? namedIn : null,
      sampled: words.length,
      valueNamed,
      objectMatches,
    },
  };
}

/**
 * How well the time fits: 1 within 2 hours of the first error, falling to 0.75 at a day and 0.6
 * at 48 hours; a change only a scan saw (its time a range) at most 0.85, less when the range
 * reaches past the first error. Undefined when the change came after the first error or more than
 * 48 hours before it.
 */
function timeFactor(
  change: LearntChange,
  firstAt: Date,
): { readonly factor: number; readonly leadMs: number | null } | undefined {
  const first = firstAt.getTime();
  if (change.happenedAt) {
    const lead = first - change.happenedAt.getTime();
    if (lead < -CLOCK_SKEW_MS || lead > CAUSE_WINDOW_MS) return undefined;
    return { factor: leadFactor(Math.max(0, lead)), leadMs: Math.max(0, lead) };
  }
  const latest = change.observedAt.getTime();
  const earliest = change.happenedAfter?.getTime() ?? null;
  if (earliest !== null && earliest > first + CLOCK_SKEW_MS) return undefined;
  if (latest < first - CAUSE_WINDOW_MS) return undefined;
  // Seen before the first error: it happened at least this long before it.
  if (latest <= first) return { factor: 0.85 * leadFactor(first - latest), leadMs: null };
  // Seen after it: it may have happened before (earliest known) or after (not known).
  return { factor: earliest !== null ? 0.85 : 0.7, leadMs: null };
}

function leadFactor(lead: number): number {
  if (lead <= 2 * HOUR) return 1;
  if (lead <= 24 * HOUR) return 1 - (0.25 * (lead - 2 * HOUR)) / (22 * HOUR);
  return 0.75 - (0.15 * (lead - 24 * HOUR)) / (24 * HOUR);
}

/**
 * Whether the change is on an object the wave's errors are on (a HubSpot contact's errors are
 * about Salesforce's Lead or Contact); null when the change is org-wide (a user deactivated).
 */
function onWaveObject(change: LearntChange, wave: Wave): boolean | null {
  if (change.kind === "user-deactivated" || ORG_WIDE.has(change.object)) return null;
  return wave.objectTypes.some((type) => {
    const place = objectPlaces(type);
    return change.system === "salesforce"
      ? place.salesforce.some((o) => o.toLowerCase() === change.object.toLowerCase())
      : place.hubspot === change.object.toLowerCase();
  });
}

/**
 * How well the place fits. A field's change: by the share of messages naming the field (or its
 * value), and halved when the errors name the field but never the value the change is about. A
 * change of the object itself (a rule, a flow): by its name in the messages, or the object.
 */
function placeFactor(
  change: LearntChange,
  seen: {
    readonly share: number;
    readonly valueNamed: boolean;
    readonly objectMatches: boolean | null;
  },
): number {
  if (!change.field) {
    if (seen.share >= 0.5) return 1;
    return seen.objectMatches === null ? 0.7 : 0.75;
  }
  const byField = seen.share >= 0.5 ? 1 : seen.share > 0 ? 0.75 : 0.45;
  const valueMissed = change.option !== null && VALUE_KINDS.has(change.kind) && !seen.valueNamed;
  return valueMissed ? byField * 0.5 : byField;
}

/** The better-told of two forms of one change: surer, else the one with a known time and who. */
function isBetter(a: LikelyCause, b: LikelyCause): boolean {
  if (a.change.source !== b.change.source) return a.change.source === "audit-trail";
  return a.confidence > b.confidence;
}

function byLikelihood(a: LikelyCause, b: LikelyCause): number {
  return (
    b.confidence - a.confidence || (a.evidence.leadMs ?? Infinity) - (b.evidence.leadMs ?? Infinity)
  );
}
