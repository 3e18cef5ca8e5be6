import { once } from "node:events";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { writeDemoCsv } from "../src/demo/write-demo-csv.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import {
  DEFAULT_CHANNEL,
  type SandboxCall,
  type SandboxResponse,
} from "../src/sandbox/slack/sandbox.js";

// An export dropped in the digest channel: the real app downloads it from the Slack sandbox with
// the bot token, imports it into its store and answers in the file's thread.

let env: SandboxedApp;
const USER = "U0ADMIN";

beforeEach(async () => {
  env = await startSandboxedApp({
    catalog: createCatalog(rules),
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
  });
});
afterEach(async () => {
  env.sandbox.assertNoUnexpectedCalls();
  await env.stop();
});

async function demoCsv(rows: number): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeDemoCsv(out, { rows, seed: 11, days: 14, now: new Date("2026-11-29T09:00:00Z") });
  out.end();
  await once(out, "end");
  return Buffer.concat(chunks);
}

async function share(name: string, content: Buffer, channelId: string = DEFAULT_CHANNEL.id) {
  const since = Math.max(0, ...env.sandbox.calls().map((c) => c.seq));
  const shared = await env.sandbox.shareFile(env.target, {
    userId: USER,
    channelId,
    name,
    content,
  });
  expect(shared.reply?.status).toBe(200);
  return { ...shared, since };
}

const finalReply = async (since: number) =>
  (await env.sandbox.waitFor((r) => r.seq > since && r.method === "chat.update", {
    timeoutMs: 10_000,
  })) as SandboxCall;

describe("an export dropped in Slack", () => {
  it("is imported, with 'importing…' in the file's thread replaced by the summary", async () => {
    const { file, since } = await share("sync-health-export.csv", await demoCsv(500));
    const update = await finalReply(since);
    const [posted] = env.sandbox.calls("chat.postMessage").filter((c) => c.seq > since);
    if (!posted) throw new Error("no 'importing…' reply");
    expect(posted.args).toMatchObject({
      channel: DEFAULT_CHANNEL.id,
      thread_ts: file.ts,
      text: "Importing sync-health-export.csv…",
    });
    expect(update.args.ts).toBe((posted.response as { ts: string }).ts);
    expect(String(update.args.text)).toMatch(
      /^Imported sync-health-export\.csv: \d+ new, 0 resolved$/,
    );
    expect(JSON.stringify(update.args.blocks)).toContain("500 rows");
    expect(env.store.openCounts().total).toBeGreaterThan(450);
    expect(env.store.lastImport()).toMatchObject({
      fileName: "sync-health-export.csv",
      importedBy: USER,
      rowsRead: 500,
    });
  });

  it("shows up in /syncerror status afterwards", async () => {
    const { since } = await share("export.csv", await demoCsv(300));
    await finalReply(since);
    const reply = await env.sandbox.slash(env.target, {
      text: "status",
      userId: USER,
      channelId: DEFAULT_CHANNEL.id,
    });
    const answer = (await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === reply.responseUrl,
    )) as SandboxResponse;
    const open = env.store.openCounts().total;
    expect(JSON.stringify(answer.body)).toContain(`${open.toLocaleString("en")} open sync errors`);
    expect(JSON.stringify(answer.body)).toContain("Last import: export.csv");
  });

  it("is refused in its thread when it is not an export, and nothing is written", async () => {
    const { since } = await share("export.csv", Buffer.from("%PDF-1.7\nbinary stuff"));
    const update = await finalReply(since);
    expect(String(update.args.text)).toContain("This is a PDF, not a CSV or Excel export");
    expect(env.store.lastImport()).toBeNull();
  });

  it("is left alone when shared in another channel", async () => {
    env.sandbox.addChannel({ id: "C0RANDOM", name: "random" });
    // Invited there too, so Slack does tell it about the file; it is not the digest channel.
    await env.sandbox.inviteBot("C0RANDOM");
    await share("export.csv", await demoCsv(10), "C0RANDOM");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(env.sandbox.calls("files.info")).toEqual([]);
    expect(env.sandbox.calls("chat.postMessage")).toEqual([]);
  });

  it("is left alone when it is not a spreadsheet", async () => {
    await share("team-photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await env.sandbox.waitFor("files.info");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(env.sandbox.calls("chat.postMessage")).toEqual([]);
  });
});

describe("an export dropped where Slack keeps files apart from its API", () => {
  it("is downloaded from Slack's file host, which is not the API's host", async () => {
    const { file, since } = await share("export.csv", await demoCsv(50));
    const update = await finalReply(since);
    const info = env.sandbox.calls("files.info").at(-1)?.response as {
      file: { url_private_download: string };
    };
    // As on Slack: the file lives on files.slack.com, the Web API on slack.com.
    expect(new URL(info.file.url_private_download).origin).toBe(
      new URL(env.sandbox.filesUrl).origin,
    );
    expect(new URL(info.file.url_private_download).origin).not.toBe(
      new URL(env.sandbox.apiUrl).origin,
    );
    expect(String(update.args.text)).toMatch(/^Imported export\.csv: \d+ new/);
    expect(env.store.lastImport()?.fileName).toBe(file.name);
  });
});

describe("an export dropped while the app lacks files:read", () => {
  it("gets an answer in the channel saying to reinstall the app with files:read", async () => {
    await env.stop();
    env = await startSandboxedApp({
      catalog: createCatalog(rules),
      logger: createLogger({ level: "silent" }),
      logLevel: "silent",
      version: "test",
      // Installed before files:read was added to the manifest, and not reinstalled since.
      slackScopes: ["commands", "chat:write", "usergroups:read", "channels:read", "groups:read"],
    });
    const { since } = await share("export.csv", await demoCsv(20));
    const answer = (await env.sandbox.waitFor(
      (r) => r.seq > since && r.method === "chat.postMessage",
    )) as SandboxCall;
    const [info] = env.sandbox.calls("files.info");
    expect(info?.response).toMatchObject({
      ok: false,
      error: "missing_scope",
      needed: "files:read",
    });
    expect(answer.args.channel).toBe(DEFAULT_CHANNEL.id);
    expect(String(answer.args.text)).toContain("without the files:read scope");
    expect(String(answer.args.text)).toContain("reinstall the app");
    expect(env.store.lastImport()).toBeNull();
  });
});

describe("/syncerror import", () => {
  it("explains how to export from HubSpot and where to drop the file", async () => {
    const reply = await env.sandbox.slash(env.target, {
      text: "import",
      userId: USER,
      channelId: DEFAULT_CHANNEL.id,
    });
    const answer = (await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === reply.responseUrl,
    )) as SandboxResponse;
    const text = JSON.stringify(answer.body);
    expect(text).toContain("Sync Health");
    expect(text).toContain("Export errors");
    expect(text).toContain(`<#${DEFAULT_CHANNEL.id}>`);
  });
});
