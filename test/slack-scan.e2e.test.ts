import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import type { CrmSandboxes } from "../src/console/crm-sandboxes.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import { DEFAULT_CHANNEL, type SandboxResponse } from "../src/sandbox/slack/sandbox.js";
import type { Scanner } from "../src/scan/scanner.js";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { demoScanner, startDemoCrm } from "./fakes/crm-scanner.js";
import { bodyOf } from "./fakes/slack-responses.js";

// `/syncerror scan` through the real Bolt app over signed HTTP, scanning the CRM sandboxes local
// mode uses (with their planted problems) through the real clients.

const catalog = createCatalog(rules);
const USER = "U0ADMIN";
let store: Store;
let crm: CrmSandboxes | undefined;
let env: SandboxedApp;

async function start(withScanner: boolean): Promise<void> {
  store = await openStore({ path: ":memory:" });
  const logger = createLogger({ level: "silent" });
  let scanner: Scanner | undefined;
  if (withScanner) {
    crm = await startDemoCrm(store);
    crm.hubspot.latency(30);
    scanner = demoScanner(crm, store, catalog);
  }
  env = await startSandboxedApp({
    catalog,
    logger,
    logLevel: "silent",
    version: "test",
    store,
    ...(scanner ? { scanner } : {}),
  });
}

afterEach(async () => {
  await env.pendingWork.idle();
  env.sandbox.assertNoUnexpectedCalls();
  crm?.hubspot.assertNoUnexpectedCalls();
  crm?.salesforce.assertNoUnexpectedCalls();
  await env.stop();
  await crm?.stop();
  crm = undefined;
  await store.close();
});

async function slash(text: string) {
  const reply = await env.sandbox.slash(env.target, {
    text,
    userId: USER,
    channelId: DEFAULT_CHANNEL.id,
  });
  expect(reply.status).toBe(200);
  return reply.responseUrl;
}
const answers = (responseUrl: string) =>
  env.sandbox
    .responses()
    .filter((r: SandboxResponse) => r.url === responseUrl)
    .map(bodyOf);

describe("/syncerror scan", () => {
  it("answers at once, then replaces the answer with the scan's summary", async () => {
    await start(true);
    const url = await slash("scan");
    await env.sandbox.waitFor((r) => r.type === "response" && r.url === url);
    // A second request while the first runs is told so; it does not scan again.
    const second = await slash("scan");
    await env.pendingWork.idle();
    const [first, final] = answers(url);
    expect(first?.text).toContain("Scanning HubSpot and Salesforce…");
    expect(final).toMatchObject({ replace_original: true });
    expect(final?.text).toMatch(
      /^Scan finished: \d+ HubSpot and \d+ Salesforce records read, 10 new errors, 0 resolved\.$/,
    );
    expect(JSON.stringify(final?.blocks)).toContain("Invalid email: 1");
    expect(answers(second).map((a) => a.text)).toEqual([
      expect.stringContaining("A scan is already running"),
    ]);
    expect((await store.lastScan())?.newCount).toBe(10);
  });

  it("says what to configure when neither HubSpot nor Salesforce is", async () => {
    await start(false);
    const url = await slash("scan");
    await env.sandbox.waitFor((r) => r.type === "response" && r.url === url);
    expect(answers(url)[0]?.text).toContain(
      "Scanning needs HubSpot or Salesforce: set HUBSPOT_ACCESS_TOKEN",
    );
  });
});
