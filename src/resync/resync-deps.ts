import type { Client } from "@hubspot/api-client";
import type { Connection } from "jsforce";
import type { Catalog } from "../catalog/catalog.js";
import { createHubSpotLimiter, createHubSpotSearchLimiter } from "../clients/hubspot-paced-call.js";
import { hubspotResyncPort } from "../clients/hubspot-resync-port.js";
import { hubspotScanPort } from "../clients/hubspot-scan-port.js";
import { hubspotSetupPort } from "../clients/hubspot-setup-port.js";
import type { RateLimiter } from "../clients/rolling-window-limiter.js";
import { salesforceResyncPort } from "../clients/salesforce-resync-port.js";
import { salesforceScanPort } from "../clients/salesforce-scan-port.js";
import { salesforceSetupPort } from "../clients/salesforce-setup-port.js";
import type { Config } from "../config.js";
import type { Mappings } from "../mappings/mappings.js";
import type { Metrics } from "../metrics/metrics.js";
import { createPreflight } from "../scan/preflight.js";
import type { Store } from "../store/types.js";
import type { StartResyncDeps } from "./start-resync.js";

/**
 * Everything a resync runs with, from the API clients (either may be missing: its side's batches
 * are then refused with what to configure). One HubSpot limiter covers all the job's requests.
 */
export function buildResyncDeps(options: {
  readonly hubspot: Client | undefined;
  readonly salesforce: Connection | undefined;
  readonly settings: Config["resync"];
  readonly store: Store;
  readonly catalog: Catalog;
  readonly now: () => Date;
  /**
   * The field mappings: given, each batch is re-checked before it is sent and records that would
   * fail again are held back (the preflight); left out (`--force`), everything is sent.
   */
  readonly mappings?: Mappings | undefined;
  /** Retry pacing for 429, 5xx and network errors; the ports' defaults (5 attempts from 500 ms). */
  /** The bot's one HubSpot limiter, when other work (scans) shares it; a new one otherwise. */
  readonly hubspotLimiter?: RateLimiter;
  /** The bot's one HubSpot search limiter, shared likewise; a new one otherwise. */
  readonly hubspotSearchLimiter?: RateLimiter;
  readonly retry?: {
    readonly attempts: number;
    readonly minRetryMs: number;
    readonly rollingLimitWaitMs?: number;
  };
  /** Counts batches, records and HubSpot's 429s; nothing counted without. */
  readonly metrics?: Metrics;
}): StartResyncDeps {
  const { hubspot, salesforce, settings } = options;
  const salesforcePacing = options.retry && {
    attempts: options.retry.attempts,
    minRetryMs: options.retry.minRetryMs,
  };
  // One limiter for the setup checks and the batches: HubSpot counts them all.
  const pacing = {
    limiter: options.hubspotLimiter ?? createHubSpotLimiter(settings.hubspotRateLimit),
    searchLimiter: options.hubspotSearchLimiter ?? createHubSpotSearchLimiter(),
    ...options.retry,
    ...(options.metrics ? { metrics: options.metrics } : {}),
  };
  return {
    store: options.store,
    catalog: options.catalog,
    hubspot: hubspot && hubspotResyncPort(hubspot, pacing),
    salesforce: salesforce && salesforceResyncPort(salesforce, salesforcePacing),
    setup: {
      hubspot: hubspot && hubspotSetupPort(hubspot, pacing),
      salesforce: salesforce && salesforceSetupPort(salesforce),
    },
    triggers: {
      hubspotProperty: settings.hubspotProperty,
      salesforceField: settings.salesforceField,
    },
    salesforceReserve: settings.salesforceReserve,
    cooldownMs: settings.cooldownMs,
    now: options.now,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    preflight:
      options.mappings &&
      createPreflight({
        hubspot: hubspot && hubspotScanPort(hubspot, pacing),
        salesforce: salesforce && salesforceScanPort(salesforce, salesforcePacing),
        mappings: options.mappings,
        catalog: options.catalog,
      }),
  };
}
