import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HubSpotSandbox } from "../src/sandbox/hubspot/sandbox.js";
import { SalesforceSandbox, salesforceId } from "../src/sandbox/salesforce/sandbox.js";
import { printTable } from "./table.js";

const CONTACTS = 100_000;
const LEADS = 100_000;
const LIMIT = { requests: 190, windowMs: 10_000 };
const HS_TOKEN = "pat-bench-scan";
const SF_TOKEN = "sf-bench-scan";
const HOUR = 3_600_000;
// One contact in 50 is stuck with a title too long for Salesforce; one lead in 50 has a bad email.
const EVERY = 50;

/**
 * Issue 8: the first (full) scan of 100,000 HubSpot contacts and 100,000 Salesforce leads in the
 * sandboxes, HubSpot enforcing 190 requests per 10 s, run by `syncerror scan` in its own process:
 * wall time, API calls on each side, the scanning process's peak RSS, and the planted problems
 * found.
 */
export async function benchScan(): Promise<void> {
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const contacts = Array.from({ length: CONTACTS }, (_, i) => {
    const id = String(1_000_000 + i);
    if (i % EVERY === 0) {
      return {
        id,
        createdAt: iso(now - 2 * HOUR),
        updatedAt: iso(now - 2 * HOUR),
        properties: { lastname: `L${i}`, company: "Acme", jobtitle: "Vice ".repeat(40) },
      };
    }
    return {
      id,
      createdAt: iso(now - 3 * HOUR),
      updatedAt: iso(now - 2 * HOUR),
      properties: {
        email: `c${i}@acme.com`,
        lastname: `L${i}`,
        salesforcecontactid: salesforceId("Contact", i + 1),
        salesforcelastsynctime: iso(now - 2 * HOUR + 1000),
      },
    };
  });
  const leads = Array.from({ length: LEADS }, (_, i) => ({
    Id: salesforceId("Lead", i + 1),
    LastName: `L${i}`,
    Company: "Acme",
    Email: i % EVERY === 0 ? `lead${i}@acme` : `lead${i}@acme.com`,
  }));
  const hubspot = await HubSpotSandbox.start({
    accessToken: HS_TOKEN,
    rateLimit: LIMIT,
    properties: {
      contacts: ["company", "jobtitle", "salesforcecontactid", "salesforceleadid"].map((name) => ({
        name,
        type: "string" as const,
      })),
    },
    objects: { contacts },
  });
  const salesforce = await SalesforceSandbox.start({
    accessToken: SF_TOKEN,
    records: { Lead: leads },
    clock: { now: () => new Date(now - 2 * HOUR) },
  });
  const dir = mkdtempSync(join(tmpdir(), "syncerror-bench-scan-"));
  try {
    const started = performance.now();
    const run = await scanInChild({
      DATABASE_PATH: join(dir, "bench.db"),
      HUBSPOT_ACCESS_TOKEN: HS_TOKEN,
      HUBSPOT_BASE_URL: hubspot.url,
      SALESFORCE_INSTANCE_URL: salesforce.instanceUrl,
      SALESFORCE_ACCESS_TOKEN: SF_TOKEN,
    });
    const seconds = (performance.now() - started) / 1000;
    const summary = JSON.parse(run.stdout) as {
      hubspotRead: number;
      salesforceRead: number;
      findingsByRule: Record<string, number>;
      calls: { hubspot: number; salesforce: number };
    };
    const hubspotCalls = hubspot.calls().length;
    printTable(
      `Scan: ${CONTACTS.toLocaleString("en")} HubSpot contacts and ${LEADS.toLocaleString("en")} Salesforce leads, HubSpot at ${LIMIT.requests} requests / 10 s`,
      [
        ["wall time (syncerror scan, own process)", `${seconds.toFixed(1)} s`, "< 60 s"],
        [
          "records read",
          `${summary.hubspotRead.toLocaleString("en")} HubSpot, ${summary.salesforceRead.toLocaleString("en")} Salesforce`,
          "",
        ],
        [
          "HubSpot calls",
          `${hubspotCalls.toLocaleString("en")}: ${((hubspotCalls / CONTACTS) * 100).toFixed(3)} per 100 HubSpot records`,
          "≤ 1 per 100",
        ],
        ["Salesforce calls", summary.calls.salesforce.toLocaleString("en"), ""],
        ["peak RSS of the scan", `${Math.round(run.peakRssKb / 1024)} MB`, "< 400 MB"],
        [
          "planted problems found",
          `${summary.findingsByRule["string-too-long"] ?? 0} of ${CONTACTS / EVERY} long titles, ${summary.findingsByRule["invalid-email"] ?? 0} of ${LEADS / EVERY} bad emails`,
          "all",
        ],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await hubspot.close();
    await salesforce.close();
  }
}

/** Runs `syncerror scan --json` and follows its peak RSS (VmHWM) until it exits. */
function scanInChild(env: Record<string, string>): Promise<{ stdout: string; peakRssKb: number }> {
  const bin = fileURLToPath(new URL("../../bin/syncerror.js", import.meta.url));
  const child = spawn(process.execPath, [bin, "scan", "--json"], {
    env: { ...process.env, ...env, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  let peakRssKb = 0;
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  const watch = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peakRssKb = Math.max(peakRssKb, kb);
    } catch {
      // Gone already: the last reading stands.
    }
  }, 100);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(watch);
      if (code !== 0) reject(new Error(`syncerror scan exited with ${code}`));
      else resolve({ stdout, peakRssKb });
    });
  });
}
