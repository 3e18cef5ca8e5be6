/**
 * Clicks on the Home tab (issue 18), through the real Bolt app over signed HTTP against the Slack
 * sandbox, which sends them as Slack does: the view and `container.type: "view"`, a trigger_id, no
 * channel and no response_url. Explain opens the explanation in a modal; Resync (confirmed in
 * Slack's dialog) starts the job against the HubSpot sandbox, says so in a modal, and follows it
 * in the person's messages with the bot to the summary; a refusal opens in a modal too.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { hubspotSetupPort } from "../src/clients/hubspot-setup-port.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { createLogger } from "../src/logger.js";
import { buildResyncDeps } from "../src/resync/resync-deps.js";
import { ResyncJobs } from "../src/resync/resync-jobs.js";
import { rules } from "../src/rules/index.js";
import { HubSpotSandbox } from "../src/sandbox/hubspot/sandbox.js";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { sandboxClient, TEST_ACCESS_TOKEN } from "./fakes/hubspot-clients.js";
import { importErrors } from "./fakes/store-errors.js";

const catalog = createCatalog(rules);
const ADMIN = "U0ADMIN";
const STRANGER = "U0STRANGER";
const PROPERTY = "syncerror_resync_requested_at";
const contacts = Array.from({ length: 12 }, (_, i) => String(70_000 + i));

let store: Store;
let hubspot: HubSpotSandbox;
let env: SandboxedApp;
let jobs: ResyncJobs;

beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
  const at = new Date(Date.now() - 60_000);
  await importErrors(
    store,
    catalog,
    [
      ...contacts.map((hubspotId) => ({
        ruleId: "restricted-picklist-value",
        hubspotId,
        occurredAt: at,
      })),
      { ruleId: "invalid-email", hubspotId: "80000", occurredAt: at },
    ],
    { at },
  );
  hubspot = await HubSpotSandbox.start({
    accessToken: TEST_ACCESS_TOKEN,
    objects: { contacts: [...contacts, "80000"].map((id) => ({ id })) },
  });
  await hubspotSetupPort(sandboxClient(hubspot.url).client).createDateTimeProperty(
    "contacts",
    PROPERTY,
    "Resync requested at",
  );
  const logger = createLogger({ level: "silent" });
  jobs = new ResyncJobs({
    ...buildResyncDeps({
      hubspot: sandboxClient(hubspot.url).client,
      salesforce: undefined,
      settings: {
        hubspotProperty: PROPERTY,
        salesforceField: "HubSpot_Resync_Requested__c",
        hubspotRateLimit: 190,
        salesforceReserve: 0.2,
        cooldownMs: 60 * 60 * 1000,
        allowed: { users: [ADMIN], usergroup: undefined },
      },
      store,
      catalog,
      now: () => new Date(),
      retry: { attempts: 4, minRetryMs: 20, rollingLimitWaitMs: 50 },
    }),
    logger,
  });
  env = await startSandboxedApp({
    catalog,
    logger,
    logLevel: "silent",
    version: "test",
    store,
    resync: { jobs, allowed: { users: [ADMIN], usergroup: undefined } },
  });
});

afterEach(async () => {
  await jobs?.idle();
  await env?.pendingWork.idle();
  env?.sandbox.assertNoUnexpectedCalls();
  hubspot?.assertNoUnexpectedCalls();
  await env?.stop();
  await hubspot?.close();
  await store.close();
});

const texts = (blocks: readonly unknown[] | undefined) => JSON.stringify(blocks ?? []);

async function openHome(userId: string) {
  const published = env.sandbox.waitFor("views.publish");
  await env.sandbox.openHome(env.target, { userId });
  await published;
  const view = env.sandbox.homeView(userId);
  if (!view) throw new Error("no Home tab");
  return view;
}

/** The action id of the button in the Home tab whose id starts with `prefix`, on `ruleId`'s line. */
function buttonOf(blocks: readonly unknown[], prefix: string): string {
  const ids = (blocks as Array<{ elements?: Array<{ action_id?: string }> }>)
    .flatMap((block) => block.elements ?? [])
    .map((element) => element.action_id ?? "")
    .filter((id) => id.startsWith(prefix));
  if (!ids[0]) throw new Error(`no ${prefix} button`);
  return ids[0];
}

describe("clicks on the Home tab", () => {
  it("Explain opens the explanation in a modal, in the clicker's language", async () => {
    const view = await openHome(ADMIN);
    // The largest type comes first: Restricted picklist value (12 open).
    const opened = env.sandbox.waitFor("views.open");
    const reply = await env.sandbox.clickHome(env.target, {
      userId: ADMIN,
      actionId: buttonOf(view.blocks, "digest_explain:"),
    });
    expect(reply.status).toBe(200);
    await opened;
    const modal = env.sandbox.openModal(ADMIN);
    expect(modal?.view).toMatchObject({ type: "modal", title: { text: "syncerror" } });
    const shown = texts(modal?.view.blocks as unknown[]);
    expect(shown).toContain('"text":"Restricted picklist value"');
    expect(shown).toContain("*Cause*");
    // Nothing went to a channel or a response_url: a Home tab has neither.
    expect(env.sandbox.calls("chat.postMessage")).toHaveLength(0);
    expect(env.sandbox.responses()).toHaveLength(0);
  });

  it("Explain answers in Danish for a Danish person", async () => {
    env.sandbox.addUser({ id: "U0DANE", locale: "da-DK" });
    const view = await openHome("U0DANE");
    const opened = env.sandbox.waitFor("views.open");
    await env.sandbox.clickHome(env.target, {
      userId: "U0DANE",
      actionId: buttonOf(view.blocks, "digest_explain:"),
    });
    await opened;
    const modal = env.sandbox.openModal("U0DANE");
    expect(modal?.view).toMatchObject({ close: { text: "Luk" } });
    expect(texts(modal?.view.blocks as unknown[])).toContain("Begrænset picklisteværdi");
  });

  it("Resync starts the job, says so in a modal and follows it in the person's messages", async () => {
    const view = await openHome(ADMIN);
    const opened = env.sandbox.waitFor("views.open");
    const reply = await env.sandbox.clickHome(env.target, {
      userId: ADMIN,
      actionId: buttonOf(view.blocks, "resync_offer:"),
    });
    expect(reply.status).toBe(200);
    await opened;
    expect(texts(env.sandbox.openModal(ADMIN)?.view.blocks as unknown[])).toContain(
      "its progress follows in your messages with me",
    );
    await jobs.idle();
    await env.pendingWork.idle();
    expect(await store.unfinishedJobs()).toHaveLength(0);
    const [progress] = env.sandbox.directMessages(ADMIN);
    expect(progress?.edited).toBe(true);
    expect(progress?.text).toMatch(/Restricted picklist value/i);
    expect(texts(progress?.blocks)).toMatch(/12/);
  });

  it("a refused Resync says why in a modal", async () => {
    const view = await openHome(STRANGER);
    const opened = env.sandbox.waitFor("views.open");
    await env.sandbox.clickHome(env.target, {
      userId: STRANGER,
      actionId: buttonOf(view.blocks, "resync_offer:"),
    });
    await opened;
    expect(texts(env.sandbox.openModal(STRANGER)?.view.blocks as unknown[])).toMatch(
      "Only <@U0ADMIN> may start a resync. Nothing was started",
    );
    expect(await store.unfinishedJobs()).toHaveLength(0);
    expect(env.sandbox.directMessages(STRANGER)).toHaveLength(0);
  });
});
