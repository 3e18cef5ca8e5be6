import { once } from "node:events";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { writeDemoCsv } from "../src/demo/write-demo-csv.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import { DEFAULT_CHANNEL, type SandboxCall } from "../src/sandbox/slack/sandbox.js";
import { validateBlocks } from "../src/slack/blocks/index.js";
import { englishWordsIn } from "./english-words.js";

// An export dropped in the channel of a bot started with BOT_LANGUAGE=da: "importing…" and the
// summary in its thread are in Danish, for everyone in the channel. The real app, the Slack sandbox.

let env: SandboxedApp;
const FILE = "sync-health-export.csv";

beforeEach(async () => {
  env = await startSandboxedApp({
    catalog: createCatalog(rules),
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
    botLanguage: "da",
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

describe("an export dropped in a Danish channel", () => {
  it("is answered in Danish in its thread", async () => {
    const since = Math.max(0, ...env.sandbox.calls().map((c) => c.seq));
    const shared = await env.sandbox.shareFile(env.target, {
      userId: "U0ADMIN",
      channelId: DEFAULT_CHANNEL.id,
      name: FILE,
      content: await demoCsv(500),
    });
    expect(shared.reply?.status).toBe(200);
    const update = (await env.sandbox.waitFor((r) => r.seq > since && r.method === "chat.update", {
      timeoutMs: 10_000,
    })) as SandboxCall;
    const [posted] = env.sandbox.calls("chat.postMessage").filter((c) => c.seq > since);
    expect(posted?.args.text).toBe(`Importerer ${FILE}…`);
    expect(String(update.args.text)).toMatch(
      /^Importerede sync-health-export\.csv: \d+ nye, 0 løst$/,
    );
    expect(validateBlocks(update.args.blocks, "message")).toEqual([]);
    const blocks = JSON.stringify(update.args.blocks);
    expect(blocks).toContain(`:inbox_tray: *${FILE}* er importeret: 500 rækker.`);
    expect(blocks).toContain("*Nye efter fejltype*");
    // Each text on its own (englishWordsIn leaves out what is quoted, so not the JSON); the
    // columns line names the file's own headers and the bot's field ids: left out here.
    const strings = (v: unknown): string[] =>
      typeof v === "string"
        ? [v]
        : v && typeof v === "object"
          ? Object.entries(v).flatMap(([k, x]) =>
              k === "type" || k.endsWith("_id") ? [] : strings(x),
            )
          : [];
    const read = [String(update.args.text), ...strings(update.args.blocks)].filter(
      (text) => !text.startsWith("Kolonner: "),
    );
    expect(read.length).toBeGreaterThan(3);
    expect(
      englishWordsIn(read.join("\n"), ["HubSpot", "Salesforce", FILE, "/syncerror status"]),
    ).toEqual([]);
  });
});
