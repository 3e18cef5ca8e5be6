/**
 * `GET …/query?q=` and `GET …/query/{locator}`: runs the SOQL subset over the store and answers
 * in pages, as Salesforce does: `{totalSize, done, nextRecordsUrl?, records}`, with
 * `nextRecordsUrl` `/services/data/vXX.X/query/01g…-2000` while records remain.
 *
 * A query's matching rows are filtered and sorted once and kept under a query cursor, so each
 * later page is a slice: a 100,000-record scan costs one pass, not one per page. Like
 * Salesforce, a user holds at most 10 open cursors (opening another releases the oldest), and a
 * cursor is released once its last page is served; a released locator answers 400
 * INVALID_QUERY_LOCATOR, an ordinary Salesforce outcome, so it is not flagged.
 */

import { queryLocatorId } from "./ids.js";
import { parseSoql } from "./soql.js";
import { SoqlError, soqlErrorMessage } from "./soql-error.js";
import {
  type Column,
  planQuery,
  type QueryObjects,
  type QueryPlan,
  type SortKey,
} from "./soql-plan.js";
import type { Row } from "./values.js";

/** Salesforce's default (and largest) query batch. */
export const DEFAULT_QUERY_PAGE_SIZE = 2000;
/** The open query cursors a Salesforce user may hold. */
const MAX_OPEN_CURSORS = 10;
/** The smallest batch `Sforce-Query-Options: batchSize=` may ask for. */
const MIN_BATCH_SIZE = 200;
const LOCATOR = /^(01g[A-Za-z0-9]{15})-(\d+)$/;

/** An answer for the server to send and journal. */
export interface QueryAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly unexpected?: string;
}

interface Cursor {
  /** The object queried, as `attributes.type` names it. */
  readonly type: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
}

function restError(errorCode: string, message: string, unexpected?: string): QueryAnswer {
  const body = [{ message, errorCode }];
  return unexpected === undefined ? { status: 400, body } : { status: 400, body, unexpected };
}

/** Nulls first ascending and last descending, as SOQL orders by default. */
function compareRows(keys: readonly SortKey[]): (a: Row, b: Row) => number {
  return (a, b) => {
    for (const { key, descending } of keys) {
      const left = key(a);
      const right = key(b);
      if (left === right) continue;
      const order =
        left === undefined
          ? -1
          : right === undefined
            ? 1
            : left < right
              ? -1
              : left > right
                ? 1
                : 0;
      if (order !== 0) return descending ? -order : order;
    }
    return 0;
  };
}

function matchingRows(plan: QueryPlan): Row[] {
  const rows: Row[] = [];
  const { filter } = plan;
  for (const row of plan.source.rows()) if (!filter || filter(row)) rows.push(row);
  if (plan.order.length > 0) rows.sort(compareRows(plan.order));
  if (plan.limit !== undefined && rows.length > plan.limit) rows.length = plan.limit;
  return rows;
}

/** Runs queries and serves their later pages from the cursors it keeps. */
export class QueryEngine {
  /** Open cursors, oldest first (a served page makes its cursor the newest). */
  private readonly open = new Map<string, Cursor>();
  private readonly released = new Set<string>();
  private opened = 0;

  constructor(
    /** The objects queries may read, with the permissions they need. */
    private readonly objects: QueryObjects,
    private readonly pageSize: number,
  ) {}

  /**
   * Answers `GET {base}/query?q={soql}`; `batchSize` is from `Sforce-Query-Options`. Queries
   * outside the subset, or that Salesforce would reject, answer its 400 error and are flagged.
   */
  query(soql: string | null, base: string, batchSize: number | undefined): QueryAnswer {
    if (soql === null || soql.trim() === "") {
      return restError("MALFORMED_QUERY", "A query string has to be specified", "no q parameter");
    }
    let plan: QueryPlan;
    try {
      plan = planQuery(parseSoql(soql), this.objects);
    } catch (error) {
      if (!(error instanceof SoqlError)) throw error;
      if (error.refused) return restError(error.errorCode, soqlErrorMessage(soql, error));
      const note = error.notModelled
        ? `SOQL outside the sandbox's subset: ${error.detail}`
        : `${error.errorCode}: ${error.detail}`;
      return restError(error.errorCode, soqlErrorMessage(soql, error), note);
    }
    const cursor = { type: plan.source.name, columns: plan.columns, rows: matchingRows(plan) };
    const size = this.batch(batchSize);
    if (cursor.rows.length <= size) return this.page(cursor, undefined, 0, size, base);
    const id = queryLocatorId(++this.opened);
    if (this.open.size >= MAX_OPEN_CURSORS) {
      const oldest = this.open.keys().next().value;
      if (oldest !== undefined) this.release(oldest);
    }
    this.open.set(id, cursor);
    return this.page(cursor, id, 0, size, base);
  }

  /** Answers `GET {base}/query/{locator}`: the page from the locator's offset on. */
  more(locator: string, base: string, batchSize: number | undefined): QueryAnswer {
    const match = LOCATOR.exec(locator);
    const invalid = "invalid query locator";
    if (!match) return restError("INVALID_QUERY_LOCATOR", invalid, "malformed query locator");
    const [, id = "", offsetText = ""] = match;
    const cursor = this.open.get(id);
    if (!cursor) {
      return this.released.has(id)
        ? restError("INVALID_QUERY_LOCATOR", invalid)
        : restError("INVALID_QUERY_LOCATOR", invalid, "a query locator the sandbox never issued");
    }
    const offset = Number(offsetText);
    if (offset <= 0 || offset >= cursor.rows.length) {
      return restError("INVALID_QUERY_LOCATOR", invalid, `offset ${offset} is past the results`);
    }
    this.open.delete(id);
    this.open.set(id, cursor);
    return this.page(cursor, id, offset, this.batch(batchSize), base);
  }

  /** Releases every open cursor, as 15 idle minutes would: their locators answer 400. */
  expire(): void {
    for (const id of [...this.open.keys()]) this.release(id);
  }

  /** Forgets cursors (open and released) for a reset. Locator ids keep counting up. */
  clear(): void {
    this.open.clear();
    this.released.clear();
  }

  private batch(requested: number | undefined): number {
    if (requested === undefined) return this.pageSize;
    const clamped = Math.min(Math.max(requested, MIN_BATCH_SIZE), DEFAULT_QUERY_PAGE_SIZE);
    return Math.min(clamped, this.pageSize);
  }

  private release(id: string): void {
    this.open.delete(id);
    this.released.add(id);
  }

  private page(
    cursor: Cursor,
    id: string | undefined,
    offset: number,
    size: number,
    base: string,
  ): QueryAnswer {
    const { rows, columns, type } = cursor;
    const end = Math.min(offset + size, rows.length);
    const records = new Array<Record<string, unknown>>(end - offset);
    for (let i = offset; i < end; i++) {
      const row = rows[i] as Row;
      const record: Record<string, unknown> = {
        attributes: { type, url: `${base}/sobjects/${type}/${String(row.Id)}` },
      };
      for (const column of columns) record[column.name] = column.value(row, base);
      records[i - offset] = record;
    }
    const done = end >= rows.length;
    if (done && id !== undefined) this.release(id);
    const next = done ? {} : { nextRecordsUrl: `${base}/query/${id}-${end}` };
    return { status: 200, body: { totalSize: rows.length, done, ...next, records } };
  }
}
