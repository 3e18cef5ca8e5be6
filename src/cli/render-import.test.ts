import { describe, expect, it } from "vitest";
import { localDateTime } from "../local-time.js";
import { renderImportSummary } from "./render-import.js";
import { renderStatus } from "./render-status.js";

// The CLI's text shows times in the terminal's time zone and counts in English; `--json` keeps
// ISO 8601.

const at = new Date("2026-12-03T20:50:51.525Z");

describe("the import and status text", () => {
  it("shows the last import's time in the local time zone, never as ISO", () => {
    const text = renderStatus({
      open: 0,
      byCategory: {},
      byType: {},
      lastImport: {
        file: "export.csv",
        importedAt: at.toISOString(),
        importedBy: "cli",
        rows: 1,
        new: 1,
        resolved: 0,
      },
    });
    expect(text).toContain(
      `Last import: export.csv, ${localDateTime(at)} by cli (1 row, 1 new, 0 resolved).`,
    );
    expect(text).not.toContain("2026-12-03T");
  });

  it("says when the same file was imported, and one open error in the singular", () => {
    const text = renderImportSummary({
      file: "export.csv",
      missing: null,
      unchanged: true,
      rows: 1,
      new: 0,
      stillOpen: 1,
      resolved: 0,
      rejected: [],
      rejectedCount: 0,
      columns: {},
      byType: {},
      importedAt: at.toISOString(),
    });
    expect(text).toBe(
      `export.csv is the same file as the last import (${localDateTime(at)}); nothing changed. 1 error is open from it.`,
    );
  });
});
