import type Database from "better-sqlite3";
import type { SyncObject } from "../rules/types.js";
import type { ResyncOffer, ResyncTargetGroup } from "./types.js";

type Db = Database.Database;

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

// Kept per import commit (open_target_groups), so sizing every type of a digest reads a few dozen
// rows rather than every open error.
const GROUPS = `
  SELECT rule_id, object_type, has_hubspot_id, nullif(salesforce_prefix, '') AS salesforce_prefix, n
  FROM open_target_groups WHERE n > 0`;

/** Resync buttons' offers, and the grouped counts that size them. */
export class SqliteResyncOffers {
  private readonly statements;

  constructor(
    private readonly writer: Db,
    reader: Db,
  ) {
    this.statements = {
      insert: writer.prepare(
        "INSERT OR REPLACE INTO resync_offers (key, rule_id, as_of, count, created_at, expires_at, force, from_job, recent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      purge: writer.prepare("DELETE FROM resync_offers WHERE expires_at <= ?"),
      byKey: writer.prepare("SELECT * FROM resync_offers WHERE key = ? AND expires_at > ?"),
      allGroups: reader.prepare(GROUPS),
      ruleGroups: reader.prepare(`${GROUPS} AND rule_id = ?`),
    };
  }

  saveResyncOffer(offer: ResyncOffer): void {
    this.writer.transaction(() => {
      this.statements.purge.run(offer.createdAt.getTime());
      this.statements.insert.run(
        offer.key,
        offer.ruleId,
        offer.asOf.getTime(),
        offer.count,
        offer.createdAt.getTime(),
        offer.expiresAt.getTime(),
        offer.force ? 1 : 0,
        offer.fromJob,
        offer.recent,
      );
    })();
  }

  resyncOffer(key: string, now: Date): ResyncOffer | null {
    const row = this.statements.byKey.get(key, now.getTime()) as OfferRow | undefined;
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

  openTargetGroups(ruleIds?: readonly string[]): ResyncTargetGroup[] {
    const rows =
      ruleIds === undefined
        ? (this.statements.allGroups.all() as GroupRow[])
        : ruleIds.flatMap((id) => this.statements.ruleGroups.all(id) as GroupRow[]);
    return rows.map((r) => ({
      ruleId: r.rule_id,
      objectType: r.object_type,
      hasHubspotId: r.has_hubspot_id === 1,
      salesforcePrefix: r.salesforce_prefix,
      count: r.n,
    }));
  }
}
