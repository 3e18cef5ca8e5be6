import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HubSpotSandbox } from "../src/sandbox/hubspot/sandbox.js";
import { spawnSyncerror } from "./fakes/run-syncerror.js";

// A resync killed mid-job (SIGKILL, no chance to tidy up) and started again: every record is sent,
// and no record confirmed before the kill is sent again; only the batch in flight may repeat.

const PROPERTY = "syncerror_resync_requested_at";
const contacts = Array.from({ length: 1000 }, (_, i) => String(20_000 + i));
let dir: string;
let hubspot: HubSpotSandbox;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-crash-"));
  hubspot = await HubSpotSandbox.start({
    accessToken: "pat-na1-crash-e2e",
    objects: { contacts: contacts.map((id) => ({ id })) },
  });
  const rows = [
    "Object type,Record ID,Error type",
    ...contacts.map((id) => `Contact,${id},Restricted picklist value`),
  ];
  writeFileSync(join(dir, "export.csv"), `${rows.join("\n")}\n`);
});
afterEach(async () => {
  hubspot.assertNoUnexpectedCalls();
  await hubspot.close();
  rmSync(dir, { recursive: true, force: true });
});

function start(args: string[]) {
  const child = spawnSyncerror(args, {
    env: {
      ...process.env,
      DATABASE_PATH: join(dir, "db.sqlite"),
      HUBSPOT_ACCESS_TOKEN: "pat-na1-crash-e2e",
      HUBSPOT_BASE_URL: hubspot.url,
      SALESFORCE_INSTANCE_URL: "",
      SALESFORCE_ACCESS_TOKEN: "",
    },
  });
  let stdout = "";
  child.stdout.on("data", (c) => (stdout += c));
  const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
  return { child, closed, output: () => stdout };
}

const accepted = () =>
  hubspot
    .calls("batch/update")
    .filter((c) => c.status === 200)
    .map((c) => (c.body as { inputs: Array<{ id: string }> }).inputs.map((i) => i.id));

describe("a resync killed mid-job", () => {
  it("finishes after a restart with every record sent and nothing confirmed sent twice", async () => {
    expect(await start(["import", join(dir, "export.csv")]).closed).toBe(0);
    // Salesforce is not configured here, so setup reports "not ready" for its side; HubSpot is what this job uses.
    await start(["setup", "--create"]).closed;
    hubspot.latency(150);

    const first = start(["resync", "Restricted picklist value"]);
    while (accepted().length < 3) await new Promise((resolve) => setTimeout(resolve, 20));
    first.child.kill("SIGKILL");
    await first.closed;
    const beforeKill = accepted();

    hubspot.latency(0);
    const second = start(["resync", "Restricted picklist value", "--json"]);
    expect(await second.closed).toBe(0);
    expect(JSON.parse(second.output())).toMatchObject({
      resumed: true,
      status: "done",
      total: 1000,
      accepted: 1000,
      pending: 0,
    });

    for (const id of contacts)
      expect(hubspot.record("contacts", id)?.properties[PROPERTY], id).toBeTruthy();
    const sends = new Map<string, number>();
    for (const id of accepted().flat()) sends.set(id, (sends.get(id) ?? 0) + 1);
    expect([...sends.keys()].sort()).toEqual([...contacts].sort());
    const repeated = [...sends].filter(([, n]) => n > 1).map(([id]) => id);
    // At most the one batch that was in flight when the process died went out twice.
    expect(repeated.length).toBeLessThanOrEqual(100);
    const confirmedBeforeTheLastOne = new Set(beforeKill.slice(0, -1).flat());
    expect(repeated.filter((id) => confirmedBeforeTheLastOne.has(id))).toEqual([]);
  }, 60_000);
});
