import type { Catalog } from "../catalog/catalog.js";
import type { ObservedError, ScannedRecord } from "../store/types.js";
import type { Finding } from "./finding.js";

/** Where a finding is: the record, by the ids the scan read it with. */
export type FindingPlace = Pick<
  ObservedError,
  "objectType" | "hubspotId" | "salesforceId" | "recordName"
>;

/**
 * What a scan gathers as it reads: the records read (for resolving), the findings as errors (one
 * per record and type, as the store keys them), and the counts its summary reports.
 */
export class ScanCollector {
  readonly findings: ObservedError[] = [];
  readonly scanned: ScannedRecord[] = [];
  readonly byRule: Record<string, number> = {};
  hubspotRead = 0;
  salesforceRead = 0;
  stuck = 0;
  stuckWithoutReason = 0;
  private readonly seen = new Set<string>();

  constructor(
    private readonly catalog: Catalog,
    private readonly at: Date,
  ) {}

  /** Notes a record as read, so that its old scan findings can be resolved if none is found. */
  read(record: ScannedRecord): void {
    this.scanned.push(record);
    if (record.hubspotId) this.hubspotRead++;
    else this.salesforceRead++;
  }

  /** Adds a finding as an error of its type; a second one of the type for the record is dropped. */
  add(found: Finding, place: FindingPlace): void {
    const rule = this.catalog.ruleById(found.ruleId);
    if (!rule) return;
    const key = `${place.objectType}|${place.hubspotId ?? place.salesforceId}|${rule.id}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.byRule[rule.id] = (this.byRule[rule.id] ?? 0) + 1;
    this.findings.push({
      ...place,
      ruleId: rule.id,
      category: rule.category,
      direction: rule.direction,
      message: found.message,
      statusCode: found.statusCode,
      occurredAt: this.at,
    });
  }
}
