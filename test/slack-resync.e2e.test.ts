import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { hubspotSetupPort } from "../src/clients/hubspot-setup-port.js";
import type { ResyncAllowed } from "../src/config.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { CorrectionBook } from "../src/corrections/correction-book.js";
import { createLogger } from "../src/logger.js";
import { DEFAULT_MAPPINGS } from "../src/mappings/default-mappings.js";
import { buildResyncDeps } from "../src/resync/resync-deps.js";
import { ResyncJobs } from "../src/resync/resync-jobs.js";
import { rules } from "../src/rules/index.js";
import { HubSpotSandbox } from "../src/sandbox/hubspot/sandbox.js";
import { SalesforceSandbox, salesforceId } from "../src/sandbox/salesforce/sandbox.js";
import {
  DEFAULT_CHANNEL,
  type SandboxResponse,
  type SlackMessage,
} from "../src/sandbox/slack/sandbox.js";
import { openStore } from "../src/store/index.js";
import type { ObservedError, Store } from "../src/store/types.js";
import { sandboxClient, TEST_ACCESS_TOKEN } from "./fakes/hubspot-clients.js";
import { bodyOf, type ResponseBody } from "./fakes/slack-responses.js";
import { type ErrorSpec, importErrors } from "./fakes/store-errors.js";

// The resync flow as Slack drives it: signed slash commands and clicks into the real Bolt app,
// the real @hubspot/api-client and jsforce out to the loopback CRMs, one store behind it all.

// The catalog reads the admins' corrections; a bot started with them attaches the book to its store.
const book = new CorrectionBook();
const catalog = createCatalog(rules, { corrections: book });
const CHANNEL = DEFAULT_CHANNEL.id;
const ADMIN = "U0ADMIN";
const GROUPIE = "U0GROUPIE";
const STRANGER = "U0STRANGER";
const ADMINS_GROUP = "S0ADMINS";
const PROPERTY = "syncerror_resync_requested_at";
const FIELD = "HubSpot_Resync_Requested__c";
const SF_TOKEN = "sf-slack-resync-e2e";
const SETTINGS = {
  hubspotProperty: PROPERTY,
  salesforceField: FIELD,
  hubspotRateLimit: 190,
  salesforceReserve: 0.2,
  cooldownMs: 60 * 60 * 1000,
  allowed: { users: [ADMIN], usergroup: ADMINS_GROUP },
};

// 230 contacts with a HubSpot→Salesforce error (3 HubSpot batches), 2 without a HubSpot id
// (skipped), and 6 leads with a Salesforce→HubSpot error (1 Salesforce batch).
const contacts = Array.from({ length: 230 }, (_, i) => String(50_000 + i));
const leads = Array.from({ length: 6 }, (_, i) => salesforceId("Lead", i + 1));

let store: Store;
let hubspot: HubSpotSandbox;
let salesforce: SalesforceSandbox;
let env: SandboxedApp;
let jobs: ResyncJobs;

/** Settles once every job has ended and its progress message has its summary. */
async function settled(): Promise<void> {
  await jobs?.idle();
  await env?.pendingWork.idle();
}

async function start(
  options: {
    allowed?: ResyncAllowed;
    hubspotConfigured?: boolean;
    preflight?: boolean;
    corrections?: boolean;
    /** Where the bot's log lines go, when the test reads them. */
    logs?: { write(line: string): void };
  } = {},
): Promise<void> {
  const logger = options.logs
    ? createLogger({ level: "info", destination: options.logs })
    : createLogger({ level: "silent" });
  const hubspotClient =
    options.hubspotConfigured === false ? undefined : sandboxClient(hubspot.url).client;
  const { Connection } = await import("jsforce");
  jobs = new ResyncJobs({
    ...buildResyncDeps({
      hubspot: hubspotClient,
      salesforce: new Connection({
        instanceUrl: salesforce.instanceUrl,
        accessToken: SF_TOKEN,
        version: "62.0",
      }),
      settings: SETTINGS,
      store,
      catalog,
      now: () => new Date(),
      retry: { attempts: 4, minRetryMs: 20, rollingLimitWaitMs: 50 },
      mappings: options.preflight ? DEFAULT_MAPPINGS : undefined,
    }),
    logger,
  });
  env = await startSandboxedApp({
    catalog,
    logger,
    logLevel: "silent",
    version: "test",
    store,
    resync: { jobs, allowed: options.allowed ?? SETTINGS.allowed },
    ...(options.corrections
      ? { corrections: { book, allowed: options.allowed ?? SETTINGS.allowed } }
      : {}),
  });
  env.sandbox.setUsergroup(ADMINS_GROUP, [GROUPIE]);
}

beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
  // Each test starts with this store's corrections: none.
  await book.attach(store);
  await importErrors(
    store,
    catalog,
    [
      ...contacts.map((id) => error("restricted-picklist-value", { hubspotId: id })),
      error("restricted-picklist-value", {}),
      error("restricted-picklist-value", { objectType: "company" }),
      ...leads.map((id) => error("invalid-email", { salesforceId: id })),
    ],
    { at: new Date(Date.now() - 60_000) },
  );
  hubspot = await HubSpotSandbox.start({
    accessToken: TEST_ACCESS_TOKEN,
    objects: { contacts: contacts.map((id) => ({ id })) },
  });
  await hubspotSetupPort(sandboxClient(hubspot.url).client).createDateTimeProperty(
    "contacts",
    PROPERTY,
    "Resync requested at",
  );
  salesforce = await SalesforceSandbox.start({
    accessToken: SF_TOKEN,
    // Two leads still have a broken email: a preflighted resync holds them back.
    records: {
      Lead: leads.map((Id, i) => ({ Id, ...(i < 2 ? { Email: "still.broken@acme" } : {}) })),
    },
    customFields: { Lead: [{ name: FIELD, type: "datetime" }] },
  });
});

afterEach(async () => {
  await settled();
  env?.sandbox.assertNoUnexpectedCalls();
  hubspot?.assertNoUnexpectedCalls();
  salesforce?.assertNoUnexpectedCalls();
  await env?.stop();
  await hubspot?.close();
  await salesforce?.close();
  await store.close();
});

/** An error of the type, opened a minute ago. */
const error = (ruleId: string, ids: Partial<ObservedError>): ErrorSpec => ({
  ruleId,
  occurredAt: new Date(Date.now() - 60_000),
  ...ids,
});

const textOf = (message: { blocks: readonly unknown[] }) => JSON.stringify(message.blocks);
const elementsOf = (message: { blocks: readonly unknown[] }) =>
  (message.blocks as Array<{ elements?: unknown[]; accessory?: unknown }>).flatMap((b) => [
    ...(b.elements ?? []),
    ...(b.accessory ? [b.accessory] : []),
  ]) as Array<Record<string, unknown>>;

async function slash(text: string, userId = ADMIN): Promise<SandboxResponse> {
  const reply = await env.sandbox.slash(env.target, { text, userId, channelId: CHANNEL });
  expect(reply.status).toBe(200);
  return (await env.sandbox.waitFor(
    (r) => r.type === "response" && r.url === reply.responseUrl,
  )) as SandboxResponse;
}

/** `/syncerror resync <type>` as `userId`, and the ephemeral offer it showed. */
async function offer(type: string, userId = ADMIN): Promise<SlackMessage> {
  await slash(`resync ${type}`, userId);
  const shown = env.sandbox.ephemerals(userId).at(-1);
  if (!shown) throw new Error("no offer");
  return shown;
}

/** Clicks the offer's Resync button; resolves with the ephemeral answer, if one comes. */
async function clickResync(
  message: SlackMessage,
  userId: string,
  value?: string,
): Promise<{ responseUrl: string }> {
  const click = await env.sandbox.click(env.target, {
    userId,
    message,
    actionId: "resync_offer:0",
    ...(value === undefined ? {} : { value }),
  });
  expect(click.status).toBe(200);
  // The click is answered after the ack: wait for its first visible effect (an answer to the
  // person, or a progress message), then for any job it started to end.
  await env.sandbox.waitFor(
    (r) =>
      (r.type === "response" && r.url === click.responseUrl) ||
      (r.type === "call" &&
        r.method === "chat.postMessage" &&
        String(r.args.text).startsWith("Resyncing")),
    { timeoutMs: 5000 },
  );
  await settled();
  return click;
}

async function ephemeralAnswer(responseUrl: string): Promise<ResponseBody> {
  const answer = (await env.sandbox.waitFor(
    (r) => r.type === "response" && r.url === responseUrl,
  )) as SandboxResponse;
  return bodyOf(answer);
}

/** The channel's messages that are a resync's progress or summary. */
const resyncMessages = () =>
  env.sandbox.messages(CHANNEL).filter((m) => /Resync(ing| of)/.test(m.text));

const updatedIds = (path: string) =>
  hubspot
    .calls(path)
    .filter((c) => c.status === 200 || c.status === 207)
    .flatMap((c) => (c.body as { inputs: Array<{ id: string }> }).inputs.map((i) => i.id));

describe("resync from Slack", () => {
  it("offers the type's resync, and a confirmed click sends exactly its records in batches of at most 100", async () => {
    await start();
    const shown = await offer("Restricted picklist value");
    expect(shown.text).toContain("232 open Restricted picklist value errors");
    const [button] = shown.blocks
      .flatMap((b) => (b as ResponseBody["blocks"][number]).elements ?? [])
      .filter((e) => e.action_id === "resync_offer:0");
    expect(button?.text?.text).toBe("Resync 232 (3 batches)");
    expect(JSON.stringify(button)).toContain("Fix the cause first");
    // Only a key travels in the button, never record ids.
    expect(button?.value).toMatch(/^[A-Za-z0-9_-]{16}$/);

    await clickResync(shown, ADMIN);
    await settled();

    const batches = hubspot.calls("contacts/batch/update");
    expect(batches.map((c) => (c.body as { inputs: unknown[] }).inputs.length)).toEqual([
      100, 100, 30,
    ]);
    expect(updatedIds("contacts/batch/update").sort()).toEqual([...contacts].sort());
    for (const c of batches) {
      for (const input of (c.body as { inputs: Array<{ properties: Record<string, string> }> })
        .inputs) {
        expect(Object.keys(input.properties)).toEqual([PROPERTY]);
      }
    }
    expect(salesforce.calls("composite/sobjects")).toHaveLength(0);

    const [summary] = resyncMessages();
    expect(summary?.edited).toBe(true);
    expect(summary?.text).toContain("finished: 230 accepted, 0 failed again, 2 skipped");
    expect(textOf(summary as SlackMessage)).toContain("cannot resync: no HubSpot id");
    // The private offer now says where the progress went.
    expect(env.sandbox.ephemerals(ADMIN).at(-1)?.text).toContain("started (job 1)");
    const audit = (await store.auditLog(10)).map((a) => [a.action, a.who, a.outcome]);
    expect(audit).toEqual([
      ["resync.finish", ADMIN, "done"],
      ["resync.start", ADMIN, "started"],
    ]);
  });

  it("lets a member of RESYNC_ALLOWED_USERGROUP start one, asking Slack at the click", async () => {
    await start();
    await clickResync(await offer("Invalid email", GROUPIE), GROUPIE);
    await settled();
    expect(env.sandbox.calls("usergroups.users.list")).toHaveLength(1);
    expect(salesforce.calls("composite/sobjects")).toHaveLength(1);
    expect(resyncMessages().at(-1)?.text).toContain("6 accepted");
  });

  it("refuses anyone else, naming who may, and sends nothing", async () => {
    await start();
    const click = await clickResync(await offer("Invalid email", STRANGER), STRANGER);
    const answer = await ephemeralAnswer(click.responseUrl);
    expect(answer).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(answer.text).toBe(
      `Only <@${ADMIN}> or members of <!subteam^${ADMINS_GROUP}> may start a resync. Nothing was started; ask one of them.`,
    );
    expect(JSON.stringify(answer.blocks)).toContain(`<@${ADMIN}>`);
    expect(await store.runningJob("invalid-email")).toBeNull();
    expect(await store.auditLog(10)).toEqual([]);
    expect(salesforce.calls("composite/sobjects")).toHaveLength(0);
    expect(resyncMessages()).toEqual([]);
  });

  it("explains how to turn resync on when nobody is allowed", async () => {
    await start({ allowed: { users: [], usergroup: undefined } });
    const click = await clickResync(await offer("Invalid email"), ADMIN);
    expect((await ephemeralAnswer(click.responseUrl)).text).toContain(
      "Resync is off: nobody is allowed to start one yet. An admin turns it on by setting RESYNC_ALLOWED_USERS",
    );
    expect(salesforce.calls()).toHaveLength(0);
  });

  it.each([
    ["a key that was never issued", "AAAAAAAAAAAAAAAA"],
    ["a malformed key", "../../etc/passwd"],
    ["a record id in place of the key", "50001"],
  ])("rejects a tampered button value (%s) and changes nothing", async (_what, value) => {
    await start();
    const click = await clickResync(await offer("Invalid email"), ADMIN, value);
    expect((await ephemeralAnswer(click.responseUrl)).text).toContain(
      "This Resync button is unknown or has expired",
    );
    expect(await store.auditLog(10)).toEqual([]);
    expect(salesforce.calls("composite/sobjects")).toHaveLength(0);
  });

  it("shows the running job on a double click or a second person's click, and starts only one", async () => {
    await start();
    hubspot.latency(150);
    const shown = await offer("Restricted picklist value");
    const other = await offer("Restricted picklist value", GROUPIE);
    const [, second, third] = await Promise.all([
      clickResync(shown, ADMIN),
      clickResync(shown, ADMIN),
      clickResync(other, GROUPIE),
    ]);
    const answers = await Promise.all(
      [second, third].map((c) => ephemeralAnswer((c as { responseUrl: string }).responseUrl)),
    );
    for (const answer of answers)
      expect(answer.text).toMatch(/already running \(job 1, started by <@U0ADMIN>\).*No second/);
    await settled();
    expect(updatedIds("contacts/batch/update")).toHaveLength(230);
    expect((await store.auditLog(10)).filter((a) => a.action === "resync.start")).toHaveLength(1);
  });

  it("updates one progress message while the job runs, at most every 2 seconds", async () => {
    await start();
    hubspot.latency(800);
    await clickResync(await offer("Restricted picklist value"), ADMIN);
    await settled();
    const progress = env.sandbox.messages(CHANNEL).filter((m) => m.text.includes("Resync"));
    expect(progress).toHaveLength(1);
    const updates = env.sandbox.calls("chat.update");
    // 3 batches of 0.8 s: at least one progress update before the summary, never two within 2 s.
    expect(updates.length).toBeGreaterThanOrEqual(2);
    const texts = updates.map((u) => String((u.args as { text?: string }).text));
    // Counted as the summary counts: every requested record, the 2 without an id among them.
    expect(
      texts.some((t) =>
        /Resyncing .*: batch [123] of 3 · \d+\/232 records · 0 failed · 2 skipped/.test(t),
      ),
    ).toBe(true);
    expect(texts.at(-1)).toContain("finished");
  });

  it("waits out a 429 storm and sends every record once", async () => {
    await start();
    hubspot.rateLimitStorm(3);
    await clickResync(await offer("Restricted picklist value"), ADMIN);
    await settled();
    // The storm hits whatever comes first (the setup check, then the batches); all is waited out.
    expect(hubspot.calls().filter((c) => c.status === 429)).toHaveLength(3);
    const sent = updatedIds("contacts/batch/update");
    expect(sent).toHaveLength(230);
    expect(new Set(sent).size).toBe(230);
    expect(resyncMessages().at(-1)?.text).toContain("230 accepted");
  });

  it("stops on 5xx that do not pass, keeping the unsent records, and says why", async () => {
    await start();
    hubspot.failNext("batch/update", { status: 503, times: 20 });
    await clickResync(await offer("Restricted picklist value"), ADMIN);
    await settled();
    const summary = resyncMessages().at(-1) as SlackMessage;
    expect(summary.text).toContain("stopped");
    expect(textOf(summary)).toContain("230 not sent");
    expect(textOf(summary)).toContain("HubSpot refused the batch update (503)");
    expect((await store.auditLog(1))[0]).toMatchObject({
      action: "resync.finish",
      outcome: "failed",
    });
  });

  it("reports per-record failures by error type, with an Explain button that answers in the thread", async () => {
    await start();
    salesforce.recordErrors(
      leads.slice(0, 2),
      "INVALID_EMAIL_ADDRESS",
      "Email: invalid email address: a@b",
      { fields: ["Email"] },
    );
    await clickResync(await offer("Invalid email"), ADMIN);
    await settled();
    const summary = resyncMessages().at(-1) as SlackMessage;
    expect(summary.text).toContain("4 accepted, 2 failed again");
    expect(textOf(summary)).toContain("• Invalid email: 2");
    // A bot without corrections offers no "Not this type?".
    expect(textOf(summary)).not.toContain("correction_line");

    const click = await env.sandbox.click(env.target, {
      userId: ADMIN,
      message: summary,
      actionId: "digest_explain:0",
    });
    expect(click.status).toBe(200);
    await env.sandbox.waitFor(
      (r) =>
        r.type === "call" && r.method === "chat.postMessage" && r.args.thread_ts === summary.ts,
    );
    const answered = env.sandbox.messages(CHANNEL).at(-1);
    expect(answered?.threadTs).toBe(summary.ts);
    expect(answered?.text).toContain("Invalid email");
  });

  it("offers 'Not this type?' over the failure lines, and the type an admin picks is stored", async () => {
    await start({ corrections: true });
    salesforce.recordErrors(
      leads.slice(0, 2),
      "INVALID_EMAIL_ADDRESS",
      "Email: invalid email address: a@b",
      { fields: ["Email"] },
    );
    await clickResync(await offer("Invalid email"), ADMIN);
    await settled();
    const summary = resyncMessages().at(-1) as SlackMessage;
    const menu = elementsOf(summary).find((e) => e.action_id === "correction_line") as {
      options: Array<{ text: { text: string }; value: string }>;
    };
    expect(menu.options.map((o) => o.text.text)).toEqual(["Invalid email"]);
    const line = menu.options[0]?.value;
    expect(line).toMatch(/^[A-Za-z0-9_-]{16}$/);

    const pick = async (userId: string) => {
      const reply = await env.sandbox.click(env.target, {
        userId,
        message: summary,
        actionId: "correction_line",
        ...(line === undefined ? {} : { value: line }),
      });
      expect(reply.status).toBe(200);
      return ephemeralAnswer(reply.responseUrl);
    };
    // Only the people who may resync may correct; the others are told so and nothing changes.
    expect((await pick(STRANGER)).text).toContain("may correct an error type");
    expect(await store.corrections()).toEqual([]);

    const question = await pick(ADMIN);
    // The failed record's own code and message, kept server-side, is what the admin corrects.
    expect(JSON.stringify(question.blocks)).toContain("invalid email address");
    const shown = env.sandbox.ephemerals(ADMIN).at(-1) as SlackMessage;
    const typed = await env.sandbox.click(env.target, {
      userId: ADMIN,
      message: shown,
      actionId: "correction_type",
      value: "salesforce-field-permission",
    });
    expect((await ephemeralAnswer(typed.responseUrl)).text).toContain("correction #1");
    expect(await store.corrections()).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("INVALID_EMAIL_ADDRESS"),
        ruleId: "salesforce-field-permission",
        correctedBy: ADMIN,
      }),
    ]);
    // From then on the bot reads that failure as the type picked.
    expect(catalog.classify((await store.corrections())[0]?.message ?? "").rule.id).toBe(
      "salesforce-field-permission",
    );
  });

  it("reports to the person instead when the bot may not post in the channel", async () => {
    const logged: string[] = [];
    await start({ logs: { write: (line) => logged.push(line) } });
    // Someone removed the bot from the channel: Slack refuses its posts there with not_in_channel.
    env.sandbox.removeBot(CHANNEL);
    const click = await clickResync(await offer("Invalid email"), ADMIN);
    await settled();
    const answers = env.sandbox
      .responses()
      .filter((r) => r.url === click.responseUrl)
      .map((r) => bodyOf(r).text);
    expect(answers).toEqual([
      expect.stringMatching(/^Resyncing Invalid email: batch 1 of 1/),
      "Resync of Invalid email finished: 6 accepted, 0 failed again, 0 skipped.",
    ]);
    expect(resyncMessages()).toEqual([]);
    // One log line that says what to do, with no stack trace.
    const refusals = logged
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => JSON.stringify(line).includes("not_in_channel"));
    expect(refusals).toEqual([
      expect.objectContaining({
        code: "not_in_channel",
        channel: CHANNEL,
        hint: `invite the bot: type /invite @syncerror in the channel ${CHANNEL}`,
      }),
    ]);
    expect(refusals[0]).not.toHaveProperty("err");
  });

  it("holds back the records the checks still find broken, and Resync anyway sends them", async () => {
    await start({ preflight: true });
    await clickResync(await offer("Invalid email"), ADMIN);
    const summary = resyncMessages().at(-1) as SlackMessage;
    expect(summary.text).toContain("4 accepted, 0 failed again, 2 skipped");
    expect(textOf(summary)).toContain("• 2: held back: the check still finds Invalid email");
    const sent = () =>
      salesforce
        .calls("composite/sobjects")
        // Updates only: the preflight reads with a POST to composite/sobjects/Lead.
        .filter((c) => c.method === "PATCH")
        .flatMap((c) =>
          (c.body as { records: Array<{ id?: string; Id?: string }> }).records.map(
            (r) => r.id ?? r.Id,
          ),
        );
    expect(sent().sort()).toEqual(leads.slice(2).sort());

    const click = await env.sandbox.click(env.target, {
      userId: ADMIN,
      message: summary,
      actionId: "resync_offer:0",
    });
    expect(click.status).toBe(200);
    // The forced job's progress goes into the summary's thread.
    await env.sandbox.waitFor(
      (r) =>
        r.type === "call" && r.method === "chat.postMessage" && r.args.thread_ts === summary.ts,
      { timeoutMs: 5000 },
    );
    await settled();
    expect(resyncMessages().at(-1)?.text).toContain("2 accepted, 0 failed again, 0 skipped");
    expect(sent().slice(-2).sort()).toEqual(leads.slice(0, 2).sort());
    // Someone not allowed cannot use it either.
    const refused = await env.sandbox.click(env.target, {
      userId: STRANGER,
      message: summary,
      actionId: "resync_offer:0",
    });
    expect((await ephemeralAnswer(refused.responseUrl)).text).toContain("may start a resync");
  });

  it("skips records resynced within RESYNC_COOLDOWN when an older button is clicked again, and Resync anyway sends them", async () => {
    await start();
    const patched = () =>
      salesforce
        .calls("composite/sobjects")
        .filter((c) => c.method === "PATCH")
        .flatMap((c) =>
          (c.body as { records: Array<{ id?: string; Id?: string }> }).records.map(
            (r) => r.id ?? r.Id,
          ),
        );
    // Job 1: four leads accepted, two refused (those are not synced, so not recent).
    salesforce.recordErrors(
      leads.slice(0, 2),
      "INVALID_EMAIL_ADDRESS",
      "Email: invalid email address: a@b",
      { fields: ["Email"] },
    );
    // Two answers with a Resync button, shown before job 1 ran.
    const older = await offer("Invalid email");
    await clickResync(await offer("Invalid email"), ADMIN);
    expect(resyncMessages().at(-1)?.text).toContain("4 accepted, 2 failed again");
    expect(patched()).toHaveLength(6);

    // The older button a moment later: nothing starts; the answer says how many are recent.
    const again = await clickResync(older, ADMIN);
    const answer = await ephemeralAnswer(again.responseUrl);
    expect(answer.text).toContain(
      "4 of 6 were resynced just now by @U0ADMIN (job 1); they will be skipped. The other 2 records can be resynced now.",
    );
    expect(textOf(answer)).toContain("by <@U0ADMIN> (job 1)");
    const choice = env.sandbox.ephemerals(ADMIN).at(-1) as SlackMessage;
    const buttons = elementsOf(choice);
    expect(buttons.map((b) => (b.text as { text: string }).text)).toEqual([
      "Resync the other 2 (1 batch)",
      "Resync anyway (6)",
    ]);
    // Each button's confirm dialog says it too.
    expect(JSON.stringify(buttons[0]?.confirm)).toContain("4 of 6 were resynced just now");
    expect(JSON.stringify(buttons[1]?.confirm)).toContain("including the 4 resynced");
    expect(patched()).toHaveLength(6);
    expect((await store.auditLog(10)).filter((a) => a.action === "resync.start")).toHaveLength(1);

    // Confirming sends none of the recent ones; the summary names them as skipped.
    await clickResync(choice, ADMIN, (buttons[0] as { value: string }).value);
    expect(patched().slice(6).sort()).toEqual(leads.slice(0, 2).sort());
    const summary = resyncMessages().at(-1) as SlackMessage;
    expect(summary.text).toContain("0 accepted, 2 failed again, 4 skipped");
    expect(textOf(summary)).toContain("• 4: resynced just now by <@U0ADMIN> (job 1)");

    // The older button once more (its answer was replaced by the start note): Resync anyway sends
    // all six again.
    const third = await clickResync(older, ADMIN);
    expect((await ephemeralAnswer(third.responseUrl)).text).toContain("4 of 6 were resynced");
    const second = env.sandbox
      .ephemerals(ADMIN)
      .filter((m) => m.text.includes("4 of 6 were resynced"))
      .at(-1) as SlackMessage;
    await clickResync(second, ADMIN, (elementsOf(second)[1] as { value: string }).value);
    expect(patched().slice(8).sort()).toEqual([...leads].sort());
  });

  it("says so when every record was resynced within RESYNC_COOLDOWN, and offers only Resync anyway", async () => {
    await start();
    const older = await offer("Restricted picklist value");
    await clickResync(await offer("Restricted picklist value"), ADMIN);
    expect(updatedIds("contacts/batch/update")).toHaveLength(230);
    const again = await clickResync(older, ADMIN);
    expect((await ephemeralAnswer(again.responseUrl)).text).toContain(
      "All 230 were resynced just now by @U0ADMIN (job 1), so there is nothing else to resync.",
    );
    const choice = env.sandbox.ephemerals(ADMIN).at(-1) as SlackMessage;
    expect(elementsOf(choice).map((b) => (b.text as { text: string }).text)).toEqual([
      "Resync anyway (230)",
    ]);
    expect(updatedIds("contacts/batch/update")).toHaveLength(230);
    await clickResync(choice, ADMIN);
    expect(updatedIds("contacts/batch/update")).toHaveLength(460);
  });

  it("says what is missing when HubSpot is not configured, and starts nothing", async () => {
    await start({ hubspotConfigured: false });
    const click = await clickResync(await offer("Restricted picklist value"), ADMIN);
    const answer = await ephemeralAnswer(click.responseUrl);
    expect(answer.text).toContain("The resync triggers are not ready, so nothing was sent");
    expect(answer.text).toContain("HUBSPOT_ACCESS_TOKEN");
    expect(await store.auditLog(10)).toEqual([]);
  });

  it("offers a resync under the explanation when the type has open errors", async () => {
    await start();
    const answer = bodyOf(await slash("explain Invalid email"));
    const buttons = answer.blocks
      .filter((b) => b.type === "actions")
      .flatMap((b) => b.elements ?? []);
    expect(buttons.map((b) => b.text?.text)).toEqual(["Share in channel", "Resync 6 (1 batch)"]);
    const none = bodyOf(await slash("explain Type mismatch"));
    expect(JSON.stringify(none.blocks)).not.toContain("resync_offer");
  });

  it("resyncs from a digest line's menu after a confirm, with the progress in the digest's thread", async () => {
    await start();
    const digest = bodyOf(await slash("digest"));
    const menus = (
      digest.blocks as Array<{
        accessory?: {
          type: string;
          action_id: string;
          options: Array<{ text: { text: string }; value: string }>;
        };
        text?: { text: string };
      }>
    ).flatMap((b) =>
      b.accessory?.type === "overflow" ? [{ line: b.text?.text ?? "", menu: b.accessory }] : [],
    );
    const resyncs = menus.flatMap(({ line, menu }) =>
      menu.options
        .filter((o) => o.value.startsWith("resync:"))
        .map((o) => ({ line, actionId: menu.action_id, text: o.text.text, value: o.value })),
    );
    expect(resyncs.map((r) => [r.line.split(":")[0], r.text]).sort()).toEqual([
      ["• Invalid email", "Resync 6 (1 batch)"],
      ["• Restricted picklist value", "Resync 232 (3 batches)"],
    ]);
    // The preview is private; post it as the digest would be, then choose in the channel.
    const { WebClient } = await import("@slack/web-api");
    const posted = await new WebClient(env.botToken, {
      slackApiUrl: env.sandbox.apiUrl,
      retryConfig: { retries: 0 },
    }).chat.postMessage({ channel: CHANNEL, text: digest.text, blocks: digest.blocks as never });
    const message = env.sandbox.messages(CHANNEL).find((m) => m.ts === posted.ts) as SlackMessage;
    const choice = resyncs.find((r) => r.line.startsWith("• Invalid email"));
    const chosen = await env.sandbox.click(env.target, {
      userId: ADMIN,
      message,
      actionId: choice?.actionId ?? "",
      value: choice?.value ?? "",
    });
    expect(chosen.status).toBe(200);
    // Nothing is sent before the confirm, which only the chooser sees.
    const confirm = await ephemeralAnswer(chosen.responseUrl);
    expect(confirm.text).toContain("*Start a resync?* Marks 6 records with *Invalid email*");
    expect(await store.auditLog(10)).toEqual([]);
    const shown = env.sandbox.ephemerals(ADMIN).at(-1);
    if (!shown) throw new Error("no confirm");
    await clickResync(shown, ADMIN);
    await settled();
    const summary = resyncMessages().at(-1);
    expect(summary?.threadTs).toBe(posted.ts);
    expect(summary?.text).toContain("6 accepted");
  });
});
