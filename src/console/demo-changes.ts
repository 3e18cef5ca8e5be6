import type { Connection } from "jsforce";
import { salesforceScanPort } from "../clients/salesforce-scan-port.js";
import { DEMO_WAVE, demoWaveChangedAt } from "../demo/demo-wave.js";
import { DEFAULT_MAPPINGS } from "../mappings/default-mappings.js";
import type { SalesforceSandbox } from "../sandbox/salesforce/sandbox.js";
import { learnChanges } from "../scan/learn-changes.js";
import { readScanContext } from "../scan/read-context.js";
import type { ChangesLearnt } from "../scan/scan-types.js";
import type { Store } from "../store/types.js";
import { DEMO_ADMIN_ID } from "./scan-demo.js";

/**
 * Local mode's Setup changes (issue 19): the admin deactivates the planted wave's picklist value
 * (demo-wave.ts), and two Setup changes that start no sync error sit around it (a password policy,
 * a dashboard's schedule). All go through the Salesforce sandbox's Setup, so describe shows the
 * value inactive and the audit trail tells all three.
 */
export function plantDemoChanges(salesforce: SalesforceSandbox, now: Date): void {
  const at = demoWaveChangedAt(now);
  salesforce.changes.deactivatePicklistValue(DEMO_WAVE.object, DEMO_WAVE.field, DEMO_WAVE.value, {
    at,
    by: DEMO_ADMIN_ID,
  });
  salesforce.changes.audit({
    action: "PasswordPolicyChanged",
    section: "Password Policies",
    display: "Changed password expiration from 90 days to 180 days",
    by: DEMO_ADMIN_ID,
    at: new Date(at.getTime() - 40 * 60_000),
  });
  salesforce.changes.audit({
    action: "changedDashboardRefresh",
    section: "Dashboards",
    display: "Scheduled the Sales Pipeline dashboard to refresh daily",
    by: DEMO_ADMIN_ID,
    at: new Date(at.getTime() + 25 * 60_000),
  });
}

/**
 * What the bot learns of those changes before the first digest, as the next scan would: the
 * schema's snapshot of Salesforce and its Setup Audit Trail. Local mode's scans go on from here.
 */
export async function learnDemoChanges(
  store: Store,
  salesforce: Connection,
  now: Date,
): Promise<ChangesLearnt> {
  const port = salesforceScanPort(salesforce);
  const context = await readScanContext({ hubspot: undefined, salesforce: port }, DEFAULT_MAPPINGS);
  return learnChanges({ store, read: context.schemaRead, salesforce: port, startedAt: now });
}
