import type Database from "better-sqlite3";
import type { ColumnMappingInput, ColumnMappingRecord } from "./types.js";

type Db = Database.Database;

interface MappingRow {
  id: number;
  header_key: string;
  headers: string;
  columns: string;
  confirmed_by: string;
  confirmed_at: number;
}

const toRecord = (row: MappingRow): ColumnMappingRecord => ({
  id: row.id,
  headerKey: row.header_key,
  headers: JSON.parse(row.headers) as string[],
  columns: JSON.parse(row.columns) as ColumnMappingRecord["columns"],
  confirmedBy: row.confirmed_by,
  confirmedAt: new Date(row.confirmed_at),
});

/** The column mappings people confirmed, by header row. */
export class SqliteColumnMappings {
  private readonly statements;

  constructor(writer: Db, reader: Db) {
    this.statements = {
      // One lookup per imported file, by the unique key's index.
      byKey: reader.prepare("SELECT * FROM column_mappings WHERE header_key = ?"),
      all: reader.prepare("SELECT * FROM column_mappings ORDER BY id"),
      // A new confirmation for a header row replaces the old one, which keeps its number.
      remember: writer.prepare(`
        INSERT INTO column_mappings (header_key, headers, columns, confirmed_by, confirmed_at)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (header_key) DO UPDATE SET headers = excluded.headers, columns = excluded.columns,
          confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at`),
      forget: writer.prepare("DELETE FROM column_mappings WHERE id = ?"),
      forgetAll: writer.prepare("DELETE FROM column_mappings"),
    };
  }

  /** Writes a mapping; inside the caller's transaction (an import's commit). */
  remember(mapping: ColumnMappingInput): void {
    this.statements.remember.run(
      mapping.headerKey,
      JSON.stringify(mapping.headers),
      JSON.stringify(mapping.columns),
      mapping.confirmedBy,
      mapping.confirmedAt.getTime(),
    );
  }

  columnMapping(headerKey: string): ColumnMappingRecord | null {
    const row = this.statements.byKey.get(headerKey) as MappingRow | undefined;
    return row ? toRecord(row) : null;
  }

  columnMappings(): ColumnMappingRecord[] {
    return (this.statements.all.all() as MappingRow[]).map(toRecord);
  }

  forgetColumnMapping(id: number): boolean {
    return this.statements.forget.run(id).changes > 0;
  }

  forgetColumnMappings(): number {
    return this.statements.forgetAll.run().changes;
  }
}
