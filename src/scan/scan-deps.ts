import type { Client } from "@hubspot/api-client";
import type { Connection } from "jsforce";
import type { Catalog } from "../catalog/catalog.js";
import { createHubSpotLimiter, createHubSpotSearchLimiter } from "../clients/hubspot-paced-call.js";
import { hubspotScanPort } from "../clients/hubspot-scan-port.js";
import type { RateLimiter } from "../clients/rolling-window-limiter.js";
import { salesforceResyncPort } from "../clients/salesforce-resync-port.js";
import { salesforceScanPort } from "../clients/salesforce-scan-port.js";
import type { Config } from "../config.js";
import type { Mappings } from "../mappings/mappings.js";
import type { Metrics } from "../metrics/metrics.js";
import type { Store } from "../store/types.js";
import type { ScanDeps } from "./scan-types.js";

/** An incremental scan reads five minutes before the last one began, for writes in flight then. */
export const SCAN_OVERLAP_MS = 5 * 60 * 1000;

/** Everything a scan runs with, from the API clients (either may be missing). */
export function buildScanDeps(options: {
  readonly hubspot: Client | undefined;
  readonly salesforce: Connection | undefined;
  readonly config: Pick<Config, "scan" | "resync">;
  readonly mappings: Mappings;
  readonly store: Store;
  readonly catalog: Catalog;
  readonly now: () => Date;
  readonly onProgress?: ScanDeps["onProgress"];
  /** The bot's one HubSpot limiter, shared with resyncs; a new one otherwise. */
  readonly hubspotLimiter?: RateLimiter;
  /** The bot's one HubSpot search limiter (searches count apart); a new one otherwise. */
  readonly hubspotSearchLimiter?: RateLimiter;
  /** Counts HubSpot's 429s by policy; nothing counted without. */
  readonly metrics?: Pick<Metrics, "hubspotRateLimited">;
}): ScanDeps {
  const hubspot =
    options.hubspot &&
    hubspotScanPort(options.hubspot, {
      limiter:
        options.hubspotLimiter ?? createHubSpotLimiter(options.config.resync.hubspotRateLimit),
      searchLimiter: options.hubspotSearchLimiter ?? createHubSpotSearchLimiter(),
      ...(options.metrics ? { metrics: options.metrics } : {}),
    });
  const salesforce = options.salesforce && salesforceScanPort(options.salesforce);
  // The resync port reads /limits with its retries; the scan shares it for the reserve check.
  const limits = options.salesforce && salesforceResyncPort(options.salesforce);
  return {
    store: options.store,
    catalog: options.catalog,
    hubspot,
    salesforce,
    mappings: options.mappings,
    settings: {
      inclusionListId: options.config.scan.inclusionListId,
      graceMs: options.config.scan.graceMs,
      overlapMs: SCAN_OVERLAP_MS,
    },
    now: options.now,
    calls: () => ({ hubspot: hubspot?.calls() ?? 0, salesforce: salesforce?.calls() ?? 0 }),
    ...(limits
      ? {
          salesforceBudget: {
            allocation: () => limits.dailyApiLimit(),
            reserve: options.config.resync.salesforceReserve,
          },
        }
      : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}
