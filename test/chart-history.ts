/**
 * A fixed month of sync errors for the chart tests and goldens (issue 18): a daily contact export
 * for 30 days before NOW, each listing the errors still open (those it leaves out are resolved by
 * it), with types of several categories, a spike, and errors open for months. `expected` is the
 * same history counted from the model, to check the charts' alt text against.
 */
import { rules } from "../src/rules/index.js";
import type { SyncErrorRule } from "../src/rules/types.js";
import type { ObservedError, Store } from "../src/store/types.js";
import { startOfDay } from "../src/zoned-time.js";

export const NOW = new Date("2026-12-04T14:30:00Z");
export const TIME_ZONE = "Europe/Copenhagen";
export const DAYS = 30;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One type of each of six categories, in catalog order. */
export const TYPES: readonly SyncErrorRule[] = [
  "associations",
  "duplicates",
  "permissions",
  "picklists",
  "property-mappings",
  "property-values",
].map((category) => rules.find((rule) => rule.category === category) as SyncErrorRule);

interface ModelError {
  readonly id: string;
  readonly rule: SyncErrorRule;
  readonly openedAt: number;
  /** The index of the daily import that no longer lists it (resolves it), or null. */
  readonly resolvedBy: number | null;
}

/** Local midnight of the day `back` days before NOW's day. */
const dayStart = (back: number) => startOfDay(2026, 12, 4 - back, TIME_ZONE).getTime();
/** Import k (k = 0 … DAYS − 1) runs at 10:00 local on the day DAYS − 1 − k days before today. */
export const importTime = (k: number) => dayStart(DAYS - 1 - k) + 10 * HOUR;

/** The model: deterministic, a few errors a day per type, more on one day, and old ones. */
export function history(): ModelError[] {
  const errors: ModelError[] = [];
  let seq = 0;
  const add = (rule: SyncErrorRule, openedAt: number, resolvedBy: number | null) =>
    errors.push({ id: `c${seq++}`, rule, openedAt, resolvedBy });
  // Old errors, open before the month: some still open (age buckets 30–90 and > 90 days).
  TYPES.forEach((rule, r) => {
    for (let i = 0; i <= r; i++) add(rule, NOW.getTime() - (40 + 25 * i) * DAY, null);
  });
  for (let k = 0; k < DAYS; k++) {
    TYPES.forEach((rule, r) => {
      const count = 1 + ((k * 7 + r * 3) % 5) + (k === 18 && r === 3 ? 25 : 0);
      for (let i = 0; i < count; i++) {
        // Opened in the hours before import k; resolved some imports later, or never.
        const openedAt = importTime(k) - (1 + ((i * 5 + r) % 9)) * HOUR;
        const life = (i + r + k) % 6;
        const resolvedBy = life === 0 ? null : k + life * 2 < DAYS ? k + life * 2 : null;
        add(rule, openedAt, resolvedBy);
      }
    });
  }
  return errors;
}

function observed(error: ModelError): ObservedError {
  return {
    ruleId: error.rule.id,
    category: error.rule.category,
    direction: error.rule.direction,
    objectType: "contact",
    hubspotId: error.id,
    salesforceId: null,
    recordName: null,
    message: `${error.rule.name} on ${error.id}`,
    statusCode: null,
    occurredAt: new Date(error.openedAt),
  };
}

/** Imports the history: one contact export a day, each listing what is open at its time. */
export async function seedChartHistory(store: Store, errors = history()): Promise<void> {
  for (let k = 0; k < DAYS; k++) {
    const at = importTime(k);
    const listed = errors.filter(
      (e) => e.openedAt <= at && (e.resolvedBy === null || e.resolvedBy > k),
    );
    const tx = await store.beginImport({
      fileName: `export-${k}.csv`,
      contentHash: `chart-history-${k}`,
      importedBy: "U-TEST",
      importedAt: new Date(at),
    });
    for (const error of listed) await tx.add(observed(error));
    await tx.commit({
      rowsRead: listed.length,
      rejected: 0,
      objectTypes: ["contact"],
      columns: {},
    });
  }
}

/** The history's figures, counted from the model. */
export function expected(errors = history()) {
  const from = dayStart(DAYS - 1);
  const inWindow = errors.filter((e) => e.openedAt >= from);
  const resolved = errors.filter((e) => e.resolvedBy !== null);
  const open = errors.filter((e) => e.resolvedBy === null);
  const newPerDay = Array.from(
    { length: DAYS },
    (_, d) =>
      inWindow.filter(
        (e) => e.openedAt >= dayStart(DAYS - 1 - d) && e.openedAt < dayStart(DAYS - 2 - d),
      ).length,
  );
  const openByRule = new Map<string, number>();
  for (const e of open) openByRule.set(e.rule.id, (openByRule.get(e.rule.id) ?? 0) + 1);
  const age = (e: ModelError) => NOW.getTime() - e.openedAt;
  const edges = [DAY, 7 * DAY, 30 * DAY, 90 * DAY, Number.POSITIVE_INFINITY];
  const buckets = edges.map(
    (edge, i) =>
      open.filter((e) => age(e) >= (i === 0 ? 0 : (edges[i - 1] ?? 0)) && age(e) < edge).length,
  );
  return {
    totalNew: inWindow.length,
    totalResolved: resolved.length,
    newPerDay,
    openNow: open.length,
    openByRule,
    buckets,
  };
}

/**
 * From the model: errors opened in [from, to), and the errors open at instant `at` (opened
 * before it, not yet resolved by then: each is resolved at its resolving import's time).
 */
export function modelCounts(errors = history()) {
  return {
    openedBetween: (from: number, to: number) =>
      errors.filter((e) => e.openedAt >= from && e.openedAt < to).length,
    openAt: (at: number) =>
      errors.filter(
        (e) => e.openedAt < at && (e.resolvedBy === null || importTime(e.resolvedBy) > at),
      ).length,
  };
}
