import { afterEach, describe, expect, it } from "vitest";
import {
  sandboxClient,
  seedContacts,
  TEST_ACCESS_TOKEN,
} from "../../test/fakes/hubspot-clients.js";
import { HubSpotSandbox, type HubSpotSandboxOptions } from "../sandbox/hubspot/sandbox.js";
import { createHubSpotLimiter, createHubSpotSearchLimiter } from "./hubspot-paced-call.js";
import { hubspotScanPort } from "./hubspot-scan-port.js";

// The scan port through the real HubSpot client against the loopback sandbox, which enforces
// HubSpot's two limits: 190 requests per 10 s, and search's own 5 a second apart from them.

let sandbox: HubSpotSandbox;

async function start(options: Omit<HubSpotSandboxOptions, "accessToken"> = {}) {
  sandbox = await HubSpotSandbox.start({ accessToken: TEST_ACCESS_TOKEN, ...options });
  const { client } = sandboxClient(sandbox.url);
  return hubspotScanPort(client, {
    limiter: createHubSpotLimiter(190),
    searchLimiter: createHubSpotSearchLimiter(),
    minRetryMs: 20,
  });
}

afterEach(async () => {
  sandbox.assertNoUnexpectedCalls();
  await sandbox.close();
});

describe("the HubSpot scan port's searches", () => {
  it("paces a burst of searches under HubSpot's search limit: no 429", async () => {
    const port = await start({ objects: { contacts: seedContacts(30) } });
    const since = new Date(Date.now() - 60_000);
    const emails = (n: number) => [`person${n}@example.com`];
    // Twelve at once, as a scan's email lookups and pages could come: more than a second's worth.
    const [found, pages] = await Promise.all([
      Promise.all(Array.from({ length: 9 }, (_, i) => port.contactsByEmail(emails(i + 1), []))),
      Promise.all(
        Array.from({ length: 3 }, () => port.modifiedPage("contacts", [], since, undefined)),
      ),
    ]);
    expect(found.map((records) => records.map((r) => r.id))).toEqual(
      Array.from({ length: 9 }, (_, i) => [String(i + 1)]),
    );
    expect(pages.map((page) => page.records.length)).toEqual([30, 30, 30]);
    expect(sandbox.calls("/search").map((call) => call.status)).toEqual(Array(12).fill(200));
    expect(port.calls()).toBe(12);
  });

  it("searches each type's own modification stamp: lastmodifieddate on contacts", async () => {
    const old = new Date(Date.now() - 3_600_000).toISOString();
    const port = await start({
      objects: {
        contacts: [{ id: "1", updatedAt: old }, { id: "2" }],
        companies: [{ id: "7", updatedAt: old }, { id: "8" }],
      },
    });
    const since = new Date(Date.now() - 60_000);
    const contacts = await port.modifiedPage("contacts", [], since, undefined);
    const companies = await port.modifiedPage("companies", [], since, undefined);
    expect(contacts.records.map((r) => r.id)).toEqual(["2"]);
    expect(companies.records.map((r) => r.id)).toEqual(["8"]);
    const filters = sandbox
      .calls("/search")
      .map((call) => call.body as { filterGroups: { filters: { propertyName: string }[] }[] })
      .map((body) => body.filterGroups[0]?.filters[0]?.propertyName);
    expect(filters).toEqual(["lastmodifieddate", "hs_lastmodifieddate"]);
  });
});
