import type pg from "pg";
import {
  SELECT_TRIGGER_CHECKS,
  type TriggerCheckRow,
  toTriggerCheck,
  triggerCheckValues,
  UPSERT_TRIGGER_CHECK,
} from "../trigger-check-rows.js";
import type { TriggerCheck, TriggerCheckStore } from "../types.js";

// The shared statement with PostgreSQL's numbered placeholders.
let n = 0;
const UPSERT = UPSERT_TRIGGER_CHECK.replace(/\?/g, () => `$${++n}`);

/** The resync triggers' last checks on PostgreSQL, as ../sqlite-trigger-checks.ts. */
export class PostgresTriggerChecks implements TriggerCheckStore {
  constructor(private readonly pool: pg.Pool) {}

  async recordTriggerCheck(check: TriggerCheck): Promise<void> {
    await this.pool.query(UPSERT, triggerCheckValues(check));
  }

  async triggerChecks(): Promise<TriggerCheck[]> {
    const result = await this.pool.query<TriggerCheckRow>(SELECT_TRIGGER_CHECKS);
    return result.rows.map(toTriggerCheck);
  }
}
