import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { CorrectionBook } from "../src/corrections/correction-book.js";
import { rules } from "../src/rules/index.js";
import { openStore } from "../src/store/index.js";
import { spawnSyncerrorSync } from "./fakes/run-syncerror.js";

// `syncerror corrections list|remove|export` as installed (bin/syncerror.js on dist/), on a
// database where admins corrected two messages in Slack.

const REGION =
  'Lead 00Q5g00000AbCdEAAA was refused by the region check: "Nordics" is not served (ref 4411)';
const HOLD = "Lead 00Q5g00000AbCdEAAA was refused: the account is on legal hold";

let dir: string;
let database: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-corrections-cli-"));
  database = join(dir, "db.sqlite");
  const store = await openStore({ path: database });
  const book = new CorrectionBook();
  await book.attach(store);
  const at = new Date(Date.UTC(2026, 11, 1, 9));
  await book.correct({
    message: REGION,
    ruleId: "mismatched-state-or-country-value",
    by: "U0ADMIN",
    at,
  });
  await book.correct({
    message: HOLD,
    ruleId: "insufficient-access-or-missing-salesforce-record",
    by: "U0ANN",
    at,
  });
  await store.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function syncerror(args: string[], input = "") {
  const result = spawnSyncerrorSync(args, {
    input,
    encoding: "utf8",
    // The text shows times in the terminal's time zone (TZ); the JSON keeps ISO 8601.
    env: { PATH: process.env.PATH ?? "", DATABASE_PATH: database, TZ: "Europe/Copenhagen" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("syncerror corrections", () => {
  it("lists the corrections with who made them, as text and as JSON", () => {
    const text = syncerror(["corrections", "list"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "#1  Mismatched state or country value  (corrected Dec 1, 2026, 10:00 AM GMT+1 by U0ADMIN)",
    );
    expect(text.stdout).toContain("syncerror corrections remove 2");
    const json = JSON.parse(syncerror(["corrections", "list", "--json"]).stdout);
    expect(json).toEqual([
      expect.objectContaining({
        id: 1,
        message: REGION,
        type: "mismatched-state-or-country-value",
        correctedBy: "U0ADMIN",
      }),
      expect.objectContaining({
        id: 2,
        message: HOLD,
        name: "Insufficient access or missing Salesforce record",
      }),
    ]);
  });

  it("exports JSON Lines of input and expected type", () => {
    const { code, stdout } = syncerror(["corrections", "export"]);
    expect(code).toBe(0);
    expect(
      stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { input: REGION, expected: "mismatched-state-or-country-value" },
      { input: HOLD, expected: "insufficient-access-or-missing-salesforce-record" },
    ]);
  });

  it("removes one by number, audited as the command line, and the catalog stops applying it", async () => {
    const removed = syncerror(["corrections", "remove", "1"]);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain("Removed correction #1");
    const store = await openStore({ path: database });
    try {
      expect((await store.corrections()).map((c) => c.id)).toEqual([2]);
      expect((await store.auditLog(1))[0]).toMatchObject({
        who: "cli",
        action: "correction.remove",
        ruleId: "mismatched-state-or-country-value",
      });
      const book = new CorrectionBook();
      const catalog = createCatalog(rules, { corrections: book });
      await book.attach(store);
      expect(catalog.classify(REGION).evidence).not.toBe("correction");
      expect(catalog.classify(HOLD).evidence).toBe("correction");
    } finally {
      await store.close();
    }
    const audit = syncerror(["audit"]);
    expect(audit.stdout).toMatch(/cli\s+correction\.remove/);
  });

  it("refuses an unknown number (exit 1) and a wrong use (exit 2)", () => {
    const unknown = syncerror(["corrections", "remove", "9"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("There is no correction #9");
    const usage = syncerror(["corrections", "remove", "x"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Usage: syncerror corrections list");
    expect(syncerror(["corrections"]).code).toBe(2);
  });
});

describe("syncerror eval on exported corrections", () => {
  it("scores the classifier alone by default, and as the bot answers with --corrections", () => {
    const exported = syncerror(["corrections", "export"]).stdout;
    const alone = JSON.parse(syncerror(["eval", "-", "--json"], exported).stdout);
    expect(alone.messages.total).toBe(2);
    expect(alone.messages.right).toBeLessThan(2);

    const corrected = JSON.parse(
      syncerror(["eval", "-", "--json", "--corrections"], exported).stdout,
    );
    expect(corrected.messages).toMatchObject({ total: 2, right: 2, confidentWrong: 0 });
  });
});
