import type { HubSpotObjectType } from "../../clients/hubspot-setup-port.js";
import type { SalesforceObject } from "../../clients/salesforce-setup-port.js";
import { mappedFields, type ObjectPair } from "../../mappings/mappings.js";
import type { Finding } from "../finding.js";
import type { ScanContext } from "../scan-context.js";

/** A HubSpot record on its way to Salesforce: its properties, and the object it syncs to. */
export interface HubSpotRecordView {
  readonly objectType: HubSpotObjectType;
  readonly id: string;
  readonly values: Readonly<Record<string, string | null | undefined>>;
  readonly pair: ObjectPair;
  /** True when it has no Salesforce record yet: the sync would create one. */
  readonly creates: boolean;
}

/** A Salesforce record on its way to HubSpot. */
export interface SalesforceRecordView {
  readonly object: SalesforceObject;
  readonly id: string;
  readonly values: Readonly<Record<string, unknown>>;
}

/**
 * The check of one error type, in one of three shapes: per HubSpot record (HubSpot→Salesforce
 * errors), per Salesforce record (Salesforce→HubSpot), or per mapped pair (a mapping-level
 * problem, reported once per mapping rather than once per record).
 */
export type Detector =
  | {
      readonly ruleId: string;
      readonly on: "hubspot-record";
      detect(record: HubSpotRecordView, context: ScanContext): Finding[];
    }
  | {
      readonly ruleId: string;
      readonly on: "salesforce-record";
      detect(record: SalesforceRecordView, context: ScanContext): Finding[];
    }
  | {
      readonly ruleId: string;
      readonly on: "mapping";
      detect(pair: ObjectPair, context: ScanContext): Finding[];
    };

/** The value a HubSpot record would write into each mapped Salesforce field, when not empty. */
export function mappedValues(
  record: HubSpotRecordView,
  context: ScanContext,
): Array<{ property: string; field: string; value: string }> {
  const out: Array<{ property: string; field: string; value: string }> = [];
  for (const m of mappedFields(context.mappings, record.pair)) {
    const value = record.values[m.hubspot];
    if (typeof value === "string" && value.trim() !== "")
      out.push({ property: m.hubspot, field: m.salesforce, value });
  }
  return out;
}

/** A Salesforce record's field value as text, or "" when empty. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}
