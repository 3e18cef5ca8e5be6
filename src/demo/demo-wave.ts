import type { DemoRow } from "./demo-rows.js";

/**
 * Local mode's planted wave (issue 19): a Salesforce admin deactivates the Industry value
 * "Technology" on leads, and eleven minutes later the contacts HubSpot sends with that industry
 * start failing as Restricted picklist value, every two minutes. Local mode writes the change to
 * the Salesforce sandbox's Setup Audit Trail and these errors into the demo export, so the bot
 * links the two as it would in a real org.
 */
export const DEMO_WAVE = {
  ruleId: "restricted-picklist-value",
  object: "Lead",
  field: "Industry",
  value: "Technology",
  /** The Salesforce admin the audit trail names. */
  admin: { firstName: "Jane", lastName: "Doe", email: "jane.doe@demo.example" },
  /** How long before the demo's moment the value was deactivated. */
  changedHoursAgo: 3,
  /** From the change to the first error. */
  leadMinutes: 11,
  rows: 45,
  everyMinutes: 2,
} as const;

/** When the demo's admin deactivated the value. */
export function demoWaveChangedAt(now: Date): Date {
  return new Date(now.getTime() - DEMO_WAVE.changedHoursAgo * 3_600_000);
}

/**
 * The wave's rows of the demo export: one contact each (ids no other demo row uses), never in
 * Salesforce (the lead was refused on create), with Salesforce's message for the refused value.
 */
export function* demoWaveRows(now: Date): Generator<DemoRow, void, undefined> {
  const first = demoWaveChangedAt(now).getTime() + DEMO_WAVE.leadMinutes * 60_000;
  for (let i = 0; i < DEMO_WAVE.rows; i++) {
    yield {
      objectType: "Contact",
      recordId: String(77_000_000 + i),
      salesforceId: "",
      recordName: `Tech Lead ${i + 1}`,
      errorType: "Restricted picklist value",
      message: `INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: ${DEMO_WAVE.field}: bad value for restricted picklist field: ${DEMO_WAVE.value}`,
      occurredAt: new Date(first + i * DEMO_WAVE.everyMinutes * 60_000),
    };
  }
}
