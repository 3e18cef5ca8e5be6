import type { MessageKey } from "../i18n/translator.js";
import { UpstreamError } from "./hubspot-resync-port.js";
import { errorCodeOf } from "./salesforce-http.js";
import { type SalesforceScanPort, soqlDateTime } from "./salesforce-scan-port.js";

/** One row of Salesforce's Setup Audit Trail, as read. */
export interface AuditTrailRow {
  readonly id: string;
  /** The change's category code (`Action`), e.g. `PermSetCreate`. */
  readonly action: string;
  /** The Setup menu section, e.g. `Customize Leads`; null when Salesforce gives none. */
  readonly section: string | null;
  /** The full description Salesforce writes; null when it gives none. */
  readonly display: string | null;
  /** When (CreatedDate), as an ISO date-time in UTC. */
  readonly at: string;
  /** Who (CreatedBy.Name); null when the user is not readable. */
  readonly by: string | null;
}

/**
 * Where the last read stopped: the time of the newest row read and the ids read at exactly that
 * time. The next read starts at that time (`>=`) and skips those ids, so rows sharing a second
 * (or cut apart by LIMIT) are read once each: a plain `>` would lose the rest of a second that a
 * LIMIT cut through.
 */
export interface AuditTrailCursor {
  readonly at: string;
  readonly ids: readonly string[];
}

/** The permission the integration user needs to read the audit trail (Salesforce Help). */
export const AUDIT_TRAIL_PERMISSION = "View Setup and Configuration";

/** What one incremental read found. */
export type AuditTrailRead =
  | {
      readonly readable: true;
      /** Rows not read before, oldest first. */
      readonly rows: readonly AuditTrailRow[];
      /** The high-water mark for the next read (the given one when nothing was new). */
      readonly cursor: AuditTrailCursor | null;
      /** False when the read stopped at `maxRows`: the next read goes on from the cursor. */
      readonly complete: boolean;
    }
  | {
      readonly readable: false;
      /** The permission to give the integration user, for the admin's note. */
      readonly permission: typeof AUDIT_TRAIL_PERMISSION;
      /** The admin's note (its `{permission}` is `permission`). */
      readonly note: MessageKey;
    };

/** How much one read takes. */
export interface AuditTrailReadOptions {
  /** Rows a query asks for (its LIMIT); 2,000 (one page of a query) unless given. */
  readonly pageSize?: number;
  /** Rows one read takes at most before it stops with `complete: false`; 10,000 unless given. */
  readonly maxRows?: number;
}

const FIELDS = "Id, Action, Section, Display, CreatedDate, CreatedBy.Name";

/**
 * Reads the Setup Audit Trail's rows newer than the cursor (all the trail keeps, 180 days, when
 * there is none), oldest first, through the scan port's query so its pages and call count are the
 * scan's. A user without View Setup and Configuration is answered `INVALID_TYPE` ("sObject type
 * 'SetupAuditTrail' is not supported"): that is a `readable: false` outcome, not a failure, so a
 * scan goes on without the trail. Any other failure is thrown as the query's UpstreamError.
 */
export async function readAuditTrail(
  port: SalesforceScanPort,
  since: AuditTrailCursor | null,
  options: AuditTrailReadOptions = {},
): Promise<AuditTrailRead> {
  const pageSize = options.pageSize ?? 2000;
  const maxRows = options.maxRows ?? 10_000;
  const rows: AuditTrailRow[] = [];
  let cursor = since;
  let limit = pageSize;
  for (;;) {
    const page: AuditTrailRow[] = [];
    try {
      await port.query(soql(cursor, limit), (records) => {
        for (const record of records) page.push(rowOf(record));
      });
    } catch (error) {
      if (isNotReadable(error))
        return {
          readable: false,
          permission: AUDIT_TRAIL_PERMISSION,
          note: "audit-trail.notReadable",
        };
      throw error;
    }
    const fresh = page.filter((row) => isAfter(row, cursor));
    rows.push(...fresh);
    cursor = advanced(cursor, fresh);
    if (page.length < limit) return { readable: true, rows, cursor, complete: true };
    if (rows.length >= maxRows) return { readable: true, rows, cursor, complete: false };
    // A full page with nothing new: more rows than the LIMIT share the cursor's second, and `>=`
    // reads them again. Ask for twice as many until the page reaches past them.
    limit = fresh.length === 0 ? limit * 2 : pageSize;
  }
}

function soql(cursor: AuditTrailCursor | null, limit: number): string {
  // soqlDateTime drops milliseconds: >= the whole second, and isAfter skips what was read.
  const where = cursor ? ` WHERE CreatedDate >= ${soqlDateTime(new Date(cursor.at))}` : "";
  return `SELECT ${FIELDS} FROM SetupAuditTrail${where} ORDER BY CreatedDate LIMIT ${limit}`;
}

function isAfter(row: AuditTrailRow, cursor: AuditTrailCursor | null): boolean {
  if (!cursor) return true;
  if (row.at !== cursor.at) return row.at > cursor.at;
  return !cursor.ids.includes(row.id);
}

function advanced(cursor: AuditTrailCursor | null, fresh: readonly AuditTrailRow[]) {
  const last = fresh.at(-1);
  if (!last) return cursor;
  const before = cursor?.at === last.at ? cursor.ids : [];
  const ids = [...before, ...fresh.filter((row) => row.at === last.at).map((row) => row.id)];
  return { at: last.at, ids };
}

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

function rowOf(record: Record<string, unknown>): AuditTrailRow {
  const createdBy = record.CreatedBy as { Name?: unknown } | null | undefined;
  // CreatedDate comes as `2026-12-03T11:30:00.000+0000`; ISO in UTC compares as text.
  return {
    id: String(record.Id),
    action: String(record.Action ?? ""),
    section: text(record.Section),
    display: text(record.Display),
    at: new Date(String(record.CreatedDate)).toISOString(),
    by: text(createdBy?.Name),
  };
}

/** INVALID_TYPE on SetupAuditTrail: the user may not read the object (no View Setup and Configuration). */
function isNotReadable(error: unknown): boolean {
  const cause = error instanceof UpstreamError ? error.cause : error;
  return errorCodeOf(cause) === "INVALID_TYPE";
}
