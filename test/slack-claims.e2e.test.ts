/**
 * Who is on which error type, through the real Bolt app over signed HTTP against the Slack
 * sandbox: taking a type from its ⋯ menu on a posted digest, the line brought up to date, a
 * takeover confirmed and the previous owner told, releasing, `/syncerror mine`, the status listing
 * the asker's own types first, and Explain from the menu into the digest's thread.
 */
import { WebClient } from "@slack/web-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import {
  DEFAULT_CHANNEL,
  type SandboxCall,
  type SandboxResponse,
} from "../src/sandbox/slack/sandbox.js";
import type { SlackMessage } from "../src/sandbox/slack/types.js";
import { bodyOf } from "./fakes/slack-responses.js";
import { typeLinesOf } from "./fakes/type-lines.js";

const catalog = createCatalog(rules);
const CHANNEL = DEFAULT_CHANNEL.id;
const ANN = "U0ANN";
const BOB = "U0BOB";

let env: SandboxedApp;

beforeEach(async () => {
  env = await startSandboxedApp({
    catalog,
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
  });
  const at = new Date(Date.now() - 60 * 60 * 1000);
  const tx = await env.store.beginImport({
    fileName: "seed.csv",
    contentHash: "seed",
    importedBy: "test",
    importedAt: at,
  });
  for (const [ruleId, count] of [
    ["invalid-email", 2],
    ["string-too-long", 1],
  ] as const) {
    const rule = catalog.ruleById(ruleId);
    if (!rule) throw new Error(ruleId);
    for (let i = 0; i < count; i++)
      await tx.add({
        ruleId,
        category: rule.category,
        direction: rule.direction,
        objectType: "contact",
        hubspotId: `${ruleId}-${i}`,
        salesforceId: null,
        recordName: null,
        message: "m",
        statusCode: null,
        occurredAt: at,
      });
  }
  await tx.commit({ rowsRead: 3, rejected: 0, objectTypes: [], columns: {} });
});
afterEach(async () => {
  env.sandbox.assertNoUnexpectedCalls();
  await env.stop();
});

async function slash(text: string, userId: string) {
  const reply = await env.sandbox.slash(env.target, { text, userId, channelId: CHANNEL });
  expect(reply.status).toBe(200);
  return bodyOf(
    (await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === reply.responseUrl,
    )) as SandboxResponse,
  );
}

/** The digest as `/syncerror digest` previews it, posted in the channel as the schedule would. */
async function postedDigest(): Promise<SlackMessage> {
  const preview = await slash("digest", ANN);
  const posted = await new WebClient(env.botToken, {
    slackApiUrl: env.sandbox.apiUrl,
    retryConfig: { retries: 0 },
  }).chat.postMessage({ channel: CHANNEL, text: preview.text, blocks: preview.blocks as never });
  const message = env.sandbox.messages(CHANNEL).find((m) => m.ts === posted.ts);
  if (!message) throw new Error("no digest");
  return message;
}

const current = (message: SlackMessage) =>
  env.sandbox.messages(CHANNEL).find((m) => m.ts === message.ts) as SlackMessage;

/** Chooses an option of the type line's menu that mentions `name`; returns the answer. */
async function choose(message: SlackMessage, name: string, value: string, userId: string) {
  const line = typeLinesOf(current(message)).find((l) => l.text.includes(name));
  if (!line) throw new Error(`no line for ${name}`);
  const click = await env.sandbox.click(env.target, {
    userId,
    message: current(message),
    actionId: line.actionId,
    value,
  });
  expect(click.status).toBe(200);
  return bodyOf(
    (await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === click.responseUrl,
    )) as SandboxResponse,
  );
}

describe("claims from the digest's ⋯ menus", () => {
  it("takes, takes over after a confirm (telling the owner), lists mine, and releases", async () => {
    const digest = await postedDigest();
    const email = typeLinesOf(digest).find((l) => l.text.includes("Invalid email"));
    expect(email?.options.map((o) => o.text)).toEqual(["Explain", "Take it", "Snooze…"]);
    // No rows of buttons left: the menu is each line's one control.
    expect(digest.blocks.some((b) => (b as { type: string }).type === "actions")).toBe(false);

    // Ann takes it: she is told, and the digest's line says so for the channel.
    const taken = await choose(digest, "Invalid email", "take:invalid-email", ANN);
    expect(taken.text).toContain("You're on *Invalid email* now.");
    await env.sandbox.waitFor("chat.update");
    const line = typeLinesOf(current(digest)).find((l) => l.text.includes("Invalid email"));
    expect(line?.text).toMatch(/ · <@U0ANN> is on it since <!date\^\d+\^/);
    expect(line?.options.map((o) => o.text)).toEqual([
      "Explain",
      "Take it over",
      "Release",
      "Snooze…",
    ]);
    expect((await env.store.claims()).map((c) => [c.ruleId, c.owner])).toEqual([
      ["invalid-email", ANN],
    ]);

    // Bob wants it too: asked first, only he sees the question.
    const asked = await choose(digest, "Invalid email", "take:invalid-email", BOB);
    expect(asked.text).toMatch(/^<@U0ANN> is on \*Invalid email\* since .+\. Take it over\?/);
    expect((await env.store.claims())[0]?.owner).toBe(ANN);
    const confirm = env.sandbox.ephemerals(BOB).at(-1);
    if (!confirm) throw new Error("no confirm");
    const since = Math.max(...env.sandbox.calls().map((c) => c.seq));
    const click = await env.sandbox.click(env.target, {
      userId: BOB,
      message: confirm,
      actionId: "claim_takeover",
    });
    const done = bodyOf(
      (await env.sandbox.waitFor(
        (r) => r.type === "response" && r.url === click.responseUrl,
      )) as SandboxResponse,
    );
    expect(done).toMatchObject({ replace_original: true });
    expect(done.text).toBe("You're on *Invalid email* now; <@U0ANN> has been told.");
    // Ann is told, next to the digest, only she sees it.
    const told = (await env.sandbox.waitFor(
      (r) => r.seq > since && r.method === "chat.postEphemeral",
    )) as SandboxCall;
    expect(told.args).toMatchObject({ channel: CHANNEL, user: ANN });
    expect(String(told.args.text)).toBe(
      "<@U0BOB> took over *Invalid email* from you. It is off your `/syncerror mine`.",
    );
    expect((await env.store.claims()).map((c) => c.owner)).toEqual([BOB]);

    // What each of them has.
    const bobs = await slash("mine", BOB);
    expect(bobs.text).toBe("You're on 1 error type");
    expect(JSON.stringify(bobs.blocks)).toMatch(
      /• \*Invalid email\* · 2 open · yours since <!date\^\d+\^[^>]+>"/,
    );
    expect((await slash("mine", ANN)).text).toBe("You're not on any error type");

    // Bob's status lists his type first, with Release; Ann cannot release it.
    const status = typeLinesOf(await slash("status", BOB));
    expect(status[0]?.text).toMatch(/Invalid email.* · <@U0BOB> is on it since/);
    expect(status[0]?.options.map((o) => o.text)).toEqual(["Explain", "Release", "Snooze…"]);
    expect(status[1]?.options.map((o) => o.text)).toEqual([
      "Explain",
      "Resync 1 (1 batch)",
      "Take it",
      "Snooze…",
    ]);
    const beforeRefusal = Math.max(...env.sandbox.calls().map((c) => c.seq));
    const refused = await choose(digest, "Invalid email", "release:invalid-email", ANN);
    expect(refused.text).toMatch(
      /^\*Invalid email\* isn't yours to release: <@U0BOB> is on it since/,
    );
    // The takeover was confirmed in an ephemeral, which cannot reach the digest: the next click
    // on the digest puts its line right.
    await env.sandbox.waitFor((r) => r.seq > beforeRefusal && r.method === "chat.update");
    expect(
      typeLinesOf(current(digest)).find((l) => l.text.includes("Invalid email"))?.text,
    ).toMatch(/ · <@U0BOB> is on it since/);

    // Bob lets it go: the line is free again.
    const beforeRelease = Math.max(...env.sandbox.calls().map((c) => c.seq));
    const released = await choose(digest, "Invalid email", "release:invalid-email", BOB);
    expect(released.text).toBe("You let go of *Invalid email*; nobody is on it now.");
    await env.sandbox.waitFor((r) => r.seq > beforeRelease && r.method === "chat.update");
    const free = typeLinesOf(current(digest)).find((l) => l.text.includes("Invalid email"));
    expect(free?.text).not.toContain("is on it");
    expect(await env.store.claims()).toEqual([]);

    // Every change is in the audit log, with who and what.
    const audit = (await env.store.auditLog(10))
      .filter((l) => l.action.startsWith("claim."))
      .map((l) => [l.action, l.who, l.ruleId, l.outcome])
      .reverse();
    expect(audit).toEqual([
      ["claim.take", ANN, "invalid-email", "taken"],
      ["claim.takeover", BOB, "invalid-email", "took over from U0ANN"],
      ["claim.release", BOB, "invalid-email", "released"],
    ]);
  });

  it("tells the previous owner in a direct message, in their language, when the ephemeral cannot reach them", async () => {
    // Ann left the channel (Slack: user_not_in_channel, slack-api-specs chat.postEphemeral); her
    // Slack is in Danish. The bot writes to her DM instead: chat.postMessage with her user id.
    env.sandbox.addUser({ id: ANN, locale: "da-DK" });
    // Previewed by Ann, so the digest's lines are in Danish.
    const digest = await postedDigest();
    await choose(digest, "Ugyldig e-mail", "take:invalid-email", ANN);
    await choose(digest, "Ugyldig e-mail", "take:invalid-email", BOB);
    const confirm = env.sandbox.ephemerals(BOB).at(-1);
    if (!confirm) throw new Error("no confirm");
    env.sandbox.failNext("chat.postEphemeral", "user_not_in_channel");
    const since = Math.max(...env.sandbox.calls().map((c) => c.seq));
    await env.sandbox.click(env.target, {
      userId: BOB,
      message: confirm,
      actionId: "claim_takeover",
    });
    const dm = (await env.sandbox.waitFor(
      (r) => r.seq > since && r.method === "chat.postMessage",
    )) as SandboxCall;
    expect(dm.args.channel).toBe(ANN);
    expect(dm.response).toMatchObject({ ok: true, channel: expect.stringMatching(/^D/) });
    expect(env.sandbox.directMessages(ANN).map((m) => m.text)).toEqual([
      "<@U0BOB> har overtaget *Ugyldig e-mail* fra dig. Den står ikke længere i din `/syncerror mine`.",
    ]);
    expect((await env.store.claims()).map((c) => c.owner)).toEqual([BOB]);
  });

  it("keeps the takeover when the previous owner cannot be told at all, and says so", async () => {
    const digest = await postedDigest();
    await choose(digest, "Invalid email", "take:invalid-email", ANN);
    await choose(digest, "Invalid email", "take:invalid-email", BOB);
    const confirm = env.sandbox.ephemerals(BOB).at(-1);
    if (!confirm) throw new Error("no confirm");
    env.sandbox.failNext("chat.postEphemeral", "user_not_in_channel");
    env.sandbox.failNext("chat.postMessage", "channel_not_found");
    const since = Math.max(...env.sandbox.calls().map((c) => c.seq));
    const click = await env.sandbox.click(env.target, {
      userId: BOB,
      message: confirm,
      actionId: "claim_takeover",
    });
    const done = bodyOf(
      (await env.sandbox.waitFor(
        (r) => r.type === "response" && r.url === click.responseUrl,
      )) as SandboxResponse,
    );
    // Both tries are made before the answer, which asks Bob to tell her himself.
    expect(done.text).toBe(
      "You're on *Invalid email* now, but Slack would not let me tell <@U0ANN>: please let them know yourself.",
    );
    expect(
      env.sandbox.calls().filter((c) => c.seq > since && c.method === "chat.postMessage"),
    ).toHaveLength(1);
    expect(env.sandbox.directMessages(ANN)).toEqual([]);
    expect((await env.store.claims()).map((c) => c.owner)).toEqual([BOB]);
  });

  it("tells a takeover that comes too late that the type changed hands, and changes nothing", async () => {
    const digest = await postedDigest();
    await choose(digest, "Invalid email", "take:invalid-email", ANN);
    await choose(digest, "Invalid email", "take:invalid-email", BOB);
    const confirm = env.sandbox.ephemerals(BOB).at(-1);
    if (!confirm) throw new Error("no confirm");
    // Ann lets go before Bob confirms.
    await env.store.releaseClaim("invalid-email", ANN, new Date());
    const click = await env.sandbox.click(env.target, {
      userId: BOB,
      message: confirm,
      actionId: "claim_takeover",
    });
    const answer = bodyOf(
      (await env.sandbox.waitFor(
        (r) => r.type === "response" && r.url === click.responseUrl,
      )) as SandboxResponse,
    );
    expect(answer.text).toBe(
      "*Invalid email* changed hands meanwhile: nobody is on it now. Take it from the menu.",
    );
    expect(await env.store.claims()).toEqual([]);
    expect(env.sandbox.calls("chat.postEphemeral")).toEqual([]);
  });

  it("explains a type from its menu in the digest's thread", async () => {
    const digest = await postedDigest();
    const since = Math.max(...env.sandbox.calls().map((c) => c.seq));
    const line = typeLinesOf(digest).find((l) => l.text.includes("Invalid email"));
    await env.sandbox.click(env.target, {
      userId: ANN,
      message: digest,
      actionId: line?.actionId ?? "",
      value: "explain:invalid-email",
    });
    const reply = (await env.sandbox.waitFor(
      (r) => r.seq > since && r.method === "chat.postMessage",
    )) as SandboxCall;
    expect(reply.args).toMatchObject({ channel: CHANNEL, thread_ts: digest.ts });
    expect(JSON.stringify(reply.args.blocks)).toContain('"text":"Invalid email"');
  });
});
