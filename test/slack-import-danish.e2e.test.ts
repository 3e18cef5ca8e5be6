import { once } from "node:events";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { writeDemoCsv } from "../src/demo/write-demo-csv.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import {
  type ChannelMessage,
  DEFAULT_CHANNEL,
  type SandboxCall,
  type SandboxResponse,
} from "../src/sandbox/slack/sandbox.js";
import { validateBlocks } from "../src/slack/blocks/index.js";
import { englishWordsIn } from "./english-words.js";

// An export dropped in the channel of a bot started with BOT_LANGUAGE=da: "importing…" and the
// summary in its thread are in Danish, for everyone in the channel, and so are a refused file and
// the question about its columns; a refusal only the clicker sees is in their own language. The
// real app over signed HTTP, the Slack sandbox.

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

/** Each text a person reads in a message: its fallback and the blocks' texts, not ids or types. */
function readTexts(message: { text?: unknown; blocks?: unknown }): string[] {
  const strings = (v: unknown): string[] =>
    typeof v === "string"
      ? [v]
      : v && typeof v === "object"
        ? Object.entries(v).flatMap(([k, x]) =>
            k === "type" || k === "value" || k.endsWith("_id") ? [] : strings(x),
          )
        : [];
  return [String(message.text), ...strings(message.blocks)];
}

async function share(name: string, content: Buffer, userId = "U0ADMIN") {
  const since = Math.max(0, ...env.sandbox.calls().map((c) => c.seq));
  const shared = await env.sandbox.shareFile(env.target, {
    userId,
    channelId: DEFAULT_CHANNEL.id,
    name,
    content,
  });
  expect(shared.reply?.status).toBe(200);
  const update = (await env.sandbox.waitFor((r) => r.seq > since && r.method === "chat.update", {
    timeoutMs: 10_000,
  })) as SandboxCall;
  return { file: shared.file, update };
}

describe("a refused export in a Danish channel", () => {
  it("says why in Danish in its thread: a PDF named .csv", async () => {
    const { update } = await share("export.csv", Buffer.from("%PDF-1.7\n1 0 obj\n"));
    expect(update.args.text).toBe(
      "Det her er en PDF, ikke en CSV- eller Excel-eksport. Brug Export errors i HubSpot, og vælg CSV eller XLSX.",
    );
    expect(validateBlocks(update.args.blocks, "message")).toEqual([]);
    expect(englishWordsIn(readTexts(update.args).join("\n"), ["HubSpot", "Export errors"])).toEqual(
      [],
    );
    expect(await env.store.lastImport()).toBeNull();
  });

  it("says why in Danish in its thread: a quote that never closes", async () => {
    const csv = 'Record ID,Error message\n1,"INVALID_EMAIL_ADDRESS: never closed\n2,fine\n';
    const { update } = await share("export.csv", Buffer.from(csv));
    expect(String(update.args.text)).toMatch(
      /^Række 2 starter en celle i anførselstegn, som aldrig lukkes/,
    );
    expect(englishWordsIn(readTexts(update.args).join("\n"), [])).toEqual([]);
  });
});

describe("an export whose columns are not known, in a Danish channel", () => {
  const HEADERS = ["Objekt", "Nøgle", "Besked", "Hvornår"];
  const csv = Buffer.from(
    `${HEADERS.join(",")}\nKontakt,101,"INVALID_EMAIL_ADDRESS: Email: invalid email address: x@",2026-11-20\n`,
  );

  const click = (userId: string, question: ChannelMessage, actionId: string, value?: string) =>
    env.sandbox.click(env.target, {
      userId,
      message: question,
      actionId,
      ...(value === undefined ? {} : { value }),
    });

  async function ephemeralAnswer(responseUrl: string) {
    const answer = (await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === responseUrl,
      { timeoutMs: 10_000 },
    )) as SandboxResponse;
    return answer.body as { text: string; response_type: string };
  }

  it("asks which column holds what in Danish, and refuses a Danish user's wrong answer in Danish, an English user's in English", async () => {
    const { file, update } = await share("eksport.csv", csv);
    const question = env.sandbox
      .messages(DEFAULT_CHANNEL.id)
      .find((m) => m.ts === update.args.ts && m.threadTs === file.ts);
    if (!question) throw new Error("no question in the file's thread");
    expect(question.text).toBe(
      "Hvilke kolonner i eksport.csv indeholder hvad? Vælg dem, og tryk på Importér.",
    );
    expect(validateBlocks(question.blocks, "message")).toEqual([]);
    const read = readTexts(question).filter((text) => !HEADERS.includes(text));
    expect(read.join("\n")).toContain("*Fejlmeddelelse* · påkrævet, hvis Fejltype mangler");
    expect(read).toContain("— ikke i denne fil —");
    expect(read).toContain("Importér");
    expect(englishWordsIn(read.join("\n"), ["HubSpot", "Salesforce", "eksport.csv"])).toEqual([]);

    env.sandbox.addUser({ id: "U0DANSK", locale: "da-DK" });
    await click("U0DANSK", question, "import_column:errorType", "none");
    await click("U0DANSK", question, "import_column:message", "none");
    const dansk = await ephemeralAnswer(
      (await click("U0DANSK", question, "import_columns")).responseUrl,
    );
    expect(dansk.response_type).toBe("ephemeral");
    expect(dansk.text).toContain(
      "Vælg en kolonne til Fejltype eller Fejlmeddelelse: importen skal bruge en af dem.",
    );
    expect(dansk.text).toContain("Intet blev importeret.");
    expect(englishWordsIn(dansk.text, [])).toEqual([]);

    const english = await ephemeralAnswer(
      (await click("U0ADMIN", question, "import_columns")).responseUrl,
    );
    expect(english.text).toMatch(
      /^Choose a column for .*: the import needs one of them\..* Nothing was imported\.$/s,
    );
    expect(await env.store.lastImport()).toBeNull();
  });
});
