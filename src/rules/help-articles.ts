/**
 * HubSpot help articles the rules link to. Kept in one place so a moved article is one edit.
 */

/** "Manage Salesforce integration API calls and sync errors": every error type, with fixes. */
export const SYNC_ERRORS_ARTICLE =
  "https://knowledge.hubspot.com/salesforce/resolve-salesforce-integration-sync-errors";

/** "Salesforce integration sync triggers": what makes a record sync again. */
export const SYNC_TRIGGERS_ARTICLE =
  "https://knowledge.hubspot.com/salesforce/salesforce-integration-sync-triggers";
