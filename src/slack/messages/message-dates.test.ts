import { describe, expect, it } from "vitest";
import { digestChannelNotice } from "./digest-channel.js";
import { importSummaryMessage } from "./import-messages.js";
import { scanRunningMessage } from "./scan-messages.js";
import { statusMessage } from "./status-message.js";

// Times in Slack are Slack's date formatting, which each reader sees in their own time zone, with
// a readable fallback; never an ISO timestamp.

const ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d/;
const at = new Date("2026-12-03T20:50:51.525Z");
const DATE = "<!date^1796331051^{date_short_pretty} {time}|Dec 3, 2026 20:50 UTC>";

describe("times in Slack messages", () => {
  it("show the last import in the reader's time zone, and count its rows in English", () => {
    const message = statusMessage({
      open: 1,
      byCategory: { Data: 1 },
      byType: { "Unknown error": 1 },
      lastImport: {
        file: "export.csv",
        importedAt: at.toISOString(),
        importedBy: "U0ADMIN",
        rows: 1,
        new: 1,
        resolved: 0,
      },
    });
    const text = JSON.stringify(message.blocks);
    expect(text).toContain(`Last import: export.csv, ${DATE}, 1 row`);
    expect(text).not.toMatch(ISO);
  });

  it("show when a waiting digest was due, and since when a scan runs", () => {
    const notice = JSON.stringify(digestChannelNotice({ channel: "C1", waitingSlot: at }));
    expect(notice).toContain(`The digest of ${DATE} is waiting`);
    expect(notice).not.toMatch(ISO);
    const running = scanRunningMessage(at).text;
    expect(running).toContain("(since <!date^1796331051^{time}|Dec 3, 2026 20:50 UTC>)");
  });

  it("say one error and one row in the singular", () => {
    const message = importSummaryMessage({
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
    expect(JSON.stringify(message.blocks)).toContain("1 error is open from it.");
  });
});
