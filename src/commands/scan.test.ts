import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandContext } from "../../test/fakes/command-context.js";
import { demoScanner, startDemoCrm } from "../../test/fakes/crm-scanner.js";
import { describePostgres } from "../../test/postgres/database.js";
import { createCatalog } from "../catalog/catalog.js";
import type { CrmSandboxes } from "../console/crm-sandboxes.js";
import { rules } from "../rules/index.js";
import type { Scanner } from "../scan/scanner.js";
import type { SlackMessage } from "../slack/blocks/index.js";
import { openStore } from "../store/index.js";
import { openPostgresStore } from "../store/postgres/pg-store.js";
import type { Store } from "../store/types.js";
import { isDeferred } from "./command.js";
import { scan } from "./scan.js";

// `/syncerror scan` as a plain function, scanning local mode's CRM sandboxes through the real
// clients, with a clock that moves 11 seconds each time it is read.

const catalog = createCatalog(rules);
let store: Store;
let crm: CrmSandboxes;
let clock: number;

beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
  crm = await startDemoCrm(store);
  clock = Date.now();
});
afterEach(async () => {
  await crm.stop();
  await store.close();
});

const context = (scanner: Scanner | undefined) =>
  commandContext(catalog, store, {
    now: () => {
      clock += 11_000;
      return new Date(clock);
    },
    scanner,
  });

const scannerOf = () => demoScanner(crm, store, catalog);

describe("/syncerror scan", () => {
  it("answers at once, reports progress at most three times, and ends with the summary", async () => {
    const reply = await scan.run("", context(scannerOf()));
    if (!isDeferred(reply)) throw new Error("a scan answers later");
    const progress: SlackMessage[] = [];
    reply.onProgress?.((message) => progress.push(message));
    expect(reply.immediate.text).toContain("Scanning HubSpot and Salesforce…");
    const final = await reply.final;
    expect(final.text).toMatch(/^Scan finished: .* 10 new errors, 0 resolved\.$/);
    // Seven pages were read (three HubSpot object types, four Salesforce objects): three reports.
    expect(progress.map((m) => m.text)).toEqual([
      expect.stringMatching(/^:mag: Scanning… HubSpot contacts: \d+ records read so far\./),
      expect.stringMatching(/^:mag: Scanning… HubSpot companies:/),
      expect.stringMatching(/^:mag: Scanning… HubSpot deals:/),
    ]);
  });

  it("tells a second request that a scan is running, and does not start another", async () => {
    const scanner = scannerOf();
    const first = await scan.run("", context(scanner));
    const second = await scan.run("", context(scanner));
    expect(isDeferred(second) ? "deferred" : second.text).toContain("A scan is already running");
    if (isDeferred(first)) await first.final;
  });

  it("tells a request that another replica sharing the database is scanning, and scans nothing", async () => {
    const held = await store.tryScanLock("replica-2");
    const reply = await scan.run("", context(scannerOf()));
    if (!isDeferred(reply)) throw new Error("a scan answers later");
    expect((await reply.final).text).toBe(
      "A scan is already running (on another replica); its findings will be in `/syncerror status` when it ends.",
    );
    expect(await store.lastScan()).toBeNull();
    await held?.release();
  });
});

describe("two scanners on one database", () => {
  it("scan one at a time: the second is told so, and the lock is free again at the end", async () => {
    const [first, second] = await Promise.all([scannerOf().request(), scannerOf().request()]);
    expect([first.kind, second.kind].sort()).toEqual(["done", "running-elsewhere"]);
    expect((await scannerOf().request()).kind).toBe("done");
  });
});

describePostgres("two replicas scanning one PostgreSQL database", (databases) => {
  it("scan one at a time: the other replica is told so", async () => {
    const url = await databases.create();
    const [a, b] = [await openPostgresStore({ url }), await openPostgresStore({ url })];
    const demo = await startDemoCrm(a);
    try {
      const [first, second] = await Promise.all([
        demoScanner(demo, a, catalog).request(),
        demoScanner(demo, b, catalog).request(),
      ]);
      expect([first.kind, second.kind].sort()).toEqual(["done", "running-elsewhere"]);
      expect((await demoScanner(demo, b, catalog).request()).kind).toBe("done");
    } finally {
      await demo.stop();
      await a.close();
      await b.close();
    }
  });
});
