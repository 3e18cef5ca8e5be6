import type pg from "pg";
import type { SyncObject } from "../../rules/types.js";
import type { ResyncOffer, ResyncOfferStore, ResyncTargetGroup } from "../types.js";

interface OfferRow {
  key: string;
  rule_id: string;
  as_of: number;
  count: number;
  created_at: number;
  expires_at: number;
  force: number;
  from_job: number | null;
  recent: ResyncOffer["recent"];
}

interface GroupRow {
  rule_id: string;
  object_type: SyncObject;
  has_hubspot_id: number;
  salesforce_prefix: string | null;
  n: number;
}

// open_target_groups is kept per import commit, as on SQLite. SQLite reads that table (WITHOUT
// ROWID) in its primary key's order, bytewise: the same order here.
const GROUP_COLUMNS =
  "g.rule_id, g.object_type, g.has_hubspot_id, nullif(g.salesforce_prefix, '') AS salesforce_prefix, g.n";
const KEY_ORDER =
  'g.rule_id COLLATE "C", g.object_type COLLATE "C", g.has_hubspot_id, g.salesforce_prefix COLLATE "C"';

/** Resync buttons' offers, and the grouped counts that size them, on PostgreSQL. */
export class PostgresResyncOffers implements ResyncOfferStore {
  constructor(private readonly pool: pg.Pool) {}

  async saveResyncOffer(offer: ResyncOffer): Promise<void> {
    // One transaction, as SQLite's: the expired offers go, this one is kept (replacing its key's).
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("DELETE FROM resync_offers WHERE expires_at <= $1", [
        offer.createdAt.getTime(),
      ]);
      await client.query(
        `INSERT INTO resync_offers (key, rule_id, as_of, count, created_at, expires_at, force, from_job, recent)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (key) DO UPDATE SET rule_id = excluded.rule_id, as_of = excluded.as_of,
           count = excluded.count, created_at = excluded.created_at, expires_at = excluded.expires_at,
           force = excluded.force, from_job = excluded.from_job, recent = excluded.recent`,
        [
          offer.key,
          offer.ruleId,
          offer.asOf.getTime(),
          offer.count,
          offer.createdAt.getTime(),
          offer.expiresAt.getTime(),
          offer.force ? 1 : 0,
          offer.fromJob,
          offer.recent,
        ],
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async resyncOffer(key: string, now: Date): Promise<ResyncOffer | null> {
    const result = await this.pool.query<OfferRow>(
      "SELECT * FROM resync_offers WHERE key = $1 AND expires_at > $2",
      [key, now.getTime()],
    );
    const row = result.rows[0];
    if (!row) return null;
    return {
      key: row.key,
      ruleId: row.rule_id,
      asOf: new Date(row.as_of),
      count: row.count,
      createdAt: new Date(row.created_at),
      expiresAt: new Date(row.expires_at),
      force: row.force === 1,
      fromJob: row.from_job,
      recent: row.recent,
    };
  }

  async openTargetGroups(ruleIds?: readonly string[]): Promise<ResyncTargetGroup[]> {
    // For given types: their groups in the order asked (a type asked twice comes twice, as
    // SQLite's one query per type gives it).
    const result =
      ruleIds === undefined
        ? await this.pool.query<GroupRow>(
            `SELECT ${GROUP_COLUMNS} FROM open_target_groups g WHERE g.n > 0 ORDER BY ${KEY_ORDER}`,
          )
        : await this.pool.query<GroupRow>(
            `SELECT ${GROUP_COLUMNS}
             FROM unnest($1::text[]) WITH ORDINALITY AS q(rule_id, ord)
             JOIN open_target_groups g ON g.rule_id = q.rule_id
             WHERE g.n > 0 ORDER BY q.ord, ${KEY_ORDER}`,
            [[...ruleIds]],
          );
    return result.rows.map((r) => ({
      ruleId: r.rule_id,
      objectType: r.object_type,
      hasHubspotId: r.has_hubspot_id === 1,
      salesforcePrefix: r.salesforce_prefix,
      count: r.n,
    }));
  }
}
