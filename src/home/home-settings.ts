import type { ResyncAllowed } from "../config.js";

/**
 * What the Home tab says is configured or missing; built from the configuration in `src/main.ts`
 * (and the console's local mode). Nothing secret: whether a CRM is connected, not its token.
 */
export interface HomeSettings {
  /** The digest's schedule and channel; undefined without DIGEST_CHANNEL. */
  readonly digest:
    | { readonly channel: string; readonly cron: string; readonly timezone: string }
    | undefined;
  readonly resyncAllowed: ResyncAllowed;
  /** SCAN_CRON when scans run on a schedule; undefined without a scanner. */
  readonly scanCron: string | undefined;
  readonly hubspot: boolean;
  readonly salesforce: boolean;
}
