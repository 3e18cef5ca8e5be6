/**
 * The Home tab's resync triggers (issue 18), through the real Bolt app over signed HTTP against
 * the Slack sandbox, with the real HubSpot client and jsforce against the loopback CRMs: never
 * checked, the hint; after a resync's check that finds a trigger missing, what is missing and the
 * command or admin that fixes it; after the installed `syncerror setup --create` (its own process,
 * the same database), ready; in English and Danish. Opening the Home tab calls neither CRM.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { hubspotSetupPort } from "../src/clients/hubspot-setup-port.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { createLogger } from "../src/logger.js";
import { buildResyncDeps } from "../src/resync/resync-deps.js";
import { ResyncJobs } from "../src/resync/resync-jobs.js";
import { rules } from "../src/rules/index.js";
import { HubSpotSandbox } from "../src/sandbox/hubspot/sandbox.js";
import { SalesforceSandbox, salesforceId } from "../src/sandbox/salesforce/sandbox.js";
import { DEFAULT_CHANNEL, type SlackMessage } from "../src/sandbox/slack/sandbox.js";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { sandboxClient, TEST_ACCESS_TOKEN } from "./fakes/hubspot-clients.js";
import { runSyncerror } from "./fakes/run-syncerror.js";
import { importErrors } from "./fakes/store-errors.js";

const catalog = createCatalog(rules);
const ADMIN = "U0ADMIN";
const DANE = "U0DANE";
const PROPERTY = "syncerror_resync_requested_at";
const FIELD = "HubSpot_Resync_Requested__c";
const SF_TOKEN = "sf-home-triggers-e2e";
const SETTINGS = {
  hubspotProperty: PROPERTY,
  salesforceField: FIELD,
  hubspotRateLimit: 190,
  salesforceReserve: 0.2,
  cooldownMs: 0,
  allowed: { users: [ADMIN], usergroup: undefined },
};
const contacts = ["51001", "51002", "51003"];
const leads = [1, 2].map((i) => salesforceId("Lead", i));
// The Home tab's clock: moved past the once-a-minute between openings.
let clock = Date.now();

let folder: string;
let store: Store;
let hubspot: HubSpotSandbox;
let salesforce: SalesforceSandbox;
let env: SandboxedApp | undefined;
let jobs: ResyncJobs;

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), "syncerror-home-triggers-"));
  // A file, not memory: `syncerror setup` runs in its own process on the same database.
  store = await openStore({ path: join(folder, "syncerror.db") });
  await importErrors(
    store,
    catalog,
    [
      ...contacts.map((hubspotId) => ({
        ruleId: "restricted-picklist-value",
        hubspotId,
        occurredAt: new Date(Date.now() - 60_000),
      })),
      ...leads.map((salesforceId) => ({
        ruleId: "invalid-email",
        salesforceId,
        occurredAt: new Date(Date.now() - 60_000),
      })),
    ],
    { at: new Date(Date.now() - 60_000) },
  );
  hubspot = await HubSpotSandbox.start({
    accessToken: TEST_ACCESS_TOKEN,
    objects: { contacts: contacts.map((id) => ({ id })) },
  });
  // The property on contacts only: companies and deals lack it.
  await hubspotSetupPort(sandboxClient(hubspot.url).client).createDateTimeProperty(
    "contacts",
    PROPERTY,
    "Resync requested at",
  );
});

afterEach(async () => {
  await jobs?.idle();
  await env?.pendingWork.idle();
  env?.sandbox.assertNoUnexpectedCalls();
  hubspot.assertNoUnexpectedCalls();
  salesforce.assertNoUnexpectedCalls();
  await env?.stop();
  env = undefined;
  await hubspot.close();
  await salesforce.close();
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The Salesforce sandbox with the trigger field on the given objects only. */
async function startSalesforce(
  objects: ReadonlyArray<"Lead" | "Contact" | "Account" | "Opportunity">,
) {
  const field = { name: FIELD, type: "datetime" } as const;
  salesforce = await SalesforceSandbox.start({
    accessToken: SF_TOKEN,
    records: { Lead: leads.map((Id) => ({ Id })) },
    customFields: Object.fromEntries(objects.map((object) => [object, [field]])),
  });
}

async function start(): Promise<SandboxedApp> {
  const logger = createLogger({ level: "silent" });
  const { Connection } = await import("jsforce");
  jobs = new ResyncJobs({
    ...buildResyncDeps({
      hubspot: sandboxClient(hubspot.url).client,
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
    }),
    logger,
  });
  const allowed = { users: [ADMIN], usergroup: undefined };
  env = await startSandboxedApp({
    catalog,
    logger,
    logLevel: "silent",
    version: "test",
    store,
    resync: { jobs, allowed },
    homeSettings: {
      digest: undefined,
      resyncAllowed: allowed,
      scanCron: undefined,
      hubspot: true,
      salesforce: true,
    },
    digest: { now: () => new Date(clock) },
    alerts: { now: () => new Date(clock) },
  });
  env.sandbox.addUser({ id: DANE, locale: "da-DK" });
  return env;
}

/** The Home tab's text as `userId` sees it on opening, a minute after the last publish. */
async function home(app: SandboxedApp, userId = ADMIN): Promise<string> {
  clock += 2 * 60_000;
  const crmCalls = hubspot.calls().length + salesforce.calls().length;
  // The journal keeps earlier publishes (the first opening, a job's end): wait for a new one.
  const earlier = new Set(app.sandbox.calls("views.publish"));
  const published = app.sandbox.waitFor(
    (r) => r.type === "call" && r.method === "views.publish" && !earlier.has(r),
  );
  await app.sandbox.openHome(app.target, { userId });
  await published;
  // What the tab says about the triggers comes from the store, not from HubSpot or Salesforce.
  expect(hubspot.calls().length + salesforce.calls().length).toBe(crmCalls);
  return JSON.stringify(app.sandbox.homeView(userId)?.blocks ?? []);
}

/** `/syncerror resync <type>` and a click on its Resync button; settles once the job ended. */
async function resync(app: SandboxedApp, type: string): Promise<void> {
  const reply = await app.sandbox.slash(app.target, {
    text: `resync ${type}`,
    userId: ADMIN,
    channelId: DEFAULT_CHANNEL.id,
  });
  await app.sandbox.waitFor((r) => r.type === "response" && r.url === reply.responseUrl);
  const offer = app.sandbox.ephemerals(ADMIN).at(-1) as SlackMessage;
  const click = await app.sandbox.click(app.target, {
    userId: ADMIN,
    message: offer,
    actionId: "resync_offer:0",
  });
  expect(click.status).toBe(200);
  await app.sandbox.waitFor(
    (r) =>
      (r.type === "response" && r.url === click.responseUrl) ||
      (r.type === "call" &&
        r.method === "chat.postMessage" &&
        String(r.args.text).startsWith("Resyncing")),
    { timeoutMs: 5000 },
  );
  await jobs.idle();
  await app.pendingWork.idle();
}

describe("the Home tab's resync triggers", () => {
  it("says what a resync's check found missing, and ready after syncerror setup --create", async () => {
    await startSalesforce(["Lead", "Contact", "Account", "Opportunity"]);
    const app = await start();
    // Never checked: the hint, for both systems.
    const before = await home(app);
    expect(before).toContain("Resync triggers: `syncerror setup` checks and creates them");
    expect(before).not.toContain("ready for resyncs");

    // A HubSpot→Salesforce resync checks HubSpot's property (contacts have it: the job runs).
    await resync(app, "Restricted picklist value");
    expect(hubspot.calls("contacts/batch/update").length).toBeGreaterThan(0);
    const checked = await home(app);
    expect(checked).toContain(
      `:warning: HubSpot property \`${PROPERTY}\` missing on companies and deals (checked <!date^`,
    );
    expect(checked).toContain("): run `syncerror setup --create`");
    // Salesforce was not part of that job: still never checked.
    expect(checked).toContain("Resync triggers: `syncerror setup` checks and creates them");
    const [check] = await store.triggerChecks();
    expect(check).toMatchObject({
      system: "hubspot",
      ready: false,
      checkedBy: ADMIN,
      via: "preflight",
    });

    // The installed program, its own process, the same database file.
    const setup = await runSyncerror(["setup", "--create"], {
      HUBSPOT_ACCESS_TOKEN: TEST_ACCESS_TOKEN,
      HUBSPOT_BASE_URL: hubspot.url,
      SALESFORCE_INSTANCE_URL: salesforce.instanceUrl,
      SALESFORCE_ACCESS_TOKEN: SF_TOKEN,
      DATABASE_PATH: join(folder, "syncerror.db"),
      DATABASE_URL: "",
    });
    expect(setup.stderr).toBe("");
    expect(setup.code).toBe(0);
    const ready = await home(app);
    expect(ready).toContain(
      `:white_check_mark: HubSpot property \`${PROPERTY}\` ready for resyncs (checked <!date^`,
    );
    expect(ready).toContain(
      `:white_check_mark: Salesforce field \`${FIELD}\` ready for resyncs (checked <!date^`,
    );
    expect(ready).toContain(`\`${PROPERTY}\` mapped to \`${FIELD}\``);
    expect(ready).not.toContain("missing on");
    expect(ready).not.toContain("`syncerror setup` checks and creates them");
    expect((await store.triggerChecks()).map((c) => [c.system, c.via, c.checkedBy])).toEqual([
      ["hubspot", "setup", "cli"],
      ["salesforce", "setup", "cli"],
    ]);

    // In Danish for a Danish Slack user.
    const danish = await home(app, DANE);
    expect(danish).toContain(
      `:white_check_mark: HubSpot-egenskaben \`${PROPERTY}\` er klar til gensynkronisering (tjekket <!date^`,
    );
    expect(danish).toContain(
      `:white_check_mark: Salesforce-feltet \`${FIELD}\` er klar til gensynkronisering`,
    );
  });

  it("names the Salesforce objects that lack the field and who must add it, in English and Danish", async () => {
    await startSalesforce(["Lead"]);
    const app = await start();
    // A Salesforce→HubSpot resync checks the field (leads have it: the job runs).
    await resync(app, "Invalid email");
    expect(salesforce.calls().length).toBeGreaterThan(0);
    const english = await home(app);
    expect(english).toContain(
      `:warning: Salesforce field \`${FIELD}\` missing on Contact, Account, and Opportunity (checked <!date^`,
    );
    expect(english).toContain("a Salesforce admin adds it as Date/Time");
    // Intl's English list has the serial comma. HubSpot was not part of that job: still never checked.
    expect(english).toContain("Resync triggers: `syncerror setup` checks and creates them");
    const danish = await home(app, DANE);
    expect(danish).toContain(
      `:warning: Salesforce-feltet \`${FIELD}\` mangler på Contact, Account og Opportunity (tjekket <!date^`,
    );
    expect(danish).toContain("en Salesforce-administrator opretter det");
  });
});
