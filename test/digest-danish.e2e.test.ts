import { once } from "node:events";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import type { DigestSettings } from "../src/config.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { demoRows } from "../src/demo/demo-rows.js";
import { writeDemoCsv } from "../src/demo/write-demo-csv.js";
import { importFile } from "../src/import/import-file.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import { DEFAULT_CHANNEL, type SandboxResponse } from "../src/sandbox/slack/sandbox.js";
import { validateBlocks } from "../src/slack/blocks/index.js";
import { englishWordsIn } from "./english-words.js";

// The digest in Danish: the bot started with BOT_LANGUAGE=da posts it in Danish in the channel,
// and `/syncerror digest` previews it in the Danish asker's language. Against the real store and
// the Slack sandbox, with the clock injected.

const catalog = createCatalog(rules);
const CHANNEL = DEFAULT_CHANNEL.id;
const SETTINGS: DigestSettings = {
  schedule: { cron: "0 9 * * 1-5", timezone: "Europe/Copenhagen" },
  catchupHours: 12,
  skipEmpty: false,
  chart: "off" as const,
};
// Monday 30 November 2026, 09:00 in Copenhagen (CET, UTC+1).
const MONDAY_0900 = new Date("2026-11-30T08:00:00Z");
const TUESDAY_0900 = new Date("2026-12-01T08:00:00Z");

/**
 * Names that stay English in Danish text: products, Slack's own command, and the English names
 * of the types whose Danish name is ours (HubSpot shows those in English).
 */
const KEPT = [
  "HubSpot",
  "Salesforce",
  "Sync Health",
  "/syncerror status all",
  ...rules.filter((r) => r.danishNameSource === "faithful").map((r) => r.name),
];

let env: SandboxedApp;
let clock: Date;
let dir: string;

beforeEach(async () => {
  clock = MONDAY_0900;
  env = await startSandboxedApp({
    catalog,
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
    botLanguage: "da",
    digest: { settings: SETTINGS, now: () => clock },
  });
  dir = mkdtempSync(join(tmpdir(), "syncerror-digest-da-"));
});
afterEach(async () => {
  env.sandbox.assertNoUnexpectedCalls();
  await env.stop();
  rmSync(dir, { recursive: true, force: true });
});

const posts = () =>
  env.sandbox
    .calls("chat.postMessage")
    .filter((c) => c.status === 200 && (c.response as { ok: boolean }).ok);

/** Every text a person reads in a message's blocks: mrkdwn, plain text, confirm dialogs. */
function textsOf(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) textsOf(item, into);
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      if (key === "text" && typeof value === "string") into.push(value);
      else textsOf(value, into);
    }
  return into;
}

/** A realistic store: the demo export of 2,000 errors over two weeks. */
async function importDemo(now: Date) {
  const csv = join(dir, "demo.csv");
  const out = createWriteStream(csv);
  const demo = { rows: 2_000, seed: 5, days: 14, now };
  await writeDemoCsv(out, demo);
  out.end();
  await once(out, "finish");
  await importFile(csv, {
    store: env.store,
    catalog,
    importedBy: "test",
    now: () => now,
    maxBytes: 1e9,
  });
  return demo;
}

describe("the daily digest with BOT_LANGUAGE=da", () => {
  it("is posted in Danish: no English words, valid Block Kit, Danish dates and numbers", async () => {
    const demo = await importDemo(new Date("2026-11-30T07:30:00Z"));
    const since = new Date(MONDAY_0900.getTime() - 24 * 3600 * 1000);
    const expected = [...demoRows(demo)].filter((r) => r.occurredAt >= since).length;

    const outcome = await env.digest.post(MONDAY_0900, false);
    expect(outcome.status).toBe("posted");
    const [post] = posts();
    const blocks = post?.args.blocks;
    expect(validateBlocks(blocks, "message")).toEqual([]);
    expect(String(post?.args.text)).toBe(
      `Synkroniseringsfejl mandag den 30. november 2026: ${expected} nye, 0 løst, 2000 åbne`,
    );
    const texts = textsOf(blocks);
    expect(texts[0]).toBe("Synkroniseringsfejl · mandag den 30. november 2026");
    expect(texts[1]).toBe(`*${expected} nye* de seneste 24 timer · *0 løst* · *2.000 åbne*`);
    expect(texts.some((t) => /rettes som regel af \S+-administratoren/.test(t))).toBe(true);
    expect(texts.some((t) => /^`[▁▂▃▄▅▆▇█]{7}` de seneste 7 dage$/m.test(t))).toBe(true);
    // Each type's ⋯ menu, in Danish: Forklar, Synkroniser N igen, Tag den.
    expect(texts.filter((t) => t === "Forklar").length).toBeGreaterThan(0);
    expect(texts.filter((t) => t === "Tag den").length).toBeGreaterThan(0);
    const resyncs = texts.filter((t) => /^Synkroniser .+ igen/.test(t));
    expect(resyncs.length).toBeGreaterThan(0);
    for (const label of resyncs)
      expect(label).toMatch(/^Synkroniser [\d.]+ igen \(\d+ omgange?\)$/);
    const english = texts.flatMap((t) => englishWordsIn(t, KEPT));
    expect(english).toEqual([]);
  });

  it("says the change against the previous digest, and a quiet day, in Danish", async () => {
    await importDemo(new Date("2026-11-30T07:30:00Z"));
    await env.digest.post(MONDAY_0900, false);
    clock = TUESDAY_0900;
    await env.digest.post(TUESDAY_0900, false);
    const tuesday = posts()[1];
    // Nothing came after the import: a quiet day, in one Danish line.
    expect(String(tuesday?.args.text)).toBe(
      "Ingen nye synkroniseringsfejl siden oversigten mandag den 30. november 2026. 0 løst, 2.000 åbne.",
    );
    expect(validateBlocks(tuesday?.args.blocks, "message")).toEqual([]);
  });
});

describe("/syncerror digest for a Danish admin", () => {
  it("previews the next digest in the asker's language", async () => {
    env.sandbox.addUser({ id: "U0DANSK", locale: "da-DK" });
    await importDemo(new Date("2026-11-30T07:30:00Z"));
    const reply = await env.sandbox.slash(env.target, {
      text: "digest",
      userId: "U0DANSK",
      channelId: CHANNEL,
    });
    const answer = (await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === reply.responseUrl,
    )) as SandboxResponse;
    const texts = textsOf((answer.body as { blocks: unknown }).blocks);
    expect(texts[0]).toBe("Synkroniseringsfejl · mandag den 30. november 2026");
    expect(texts.at(-1)).toBe(
      "Forhåndsvisning: den næste oversigt, som den ville blive sendt nu i <#C0SANDBOX>. Kun du kan se den.",
    );
    expect(texts.flatMap((t) => englishWordsIn(t, KEPT))).toEqual([]);
  });
});
