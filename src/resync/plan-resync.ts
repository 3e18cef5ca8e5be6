import type { SalesforceObject } from "../clients/salesforce-setup-port.js";
import { HUBSPOT_OBJECT_OF } from "../mappings/mappings.js";
import type { SyncErrorRule } from "../rules/types.js";
import type {
  ObservedErrorWithFingerprint,
  ResyncRecordPlan,
  ResyncTargetGroup,
} from "../store/types.js";

/** Records a batch request carries (HubSpot's batch limit; Salesforce would take 200). */
export const RESYNC_BATCH_SIZE = 100;

// The key prefix of a Salesforce id names its object (domain.md §5).
const SALESFORCE_PREFIXES: Readonly<Record<string, SalesforceObject>> = {
  "00Q": "Lead",
  "003": "Contact",
  "001": "Account",
  "006": "Opportunity",
};

/**
 * Decides, record by record, which trigger a resync sets: the HubSpot property for an error on a
 * HubSpot→Salesforce sync, the Salesforce field for Salesforce→HubSpot, and for a type that occurs
 * both ways, whichever side the error has an id for. Records without the id a side needs are kept,
 * as skipped with the reason, never dropped. Then batches of at most 100 per system and object.
 */
export function planResync(
  rule: SyncErrorRule,
  errors: readonly ObservedErrorWithFingerprint[],
  /** Errors skipped though they could be sent, by fingerprint, with why (resynced lately). */
  skip: ReadonlyMap<string, string> = new Map(),
): ResyncRecordPlan[] {
  const groups = new Map<string, Array<Omit<ResyncRecordPlan, "batch">>>();
  const skipped: Array<Omit<ResyncRecordPlan, "batch">> = [];
  for (const error of errors) {
    const target = resyncTarget(rule, error);
    if ("skipped" in target) {
      skipped.push({
        system: target.system,
        object: "-",
        recordId: "",
        fingerprint: error.fingerprint,
        skipped: target.skipped,
      });
      continue;
    }
    const reason = skip.get(error.fingerprint);
    if (reason !== undefined) {
      skipped.push({
        system: target.system,
        object: target.object,
        recordId: target.id,
        fingerprint: error.fingerprint,
        skipped: reason,
      });
      continue;
    }
    const key = `${target.system}|${target.object}`;
    const group = groups.get(key) ?? [];
    group.push({
      system: target.system,
      object: target.object,
      recordId: target.id,
      fingerprint: error.fingerprint,
    });
    groups.set(key, group);
  }
  const plan: ResyncRecordPlan[] = [];
  let batch = 0;
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i += RESYNC_BATCH_SIZE) {
      for (const record of group.slice(i, i + RESYNC_BATCH_SIZE)) plan.push({ ...record, batch });
      batch++;
    }
  }
  for (const record of skipped) plan.push({ ...record, batch });
  return plan;
}

/** Where one error's resync goes, or why it cannot. */
export type ResyncTarget =
  | { readonly system: ResyncSystem; readonly object: string; readonly id: string }
  | { readonly system: ResyncSystem; readonly skipped: string };

type ResyncSystem = ResyncRecordPlan["system"];

/**
 * The trigger one error's resync sets: the HubSpot property for an error on a HubSpot→Salesforce
 * sync, the Salesforce field for Salesforce→HubSpot, and for a type that occurs both ways,
 * whichever side the error has an id for.
 */
export function resyncTarget(
  rule: SyncErrorRule,
  error: Pick<ObservedErrorWithFingerprint, "objectType" | "hubspotId" | "salesforceId">,
): ResyncTarget {
  const system: ResyncSystem =
    rule.direction === "hubspot-to-salesforce"
      ? "hubspot"
      : rule.direction === "salesforce-to-hubspot"
        ? "salesforce"
        : error.hubspotId
          ? "hubspot"
          : "salesforce";
  return { system, ...(system === "hubspot" ? hubspotTarget(error) : salesforceTarget(error)) };
}

function hubspotTarget(
  error: Pick<ObservedErrorWithFingerprint, "objectType" | "hubspotId">,
): { object: string; id: string } | { skipped: string } {
  if (!error.hubspotId) return { skipped: "cannot resync: no HubSpot id" };
  const object = HUBSPOT_OBJECT_OF[error.objectType];
  if (!object)
    return { skipped: `cannot resync: HubSpot ${error.objectType} records have no batch update` };
  return { object, id: error.hubspotId };
}

function salesforceTarget(
  error: Pick<ObservedErrorWithFingerprint, "salesforceId">,
): { object: string; id: string } | { skipped: string } {
  if (!error.salesforceId) return { skipped: "cannot resync: no Salesforce id" };
  const object = SALESFORCE_PREFIXES[error.salesforceId.slice(0, 3)];
  if (!object)
    return {
      skipped: `cannot resync: Salesforce ${error.salesforceId.slice(0, 3)} records are not supported`,
    };
  return { object, id: error.salesforceId };
}

/** How big a resync of a type's open errors would be. */
export interface ResyncSize {
  /** Open errors. */
  readonly errors: number;
  /** Records that would be sent. */
  readonly records: number;
  readonly batches: number;
}

/**
 * Sizes a resync from grouped counts (`Store.openTargetGroups`) without reading the errors: each
 * group's errors share the object and which ids they have, so `resyncTarget` decides for all of
 * them from one stand-in. The batch count matches what `planResync` would send.
 */
export function resyncSize(
  rule: SyncErrorRule,
  groups: readonly Pick<
    ResyncTargetGroup,
    "objectType" | "hasHubspotId" | "salesforcePrefix" | "count"
  >[],
): ResyncSize {
  const perObject = new Map<string, number>();
  let errors = 0;
  for (const group of groups) {
    errors += group.count;
    const target = resyncTarget(rule, {
      objectType: group.objectType,
      hubspotId: group.hasHubspotId ? "stand-in" : null,
      salesforceId: group.salesforcePrefix,
    });
    if ("skipped" in target) continue;
    const key = `${target.system}|${target.object}`;
    perObject.set(key, (perObject.get(key) ?? 0) + group.count);
  }
  let records = 0;
  let batches = 0;
  for (const count of perObject.values()) {
    records += count;
    batches += Math.ceil(count / RESYNC_BATCH_SIZE);
  }
  return { errors, records, batches };
}

/** How many batches a plan sends, per system (skipped records send nothing). */
export function batchCounts(plan: readonly ResyncRecordPlan[]): {
  hubspot: number;
  salesforce: number;
} {
  const batches = { hubspot: new Set<number>(), salesforce: new Set<number>() };
  for (const r of plan) if (!r.skipped) batches[r.system].add(r.batch);
  return { hubspot: batches.hubspot.size, salesforce: batches.salesforce.size };
}
