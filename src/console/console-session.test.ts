import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { writeDemoCsv } from "../demo/write-demo-csv.js";
import { createLogger } from "../logger.js";
import { rules } from "../rules/index.js";
import { DEFAULT_CHANNEL } from "../sandbox/slack/sandbox.js";
import { actions, button, confirmDialog, section } from "../slack/blocks/index.js";
import { encodeShareValue } from "../slack/messages/share-value.js";
import { ConsoleSession } from "./console-session.js";
import { type SandboxedApp, startSandboxedApp } from "./sandboxed-app.js";

let env: SandboxedApp;
let printed: string;
const questions: string[] = [];
let answer = false;

beforeEach(async () => {
  env = await startSandboxedApp({
    catalog: createCatalog(rules),
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
  });
  printed = "";
  questions.length = 0;
});
afterEach(async () => {
  env.sandbox.assertNoUnexpectedCalls();
  await env.stop();
});

function session(): ConsoleSession {
  return new ConsoleSession(
    env,
    "U0CONSOLE",
    { write: (text) => (printed += text), color: false },
    async (question) => {
      questions.push(question);
      return answer;
    },
  );
}

/** A channel message with a button that asks for confirmation, as later features post them. */
async function postConfirmButton(): Promise<void> {
  const confirm = confirmDialog({
    title: "Share it?",
    text: "Everyone in the channel will see it.",
    confirm: "Share",
    deny: "Keep",
  });
  await env.app.client.chat.postMessage({
    channel: DEFAULT_CHANNEL.id,
    text: "Invalid value",
    blocks: [
      section("Invalid value"),
      actions([
        button({
          text: "Share",
          actionId: "explain_share",
          value: encodeShareValue({ rule: "invalid-value" }),
          confirm,
        }),
      ]),
    ],
  });
}

describe("the console session", () => {
  it("shows a channel message as it arrives, with its buttons numbered", async () => {
    session();
    await postConfirmButton();
    expect(printed).toMatch(/── syncerror · #sync-errors ─+\nInvalid value\n\n\[1\] Share\n/);
  });

  it("asks before a button with a confirm dialog acts, and does nothing on no", async () => {
    const console = session();
    await postConfirmButton();
    answer = false;
    await console.handle("1");
    expect(questions).toEqual([
      "Share it?\nEveryone in the channel will see it.\nShare? [y/N] (no: Keep) ",
    ]);
    expect(printed).toContain("Cancelled.");
    expect(env.sandbox.responses()).toEqual([]);
  });

  it("clicks on yes, and shows what the bot answers", async () => {
    const console = session();
    await postConfirmButton();
    answer = true;
    await console.handle("1");
    expect(env.sandbox.responses()).toHaveLength(1);
    expect(printed).toContain("Shared by @U0CONSOLE");
  });

  it("offers the subcommand a line without /syncerror starts with, and explain otherwise", async () => {
    const console = session();
    await console.handle("explain Type mismatch");
    await console.handle("list");
    await console.handle("Status");
    await console.handle("Type mismatch");
    expect(printed).toContain("(for example /syncerror explain Type mismatch)");
    expect(printed).toContain("(for example /syncerror list)");
    expect(printed).toContain("(for example /syncerror Status)");
    expect(printed).not.toContain("explain explain");
    expect(printed).not.toContain("explain list");
  });

  it("names channels by their names, in a message's title and in its text", async () => {
    session();
    env.sandbox.addChannel({ id: "C0OPS", name: "ops" });
    await env.sandbox.inviteBot("C0OPS");
    await env.app.client.chat.postMessage({
      channel: "C0OPS",
      text: "Drop exports in <#C0SANDBOX>",
      blocks: [section("Drop exports in <#C0SANDBOX>")],
    });
    expect(printed).toMatch(/── syncerror · #ops ─+\nDrop exports in #sync-errors\n/);
    expect(printed).not.toContain("C0SANDBOX");
  });

  it("says plainly that a file to import does not exist, or is a folder", async () => {
    const console = session();
    await console.handle("/syncerror import /no/such/export.csv");
    await console.handle("/syncerror import /tmp");
    expect(printed).toBe("There is no file /no/such/export.csv.\n/tmp is a folder, not a file.\n");
  });

  it("forgets the buttons of a message the bot has replaced", async () => {
    const console = session();
    await console.handle("/syncerror explain email");
    await console.handle("1");
    printed = "";
    await console.handle("2");
    expect(printed).toBe(
      "There is no button [2] any more: its message has changed since; use the newest buttons.\n",
    );
  });

  it("asks y/n when an export leaves many open errors out, and clicks the answer's button", async () => {
    const dir = mkdtempSync(join(tmpdir(), "syncerror-console-"));
    try {
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on("data", (chunk: Buffer) => chunks.push(chunk));
      await writeDemoCsv(out, {
        rows: 300,
        seed: 5,
        days: 14,
        now: new Date("2026-11-29T09:00:00Z"),
      });
      out.end();
      await once(out, "end");
      const full = Buffer.concat(chunks).toString("utf8");
      writeFileSync(join(dir, "full.csv"), full);
      writeFileSync(join(dir, "few.csv"), `${full.split(/\r?\n/).slice(0, 4).join("\n")}\n`);
      const console = session();
      await console.handle(`/syncerror import ${join(dir, "full.csv")}`);
      expect(questions).toEqual([]);
      const open = (await env.store.openCounts()).total;
      answer = true;
      await console.handle(`/syncerror import ${join(dir, "few.csv")}`);
      expect(questions).toEqual([
        "Resolve the open errors this export does not list? [y/N] (no: keep them open) ",
      ]);
      expect(printed).toContain("A filtered export?");
      const missing = (await env.store.lastImport())?.missing;
      expect(missing).toMatchObject({ decision: "resolved", decidedBy: "U0CONSOLE" });
      expect(printed).toContain("@U0CONSOLE decided: Resolved the ");
      expect((await env.store.openCounts()).total).toBe(open - (missing?.count ?? 0));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the Home tab (home)", () => {
  it("shows the dashboard: the open errors, the largest types with their buttons, setup", async () => {
    const at = new Date(Date.now() - 60 * 60 * 1000);
    const tx = await env.store.beginImport({
      fileName: "export.csv",
      contentHash: "home",
      importedBy: "cli",
      importedAt: at,
    });
    for (const [ruleId, id] of [
      ["invalid-email", "1"],
      ["invalid-email", "2"],
      ["string-too-long", "3"],
    ] as const) {
      const rule = createCatalog(rules).ruleById(ruleId);
      if (!rule) throw new Error(ruleId);
      await tx.add({
        ruleId,
        category: rule.category,
        direction: rule.direction,
        objectType: "contact",
        hubspotId: id,
        salesforceId: null,
        recordName: null,
        message: "m",
        statusCode: null,
        occurredAt: at,
      });
    }
    await tx.commit({ rowsRead: 3, rejected: 0, objectTypes: ["contact"], columns: {} });
    const console = session();
    await console.handle("home");
    expect(printed).toContain("Home tab");
    expect(printed).toContain("Sync errors at a glance");
    expect(printed).toContain("3 open errors");
    expect(printed).toContain("Largest types");
    expect(printed).toMatch(/Invalid email.* · 2 open/);
    expect(printed).toContain("Explain");
    expect(printed).toContain("Import ");
    expect(printed).toContain("3 rows, 3 new");
    expect(printed).toContain("Setup");
    expect(printed).toContain("DIGEST_CHANNEL");
    expect(env.sandbox.homeView("U0CONSOLE")).toBeDefined();
  });
});

describe("acting as another person (as)", () => {
  it("sends the next commands as that person, and refuses what is not a Slack user id", async () => {
    const console = session();
    await console.handle("as bob");
    expect(printed).toContain("Type as and a Slack user id");
    expect(printed).toContain("You are U0CONSOLE.");
    printed = "";
    await console.handle("as U0BOB");
    expect(printed).toContain("You are U0BOB now");
    expect(printed).toContain("as U0CONSOLE goes back.");
    await console.handle("/syncerror mine");
    // The bot asked Slack who is asking: the new person.
    expect(env.sandbox.calls("users.info").map((c) => c.args.user)).toContain("U0BOB");
    expect(env.sandbox.calls("users.info").map((c) => c.args.user)).not.toContain("U0CONSOLE");
  });

  it("shows the ephemeral notices of someone it has been, marked as theirs, and nobody else's", async () => {
    const console = session();
    await console.handle("as U0BOB");
    printed = "";
    for (const user of ["U0CONSOLE", "U0STRANGER"])
      await env.app.client.chat.postEphemeral({
        channel: DEFAULT_CHANNEL.id,
        user,
        text: `A notice for ${user}`,
      });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(printed).toContain("only visible to @U0CONSOLE");
    expect(printed).toContain("A notice for U0CONSOLE");
    expect(printed).not.toContain("U0STRANGER");
  });
});
