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
    expect((await env.store.openCounts()).total).toBeGreaterThan(450);
    expect(await env.store.lastImport()).toMatchObject({
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
    const open = (await env.store.openCounts()).total;
    expect(JSON.stringify(answer.body)).toContain(`${open.toLocaleString("en")} open sync errors`);
    expect(JSON.stringify(answer.body)).toContain("Last import: export.csv");
  });

  it("is refused in its thread when it is not an export, and nothing is written", async () => {
    const { since } = await share("export.csv", Buffer.from("%PDF-1.7\nbinary stuff"));
    const update = await finalReply(since);
    expect(String(update.args.text)).toContain("This is a PDF, not a CSV or Excel export");
    expect(await env.store.lastImport()).toBeNull();
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
    expect((await env.store.lastImport())?.fileName).toBe(file.name);
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
    expect(await env.store.lastImport()).toBeNull();
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

// HubSpot publishes no format of its export, and its Danish interface mixes the languages: a file
// whose columns cannot all be placed by name gets a question in its thread instead of a refusal.
describe("an export whose columns are not all known", () => {
  // Object type and date are found by name; the ids, type and message are not.
  const HEADERS = [
    "Objekt",
    "Post-ID (HubSpot)",
    "SF Owner ID",
    "Fejltype (engelsk)",
    "Fejlbesked",
    "Tidspunkt",
  ];
  const OWNER = "005D000000AbCdEfGH";
  function danishExport(ids: readonly number[]): Buffer {
    const rows = ids.map(
      (id) =>
        `Kontakt,${id},${OWNER},Invalid email,"INVALID_EMAIL_ADDRESS: Email: invalid email address: x${id}@",2026-11-2${id % 9}T08:00:00Z`,
    );
    return Buffer.from(`${HEADERS.join(",")}\n${rows.join("\n")}\n`);
  }

  interface Select {
    readonly action_id: string;
    readonly initial_option?: { value: string; text: { text: string } };
    readonly options: Array<{ value: string; text: { text: string } }>;
  }
  const selectsOf = (message: ChannelMessage): Select[] =>
    message.blocks.flatMap((block) => {
      const accessory = (block as { accessory?: { type?: string } }).accessory;
      return accessory?.type === "static_select" ? [accessory as Select] : [];
    });
  const select = (message: ChannelMessage, field: string) => {
    const found = selectsOf(message).find((s) => s.action_id === `import_column:${field}`);
    if (!found) throw new Error(`no menu for ${field}`);
    return found;
  };
  const optionFor = (menu: Select, header: string) => {
    const found = menu.options.find((o) => o.text.text === header);
    if (!found) throw new Error(`no option ${header}`);
    return found.value;
  };

  /** Drops the file and returns the question posted in its thread. */
  async function askedAbout(content: Buffer, name = "eksport.csv") {
    const { file, since } = await share(name, content);
    const update = await finalReply(since);
    const question = env.sandbox
      .messages(DEFAULT_CHANNEL.id)
      .find((m) => m.ts === update.args.ts && m.threadTs === file.ts);
    if (!question) throw new Error("no question in the file's thread");
    return { question, file };
  }

  const click = (question: ChannelMessage, actionId: string, value?: string) =>
    env.sandbox.click(env.target, {
      userId: USER,
      message: question,
      actionId,
      ...(value === undefined ? {} : { value }),
    });

  async function ephemeralAnswer(responseUrl: string) {
    const answer = (await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === responseUrl,
      { timeoutMs: 10_000 },
    )) as SandboxResponse;
    return answer.body as { text: string; response_type: string; replace_original: boolean };
  }

  it("asks in the file's thread, one menu per field with the best guesses chosen, then imports what the person chose and remembers it", async () => {
    const { question } = await askedAbout(danishExport([101, 102, 103]));
    expect(await env.store.lastImport()).toBeNull();
    expect(question.text).toContain("Which columns of eksport.csv hold what?");
    expect(selectsOf(question)).toHaveLength(7);
    // Every menu lists "not in this file" and the file's columns; the guesses are chosen.
    for (const menu of selectsOf(question)) {
      expect(menu.options.map((o) => o.text.text)).toEqual(["— not in this file —", ...HEADERS]);
    }
    expect(select(question, "objectType").initial_option?.text.text).toBe("Objekt");
    expect(select(question, "hubspotId").initial_option?.text.text).toBe("Post-ID (HubSpot)");
    expect(select(question, "errorType").initial_option?.text.text).toBe("Fejltype (engelsk)");
    expect(select(question, "message").initial_option?.text.text).toBe("Fejlbesked");
    expect(select(question, "occurredAt").initial_option?.text.text).toBe("Tidspunkt");
    // The owner's id looks like a Salesforce id column: the person corrects that guess.
    expect(select(question, "salesforceId").initial_option?.text.text).toBe("SF Owner ID");

    const since = Math.max(...env.sandbox.calls().map((c) => c.seq));
    const chose = await click(question, "import_column:salesforceId", "none");
    expect(chose.status).toBe(200);
    await click(question, "import_columns");
    const summary = (await env.sandbox.waitFor(
      (r) =>
        r.seq > since &&
        r.method === "chat.update" &&
        String((r as SandboxCall).args.text).startsWith("Imported"),
      { timeoutMs: 10_000 },
    )) as SandboxCall;
    expect(summary.args.ts).toBe(question.ts);
    expect(String(summary.args.text)).toBe("Imported eksport.csv: 3 new, 0 resolved");
    expect(await env.store.lastImport()).toMatchObject({
      importedBy: USER,
      rowsRead: 3,
      columns: {
        objectType: "Objekt",
        hubspotId: "Post-ID (HubSpot)",
        errorType: "Fejltype (engelsk)",
        message: "Fejlbesked",
        occurredAt: "Tidspunkt",
      },
    });
    // The owner's id was not taken for the records' Salesforce id.
    expect((await env.store.openErrorsOf("invalid-email")).map((e) => e.salesforceId)).toEqual([
      null,
      null,
      null,
    ]);
    expect(await env.store.columnMappings()).toMatchObject([
      {
        id: 1,
        headers: HEADERS,
        confirmedBy: USER,
        columns: { hubspotId: { index: 1, header: "Post-ID (HubSpot)" } },
      },
    ]);

    // The next export with the same header row imports without asking.
    const next = await share("eksport-2.csv", danishExport([101, 104]));
    const answer = await finalReply(next.since);
    expect(String(answer.args.text)).toBe("Imported eksport-2.csv: 1 new, 2 resolved");
    expect(JSON.stringify(answer.args.blocks)).not.toContain("static_select");
  });

  it("refuses an answer that leaves a needed field out or gives one column to two fields, changing nothing", async () => {
    const { question } = await askedAbout(danishExport([101]));
    await click(question, "import_column:errorType", "none");
    await click(question, "import_column:message", "none");
    const none = await click(question, "import_columns");
    const refused = await ephemeralAnswer(none.responseUrl);
    expect(refused).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(refused.text).toContain(
      "Choose a column for Error type or Error message: the import needs one of them.",
    );

    await click(
      question,
      "import_column:message",
      optionFor(select(question, "message"), "Post-ID (HubSpot)"),
    );
    const twice = await click(question, "import_columns");
    expect((await ephemeralAnswer(twice.responseUrl)).text).toContain(
      "is chosen for Record ID and Error message; a column can feed one field only.",
    );
    expect(await env.store.lastImport()).toBeNull();
    expect(await env.store.columnMappings()).toEqual([]);
    // The question is still there, unchanged, to be answered properly.
    expect(env.sandbox.messages(DEFAULT_CHANNEL.id).find((m) => m.ts === question.ts)?.edited).toBe(
      true,
    );
    expect(env.sandbox.calls("chat.update")).toHaveLength(1);
  });

  it("refuses a stale or altered Import button with an ephemeral error, and imports nothing", async () => {
    const { question, file } = await askedAbout(danishExport([101]));
    // A file Slack does not know (deleted since, or a made-up id).
    const gone = await click(question, "import_columns", "F0GONE0001.0123456789abcdef");
    expect((await ephemeralAnswer(gone.responseUrl)).text).toContain(
      "The file this question is about is no longer in Slack, so nothing was imported.",
    );
    // The right file, but not the header row the question showed.
    const other = await click(question, "import_columns", `${file.id}.0123456789abcdef`);
    expect((await ephemeralAnswer(other.responseUrl)).text).toContain(
      "The file's columns are not the ones the question showed, so nothing was imported.",
    );
    // Not a value syncerror makes.
    const forged = await click(question, "import_columns", "DROP TABLE");
    expect((await ephemeralAnswer(forged.responseUrl)).text).toContain(
      "This Import button was not made by syncerror",
    );
    expect(await env.store.lastImport()).toBeNull();
    expect(await env.store.columnMappings()).toEqual([]);
    expect(env.sandbox.calls("chat.update")).toHaveLength(1);
  });

  it("shows the question again, with the person's choice and why, when the import with it fails", async () => {
    const { question } = await askedAbout(danishExport([101, 102]));
    // The message column read as the object type: no row has an object type the import knows.
    await click(
      question,
      "import_column:objectType",
      optionFor(select(question, "objectType"), "Fejlbesked"),
    );
    await click(question, "import_column:message", "none");
    const since = Math.max(...env.sandbox.calls().map((c) => c.seq));
    await click(question, "import_columns");
    const again = (await env.sandbox.waitFor(
      (r) =>
        r.seq > since &&
        r.method === "chat.update" &&
        JSON.stringify((r as SandboxCall).args.blocks).includes("static_select"),
      { timeoutMs: 10_000 },
    )) as SandboxCall;
    expect(JSON.stringify(again.args.blocks)).toContain("with these columns failed");
    expect(JSON.stringify(again.args.blocks)).toContain("unknown object type");
    const shown = env.sandbox.messages(DEFAULT_CHANNEL.id).find((m) => m.ts === question.ts);
    if (!shown) throw new Error("question gone");
    expect(select(shown, "objectType").initial_option?.text.text).toBe("Fejlbesked");
    expect(select(shown, "message").initial_option?.value).toBe("none");
    expect(await env.store.lastImport()).toBeNull();
    expect(await env.store.columnMappings()).toEqual([]);
  });

  it("offers at most 99 of a very wide file's columns per menu, the likeliest for each field", async () => {
    const wide = [
      ...Array.from({ length: 140 }, (_v, i) => `Custom field ${i + 1}`),
      "Fejlbesked",
      "Post-ID",
    ];
    const row = wide.map((h) =>
      h === "Post-ID" ? "7" : h === "Fejlbesked" ? "INVALID_EMAIL_ADDRESS: bad" : "",
    );
    const { question } = await askedAbout(Buffer.from(`${wide.join(",")}\n${row.join(",")}\n`));
    for (const menu of selectsOf(question)) expect(menu.options.length).toBeLessThanOrEqual(100);
    expect(optionFor(select(question, "message"), "Fejlbesked")).toBe("c140");
    expect(select(question, "hubspotId").initial_option?.text.text).toBe("Post-ID");
    expect(JSON.stringify(question.blocks)).toContain("The file has 142 columns");
  });
});

describe("a filtered export dropped in Slack", () => {
  /** The full export, then its header and first four rows: a filtered export. */
  async function filteredAfterFull() {
    const full = await demoCsv(500);
    const first = await share("full.csv", full);
    await finalReply(first.since);
    const open = (await env.store.openCounts()).total;
    const lines = full.toString("utf8").split(/\r?\n/);
    const filtered = Buffer.from(`${lines.slice(0, 5).join("\n")}\n`);
    const { file, since } = await share("contacts.csv", filtered);
    const update = await finalReply(since);
    const summary = env.sandbox
      .messages(DEFAULT_CHANNEL.id)
      .find((m) => m.ts === update.args.ts && m.threadTs === file.ts);
    if (!summary) throw new Error("no summary in the file's thread");
    return { open, summary, update };
  }

  const joined = (words: readonly string[]) =>
    words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
  const buttonsOf = (message: ChannelMessage) =>
    message.blocks.flatMap((block) =>
      (
        (block as { elements?: Array<{ action_id?: string; value?: string }> }).elements ?? []
      ).filter((e) => e.action_id?.startsWith("import_missing")),
    );
  const click = (message: ChannelMessage, actionId: string, userId = USER) => {
    const value = buttonsOf(message).find((b) => b.action_id === actionId)?.value;
    if (value === undefined) throw new Error(`no ${actionId} button`);
    return env.sandbox.click(env.target, { userId, message, actionId, value });
  };

  it("imports the rows, keeps the errors it does not list open and asks; Resolve them resolves them once", async () => {
    const { open, summary } = await filteredAfterFull();
    const pending = (await env.store.lastImport())?.missing;
    if (!pending) throw new Error("no question recorded");
    expect(pending).toMatchObject({ decision: null });
    expect(pending.count).toBeGreaterThan(50);
    expect(await env.store.lastImport()).toMatchObject({ rowsRead: 4, resolved: 0 });
    expect((await env.store.openCounts()).total).toBe(open);
    const text = JSON.stringify(summary.blocks);
    expect(text).toContain("This export has 4 rows of ");
    expect(text).toMatch(
      new RegExp(
        `but ${pending.count.toLocaleString("en")} open [a-z, ]+ errors are not in it\\. A filtered export\\?`,
      ),
    );
    expect(buttonsOf(summary).map((b) => b.action_id)).toEqual([
      "import_missing_resolve",
      "import_missing_keep",
    ]);

    // Two people click at once, before the message changes: the first answer is taken, the
    // other is told it was already decided.
    const since = Math.max(...env.sandbox.calls().map((c) => c.seq));
    const clicked = await click(summary, "import_missing_resolve");
    const late = await click(summary, "import_missing_keep", "U0OTHER");
    expect([clicked.status, late.status]).toEqual([200, 200]);
    const updated = (await env.sandbox.waitFor((r) => r.seq > since && r.method === "chat.update", {
      timeoutMs: 10_000,
    })) as SandboxCall;
    expect(updated.args.ts).toBe(summary.ts);
    expect(String(updated.args.text)).toBe(
      `<@${USER}> decided: Resolved the ${pending.count.toLocaleString("en")} open ${joined(pending.objectTypes)} errors not in this export.`,
    );
    expect(JSON.stringify(updated.args.blocks)).not.toContain("import_missing_resolve");
    expect(JSON.stringify(updated.args.blocks)).toContain("rows");
    expect((await env.store.openCounts()).total).toBe(open - pending.count);
    expect((await env.store.lastImport())?.missing).toMatchObject({
      decision: "resolved",
      decidedBy: USER,
    });

    const answer = (await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === late.responseUrl,
      { timeoutMs: 10_000 },
    )) as SandboxResponse;
    expect(answer.body).toMatchObject({ response_type: "ephemeral" });
    expect(String((answer.body as { text: string }).text)).toContain(
      `<@${USER}> decided: Resolved`,
    );
    expect((await env.store.openCounts()).total).toBe(open - pending.count);
  });

  it("keeps them open when the person says so", async () => {
    const { open, summary } = await filteredAfterFull();
    const since = Math.max(...env.sandbox.calls().map((c) => c.seq));
    await click(summary, "import_missing_keep");
    const updated = (await env.sandbox.waitFor((r) => r.seq > since && r.method === "chat.update", {
      timeoutMs: 10_000,
    })) as SandboxCall;
    expect(String(updated.args.text)).toMatch(
      new RegExp(
        `^<@${USER}> decided: Kept open the [\\d,]+ open [a-z, ]+ errors not in this export\\.$`,
      ),
    );
    expect((await env.store.openCounts()).total).toBe(open);
    expect((await env.store.lastImport())?.missing).toMatchObject({
      decision: "kept",
      decidedBy: USER,
    });
  });
});
