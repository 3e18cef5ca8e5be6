import type pg from "pg";
import type { HomeChartRecord, HomeStore } from "../types.js";

interface ChartRow {
  language: string;
  chart_key: string;
  file_id: string;
  title: string;
  alt_text: string;
  uploaded_at: string;
}

/** The Home tab's part of the store on PostgreSQL, as ../sqlite-home.ts. */
export class PostgresHome implements HomeStore {
  constructor(private readonly pool: pg.Pool) {}

  async homeOpened(userId: string, at: Date): Promise<void> {
    await this.pool.query(
      `INSERT INTO home_views (user_id, opened_at) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE
       SET opened_at = greatest(home_views.opened_at, excluded.opened_at)`,
      [userId, at.getTime()],
    );
  }

  async claimHomePublish(userId: string, at: Date, minGapMs: number): Promise<boolean> {
    // One statement: of two replicas at once, the second waits on the first's row lock and then
    // finds its published_at too recent (read committed re-checks the condition on the new row).
    const result = await this.pool.query(
      `UPDATE home_views SET published_at = $2
       WHERE user_id = $1 AND (published_at IS NULL OR published_at <= $2::bigint - $3::bigint)
       RETURNING user_id`,
      [userId, at.getTime(), minGapMs],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async homeViewers(since: Date): Promise<string[]> {
    const result = await this.pool.query<{ user_id: string }>(
      'SELECT user_id FROM home_views WHERE opened_at >= $1 ORDER BY user_id COLLATE "C"',
      [since.getTime()],
    );
    return result.rows.map((row) => row.user_id);
  }

  async homeChart(language: string): Promise<HomeChartRecord | null> {
    const result = await this.pool.query<ChartRow>(
      "SELECT * FROM home_charts WHERE language = $1",
      [language],
    );
    const row = result.rows[0];
    return row
      ? {
          language: row.language,
          key: row.chart_key,
          fileId: row.file_id,
          title: row.title,
          altText: row.alt_text,
          uploadedAt: new Date(Number(row.uploaded_at)),
        }
      : null;
  }

  async saveHomeChart(chart: HomeChartRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO home_charts (language, chart_key, file_id, title, alt_text, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (language) DO UPDATE SET chart_key = excluded.chart_key,
         file_id = excluded.file_id, title = excluded.title, alt_text = excluded.alt_text,
          uploaded_at = excluded.uploaded_at`,
      [
        chart.language,
        chart.key,
        chart.fileId,
        chart.title,
        chart.altText,
        chart.uploadedAt.getTime(),
      ],
    );
  }

  async resolvedErrorsBetween(from: Date, to: Date): Promise<Map<string, number>> {
    // A range of sync_errors_resolved (resolved_at) INCLUDE (rule_id, opened_at): index only.
    const result = await this.pool.query<{ rule_id: string; n: number }>(
      `SELECT rule_id, count(*)::integer AS n FROM sync_errors
       WHERE resolved_at > $1::bigint AND resolved_at <= $2::bigint GROUP BY rule_id`,
      [from.getTime(), to.getTime()],
    );
    return new Map(result.rows.map((row) => [row.rule_id, row.n]));
  }
}
