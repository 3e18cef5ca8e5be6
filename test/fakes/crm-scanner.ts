/**
 * A scanner over local mode's CRM sandboxes (with their planted problems), built as the bot builds
 * its own: the real clients, the standard mappings, an hour's grace.
 */
import type { Catalog } from "../../src/catalog/catalog.js";
import { type CrmSandboxes, startCrmSandboxes } from "../../src/console/crm-sandboxes.js";
import { createLogger } from "../../src/logger.js";
import { DEFAULT_MAPPINGS } from "../../src/mappings/default-mappings.js";
import type { Metrics } from "../../src/metrics/metrics.js";
import { buildScanDeps } from "../../src/scan/scan-deps.js";
import { Scanner } from "../../src/scan/scanner.js";
import type { Store } from "../../src/store/types.js";

const TRIGGERS = {
  hubspotProperty: "syncerror_resync_requested_at",
  salesforceField: "HubSpot_Resync_Requested__c",
};

/** Starts the CRM sandboxes with local mode's planted problems; stop them with `stop()`. */
export function startDemoCrm(store: Store): Promise<CrmSandboxes> {
  return startCrmSandboxes({
    store,
    ruleIds: [],
    triggers: TRIGGERS,
    scanDemo: { now: new Date() },
  });
}

/** A scanner reading `crm` into `store`, counting into `metrics` when given. */
export function demoScanner(
  crm: CrmSandboxes,
  store: Store,
  catalog: Catalog,
  metrics?: Metrics,
): Scanner {
  return new Scanner({
    ...buildScanDeps({
      hubspot: crm.hubspotClient,
      salesforce: crm.salesforceConnection,
      config: {
        scan: {
          mappingsPath: undefined,
          inclusionListId: undefined,
          graceMs: 3_600_000,
          cron: "0 * * * *",
        },
        resync: {
          ...TRIGGERS,
          hubspotRateLimit: 190,
          salesforceReserve: 0.2,
          cooldownMs: 0,
          allowed: { users: [], usergroup: undefined },
        },
      },
      mappings: DEFAULT_MAPPINGS,
      store,
      catalog,
      now: () => new Date(),
      ...(metrics ? { metrics } : {}),
    }),
    logger: createLogger({ level: "silent" }),
    ...(metrics ? { metrics } : {}),
  });
}
