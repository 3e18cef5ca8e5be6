/**
 * The records demo errors happen to: a new record for most rows, and now and then a recent one
 * again with a different error, as real exports list some records under two types.
 */
import type { SyncErrorRule, SyncObject } from "../rules/types.js";
import type { DemoOrg } from "./demo-org.js";
import type { MessageTemplate, RowDirection, SalesforceObject } from "./message-template.js";
import { chance, type Random } from "./random.js";
import { createRecordIdSource } from "./record-ids.js";
import { companyName, dealName, person, taskName } from "./record-names.js";
import { KEY_PREFIXES } from "./salesforce-id.js";

/** A HubSpot record and the Salesforce record it syncs with. */
export interface DemoRecord {
  readonly object: SyncObject;
  readonly salesforceObject: SalesforceObject;
  readonly recordId: string;
  /** "" when the record never reached Salesforce. */
  readonly salesforceId: string;
  readonly recordName: string;
  /** The contact's email address; "" for other objects. */
  readonly email: string;
  /** Ids of the rules this record already has a row for. */
  readonly errors: string[];
}

/** Hands out the record for one row: which error, on which object, with which template. */
export type DemoRecordSource = (
  rule: SyncErrorRule,
  object: SyncObject,
  fits: MessageTemplate,
  direction: RowDirection,
) => DemoRecord;

// Share of HubSpot → Salesforce errors on records Salesforce never created [inferred]: duplicate
// rules and unique fields mostly block creates; most other errors hit updates.
const NEW_RECORD_SHARE: Readonly<Record<string, number>> = {
  "salesforce-duplicate-rule": 0.85,
  "restricted-unique-value": 0.6,
  "missing-required-value": 0.6,
};
const DEFAULT_NEW_RECORD_SHARE = 0.25;
// A record with a second, different error: a few percent of rows, from recently drawn records.
const REUSE_SHARE = 0.04;
const RECENT_RECORDS = 64;
// HubSpot creates new contacts in Salesforce as leads by default; converted ones are contacts.
const LEAD_SHARE = 0.55;

/**
 * Creates the record source for one file. The same (object, record id, error type) never comes
 * twice: new records get unused ids, and a reused record only takes an error it does not have.
 */
export function createDemoRecords(random: Random, org: DemoOrg, year: number): DemoRecordSource {
  const nextRecordId = createRecordIdSource(random);
  const recent: Record<SyncObject, DemoRecord[]> = {
    contact: [],
    company: [],
    deal: [],
    activity: [],
  };

  function reusable(
    rule: SyncErrorRule,
    object: SyncObject,
    fits: MessageTemplate,
    direction: RowDirection,
  ) {
    const pool = recent[object];
    const candidate = pool[Math.floor(random() * pool.length)];
    if (!candidate || candidate.errors.includes(rule.id)) return undefined;
    // Salesforce → HubSpot errors come from records that exist in Salesforce.
    if (direction === "salesforce-to-hubspot" && candidate.salesforceId === "") return undefined;
    if (fits.salesforceObjects && !fits.salesforceObjects.includes(candidate.salesforceObject)) {
      return undefined;
    }
    return candidate;
  }

  function newRecord(
    rule: SyncErrorRule,
    object: SyncObject,
    fits: MessageTemplate,
    direction: RowDirection,
  ) {
    const salesforceObject = salesforceObjectFor(object, fits, random);
    const contact = object === "contact" ? person(random) : undefined;
    const neverSynced =
      direction === "hubspot-to-salesforce" &&
      chance(random, NEW_RECORD_SHARE[rule.id] ?? DEFAULT_NEW_RECORD_SHARE);
    const record: DemoRecord = {
      object,
      salesforceObject,
      recordId: nextRecordId(object),
      salesforceId: neverSynced ? "" : org.newId(KEY_PREFIXES[salesforceObject]),
      recordName: contact?.name ?? nameFor(object, random, year),
      email: contact?.email ?? "",
      errors: [],
    };
    const pool = recent[object];
    if (pool.length < RECENT_RECORDS) pool.push(record);
    else pool[Math.floor(random() * RECENT_RECORDS)] = record;
    return record;
  }

  return (rule, object, fits, direction) => {
    const reused = chance(random, REUSE_SHARE)
      ? reusable(rule, object, fits, direction)
      : undefined;
    const record = reused ?? newRecord(rule, object, fits, direction);
    record.errors.push(rule.id);
    return record;
  };
}

function salesforceObjectFor(
  object: SyncObject,
  fits: MessageTemplate,
  random: Random,
): SalesforceObject {
  if (object === "company") return "Account";
  if (object === "deal") return "Opportunity";
  if (object === "activity") return "Task";
  // A template may speak of one of the two, e.g. "Contact … is waiting for its account".
  const allowed = fits.salesforceObjects?.filter((o) => o === "Lead" || o === "Contact") ?? [];
  if (allowed.length === 1) return allowed[0] as SalesforceObject;
  return chance(random, LEAD_SHARE) ? "Lead" : "Contact";
}

function nameFor(object: SyncObject, random: Random, year: number): string {
  if (object === "company") return companyName(random);
  if (object === "deal") return dealName(random, year);
  return taskName(random);
}
