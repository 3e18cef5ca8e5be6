import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, expect, it } from "vitest";
import { HubSpotSandbox } from "../../src/sandbox/hubspot/sandbox.js";
import { openPostgresStore } from "../../src/store/postgres/pg-store.js";
import { runSyncerror } from "../fakes/run-syncerror.js";
import { describePostgres } from "./database.js";

// The terminal shares the bot replicas' database: `syncerror scan` takes the same scan lock as
// their schedule, so it is refused, not run twice over, while a replica scans.

const folder = mkdtempSync(join(tmpdir(), "syncerror-cli-locks-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let hubspot: HubSpotSandbox;
beforeEach(async () => {
  hubspot = await HubSpotSandbox.start({ accessToken: "pat-na1-cli-locks" });
});
afterEach(async () => {
  await hubspot.close();
});

describePostgres("the CLI beside bot replicas on PostgreSQL", (databases) => {
  it("refuses a scan while a replica holds the scan lock, reading nothing, and scans once it is free", async () => {
    const url = await databases.create();
    const replica = await openPostgresStore({ url });
    const env = {
      DATABASE_URL: url,
      DATABASE_PATH: join(folder, "unused.sqlite"),
      HUBSPOT_ACCESS_TOKEN: "pat-na1-cli-locks",
      HUBSPOT_BASE_URL: hubspot.url,
      SALESFORCE_INSTANCE_URL: "",
      SALESFORCE_ACCESS_TOKEN: "",
    };
    try {
      const lock = await replica.tryScanLock("bot-1:7:abc123");
      expect(lock).not.toBeNull();
      const refused = await runSyncerror(["scan"], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        "A scan is already running in another process sharing the database",
      );
      expect(hubspot.calls()).toEqual([]);

      await lock?.release();
      const ran = await runSyncerror(["scan", "--json"], env);
      expect(ran.code).toBe(0);
      expect(JSON.parse(ran.stdout)).toMatchObject({ newErrors: 0 });
      expect(hubspot.calls().length).toBeGreaterThan(0);
      // The terminal let the lock go when it finished: a replica takes it again.
      const again = await replica.tryScanLock("bot-1:7:abc123");
      expect(again).not.toBeNull();
      await again?.release();
    } finally {
      await replica.close();
    }
  }, 60_000);
});
