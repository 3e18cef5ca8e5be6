import type { Catalog } from "../catalog/catalog.js";
import type { HubSpotScanPort } from "../clients/hubspot-scan-port.js";
import type { HubSpotObjectType } from "../clients/hubspot-setup-port.js";
import type { SalesforceScanPort } from "../clients/salesforce-scan-port.js";
import type { SalesforceObject } from "../clients/salesforce-setup-port.js";
import type { Mappings } from "../mappings/mappings.js";
import { HELD_BACK } from "../resync/resync-offers.js";
import type { SyncErrorRule } from "../rules/types.js";
import type { ResyncRecordState } from "../store/types.js";
import { DETECTORS } from "./detect/index.js";
import { readScanContext } from "./read-context.js";
import type { ScanContext } from "./scan-context.js";
import { salesforceFieldsToRead } from "./scan-salesforce.js";
import { syncProperties, syncTarget } from "./stuck.js";

/** How long the preflight trusts the metadata it read (describe, properties, owners, users). */
export const CONTEXT_TTL_MS = 5 * 60 * 1000;

/** The records of a batch that would fail again, by fingerprint, with why. */
export type HeldBack = ReadonlyMap<string, string>;

/** Re-checks a batch's records just before a resync sends it. */
export interface Preflight {
  /** Whether the type (a rule id) has a check at all; the others are sent as they are. */
  covers(ruleId: string): boolean;
  check(ruleId: string, batch: readonly ResyncRecordState[]): Promise<HeldBack>;
}

/** The reason a held-back record is listed with, the same for all of a type so they group. */
export const heldBackReason = (rule: SyncErrorRule): string =>
  `${HELD_BACK} the check still finds ${rule.name}`;

/**
 * A preflight over the live records: reads the batch's records again (a HubSpot batch read, or one
 * sObject Collections retrieve of the fields the checks read) and runs the type's checks on them.
 * The metadata (describe, properties, owners, users) is read once, on the first batch that needs
 * it. A read that fails rejects: the caller holds the batch back.
 */
export function createPreflight(options: {
  readonly hubspot: HubSpotScanPort | undefined;
  readonly salesforce: SalesforceScanPort | undefined;
  readonly mappings: Mappings;
  readonly catalog: Catalog;
  /** Milliseconds since the epoch, for the metadata's lifetime; `Date.now` unless given. */
  readonly now?: () => number;
}): Preflight {
  // Metadata is read once per job's worth of batches, not forever: an admin who fixes a picklist
  // or reactivates a user expects the next resync to see it.
  let context: { read: Promise<ScanContext>; at: number } | undefined;
  const contextOnce = () => {
    const at = (options.now ?? Date.now)();
    if (!context || at - context.at > CONTEXT_TTL_MS) {
      const entry = { read: readScanContext(options, options.mappings), at };
      context = entry;
      // A failed read is not kept: the next batch tries again.
      entry.read.catch(() => {
        if (context === entry) context = undefined;
      });
    }
    return context.read;
  };
  const detectorsOf = (ruleId: string) =>
    DETECTORS.filter((d) => d.ruleId === ruleId && d.on !== "mapping");
  return {
    covers: (ruleId) => detectorsOf(ruleId).length > 0,
    async check(ruleId, batch) {
      const detectors = detectorsOf(ruleId);
      const rule = options.catalog.ruleById(ruleId);
      const [first] = batch;
      const held = new Map<string, string>();
      if (!first || !rule || detectors.length === 0) return held;
      const ctx = await contextOnce();
      const byId = new Map(batch.map((r) => [r.recordId, r.fingerprint]));
      if (first.system === "hubspot" && options.hubspot) {
        const objectType = first.object as HubSpotObjectType;
        const properties = [
          ...new Set([
            ...[...ctx.mappings.values()].flat().map((m) => m.hubspot),
            ...syncProperties(objectType),
            "hubspot_owner_id",
          ]),
        ];
        const records = await options.hubspot.read(objectType, [...byId.keys()], properties);
        for (const record of records) {
          const { pair, creates } = syncTarget(objectType, record);
          const view = { objectType, id: record.id, values: record.properties, pair, creates };
          const found = detectors.some(
            (d) => d.on === "hubspot-record" && d.detect(view, ctx).length > 0,
          );
          const fingerprint = byId.get(record.id);
          if (found && fingerprint) held.set(fingerprint, heldBackReason(rule));
        }
      }
      if (first.system === "salesforce" && options.salesforce) {
        const object = first.object as SalesforceObject;
        // Only what the checks read, in the body of a POST: an org with hundreds of custom fields
        // would push a SOQL query by id past Salesforce's 16 KB request line (414).
        const ids = [...byId.keys()];
        const records = await options.salesforce.retrieve(
          object,
          ids,
          salesforceFieldsToRead(object, ctx),
        );
        records.forEach((values, i) => {
          const id = ids[i];
          // Null: Salesforce no longer finds the record; the update will say so for it.
          if (!values || id === undefined) return;
          const view = { object, id: typeof values.Id === "string" ? values.Id : id, values };
          const found = detectors.some(
            (d) => d.on === "salesforce-record" && d.detect(view, ctx).length > 0,
          );
          const fingerprint = byId.get(id);
          if (found && fingerprint) held.set(fingerprint, heldBackReason(rule));
        });
      }
      return held;
    },
  };
}
