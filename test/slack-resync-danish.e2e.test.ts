import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import type { Language } from "../src/i18n/languages.js";
import { createLogger } from "../src/logger.js";
import { buildResyncDeps } from "../src/resync/resync-deps.js";
import { ResyncJobs } from "../src/resync/resync-jobs.js";
import { rules } from "../src/rules/index.js";
import { SalesforceSandbox, salesforceId } from "../src/sandbox/salesforce/sandbox.js";
import {
  DEFAULT_CHANNEL,
  type SandboxResponse,
  type SlackMessage,
} from "../src/sandbox/slack/sandbox.js";
import { validateBlocks } from "../src/slack/blocks/index.js";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { englishWordsIn } from "./english-words.js";
import { bodyOf } from "./fakes/slack-responses.js";
import { importErrors } from "./fakes/store-errors.js";

// A Danish admin (Slack language da-DK) resyncs from Slack: signed slash command and click into the
// real Bolt app, jsforce out to the loopback Salesforce. The offer, its confirm dialog, the note
// once started and a refusal are in the person's Danish; the progress and summary in the channel
// follow BOT_LANGUAGE.

const catalog = createCatalog(rules);
const CHANNEL = DEFAULT_CHANNEL.id;
const DANE = "U0DANSK";
const OTHER_DANE = "U0DANSK2";
const FIELD = "HubSpot_Resync_Requested__c";
const SF_TOKEN = "sf-slack-resync-danish";
const leads = Array.from({ length: 3 }, (_, i) => salesforceId("Lead", i + 1));
const KEPT = ["HubSpot", "Salesforce", "/syncerror explain", "syncerror audit"];

let store: Store;
let salesforce: SalesforceSandbox;
let env: SandboxedApp;
let jobs: ResyncJobs;

async function start(botLanguage: Language): Promise<void> {
  const logger = createLogger({ level: "silent" });
  const { Connection } = await import("jsforce");
  jobs = new ResyncJobs({
    ...buildResyncDeps({
      hubspot: undefined,
      salesforce: new Connection({
        instanceUrl: salesforce.instanceUrl,
        accessToken: SF_TOKEN,
        version: "62.0",
      }),
      settings: {
        hubspotProperty: "syncerror_resync_requested_at",
        salesforceField: FIELD,
        hubspotRateLimit: 190,
        salesforceReserve: 0.2,
        cooldownMs: 0,
        allowed: { users: [DANE], usergroup: undefined },
      },
      store,
      catalog,
      now: () => new Date(),
    }),
    logger,
  });
  env = await startSandboxedApp({
    catalog,
    logger,
    logLevel: "silent",
    version: "test",
    store,
    botLanguage,
    resync: { jobs, allowed: { users: [DANE], usergroup: undefined } },
  });
  env.sandbox.addUser({ id: DANE, locale: "da-DK" });
  env.sandbox.addUser({ id: OTHER_DANE, locale: "da-DK" });
}

beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
  await importErrors(
    store,
    catalog,
    leads.map((id) => ({
      ruleId: "invalid-email",
      salesforceId: id,
      occurredAt: new Date(Date.now() - 60_000),
    })),
    { at: new Date(Date.now() - 60_000) },
  );
  salesforce = await SalesforceSandbox.start({
    accessToken: SF_TOKEN,
    records: { Lead: leads.map((Id) => ({ Id })) },
    customFields: { Lead: [{ name: FIELD, type: "datetime" }] },
  });
});

afterEach(async () => {
  await jobs?.idle();
  await env?.pendingWork.idle();
  env?.sandbox.assertNoUnexpectedCalls();
  salesforce?.assertNoUnexpectedCalls();
  await env?.stop();
  await salesforce?.close();
  await store.close();
});

/** `/syncerror resync <type>` as `userId`, and the ephemeral offer it showed. */
async function offer(type: string, userId: string): Promise<SlackMessage> {
  const reply = await env.sandbox.slash(env.target, {
    text: `resync ${type}`,
    userId,
    channelId: CHANNEL,
  });
  expect(reply.status).toBe(200);
  await env.sandbox.waitFor((r) => r.type === "response" && r.url === reply.responseUrl);
  const shown = env.sandbox.ephemerals(userId).at(-1);
  if (!shown) throw new Error("no offer");
  return shown;
}

/** Everything a person reads in a message: its fallback and the texts of its blocks. */
function readTexts(message: { text: string; blocks: readonly unknown[] }): string[] {
  const strings = (v: unknown): string[] =>
    typeof v === "string"
      ? [v]
      : v && typeof v === "object"
        ? Object.entries(v).flatMap(([k, x]) =>
            k === "type" || k === "value" || k.endsWith("_id") ? [] : strings(x),
          )
        : [];
  return [message.text, ...strings(message.blocks)];
}

function expectDanish(message: { text: string; blocks: readonly unknown[] }): string {
  expect(validateBlocks(message.blocks, "message")).toEqual([]);
  const read = readTexts(message).join("\n");
  expect(englishWordsIn(read, KEPT)).toEqual([]);
  return read;
}

async function click(message: SlackMessage, userId: string) {
  const clicked = await env.sandbox.click(env.target, {
    userId,
    message,
    actionId: "resync_offer:0",
  });
  expect(clicked.status).toBe(200);
  await env.sandbox.waitFor(
    (r) =>
      (r.type === "response" && r.url === clicked.responseUrl) ||
      (r.type === "call" && r.method === "chat.postMessage"),
    { timeoutMs: 10_000 },
  );
  await jobs.idle();
  await env.pendingWork.idle();
  return clicked;
}

describe("a Danish admin resyncing from Slack", () => {
  it("is offered it in Danish, with a Danish confirm dialog, and told in Danish where it went", async () => {
    await start("en");
    const shown = await offer("Ugyldig e-mail", DANE);
    const read = expectDanish(shown);
    expect(shown.text).toBe(
      "3 åbne fejl af typen Ugyldig e-mail: 3 poster at synkronisere igen i 1 omgang.",
    );
    const button = shown.blocks
      .flatMap((b) => (b as { elements?: Array<Record<string, unknown>> }).elements ?? [])
      .find((e) => e.action_id === "resync_offer:0");
    expect(button?.confirm).toMatchObject({
      title: { text: "Synkroniser igen?" },
      confirm: { text: "Synkroniser igen" },
      deny: { text: "Annuller" },
    });
    expect(read).toContain("Markerer 3 poster med *Ugyldig e-mail*");

    await click(shown, DANE);
    expect(salesforce.calls("composite/sobjects")).toHaveLength(1);
    // The private offer now says, in Danish, where the progress went.
    const note = env.sandbox.ephemerals(DANE).at(-1);
    expect(note?.text).toBe(
      "Den nye synkronisering af Ugyldig e-mail er startet (job 1); du kan følge den i kanalen.",
    );
    // The channel's summary is in the channel's language: English here.
    const summary = env.sandbox.messages(CHANNEL).at(-1);
    expect(summary?.text).toBe(
      "Resync of Invalid email finished: 3 accepted, 0 failed again, 0 skipped.",
    );
  });

  it("posts the progress and summary in Danish in a Danish channel", async () => {
    await start("da");
    await click(await offer("Invalid email", DANE), DANE);
    const summary = env.sandbox.messages(CHANNEL).at(-1) as SlackMessage;
    expect(summary.edited).toBe(true);
    expect(summary.text).toBe(
      "Den nye synkronisering af Ugyldig e-mail er færdig: 3 modtaget, 0 fejlede igen, 0 sprunget over.",
    );
    expect(expectDanish(summary)).toContain("3 i alt · 3 modtaget · 0 fejlede igen");
  });

  it("tells a Danish colleague who may not start one, in Danish", async () => {
    await start("en");
    const clicked = await click(await offer("Invalid email", OTHER_DANE), OTHER_DANE);
    const answer = bodyOf(
      (await env.sandbox.waitFor(
        (r) => r.type === "response" && r.url === clicked.responseUrl,
      )) as SandboxResponse,
    );
    expect(answer.text).toBe(
      `Kun <@${DANE}> må starte en ny synkronisering. Der blev ikke startet noget; spørg dem.`,
    );
    expect(salesforce.calls("composite/sobjects")).toHaveLength(0);
    expect(await store.runningJob("invalid-email")).toBeNull();
  });

  it("refuses a type it does not know, in Danish, naming the nearest in Danish", async () => {
    await start("en");
    const shown = await offer("ugyldig", DANE);
    expect(shown.text).toContain(
      'Ingen fejltype passer til "ugyldig". Mente du: Ugyldig e-mail, Ugyldig værdi, Ugyldigt Salesforce-id?',
    );
  });
});
