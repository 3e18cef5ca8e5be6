import type { Catalog } from "../catalog/catalog.js";
import type { HubSpotScanPort } from "../clients/hubspot-scan-port.js";
import type { SalesforceScanPort } from "../clients/salesforce-scan-port.js";
import type { UserText } from "../errors.js";
import type { Mappings } from "../mappings/mappings.js";
import type { Store } from "../store/types.js";
import type { MutableScanContext } from "./read-context.js";
import type { ScanCollector } from "./scan-collector.js";

/** The shapes a scan is run with and reports: shared by the passes, the runner and its callers. */

/** How a scan reads. */
export interface ScanSettings {
  /**
   * HUBSPOT_INCLUSION_LIST (or its older name HUBSPOT_INCLUSION_LIST_ID): the list's ILS id or its
   * name, as configured; only its contacts are in scope, all when undefined. Each scan resolves it.
   */
  readonly inclusionListId: string | undefined;
  /** SCAN_GRACE: how long a record may take to sync before it counts as stuck. */
  readonly graceMs: number;
  /** How far before the last scan's start an incremental scan reads again, for late writes. */
  readonly overlapMs: number;
}

/** What a scan runs with. */
export interface ScanDeps {
  readonly store: Store;
  readonly catalog: Catalog;
  readonly hubspot: HubSpotScanPort | undefined;
  readonly salesforce: SalesforceScanPort | undefined;
  readonly mappings: Mappings;
  readonly settings: ScanSettings;
  readonly now: () => Date;
  /** API calls made so far on each side, for the summary. */
  readonly calls: () => { readonly hubspot: number; readonly salesforce: number };
  /**
   * Salesforce's daily API allocation and the share to leave for HubSpot's connector
   * (RESYNC_SALESFORCE_RESERVE): at the reserve, the scan leaves Salesforce out and says so.
   */
  readonly salesforceBudget?: {
    readonly allocation: () => Promise<{ readonly max: number; readonly remaining: number }>;
    readonly reserve: number;
  };
  /** After each page: which side and object, and how many records read so far. */
  readonly onProgress?: (progress: { readonly side: string; readonly read: number }) => void;
}

/** A mapping-level finding: about a mapped field, not a record. */
export interface MappingFinding {
  readonly pair: string;
  readonly ruleId: string;
  readonly field: string | null;
  readonly message: string;
}

/** What a scan reports. */
export interface ScanSummary {
  readonly full: boolean;
  readonly hubspotRead: number;
  readonly salesforceRead: number;
  readonly stuck: number;
  readonly stuckWithoutReason: number;
  readonly findingsByRule: Readonly<Record<string, number>>;
  readonly mappingFindings: readonly MappingFinding[];
  readonly calls: { readonly hubspot: number; readonly salesforce: number };
  /**
   * Why Salesforce was left out or read only in part, when it was, in English: stored with the
   * scan and logged as it always was.
   */
  readonly salesforceSkipped: string | null;
  /**
   * The same reason as a catalog message (a stable key and its values), so each reader gets it
   * in their language (`skipReasonText`); absent in scans stored before it.
   */
  readonly salesforceSkippedReason?: UserText | null;
  /** Whether Salesforce's records were read to the end (the next scan starts after this one). */
  readonly salesforceComplete: boolean;
  /** Where Salesforce's pass started (ISO), null for all records: what the next owes if this failed. */
  readonly salesforceSince: string | null;
  /** What the scan learnt of Setup changes; absent in scans stored before it. */
  readonly changes?: ChangesLearnt;
}

/** What a scan learnt of changes in both CRMs' setup (issue 19). */
export interface ChangesLearnt {
  /** Changes recorded for the first time, from the snapshot diff and the Setup Audit Trail. */
  readonly learnt: number;
  /**
   * The Setup Audit Trail: read; not readable (the integration user lacks View Setup and
   * Configuration); failed (Salesforce or the store refused); skipped (Salesforce not read).
   */
  readonly auditTrail: "read" | "not-readable" | "failed" | "skipped";
  /** What the admin is told when something kept the bot from learning (a catalog message). */
  readonly note?: UserText;
}

/** What each side's pass works with. */
export interface Pass {
  readonly deps: ScanDeps;
  readonly context: MutableScanContext;
  /** Records changed since then; null for a full scan. */
  readonly since: Date | null;
  readonly startedAt: Date;
  readonly collected: ScanCollector;
}
