/**
 * Issue 19 end to end: an admin's Setup changes in the Salesforce sandbox, learnt by the bot's
 * scans through the real jsforce (the snapshot diff and the Setup Audit Trail), then errors that
 * follow one of them, beside unrelated changes and unrelated errors. Through the real Bolt app
 * over signed HTTP: the digest's line, `/syncerror explain` and the spike alert tell the change
 * that started the wave, and nothing else is ever named a cause.
 */
import { Connection } from "jsforce";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { loadConfig } from "../src/config.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { createLogger } from "../src/logger.js";
import { DEFAULT_MAPPINGS } from "../src/mappings/default-mappings.js";
import { rules } from "../src/rules/index.js";
import { SalesforceSandbox, salesforceId } from "../src/sandbox/salesforce/sandbox.js";
import { DEFAULT_CHANNEL, type SandboxResponse } from "../src/sandbox/slack/sandbox.js";
import { runScan } from "../src/scan/run-scan.js";
import { buildScanDeps } from "../src/scan/scan-deps.js";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { bodyOf } from "./fakes/slack-responses.js";
import { type ErrorSpec, importErrors } from "./fakes/store-errors.js";

const catalog = createCatalog(rules);
const SF_TOKEN = "sf-causes-e2e";
const HOUR = 3_600_000;
const MINUTE = 60_000;
const T0 = new Date("2026-12-03T15:00:00.000Z");
const minutesBefore = (minutes: number) => new Date(T0.getTime() - minutes * MINUTE);
const JANE = salesforceId("User", 11);
const PER = salesforceId("User", 12);

const SCAN_CONFIG = {
  scan: { mappingsPath: undefined, inclusionListId: undefined, graceMs: HOUR, cron: "0 * * * *" },
  resync: { ...loadConfig({}).resync, allowed: { users: [], usergroup: undefined } },
};

let store: Store;
let salesforce: SalesforceSandbox;
let sfNow: Date;
let env: SandboxedApp | undefined;

beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
  sfNow = minutesBefore(8 * 60);
  salesforce = await SalesforceSandbox.start({
    accessToken: SF_TOKEN,
    clock: { now: () => sfNow },
    records: {
      User: [
        {
          Id: JANE,
          FirstName: "Jane",
          LastName: "Doe",
          Username: "jane@acme.example",
          IsActive: true,
        },
        {
          Id: PER,
          FirstName: "Per",
          LastName: "Hansen",
          Username: "per@acme.example",
          IsActive: true,
        },
      ],
    },
  });
});

afterEach(async () => {
  await env?.stop();
  env = undefined;
  salesforce.assertNoUnexpectedCalls();
  await salesforce.close();
  await store.close();
});

/** A scan of Salesforce alone at `at`, as the bot's schedule runs it. */
async function scanAt(at: Date) {
  sfNow = at;
  const connection = new Connection({
    instanceUrl: salesforce.instanceUrl,
    accessToken: SF_TOKEN,
    version: "62.0",
  });
  return runScan(
    buildScanDeps({
      hubspot: undefined,
      salesforce: connection,
      config: SCAN_CONFIG,
      mappings: DEFAULT_MAPPINGS,
      store,
      catalog,
      now: () => at,
    }),
  );
}

/** `n` errors of a type, one every `every` minutes from `from` on, with a message. */
function errors(
  ruleId: string,
  n: number,
  from: Date,
  every: number,
  message: string,
  tag: string,
): ErrorSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleId,
    hubspotId: `${tag}${i}`,
    message,
    occurredAt: new Date(from.getTime() + i * every * MINUTE),
  }));
}

/**
 * The org's morning: a first scan keeps the schema; Jane deactivates Industry's "Retail" on leads
 * 70 minutes before T0, among unrelated changes (Industry's "Banking" on accounts, a validation
 * rule on opportunities, Per deactivated, two Setup changes nothing follows); a second scan
 * learns them. Errors: a wave of refused "Retail" leads from 62 minutes before T0, and unrelated
 * waves (custom code on contacts, strings too long) beside a background of the same types.
 */
async function morning() {
  await scanAt(minutesBefore(8 * 60));
  salesforce.changes.audit({
    action: "PasswordPolicyChanged",
    section: "Password Policies",
    display: "Changed password expiration from 90 to 180 days",
    by: JANE,
    at: minutesBefore(200),
  });
  salesforce.changes.deactivatePicklistValue("Account", "Industry", "Banking", {
    by: JANE,
    at: minutesBefore(150),
  });
  salesforce.changes.activateValidationRule("Opportunity", "Discount_Cap", {
    by: JANE,
    at: minutesBefore(120),
  });
  salesforce.changes.deactivateUser(PER, { by: JANE, at: minutesBefore(100) });
  salesforce.changes.deactivatePicklistValue("Lead", "Industry", "Retail", {
    by: JANE,
    at: minutesBefore(70),
  });
  salesforce.changes.audit({
    action: "changedDashboard",
    section: "Dashboards",
    display: "Scheduled the pipeline dashboard",
    by: JANE,
    at: minutesBefore(65),
  });
  const learnt = await scanAt(minutesBefore(30));
  expect(learnt.summary.changes?.learnt).toBeGreaterThanOrEqual(6);

  const background = (ruleId: string, message: string, tag: string) =>
    errors(ruleId, 24, minutesBefore(3 * 24 * 60), 180, message, tag);
  await importErrors(
    store,
    catalog,
    [
      ...background(
        "restricted-picklist-value",
        "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Lead Source: bad value for restricted picklist field: Fax",
        "b1-",
      ),
      ...background(
        "custom-code",
        "FIELD_CUSTOM_VALIDATION_EXCEPTION: A phone number is required: [Phone]",
        "b2-",
      ),
      // The wave Jane's change started: every 2 minutes from 8 minutes after it.
      ...errors(
        "restricted-picklist-value",
        30,
        minutesBefore(62),
        2,
        "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Industry: bad value for restricted picklist field: Retail",
        "w-",
      ),
      // Waves no learnt change explains: the validation rule is on opportunities, not contacts.
      ...errors(
        "custom-code",
        25,
        minutesBefore(55),
        2,
        "FIELD_CUSTOM_VALIDATION_EXCEPTION: A lead from Germany needs a VAT number: [VAT_Number__c]",
        "c-",
      ),
      ...errors(
        "string-too-long",
        25,
        minutesBefore(50),
        2,
        "STRING_TOO_LONG: Description: data value too large (max length=255)",
        "s-",
      ),
    ],
    { at: T0 },
  );
}

async function startBot() {
  env = await startSandboxedApp({
    catalog,
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
    store,
    digest: { now: () => T0 },
    alerts: { now: () => T0 },
  });
  return env;
}

async function slash(app: SandboxedApp, text: string) {
  const reply = await app.sandbox.slash(app.target, {
    text,
    userId: "U0ADMIN",
    channelId: DEFAULT_CHANNEL.id,
  });
  expect(reply.status).toBe(200);
  return bodyOf(
    (await app.sandbox.waitFor(
      (r) => r.type === "response" && r.url === reply.responseUrl,
    )) as SandboxResponse,
  );
}

/** Every "Likely cause" or "Also possible" sentence in a message's blocks. */
function causeLines(message: { blocks?: unknown }): string[] {
  return JSON.stringify(message.blocks ?? [])
    .split('"')
    .filter((text) => text.includes("Likely cause:") || text.includes("Also possible:"));
}

const LINKED =
  "Likely cause: the picklist value “Retail” of Lead.Industry was deactivated on 3 Dec at 13:50 (Setup Audit Trail: Jane Doe), 8 minutes before the first of 30 Restricted picklist value errors, all on Lead.Industry.";

describe("a wave of errors linked to the change that started it", () => {
  it("the digest tells the change under the type's line, and no other change anywhere", async () => {
    await morning();
    const app = await startBot();
    const digest = await slash(app, "digest");
    expect(causeLines(digest)).toEqual([`:mag: ${LINKED}`]);
  });

  it("/syncerror explain tells it for the type, and nothing for a type no change explains", async () => {
    await morning();
    const app = await startBot();
    expect(causeLines(await slash(app, "explain Restricted picklist value"))).toEqual([
      `:mag: ${LINKED}`,
    ]);
    expect(causeLines(await slash(app, "explain Custom code"))).toEqual([]);
    expect(causeLines(await slash(app, "explain String too long"))).toEqual([]);
  });

  it("the spike alert of the wave tells it too", async () => {
    await morning();
    const app = await startBot();
    await app.alerts.checkNow();
    const spikes = app.sandbox
      .calls("chat.postMessage")
      .filter((c) => String(c.args.text).includes("Spike in"));
    const picklist = spikes.find((c) => String(c.args.text).includes("Restricted picklist value"));
    // The spike's wave is its hour: the first error in it came 10 minutes after the change.
    expect(causeLines({ blocks: picklist?.args.blocks })).toEqual([
      `:mag: ${LINKED.replace("8 minutes before the first of 30", "10 minutes before the first of 29")}`,
    ]);
    for (const other of spikes.filter((c) => c !== picklist))
      expect(causeLines({ blocks: other.args.blocks })).toEqual([]);
  });

  it("says nothing when the audit trail was not readable and the scan saw no change of the field", async () => {
    salesforce.setUserPermissions({ viewSetupAndConfiguration: false });
    await scanAt(minutesBefore(8 * 60));
    salesforce.changes.activateValidationRule("Lead", "Require_VAT", {
      by: JANE,
      at: minutesBefore(70),
    });
    await scanAt(minutesBefore(30));
    await importErrors(
      store,
      catalog,
      errors(
        "custom-code",
        25,
        minutesBefore(55),
        2,
        "FIELD_CUSTOM_VALIDATION_EXCEPTION: A lead from Germany needs a VAT number",
        "c-",
      ),
      { at: T0 },
    );
    const app = await startBot();
    expect(causeLines(await slash(app, "explain Custom code"))).toEqual([]);
  });
});
