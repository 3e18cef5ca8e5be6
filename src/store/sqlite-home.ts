import type Database from "better-sqlite3";
import type { HomeChartRecord } from "./types.js";

type Db = Database.Database;

interface ChartRow {
  language: string;
  chart_key: string;
  file_id: string;
  title: string;
  alt_text: string;
  uploaded_at: number;
}

/** The Home tab's part of the store on SQLite (HomeStore). */
export class SqliteHome {
  private readonly statements;

  constructor(writer: Db, reader: Db) {
    this.statements = {
      opened: writer.prepare(`
        INSERT INTO home_views (user_id, opened_at) VALUES (?, ?)
        ON CONFLICT (user_id) DO UPDATE SET opened_at = max(opened_at, excluded.opened_at)`),
      // The condition and the write are one statement: no other publish comes between them.
      claim: writer.prepare(`
        UPDATE home_views SET published_at = @at
        WHERE user_id = @user AND (published_at IS NULL OR published_at <= @at - @gap)
        RETURNING user_id`),
      viewers: reader.prepare(
        "SELECT user_id FROM home_views WHERE opened_at >= ? ORDER BY user_id",
      ),
      chart: reader.prepare("SELECT * FROM home_charts WHERE language = ?"),
      saveChart: writer.prepare(`
        INSERT INTO home_charts (language, chart_key, file_id, title, alt_text, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (language) DO UPDATE SET chart_key = excluded.chart_key,
          file_id = excluded.file_id, title = excluded.title, alt_text = excluded.alt_text,
          uploaded_at = excluded.uploaded_at`),
      // A range of the resolved_at index, which carries the type (migration 16): index only.
      resolved: reader.prepare(`
        SELECT rule_id AS ruleId, count(*) AS n FROM sync_errors
        WHERE resolved_at > ? AND resolved_at <= ? GROUP BY rule_id`),
    };
  }

  homeOpened(userId: string, at: Date): void {
    this.statements.opened.run(userId, at.getTime());
  }

  claimHomePublish(userId: string, at: Date, minGapMs: number): boolean {
    return (
      this.statements.claim.get({ user: userId, at: at.getTime(), gap: minGapMs }) !== undefined
    );
  }

  homeViewers(since: Date): string[] {
    return (this.statements.viewers.all(since.getTime()) as Array<{ user_id: string }>).map(
      (row) => row.user_id,
    );
  }

  homeChart(language: string): HomeChartRecord | null {
    const row = this.statements.chart.get(language) as ChartRow | undefined;
    return row
      ? {
          language: row.language,
          key: row.chart_key,
          fileId: row.file_id,
          title: row.title,
          altText: row.alt_text,
          uploadedAt: new Date(row.uploaded_at),
        }
      : null;
  }

  saveHomeChart(chart: HomeChartRecord): void {
    this.statements.saveChart.run(
      chart.language,
      chart.key,
      chart.fileId,
      chart.title,
      chart.altText,
      chart.uploadedAt.getTime(),
    );
  }

  resolvedErrorsBetween(from: Date, to: Date): Map<string, number> {
    const rows = this.statements.resolved.all(from.getTime(), to.getTime()) as Array<{
      ruleId: string;
      n: number;
    }>;
    return new Map(rows.map((row) => [row.ruleId, row.n]));
  }
}
