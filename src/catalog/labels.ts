import type { Actor, Direction, FixSystem, ResyncAdvice, SyncErrorRule } from "../rules/types.js";

/**
 * The words the bot uses for rule fields, shared by every surface so the terminal and Slack say
 * the same thing.
 */

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  "hubspot-to-salesforce": "HubSpot → Salesforce",
  "salesforce-to-hubspot": "Salesforce → HubSpot",
  either: "either direction",
};

export const ACTOR_LABELS: Readonly<Record<Actor, string>> = {
  "hubspot-admin": "HubSpot admin",
  "salesforce-admin": "Salesforce admin",
  "hubspot-support": "HubSpot support",
};

export const SYSTEM_LABELS: Readonly<Record<FixSystem, string>> = {
  hubspot: "HubSpot",
  salesforce: "Salesforce",
};

export const RESYNC_LABELS: Readonly<Record<ResyncAdvice, string>> = {
  "after-fix":
    "Only after the fix. Resyncing before that fails again and spends Salesforce API calls.",
  yes: "Yes: a resync alone can clear it.",
  never: "No: a resync cannot clear it; follow the fix instead.",
};

/** Who acts on a rule's fix, in the order they first appear: "Salesforce admin, HubSpot admin". */
export function whoActs(rule: SyncErrorRule): string {
  return [...new Set(rule.fix.map((step) => ACTOR_LABELS[step.actor]))].join(", ");
}
