import type Database from "better-sqlite3";
import {
  SELECT_TRIGGER_CHECKS,
  type TriggerCheckRow,
  toTriggerCheck,
  triggerCheckValues,
  UPSERT_TRIGGER_CHECK,
} from "./trigger-check-rows.js";
import type { TriggerCheck } from "./types.js";

type Db = Database.Database;

/** The resync triggers' last checks on SQLite (TriggerCheckStore). */
export class SqliteTriggerChecks {
  private readonly statements;

  constructor(writer: Db, reader: Db) {
    this.statements = {
      record: writer.prepare(UPSERT_TRIGGER_CHECK),
      all: reader.prepare(SELECT_TRIGGER_CHECKS),
    };
  }

  recordTriggerCheck(check: TriggerCheck): void {
    this.statements.record.run(...triggerCheckValues(check));
  }

  triggerChecks(): TriggerCheck[] {
    return (this.statements.all.all() as TriggerCheckRow[]).map(toTriggerCheck);
  }
}
