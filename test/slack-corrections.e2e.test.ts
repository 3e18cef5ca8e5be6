import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { CorrectionBook } from "../src/corrections/correction-book.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import { blockActionPayload, sendBlockAction } from "../src/sandbox/slack/requests.js";
import { DEFAULT_CHANNEL, type SandboxResponse } from "../src/sandbox/slack/sandbox.js";
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
  store = openStore({ path: ":memory:" });
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
  store.close();
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
    expect(first.blocks[0]?.text?.text).not.toBe("Custom code");
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

    const saved = await click(ADMIN, "correction_type", "custom-code");
    expect(saved.replace_original).toBe(true);
    expect(saved.text).toContain(
      "Saved: I now read this message, and messages like it, as Custom code (correction #1)",
    );
    expect(store.corrections()).toEqual([
      expect.objectContaining({
        id: 1,
        message: MESSAGE,
        ruleId: "custom-code",
        correctedBy: ADMIN,
      }),
    ]);
    expect(store.auditLog(5)).toEqual([
      expect.objectContaining({ who: ADMIN, action: "correction.add", ruleId: "custom-code" }),
    ]);

    const next = await explain(SAME_SHAPE);
    expect(next.blocks[0]?.text?.text).toBe("Custom code");
    expect(JSON.stringify(next.blocks)).toContain("I read the message as *Custom code*");
  });

  it("says so when the type picked is the one the bot already gives, and stores nothing", async () => {
    await explain("STRING_TOO_LONG: Last Name: data value too large: Xy (max length=80)");
    await click(ADMIN, "correction_offer");
    const answer = await click(ADMIN, "correction_type", "string-too-long");
    expect(answer.text).toBe("I already read this message as String too long, so nothing changed.");
    expect(store.corrections()).toEqual([]);
    expect(store.auditLog(5)).toEqual([]);
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
    expect(store.corrections()).toEqual([]);
  });

  it.each([
    ["a key that was never issued", "AAAAAAAAAAAAAAAA"],
    ["a malformed key", "../../etc/passwd"],
    ["the message itself in place of the key", MESSAGE],
  ])("refuses a tampered button value (%s) and changes nothing", async (_what, value) => {
    await explain(MESSAGE);
    const refused = await click(ADMIN, "correction_offer", value);
    expect(refused.text).toContain("This control is unknown or has expired");
    expect(store.corrections()).toEqual([]);
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
    expect(store.corrections()).toEqual([]);
  });
});
