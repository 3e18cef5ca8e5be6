import type pg from "pg";
import type { ColumnMappingRecord, ColumnMappingStore } from "../types.js";

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

/**
 * The column mappings people confirmed, by header row, as ../sqlite-column-mappings.ts; an
 * import's commit writes them (pg-import.ts). Every statement stands alone.
 */
export class PostgresColumnMappings implements ColumnMappingStore {
  constructor(private readonly pool: pg.Pool) {}

  async columnMapping(headerKey: string): Promise<ColumnMappingRecord | null> {
    const result = await this.pool.query<MappingRow>(
      "SELECT * FROM column_mappings WHERE header_key = $1",
      [headerKey],
    );
    const row = result.rows[0];
    return row ? toRecord(row) : null;
  }

  async columnMappings(): Promise<ColumnMappingRecord[]> {
    const result = await this.pool.query<MappingRow>("SELECT * FROM column_mappings ORDER BY id");
    return result.rows.map(toRecord);
  }

  async forgetColumnMapping(id: number): Promise<boolean> {
    const result = await this.pool.query("DELETE FROM column_mappings WHERE id = $1", [id]);
    return (result.rowCount ?? 0) > 0;
  }

  async forgetColumnMappings(): Promise<number> {
    const result = await this.pool.query("DELETE FROM column_mappings");
    return result.rowCount ?? 0;
  }
}
