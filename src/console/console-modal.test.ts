import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { createLogger } from "../logger.js";
import { rules } from "../rules/index.js";
import { ConsoleSession } from "./console-session.js";
import { type SandboxedApp, startSandboxedApp } from "./sandboxed-app.js";

// The snooze dialog in the console: Snooze… on a digest line's menu opens it as numbered choices;
// a number sends it (a date or a reason after it), as its Snooze button would in Slack.

const catalog = createCatalog(rules);
let env: SandboxedApp;
let printed: string;

beforeEach(async () => {
  env = await startSandboxedApp({
    catalog,
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
  });
  printed = "";
  const at = new Date(Date.now() - 3_600_000);
  const tx = await env.store.beginImport({
    fileName: "seed.csv",
    contentHash: "seed",
    importedBy: "test",
    importedAt: at,
  });
  const rule = catalog.ruleById("invalid-email");
  if (!rule) throw new Error("no rule");
  for (const i of [1, 2])
    await tx.add({
      ruleId: rule.id,
      category: rule.category,
      direction: rule.direction,
      objectType: "contact",
      hubspotId: `h-${i}`,
      salesforceId: null,
      recordName: null,
      message: "m",
      statusCode: null,
      occurredAt: at,
    });
  await tx.commit({ rowsRead: 2, rejected: 0, objectTypes: [], columns: {} });
});
afterEach(async () => {
  env.sandbox.assertNoUnexpectedCalls();
  await env.stop();
});

describe("a dialog in the console", () => {
  it("shows the snooze dialog's choices numbered; a date choice without a date stays, a number with a reason sends it", async () => {
    const session = new ConsoleSession(
      env,
      "U0CONSOLE",
      { write: (text) => (printed += text), color: false },
      async () => false,
    );
    await env.digest.post(new Date(), false);
    await session.settled();
    const snooze = /\[(\d+)\] ⋯ Snooze…/.exec(printed)?.[1];
    expect(snooze).toBeDefined();
    await session.handle(String(snooze));
    expect(printed).toMatch(/── Snooze an error type · dialog ─+\n\*?Invalid email/);
    const choice = (label: string) =>
      new RegExp(`\\[(\\d+)\\] ${label}`).exec(printed.slice(printed.lastIndexOf("· dialog")))?.[1];
    const [oneDay, byDate] = [choice("1 day"), choice("Until a date")];
    expect(printed).toContain("Type a number to choose and Snooze; after it, a date (YYYY-MM-DD)");
    await session.handle(String(byDate));
    expect(printed).toContain("Not sent: Pick a date, or another choice.");
    await session.handle(`${oneDay} waiting for the admin`);
    expect(printed).toMatch(/You snoozed Invalid email until .+\. The digest folds it/);
    expect((await env.store.snoozes())[0]).toMatchObject({
      ruleId: "invalid-email",
      by: "U0CONSOLE",
      reason: "waiting for the admin",
    });
    // The digest's line shows it, with Unsnooze in its menu.
    expect(printed).toMatch(/Invalid email: [^\n]* · 💤 snoozed until [^\n]+\n.*⋯ Unsnooze/);
  });
});
