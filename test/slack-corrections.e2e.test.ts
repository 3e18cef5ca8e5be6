import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { CorrectionBook } from "../src/corrections/correction-book.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import { blockActionPayload, sendBlockAction } from "../src/sandbox/slack/requests.js";
import {
  DEFAULT_CHANNEL,
  type SandboxCall,
  type SandboxResponse,
} from "../src/sandbox/slack/sandbox.js";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { bodyOf } from "./fakes/slack-responses.js";

// "Not this type?" as Slack drives it: signed slash commands and clicks into the real Bolt app,
// one store and one catalog (reading the corrections live) behind it.

const ADMIN = "U0ADMIN";
const STRANGER = "U0STRANGER";
const CHANNEL = DEFAULT_CHANNEL.id;
const MESSAGE =
  'Lead 00Q5g00000AbCdEAAA was refused by the region check: "Nordics" is not served (ref 4411)';
const SAME_SHAPE =
  'Lead 00Q5g00000XyZaBQQQ was refused by the region check: "Benelux" is not served (ref 17)';

let store: Store;
let env: SandboxedApp;

beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
  const book = new CorrectionBook();
  env = await startSandboxedApp({
    catalog: createCatalog(rules, { corrections: book }),
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
    store,
    corrections: { book, allowed: { users: [ADMIN], usergroup: undefined } },
  });
});

afterEach(async () => {
  env.sandbox.assertNoUnexpectedCalls();
  await env.stop();
  await store.close();
});

async function answerAt(responseUrl: string): Promise<ReturnType<typeof bodyOf>> {
  const response = (await env.sandbox.waitFor(
    (r) => r.type === "response" && r.url === responseUrl,
  )) as SandboxResponse;
  return bodyOf(response);
}

async function explain(text: string, userId = ADMIN) {
  const reply = await env.sandbox.slash(env.target, {
    text: `explain ${text}`,
    userId,
    channelId: CHANNEL,
  });
  expect(reply.status).toBe(200);
  return answerAt(reply.responseUrl);
}

/** Clicks `actionId` (with `value`) in the newest message only `userId` sees; the bot's answer. */
async function click(userId: string, actionId: string, value?: string) {
  const message = env.sandbox.ephemerals(userId).at(-1);
  if (!message) throw new Error(`nothing shown to ${userId}`);
  const reply = await env.sandbox.click(env.target, {
    userId,
    message,
    actionId,
    ...(value === undefined ? {} : { value }),
  });
  expect(reply.status).toBe(200);
  return answerAt(reply.responseUrl);
}

const elementsOf = (body: ReturnType<typeof bodyOf>) =>
  (body.blocks as Array<{ elements?: unknown[]; accessory?: unknown }>).flatMap((b) => [
    ...(b.elements ?? []),
    ...(b.accessory ? [b.accessory] : []),
  ]) as Array<Record<string, unknown>>;

describe('"Not this type?" over signed HTTP', () => {
  it("stores the type an admin picks, and the next explain of the message answers with it", async () => {
    const first = await explain(MESSAGE);
    // The bot reads it as a validation rule (Custom code); the admin knows it is a region check.
    expect(first.blocks[0]?.text?.text).not.toBe("Mismatched state or country value");
    const offer = elementsOf(first).find((e) => e.action_id === "correction_offer");
    expect(offer?.value).toMatch(/^[A-Za-z0-9_-]{16}$/);

    const question = await click(ADMIN, "correction_offer");
    expect(question).toMatchObject({ response_type: "ephemeral", replace_original: false });
    const menu = elementsOf(question).find((e) => e.action_id === "correction_type") as {
      option_groups: Array<{ label: { text: string }; options: Array<{ value: string }> }>;
    };
    // The 28 types, grouped by category.
    expect(menu.option_groups.flatMap((g) => g.options)).toHaveLength(28);
    expect(menu.option_groups.map((g) => g.label.text)).toContain("Custom code");

    const saved = await click(ADMIN, "correction_type", "mismatched-state-or-country-value");
    expect(saved.replace_original).toBe(true);
    expect(saved.text).toContain(
      "Saved: I now read this message, and messages like it, as Mismatched state or country value (correction #1)",
    );
    expect(await store.corrections()).toEqual([
      expect.objectContaining({
        id: 1,
        message: MESSAGE,
        ruleId: "mismatched-state-or-country-value",
        correctedBy: ADMIN,
      }),
    ]);
    expect(await store.auditLog(5)).toEqual([
      expect.objectContaining({
        who: ADMIN,
        action: "correction.add",
        ruleId: "mismatched-state-or-country-value",
      }),
    ]);

    const next = await explain(SAME_SHAPE);
    expect(next.blocks[0]?.text?.text).toBe("Mismatched state or country value");
    expect(JSON.stringify(next.blocks)).toContain(
      "I read the message as *Mismatched state or country value*",
    );
  });

  it("says so when the type picked is the one the bot already gives, and stores nothing", async () => {
    await explain("STRING_TOO_LONG: Last Name: data value too large: Xy (max length=80)");
    await click(ADMIN, "correction_offer");
    const answer = await click(ADMIN, "correction_type", "string-too-long");
    expect(answer.text).toBe("I already read this message as String too long, so nothing changed.");
    expect(await store.corrections()).toEqual([]);
    expect(await store.auditLog(5)).toEqual([]);
  });

  it("offers it under an answer to a description, and the same words then get the type picked", async () => {
    const description = "the integration user lacks permissions";
    const first = await explain(description);
    expect(first.blocks[0]?.text?.text).toBe("Insufficient Salesforce access");
    expect(elementsOf(first).some((e) => e.action_id === "correction_offer")).toBe(true);

    await click(ADMIN, "correction_offer");
    await click(ADMIN, "correction_type", "salesforce-field-permission");

    const next = await explain(description);
    expect(next.blocks[0]?.text?.text).toBe("Salesforce field permission");
  });

  it("lets an admin say which type a message nothing matched is", async () => {
    const text = "the sync stopped for this record and nobody can tell why";
    const first = await explain(text);
    expect(first.text).toContain("No error type matches");
    await click(ADMIN, "correction_offer");
    await click(ADMIN, "correction_type", "owner-assignment");
    expect((await explain(text)).blocks[0]?.text?.text).toBe("Owner Assignment");
  });

  it("refuses someone who may not start resyncs, naming who may, and changes nothing", async () => {
    await explain(MESSAGE, STRANGER);
    const refused = await click(STRANGER, "correction_offer");
    expect(refused).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(refused.text).toContain(
      `Only <@${ADMIN}> may correct an error type. Nothing was changed`,
    );
    expect(await store.corrections()).toEqual([]);
  });

  it.each([
    ["a key that was never issued", "AAAAAAAAAAAAAAAA"],
    ["a malformed key", "../../etc/passwd"],
    ["the message itself in place of the key", MESSAGE],
  ])("refuses a tampered button value (%s) and changes nothing", async (_what, value) => {
    await explain(MESSAGE);
    const refused = await click(ADMIN, "correction_offer", value);
    expect(refused.text).toContain("This control is unknown or has expired");
    expect(await store.corrections()).toEqual([]);
  });

  it.each([
    ["an offer key that was never issued", "correction:BBBBBBBBBBBBBBBB", "custom-code"],
    ["no offer key", "x1Yz2", "custom-code"],
    ["a type that does not exist", null, "../../etc/passwd"],
  ])("refuses a forged type pick (%s) and changes nothing", async (_what, blockId, value) => {
    await explain(MESSAGE);
    await click(ADMIN, "correction_offer");
    const question = env.sandbox.ephemerals(ADMIN).at(-1);
    if (!question) throw new Error("no question shown");
    const realBlockId = (question.blocks[0] as { block_id: string }).block_id;
    const responseUrl = env.sandbox.createResponseUrl({ channel: CHANNEL, user: ADMIN });
    const payload = blockActionPayload({
      userId: ADMIN,
      channelId: CHANNEL,
      responseUrl,
      action: {
        actionId: "correction_type",
        type: "static_select",
        blockId: blockId ?? realBlockId,
        selectedOption: { value },
      },
      container: {
        type: "message",
        message_ts: question.ts,
        channel_id: CHANNEL,
        is_ephemeral: true,
      },
    });
    expect((await sendBlockAction(env.target, payload)).status).toBe(200);
    const refused = await answerAt(responseUrl);
    expect(refused).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(refused.text).toMatch(/unknown or has expired|not an error type I know/);
    expect(await store.corrections()).toEqual([]);
  });
});

// An export without HubSpot's type column: the bot read each message's type itself, so the
// summary's lines by type offer "Not this type?".
const STRING_TOO_LONG = "STRING_TOO_LONG: Last Name: data value too large: Xy (max length=80)";
const INVALID_EMAIL = "INVALID_EMAIL_ADDRESS: Email: invalid email address: a@b";

const csv = (header: string, rows: readonly string[][]) =>
  Buffer.from(
    [header, ...rows.map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(","))]
      .join("\n")
      .concat("\n"),
  );

/** Shares `content` in the digest channel and waits for the summary that replaces "importing…". */
async function importFile(name: string, content: Buffer) {
  const since = Math.max(0, ...env.sandbox.calls().map((c) => c.seq));
  const shared = await env.sandbox.shareFile(env.target, {
    userId: ADMIN,
    channelId: CHANNEL,
    name,
    content,
  });
  expect(shared.reply?.status).toBe(200);
  const update = await env.sandbox.waitFor((r) => r.seq > since && r.method === "chat.update", {
    timeoutMs: 10_000,
  });
  const ts = String((update as SandboxCall).args.ts);
  const summary = env.sandbox.messages(CHANNEL).find((m) => m.ts === ts);
  if (!summary) throw new Error("no summary in the channel");
  return summary;
}

type Menu = { action_id: string; options: Array<{ text: { text: string }; value: string }> };
const lineMenuOf = (message: { blocks: readonly unknown[] }) =>
  elementsOf(message as ReturnType<typeof bodyOf>).find((e) => e.action_id === "correction_line") as
    | Menu
    | undefined;

/** Picks the line named `typeName` in a summary's "Not this type?" menu; the bot's answer. */
async function pickLine(
  summary: Awaited<ReturnType<typeof importFile>>,
  typeName: string,
  userId = ADMIN,
) {
  const option = lineMenuOf(summary)?.options.find((o) => o.text.text === typeName);
  if (!option) throw new Error(`no line ${typeName}`);
  const reply = await env.sandbox.click(env.target, {
    userId,
    message: summary,
    actionId: "correction_line",
    value: option.value,
  });
  expect(reply.status).toBe(200);
  return answerAt(reply.responseUrl);
}

const UNTYPED = "Object type,Record ID,Error message";
const untypedExport = csv(UNTYPED, [
  ["Contact", "1001", MESSAGE],
  ["Contact", "1002", SAME_SHAPE],
  ["Contact", "1003", STRING_TOO_LONG],
  ["Contact", "1004", INVALID_EMAIL],
]);

describe('"Not this type?" on an import summary', () => {
  it("lists the types the bot read, and the type picked for a line is stored and read from then on", async () => {
    const summary = await importFile("export.csv", untypedExport);
    const menu = lineMenuOf(summary);
    // Most first, then by name, as the summary lists them; only keys travel through Slack.
    expect(menu?.options.map((o) => o.text.text)).toEqual([
      "Custom code",
      "Invalid email",
      "String too long",
    ]);
    for (const option of menu?.options ?? []) expect(option.value).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(JSON.stringify(summary.blocks)).not.toContain("Nordics");

    const question = await pickLine(summary, "Custom code");
    expect(question).toMatchObject({ response_type: "ephemeral", replace_original: false });
    // The line's first message, kept server-side, is what the admin corrects.
    expect(JSON.stringify(question.blocks)).toContain("I read this message as *Custom code*");
    expect(JSON.stringify(question.blocks)).toContain("Nordics");

    const saved = await click(ADMIN, "correction_type", "invalid-value");
    expect(saved.text).toContain("as Invalid value (correction #1)");
    expect(await store.corrections()).toEqual([
      expect.objectContaining({ message: MESSAGE, ruleId: "invalid-value", correctedBy: ADMIN }),
    ]);
    expect(await store.auditLog(5)).toEqual([
      expect.objectContaining({ who: ADMIN, action: "correction.add", ruleId: "invalid-value" }),
    ]);

    // The next export reads messages of that shape as the type picked; so does explain.
    const next = await importFile(
      "export-2.csv",
      csv(UNTYPED, [
        [
          "Contact",
          "2001",
          'Lead 00Q5g00000QqQqQAAA was refused by the region check: "DACH" is not served (ref 9)',
        ],
      ]),
    );
    expect(JSON.stringify(next.blocks)).toContain("• Invalid value: *1*");
    expect(lineMenuOf(next)?.options.map((o) => o.text.text)).toEqual(["Invalid value"]);
    expect((await explain(SAME_SHAPE)).blocks[0]?.text?.text).toBe("Invalid value");
  });

  it("is not offered when the export has HubSpot's type column: the types are HubSpot's", async () => {
    const summary = await importFile(
      "typed.csv",
      csv("Object type,Record ID,Error type,Error message", [
        ["Contact", "1001", "Invalid email", INVALID_EMAIL],
        ["Contact", "1002", "String too long", STRING_TOO_LONG],
      ]),
    );
    expect(JSON.stringify(summary.blocks)).toContain("New by error type");
    expect(lineMenuOf(summary)).toBeUndefined();
  });

  it("refuses someone who may not correct, and changes nothing", async () => {
    const summary = await importFile("export.csv", untypedExport);
    const refused = await pickLine(summary, "Invalid email", STRANGER);
    expect(refused).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(refused.text).toContain(`Only <@${ADMIN}> may correct an error type`);
    expect(await store.corrections()).toEqual([]);
  });

  it.each([
    ["a line key that was never issued", "AAAAAAAAAAAAAAAA"],
    ["the message itself in place of the key", MESSAGE],
    ["a rule id in place of the key", "custom-code"],
  ])("refuses a forged line (%s) and changes nothing", async (_what, value) => {
    const summary = await importFile("export.csv", untypedExport);
    const menuBlock = (summary.blocks as Array<{ block_id?: string; accessory?: Menu }>).find(
      (b) => b.accessory?.action_id === "correction_line",
    );
    const responseUrl = env.sandbox.createResponseUrl({ channel: CHANNEL, user: ADMIN });
    const payload = blockActionPayload({
      userId: ADMIN,
      channelId: CHANNEL,
      responseUrl,
      action: {
        actionId: "correction_line",
        type: "static_select",
        blockId: menuBlock?.block_id ?? "x",
        selectedOption: { value },
      },
      message: { ts: summary.ts, text: summary.text, blocks: summary.blocks },
    });
    expect((await sendBlockAction(env.target, payload)).status).toBe(200);
    const refused = await answerAt(responseUrl);
    expect(refused).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(refused.text).toContain("This control is unknown or has expired");
    expect(await store.corrections()).toEqual([]);
  });
});
