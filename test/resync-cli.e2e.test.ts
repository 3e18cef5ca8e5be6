import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { planResync } from "../src/resync/plan-resync.js";
import { rules } from "../src/rules/index.js";
import { HubSpotSandbox } from "../src/sandbox/hubspot/sandbox.js";
import { SalesforceSandbox, salesforceId } from "../src/sandbox/salesforce/sandbox.js";
import { openStore } from "../src/store/index.js";
import { englishWordsIn } from "./english-words.js";
import { runSyncerror } from "./fakes/run-syncerror.js";

// `syncerror resync` as installed: an imported export, the real clients built by the program,
// the HubSpot and Salesforce sandboxes on loopback.

const FIELD = "HubSpot_Resync_Requested__c";
const contacts = Array.from({ length: 130 }, (_, i) => String(7000 + i));
const leads = Array.from({ length: 4 }, (_, i) => salesforceId("Lead", i + 1));
let dir: string;
let hubspot: HubSpotSandbox;
let salesforce: SalesforceSandbox;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-resync-e2e-"));
  hubspot = await HubSpotSandbox.start({
    accessToken: "pat-na1-resync-e2e",
    objects: { contacts: contacts.map((id) => ({ id })) },
  });
  salesforce = await SalesforceSandbox.start({
    accessToken: "sf-resync-e2e",
    records: { Lead: leads.map((Id) => ({ Id })) },
    customFields: ["Lead", "Contact", "Account", "Opportunity"].reduce(
      (all, t) => Object.assign(all, { [t]: [{ name: FIELD, type: "datetime" }] }),
      {},
    ),
  });
  const rows = [
    "Object type,Record ID,Salesforce ID,Error type,Error message",
    ...contacts.map(
      (id) =>
        `Contact,${id},,Restricted picklist value,INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: bad value`,
    ),
    ...leads.map(
      (id, i) =>
        `Contact,,${id},Invalid email,INVALID_EMAIL_ADDRESS: Email: invalid email address: n${i}@`,
    ),
  ];
  writeFileSync(join(dir, "export.csv"), `${rows.join("\n")}\n`);
  expect((await syncerror(["import", join(dir, "export.csv")])).code).toBe(0);
});
afterEach(async () => {
  hubspot.assertNoUnexpectedCalls();
  salesforce.assertNoUnexpectedCalls();
  await hubspot.close();
  await salesforce.close();
  rmSync(dir, { recursive: true, force: true });
});

function syncerror(args: string[], env: Record<string, string> = {}) {
  return runSyncerror(args, {
    DATABASE_PATH: join(dir, "db.sqlite"),
    HUBSPOT_ACCESS_TOKEN: "pat-na1-resync-e2e",
    HUBSPOT_BASE_URL: hubspot.url,
    SALESFORCE_INSTANCE_URL: salesforce.instanceUrl,
    SALESFORCE_ACCESS_TOKEN: "sf-resync-e2e",
    ...env,
  });
}

describe("syncerror resync", () => {
  it("shows the batches with --dry-run and sends nothing", async () => {
    const { code, stdout } = await syncerror([
      "resync",
      "Restricted picklist value",
      "--dry-run",
      "--json",
    ]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as {
      records: number;
      batches: unknown;
      plan: Array<{ batch: number; ids: string[] }>;
    };
    expect(plan.records).toBe(130);
    expect(plan.batches).toEqual({ hubspot: 2, salesforce: 0 });
    expect(plan.plan.map((b) => b.ids.length)).toEqual([100, 30]);
    // One numbering, from 1, in the JSON and in the text.
    expect(plan.plan.map((b) => b.batch)).toEqual([1, 2]);
    const text = await syncerror(["resync", "Restricted picklist value", "--dry-run"]);
    expect(text.code).toBe(0);
    expect(text.stdout.match(/^ {2}batch \d+/gm)).toEqual(["  batch 1", "  batch 2"]);
    expect(hubspot.calls()).toEqual([]);
  });

  it("says the dry run and a refusal in Danish with --lang da; --json keeps its English", async () => {
    const { code, stdout } = await syncerror([
      "resync",
      "Restricted picklist value",
      "--lang",
      "da",
      "--dry-run",
    ]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /^Prøvekørsel: 130 poster med .+ i 2 HubSpot-omgange og 0 Salesforce-omgange\. Intet blev sendt\.$/,
    );
    expect(lines.slice(1).map((l) => l.replace(/\(.*\)$/, ""))).toEqual([
      "  omgang 1: hubspot contacts, 100 poster ",
      "  omgang 2: hubspot contacts, 30 poster ",
    ]);
    expect(englishWordsIn(stdout, ["HubSpot", "Salesforce"])).toEqual([]);
    const json = await syncerror([
      "resync",
      "Restricted picklist value",
      "--lang",
      "da",
      "--dry-run",
      "--json",
    ]);
    expect(JSON.parse(json.stdout)).toMatchObject({
      type: "Restricted picklist value",
      records: 130,
    });

    // Not set up yet: refused in Danish (the setup check's own lines stay as setup says them).
    const refused = await syncerror(["resync", "Restricted picklist value"], {
      SYNCERROR_LANG: "da",
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "Udløserne for at synkronisere igen er ikke klar, så intet blev sendt.",
    );
    expect(hubspot.calls("batch/update")).toEqual([]);
    // Three runs of the program: more than the default 20 s on a busy machine.
  }, 90_000);

  it("refuses, saying why, while the HubSpot property is missing; then runs once setup created it", async () => {
    const refused = await syncerror(["resync", "Restricted picklist value"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("The resync triggers are not ready, so nothing was sent");
    expect(hubspot.calls("batch/update")).toEqual([]);

    expect((await syncerror(["setup", "--create"])).code).toBe(0);
    const { code, stdout } = await syncerror(["resync", "restricted picklist", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      type: "Restricted picklist value",
      status: "done",
      total: 130,
      accepted: 130,
      failed: 0,
    });
    expect(
      hubspot.calls("batch/update").map((c) => (c.body as { inputs: unknown[] }).inputs.length),
    ).toEqual([100, 30]);
    expect(
      hubspot.record("contacts", "7129")?.properties.syncerror_resync_requested_at,
    ).toBeTruthy();
  });

  it("resyncs a Salesforce→HubSpot type through Salesforce and reports failures by status code", async () => {
    await syncerror(["setup", "--create"]);
    salesforce.recordErrors(
      [leads[0] as string],
      "INVALID_EMAIL_ADDRESS",
      "Email: invalid email address: n0@",
    );
    const { stdout } = await syncerror(["resync", "Invalid email", "--json"]);
    expect(JSON.parse(stdout)).toMatchObject({
      total: 4,
      accepted: 3,
      failed: 1,
      failures: { INVALID_EMAIL_ADDRESS: 1 },
    });
    expect(salesforce.record("Lead", leads[3] as string)?.[FIELD]).toBeTruthy();
  });

  it("refuses when the job would eat into Salesforce's reserve for HubSpot's connector", async () => {
    await syncerror(["setup", "--create"]);
    salesforce.setLimits({ max: 1000, remaining: 200 });
    const { code, stderr } = await syncerror(["resync", "Invalid email"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /Salesforce has 1\d\d of 1,000 daily API calls left; this resync needs 1 and must leave 200/,
    );
    expect(salesforce.calls("composite/sobjects")).toEqual([]);
  });

  it("audits who resynced what and how it went", async () => {
    await syncerror(["setup", "--create"]);
    await syncerror(["resync", "Restricted picklist value"]);
    const { stdout } = await syncerror(["audit", "--json"]);
    const entries = JSON.parse(stdout) as Array<{
      action: string;
      who: string;
      ruleId: string;
      outcome: string;
      count: number;
    }>;
    expect(entries.map((e) => [e.action, e.who, e.ruleId, e.outcome, e.count])).toEqual([
      ["resync.finish", "cli", "restricted-picklist-value", "done", 130],
      ["resync.start", "cli", "restricted-picklist-value", "started", 130],
    ]);
  });

  it("skips records resynced within RESYNC_COOLDOWN, saying by which job, and --force sends them", async () => {
    await syncerror(["setup", "--create"]);
    expect((await syncerror(["resync", "Restricted picklist value"])).code).toBe(0);
    const sent = () => hubspot.calls("batch/update").length;
    expect(sent()).toBe(2);

    const again = await syncerror(["resync", "Restricted picklist value"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      "All 130 were resynced just now by the CLI (job 1), so nothing was sent",
    );
    expect(again.stderr).toContain("--force");
    const dryRun = await syncerror(["resync", "Restricted picklist value", "--dry-run"]);
    expect(dryRun.stdout).toContain("Dry run: 0 Restricted picklist value records");
    expect(dryRun.stdout).toContain("skipped 130: resynced just now by the CLI (job 1)");
    expect(sent()).toBe(2);

    const forced = await syncerror(["resync", "Restricted picklist value", "--force", "--json"]);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ job: 2, accepted: 130, skipped: 0 });
    expect(sent()).toBe(4);
    // Five runs of the program: more than one test's usual time on a busy machine.
  }, 60_000);
  it("leaves a job a process on another host holds under a live lease alone, and takes one over at once from a process of this machine that died", async () => {
    expect((await syncerror(["setup", "--create"])).code).toBe(0);
    // A bot replica sharing the database started the type's job and renews its lease.
    const rule = createCatalog(rules).ruleById("restricted-picklist-value");
    if (!rule) throw new Error("no such rule");
    const store = await openStore({ path: join(dir, "db.sqlite") });
    const { job } = await store.startResyncJob({
      ruleId: rule.id,
      requestedBy: "U0ADMIN",
      requestedAt: new Date(),
      triggerAt: new Date(),
      records: planResync(rule, await store.openErrorsOf(rule.id)),
      lease: { owner: "bot-1:7:abc123", until: new Date(Date.now() + 3_600_000) },
    });
    await store.close();

    const held = await syncerror(["resync", "Restricted picklist value"]);
    expect(held.code).toBe(1);
    expect(held.stdout).toContain(
      `Resync job ${job.id} of Restricted picklist value is running in another process sharing the database (bot-1:7:abc123, its lease renewed until `,
    );
    expect(held.stdout).toContain("), which sends the rest.");
    expect(held.stdout).toContain("130 not sent yet");
    expect(hubspot.calls("batch/update")).toEqual([]);

    // Held by a process of this machine that no longer runs (a terminal's resync stopped with
    // Ctrl-C): taken over at once, its lease not waited out.
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    const db = new Database(join(dir, "db.sqlite"));
    db.prepare("UPDATE resync_jobs SET lease_owner = ? WHERE id = ?").run(
      `${hostname()}:${gone}:abc123`,
      job.id,
    );
    db.close();
    const resumed = await syncerror(["resync", "Restricted picklist value"]);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(
      `Resumed and finished resync job ${job.id} of Restricted picklist value: done.`,
    );
    expect(hubspot.calls("batch/update")).toHaveLength(2);
  });
});
