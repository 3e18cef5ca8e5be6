import type { Catalog } from "../catalog/catalog.js";
import { type Translator, translator } from "../i18n/translator.js";
import type { ImportRecord, Store } from "../store/types.js";
import type { ImportOutcome, Rejection } from "./import-file.js";

/** The documented JSON shape of `syncerror import --json`, also what every surface renders. */
export interface ImportSummary {
  readonly file: string;
  /** True when the file was the last import, byte for byte, and nothing changed. */
  readonly unchanged: boolean;
  readonly rows: number;
  readonly new: number;
  readonly stillOpen: number;
  readonly resolved: number;
  /** The first rejected rows (at most 20); `rejectedCount` has them all. */
  readonly rejected: readonly Rejection[];
  readonly rejectedCount: number;
  /** Field → the header that fed it. */
  readonly columns: Readonly<Record<string, string>>;
  /** New errors by error type name. */
  readonly byType: Readonly<Record<string, number>>;
  readonly importedAt: string;
  /**
   * Set when the file left open errors of its object types that it does not list, rather than
   * resolve them (too many for a snapshot: a filtered export?): how many, the import's id, and
   * what was decided — "undecided" until someone answers (`syncerror import <file>
   * --resolve-missing`, or the buttons in Slack).
   */
  readonly missing: {
    readonly count: number;
    readonly importId: number;
    readonly objectTypes: readonly string[];
    readonly decision: "resolved" | "kept" | "undecided";
    /** How many the answer resolved. */
    readonly resolved: number;
  } | null;
}

/**
 * The summary as `syncerror import --json` documents it: each rejected row's number and English
 * reason (the catalog message beside it is for the text surfaces).
 */
export function importSummaryJson(summary: ImportSummary): ImportSummary {
  return { ...summary, rejected: summary.rejected.map(({ row, reason }) => ({ row, reason })) };
}

/** The summary of an import outcome, with rule ids turned into names. */
export function importSummary(outcome: ImportOutcome, catalog: Catalog): ImportSummary {
  const { record } = outcome;
  return {
    file: record.fileName,
    unchanged: outcome.unchanged,
    rows: record.rowsRead,
    new: outcome.unchanged ? 0 : record.newCount,
    stillOpen: record.stillOpen + (outcome.unchanged ? record.newCount : 0),
    resolved: outcome.unchanged ? 0 : record.resolved,
    rejected: outcome.unchanged ? [] : outcome.rejections,
    rejectedCount: outcome.unchanged ? 0 : record.rejected,
    columns: record.columns,
    byType: outcome.unchanged ? {} : byName(record.newByRule, catalog),
    importedAt: record.importedAt.toISOString(),
    missing: record.missing
      ? {
          count: record.missing.count,
          importId: record.missing.importId,
          objectTypes: record.missing.objectTypes,
          decision: record.missing.decision ?? "undecided",
          resolved: record.missing.resolved,
        }
      : null,
  };
}

/** The documented JSON shape of `syncerror status --json`. */
export interface StatusSummary {
  readonly open: number;
  readonly byCategory: Readonly<Record<string, number>>;
  readonly byType: Readonly<Record<string, number>>;
  readonly lastImport: {
    readonly file: string;
    readonly importedAt: string;
    readonly importedBy: string;
    readonly rows: number;
    readonly new: number;
    readonly resolved: number;
  } | null;
}

/** Open errors by category and type (largest first), and the last import. */
export async function statusSummary(store: Store, catalog: Catalog): Promise<StatusSummary> {
  const { total, byRule } = await store.openCounts();
  const byCategory = new Map<string, number>();
  for (const [ruleId, n] of byRule) {
    const rule = catalog.ruleById(ruleId);
    const category = catalog.categories.find((c) => c.id === rule?.category)?.name ?? "Unknown";
    byCategory.set(category, (byCategory.get(category) ?? 0) + n);
  }
  const last = await store.lastImport();
  return {
    open: total,
    byCategory: sortedRecord(byCategory),
    byType: byName(Object.fromEntries(byRule), catalog),
    lastImport: last ? lastImportOf(last) : null,
  };
}

function lastImportOf(record: ImportRecord): NonNullable<StatusSummary["lastImport"]> {
  return {
    file: record.fileName,
    importedAt: record.importedAt.toISOString(),
    importedBy: record.importedBy,
    rows: record.rowsRead,
    new: record.newCount,
    resolved: record.resolved,
  };
}

function byName(
  counts: Readonly<Record<string, number>>,
  catalog: Catalog,
): Record<string, number> {
  const named = new Map<string, number>();
  for (const [ruleId, n] of Object.entries(counts)) {
    const name = catalog.ruleById(ruleId)?.name ?? ruleId;
    named.set(name, (named.get(name) ?? 0) + n);
  }
  return sortedRecord(named);
}

/** Largest first, then by name, so every surface lists them in the same order. */
function sortedRecord(counts: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/**
 * What the summary says about the open errors the file did not list and left open, in plain
 * text in `t`'s language (English unless told); null when it resolved them all as a snapshot
 * (the counts say how many).
 */
export function missingText(
  summary: Pick<ImportSummary, "missing" | "rows">,
  t: Translator = translator("en"),
): string | null {
  const { missing } = summary;
  if (!missing) return null;
  // English has always joined these without a serial comma ("contact, company and deal").
  const join = (words: string[]) => (t.language === "en" ? joinWords(words) : t.list(words));
  const types = join(missing.objectTypes.map((type) => t.t("import.objectType", { type })));
  const values = { count: missing.count, types };
  switch (missing.decision) {
    case "undecided": {
      const objects = join(missing.objectTypes.map((type) => t.t("import.objects", { type })));
      return t.t("import.missingUndecided", { ...values, rows: summary.rows, objects });
    }
    case "resolved":
      return missing.resolved === missing.count
        ? t.t("import.missingResolvedAll", values)
        : t.t("import.missingResolvedSome", { ...values, resolved: missing.resolved });
    case "kept":
      return t.t("import.missingKept", values);
  }
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
