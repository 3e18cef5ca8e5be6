/**
 * Snoozing and muting error types, through the real Bolt app over signed HTTP against the Slack
 * sandbox, on a moving clock: Snooze… from a posted digest's ⋯ menu opens a modal (views.open with
 * the click's trigger_id), its submission is checked (a missing or past date stays on the modal)
 * and stored, the line shows it, `/syncerror status` still counts the type and `/syncerror
 * snoozed` lists it; the next digests fold snoozed and muted types into one line, announce an
 * expiry, a doubled count and an unmute once each. One flow in Danish.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { loadConfig } from "../src/config.js";
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
const HOUR = 3_600_000;
/** Digest slots at 08:00 UTC (the default zone is UTC). */
const day = (n: number) => new Date(Date.UTC(2026, 10, 30 + n, 8));

let env: SandboxedApp;
let clock: Date;
let seeded = 0;

beforeEach(async () => {
  clock = new Date(day(0).getTime() - HOUR);
  env = await startSandboxedApp({
    catalog,
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
    digest: { settings: loadConfig({}).digest, now: () => clock },
  });
  await seed({ "invalid-email": 2, "string-too-long": 1, "type-mismatch": 1 }, day(0), HOUR / 2);
});
afterEach(async () => {
  env.sandbox.assertNoUnexpectedCalls();
  await env.stop();
});

/** New open errors, `before` ahead of `slot` (each with its own record). */
async function seed(counts: Record<string, number>, slot: Date, before: number) {
  const at = new Date(slot.getTime() - before);
  const tx = await env.store.beginImport({
    fileName: `seed-${seeded}.csv`,
    contentHash: `seed-${seeded++}`,
    importedBy: "test",
    importedAt: at,
  });
  for (const [ruleId, count] of Object.entries(counts)) {
    const rule = catalog.ruleById(ruleId);
    if (!rule) throw new Error(ruleId);
    for (let i = 0; i < count; i++)
      await tx.add({
        ruleId,
        category: rule.category,
        direction: rule.direction,
        objectType: "contact",
        hubspotId: `${ruleId}-${seeded}-${i}`,
        salesforceId: null,
        recordName: null,
        message: "m",
        statusCode: null,
        occurredAt: at,
      });
  }
  await tx.commit({ rowsRead: 1, rejected: 0, objectTypes: [], columns: {} });
}

/** The scheduled digest of `slot`, posted at the slot. */
async function digestAt(slot: Date): Promise<SlackMessage> {
  clock = slot;
  const outcome = await env.digest.post(slot, false);
  if (outcome.status !== "posted") throw new Error(`digest ${outcome.status}`);
  const message = env.sandbox.messages(CHANNEL).find((m) => m.ts === outcome.ts);
  if (!message) throw new Error("no digest");
  return message;
}

const textOf = (message: { blocks: readonly unknown[] }) => JSON.stringify(message.blocks);
const current = (message: SlackMessage) =>
  env.sandbox.messages(CHANNEL).find((m) => m.ts === message.ts) as SlackMessage;

/** Chooses an option of the menu on the line naming `name`; returns the click's response_url. */
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
  return click.responseUrl;
}

const answerAt = async (url: string) =>
  bodyOf(
    (await env.sandbox.waitFor((r) => r.type === "response" && r.url === url)) as SandboxResponse,
  );

/** Snoozes the type named `name` from the digest's menu with the modal's `values`. */
async function snoozeFromMenu(
  message: SlackMessage,
  name: string,
  ruleId: string,
  userId: string,
  values: Record<string, string | null>,
) {
  const before = env.sandbox.calls().at(-1)?.seq ?? -1;
  const url = await choose(message, name, `snooze:${ruleId}`, userId);
  const opened = await env.sandbox.waitFor(
    (r) => r.type === "call" && r.method === "views.open" && r.seq > before,
  );
  expect((opened as SandboxCall).response).toMatchObject({ ok: true });
  const submitted = await env.sandbox.submitView(env.target, { userId, values });
  return { url, submitted };
}

async function slash(text: string, userId: string) {
  const reply = await env.sandbox.slash(env.target, { text, userId, channelId: CHANNEL });
  expect(reply.status).toBe(200);
  return answerAt(reply.responseUrl);
}

describe("snooze and mute on a moving clock", () => {
  it("snoozes a day from the digest: folded the next morning, its end announced once", async () => {
    const first = await digestAt(day(0));
    const line = typeLinesOf(first).find((l) => l.text.includes("Invalid email"));
    expect(line?.options.map((o) => o.text)).toEqual(["Explain", "Take it", "Snooze…"]);

    // Half an hour after the digest, Ann snoozes Invalid email for a day, with a reason.
    clock = new Date(day(0).getTime() + HOUR / 2);
    const { url, submitted } = await snoozeFromMenu(first, "Invalid email", "invalid-email", ANN, {
      snooze_length: "1d",
      snooze_reason: "Waiting for the SF admin's fix",
    });
    expect(submitted.closed).toBe(true);
    const modal = env.sandbox.calls("views.open")[0]?.args.view as { title: { text: string } };
    expect(modal.title.text).toBe("Snooze an error type");
    expect((await answerAt(url)).text).toMatch(/^You snoozed \*Invalid email\* until <!date\^/);
    await env.sandbox.waitFor("chat.update");
    // The digest's line says so and offers Unsnooze.
    const updated = typeLinesOf(current(first)).find((l) => l.text.includes("Invalid email"));
    expect(updated?.text).toMatch(/ · :zzz: snoozed until <!date\^\d+\^/);
    expect(updated?.options.at(-1)).toEqual({ text: "Unsnooze", value: "unsnooze:invalid-email" });
    const audit = (await env.store.auditLog(10)).find((l) => l.action === "snooze.set");
    expect(audit).toMatchObject({
      who: ANN,
      ruleId: "invalid-email",
      detail: "reason: Waiting for the SF admin's fix",
    });

    // Status still counts it, with the note; /syncerror snoozed lists it with who, until and why.
    const status = await slash("status", BOB);
    const statusLine = typeLinesOf(status as { blocks: unknown[] }).find((l) =>
      l.text.includes("Invalid email"),
    );
    expect(statusLine?.text).toMatch(/\*2\*.* · :zzz: snoozed until/);
    const listed = textOf((await slash("snoozed", BOB)) as { blocks: unknown[] });
    expect(listed).toContain("by <@U0ANN> since");
    expect(listed).toContain("“Waiting for the SF admin's fix”");
    expect(listed).toContain('"action_id":"snooze_lift"');

    // Next morning, before the day is up: folded, with its new error counted on the folded line.
    await seed({ "invalid-email": 3, "type-mismatch": 1 }, day(1), HOUR);
    const second = await digestAt(day(1));
    expect(
      typeLinesOf(second)
        .map((l) => l.text)
        .join("\n"),
    ).not.toContain("Invalid email");
    expect(textOf(second)).toContain(
      ":zzz: 1 snoozed type · 3 new · `/syncerror snoozed` lists them",
    );
    expect(textOf(second)).not.toContain("is back");

    // The morning after: the snooze ran out at 08:30 yesterday; announced once, the type is back.
    await seed({ "invalid-email": 1 }, day(2), HOUR);
    const third = await digestAt(day(2));
    expect(textOf(third)).toMatch(
      /:alarm_clock: \*Invalid email\* is back: the snooze <@U0ANN> set until <!date\^\d+\^[^|]+\|[^>]+> ended\./,
    );
    expect(typeLinesOf(third).some((l) => l.text.includes("Invalid email"))).toBe(true);
    expect(textOf(third)).not.toContain("snoozed type");
    await seed({ "type-mismatch": 1 }, day(3), HOUR);
    expect(textOf(await digestAt(day(3)))).not.toContain("is back");
    const ended = (await env.store.auditLog(20)).find((l) => l.action === "snooze.end");
    expect(ended).toMatchObject({
      who: "syncerror",
      ruleId: "invalid-email",
      outcome: "expired",
      at: new Date(day(1).getTime() + HOUR / 2),
    });
  });

  it("mutes until someone unmutes, and ends a snooze when the count doubles", async () => {
    const first = await digestAt(day(0));
    // A date left out, then a past one: the modal stays open with the error on the date.
    clock = new Date(day(0).getTime() + 60_000);
    const noDate = await snoozeFromMenu(first, "String too long", "string-too-long", ANN, {
      snooze_length: "date",
    });
    expect(noDate.submitted).toMatchObject({
      closed: false,
      errors: { snooze_date: "Pick a date, or another choice." },
    });
    const past = await env.sandbox.submitView(env.target, {
      userId: ANN,
      values: { snooze_length: "date", snooze_date: "2026-11-29" },
    });
    expect(past).toMatchObject({
      closed: false,
      errors: { snooze_date: "Pick a date after today." },
    });
    expect(await env.store.snoozes()).toEqual([]);
    const muted = await env.sandbox.submitView(env.target, {
      userId: ANN,
      values: { snooze_length: "mute" },
    });
    expect(muted.closed).toBe(true);
    expect((await answerAt(noDate.url)).text).toMatch(/^You muted \*String too long\*/);
    // Bob snoozes Type mismatch until its count (1) doubles.
    const doubled = await snoozeFromMenu(first, "Type mismatch", "type-mismatch", BOB, {
      snooze_length: "doubled",
    });
    expect(doubled.submitted.closed).toBe(true);
    expect((await answerAt(doubled.url)).text).toContain("until its count doubles (2 open)");

    await seed({ "string-too-long": 4, "invalid-email": 1 }, day(1), HOUR);
    const second = await digestAt(day(1));
    expect(textOf(second)).toContain(":zzz: 2 snoozed types · 4 new");

    // A second Type mismatch: its count doubled; the next digest says so once and lists it again.
    await seed({ "type-mismatch": 1 }, day(2), HOUR);
    const third = await digestAt(day(2));
    expect(textOf(third)).toContain(
      ":alarm_clock: *Type mismatch* is back: its count doubled (1 open when <@U0BOB> snoozed it).",
    );
    expect(typeLinesOf(third).some((l) => l.text.includes("Type mismatch"))).toBe(true);
    expect(textOf(third)).toContain(":zzz: 1 snoozed type · 0 new");

    // Bob unmutes String too long from /syncerror snoozed; the next digest says who.
    clock = new Date(day(2).getTime() + HOUR);
    const list = (await slash("snoozed", BOB)) as { blocks: unknown[] };
    const listMessage = env.sandbox.ephemerals(BOB).at(-1);
    if (!listMessage) throw new Error("no list");
    expect(textOf(list)).toContain("Unmute");
    const click = await env.sandbox.click(env.target, {
      userId: BOB,
      message: listMessage,
      actionId: "snooze_lift",
      value: "string-too-long",
    });
    expect((await answerAt(click.responseUrl)).text).toBe(
      "*String too long* is back in the digest; you lifted its mute.",
    );
    await seed({ "string-too-long": 1 }, day(3), HOUR);
    const fourth = await digestAt(day(3));
    expect(textOf(fourth)).toContain(
      ":alarm_clock: *String too long* is back: <@U0BOB> lifted the mute.",
    );
    expect(textOf(fourth)).not.toContain("snoozed type");
    await seed({ "string-too-long": 1 }, day(4), HOUR);
    expect(textOf(await digestAt(day(4)))).not.toContain("is back");
  });

  it("asks and answers in the person's language: a Danish snooze", async () => {
    env.sandbox.addUser({ id: "U0ANNE", locale: "da-DK" });
    const first = await digestAt(day(0));
    clock = new Date(day(0).getTime() + 60_000);
    const { url, submitted } = await snoozeFromMenu(
      first,
      "Invalid email",
      "invalid-email",
      "U0ANNE",
      {
        snooze_length: "7d",
      },
    );
    expect(submitted.closed).toBe(true);
    const modal = env.sandbox.calls("views.open")[0]?.args.view as {
      title: { text: string };
      submit: { text: string };
    };
    expect([modal.title.text, modal.submit.text]).toEqual(["Udsæt en fejltype", "Udsæt"]);
    expect(JSON.stringify(modal)).toContain("Til antallet er fordoblet (4 åbne)");
    expect((await answerAt(url)).text).toMatch(/^Du har udsat \*Ugyldig e-mail\* til <!date\^/);
    const listed = textOf((await slash("snoozed", "U0ANNE")) as { blocks: unknown[] });
    expect(listed).toContain("Udsatte og dæmpede fejltyper");
    expect(listed).toContain("Ophæv udsættelse");
  });
});
