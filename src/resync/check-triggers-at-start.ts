import type { HubSpotSetupPort } from "../clients/hubspot-setup-port.js";
import type { SalesforceSetupPort } from "../clients/salesforce-setup-port.js";
import type { Logger } from "../logger.js";
import type { TriggerCheckStore } from "../store/types.js";
import { checkSetup } from "./check-setup.js";
import { recordTriggerChecks } from "./record-trigger-checks.js";

/** What the start-up check needs: the configured systems' setup ports (undefined: not configured). */
export interface StartCheckOptions {
  readonly hubspot: HubSpotSetupPort | undefined;
  readonly salesforce: SalesforceSetupPort | undefined;
  /** RESYNC_HUBSPOT_PROPERTY and RESYNC_SALESFORCE_FIELD. */
  readonly triggers: { readonly hubspotProperty: string; readonly salesforceField: string };
  readonly store: TriggerCheckStore;
  readonly now: () => Date;
  readonly logger: Logger;
}

/**
 * Checks the resync triggers once when the bot starts, so the Home tab knows them before the
 * first resync or `syncerror setup`. Meant to run in the background: it never rejects, a failure
 * (HubSpot or Salesforce unreachable, a store error) is logged and the last kept answer stands.
 * Nothing is created; a system that is not configured is left out.
 */
export async function checkTriggersAtStart(options: StartCheckOptions): Promise<void> {
  if (!options.hubspot && !options.salesforce) return;
  // The time the check began: a `syncerror setup` that ends meanwhile is the newer answer.
  const at = options.now();
  try {
    const report = await checkSetup({
      hubspot: options.hubspot,
      salesforce: options.salesforce,
      property: options.triggers.hubspotProperty,
      field: options.triggers.salesforceField,
      create: false,
    });
    await recordTriggerChecks(options.store, report, { at, by: "startup", via: "startup" });
    options.logger.info({ ready: report.ready }, "resync triggers checked at start");
  } catch (error) {
    options.logger.warn(
      { err: error },
      "could not check the resync triggers at start; the Home tab shows the last check's answer",
    );
  }
}
