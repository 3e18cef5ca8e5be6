import type pg from "pg";
import type { RateSlot, RateWindow } from "../types.js";
import { inTransaction } from "./transaction.js";

/**
 * The advisory-lock class of rate windows ("synr"); the name's hash is the object id. The
 * two-key form lives apart from the one-key locks (the scan lock, the migration lock).
 */
const RATE_LOCK_CLASS = 0x73796e72;

/**
 * Slots of named rolling windows on PostgreSQL, shared by every replica on the database. Each take
 * holds a transaction-scoped advisory lock on its name, so takes of one name run one at a time
 * (others' lock waits are short: one statement), and the count that follows sees every slot
 * committed before it. Times are the database's clock (clock_timestamp, not the transaction's
 * start), so replicas whose clocks disagree still count one window.
 */
export class PostgresRateSlots {
  constructor(private readonly pool: pg.Pool) {}

  /** See RateSlotStore.takeRateSlot. */
  takeRateSlot(name: string, window: RateWindow): Promise<RateSlot> {
    return inTransaction(this.pool, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock($1::int, hashtext($2))", [
        RATE_LOCK_CLASS,
        name,
      ]);
      // One statement after the lock, so its snapshot holds every slot taken before it; the
      // slots that left the window are deleted as it counts (the table stays at most `requests`
      // rows per name).
      const { rows } = await client.query<{ taken: number; retry_in_ms: number | null }>(
        `WITH c AS MATERIALIZED (
           SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now
         ),
         gone AS (
           DELETE FROM rate_slots USING c WHERE name = $1 AND taken_at <= c.now - $3::bigint
         ),
         live AS (
           SELECT count(*)::int AS n, min(taken_at) AS oldest FROM rate_slots, c
           WHERE name = $1 AND taken_at > c.now - $3::bigint
         ),
         put AS (
           INSERT INTO rate_slots (name, taken_at)
           SELECT $1, c.now FROM c, live WHERE live.n < $2::int
           RETURNING taken_at
         )
         SELECT (SELECT count(*) FROM put)::int AS taken,
           CASE WHEN live.n < $2::int THEN NULL
             ELSE greatest(1, live.oldest + $3::bigint - c.now + 1)::int END AS retry_in_ms
         FROM c, live`,
        [name, window.requests, window.windowMs + window.marginMs],
      );
      const row = rows[0];
      if (row?.taken === 1) return { taken: true };
      return { taken: false, retryInMs: Math.max(1, row?.retry_in_ms ?? 1) };
    });
  }
}
