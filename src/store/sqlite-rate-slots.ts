import type Database from "better-sqlite3";
import type { RateSlot, RateWindow } from "./types.js";

type Db = Database.Database;

/**
 * Slots of named rolling windows on SQLite. One process uses a SQLite file, so the process's
 * clock is the one clock; the take runs in an immediate (write-locked) transaction all the same,
 * so a second handle on the file cannot count between the count and the insert.
 */
export class SqliteRateSlots {
  private readonly take;

  constructor(writer: Db, now: () => number = Date.now) {
    const forget = writer.prepare("DELETE FROM rate_slots WHERE name = ? AND taken_at <= ?");
    const live = writer.prepare<[string], { n: number; oldest: number | null }>(
      "SELECT count(*) AS n, min(taken_at) AS oldest FROM rate_slots WHERE name = ?",
    );
    const insert = writer.prepare("INSERT INTO rate_slots (name, taken_at) VALUES (?, ?)");
    this.take = writer.transaction((name: string, window: RateWindow): RateSlot => {
      const t = now();
      const span = window.windowMs + window.marginMs;
      forget.run(name, t - span);
      const { n, oldest } = live.get(name) as { n: number; oldest: number | null };
      if (n < window.requests) {
        insert.run(name, t);
        return { taken: true };
      }
      return { taken: false, retryInMs: Math.max(1, (oldest ?? t) + span - t + 1) };
    });
  }

  /** See RateSlotStore.takeRateSlot. */
  takeRateSlot(name: string, window: RateWindow): RateSlot {
    return this.take.immediate(name, window);
  }
}
