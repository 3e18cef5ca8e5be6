import type { Catalog } from "../catalog/catalog.js";
import type { CategoryId } from "../rules/types.js";
import type {
  Claim,
  ImportRecord,
  ResyncJob,
  ScanRecord,
  Snooze,
  Store,
  TriggerCheck,
} from "../store/types.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** How many of the largest types the Home tab shows with their buttons. */
export const LARGEST_TYPES = 5;

/** One category's open errors now and the change since 24 hours ago. */
export interface CategoryLine {
  readonly id: CategoryId;
  readonly open: number;
  /** Open now minus open 24 h ago: opened in the last 24 h minus resolved in them. */
  readonly change: number;
}

/** A running resync job and how many of its batches have settled. */
export interface JobLine {
  readonly job: ResyncJob;
  readonly batches: { readonly total: number; readonly settled: number };
}

/** What the Home tab shows one person, gathered from the store. */
export interface HomeData {
  readonly now: Date;
  readonly total: number;
  readonly totalChange: number;
  /** The categories with open errors or a change, largest first. */
  readonly categories: readonly CategoryLine[];
  /** Open errors by rule id (what the chart shows, and its upload's key). */
  readonly openByRule: ReadonlyMap<string, number>;
  readonly jobs: readonly JobLine[];
  readonly lastImport: ImportRecord | null;
  readonly lastScan: ScanRecord | null;
  /** The types the person owns. */
  readonly owned: readonly Claim[];
  /** Every snoozed or muted type (everyone's: a snooze quiets the type for the whole team). */
  readonly snoozed: readonly Snooze[];
  /** The types with the most open errors, largest first, at most LARGEST_TYPES. */
  readonly largest: ReadonlyArray<{ readonly ruleId: string; readonly open: number }>;
  /** The resync triggers' last check per system checked so far (none: never checked). */
  readonly triggers: readonly TriggerCheck[];
}

/**
 * Gathers the Home tab's numbers for `userId`: each read is a keyed lookup or a range of an
 * index (open counts are kept per type; new and resolved errors of the last 24 h are ranges of
 * the opened_at and resolved_at indexes), so it stays fast with a million stored errors.
 */
export async function collectHome(
  store: Store,
  catalog: Catalog,
  userId: string,
  now: Date,
): Promise<HomeData> {
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const [open, opened, resolved, unfinished, lastImport, lastScan, claims, snoozes, triggers] =
    await Promise.all([
      store.openCounts(),
      store.newErrorsBetween(dayAgo, now),
      store.resolvedErrorsBetween(dayAgo, now),
      store.unfinishedJobs(),
      store.lastImport(),
      store.lastScan(),
      store.claims(),
      store.snoozes(),
      // What the last resync, `syncerror setup` or start-up found: no HubSpot or Salesforce call.
      store.triggerChecks(),
    ]);
  const byCategory = new Map<CategoryId, { open: number; change: number }>();
  const add = (ruleId: string, field: "open" | "change", n: number) => {
    const category = catalog.ruleById(ruleId)?.category ?? "unknown";
    const line = byCategory.get(category) ?? { open: 0, change: 0 };
    line[field] += n;
    byCategory.set(category, line);
  };
  for (const [ruleId, n] of open.byRule) if (n > 0) add(ruleId, "open", n);
  for (const [ruleId, n] of opened) add(ruleId, "change", n);
  for (const [ruleId, n] of resolved) add(ruleId, "change", -n);
  const categories = [...byCategory]
    .filter(([, line]) => line.open > 0 || line.change !== 0)
    .map(([id, line]) => ({ id, ...line }))
    .sort((a, b) => b.open - a.open || a.id.localeCompare(b.id));
  const running = unfinished.filter((job) => job.status === "running");
  const jobs = await Promise.all(
    running.map(async (job) => ({ job, batches: await store.jobBatches(job.id) })),
  );
  const largest = [...open.byRule]
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, LARGEST_TYPES)
    .map(([ruleId, n]) => ({ ruleId, open: n }));
  return {
    now,
    total: open.total,
    totalChange: categories.reduce((sum, line) => sum + line.change, 0),
    categories,
    openByRule: open.byRule,
    jobs,
    lastImport,
    lastScan,
    owned: claims.filter((claim) => claim.owner === userId),
    snoozed: snoozes,
    largest,
    triggers,
  };
}
