/**
 * The resync triggers' last check per system (issue 18's Home tab), run against SQLite and
 * PostgreSQL: kept per system with what was missing, when, by whom and which path; a later check
 * replaces it, an earlier one finishing late does not; another handle (a replica) reads it.
 */
import { describe, expect, it } from "vitest";
import type { TriggerCheck } from "../../src/store/types.js";
import { BACKENDS, storeHandles } from "./backends.js";

const NOW = Date.parse("2026-12-04T12:00:00Z");
const at = (ms: number) => new Date(ms);

const salesforceMissing: TriggerCheck = {
  system: "salesforce",
  name: "Resync_Requested__c",
  ready: false,
  problems: [
    { object: "Lead", name: "Resync_Requested__c", status: "missing" },
    { object: "Account", name: "Resync_Requested__c", status: "not-updateable" },
  ],
  checkedAt: at(NOW),
  checkedBy: "U-ANN",
  via: "preflight",
};

const hubspotReady: TriggerCheck = {
  system: "hubspot",
  name: "syncerror_resync_at",
  ready: true,
  problems: [],
  checkedAt: at(NOW - 60_000),
  checkedBy: "startup",
  via: "startup",
};

describe.each(BACKENDS)("trigger checks contract: %s", (backend, suite) => {
  suite(`trigger checks contract (${backend})`, (fresh) => {
    const { freshStore, open } = storeHandles(fresh);

    it("keeps each system's last check with what was missing, when, by whom and how", async () => {
      const store = await freshStore();
      expect(await store.triggerChecks()).toEqual([]);
      await store.recordTriggerCheck(salesforceMissing);
      await store.recordTriggerCheck(hubspotReady);
      // HubSpot first, whatever the order they were checked in; another handle reads the same.
      expect(await store.triggerChecks()).toEqual([hubspotReady, salesforceMissing]);
      expect(await (await open()).triggerChecks()).toEqual([hubspotReady, salesforceMissing]);
    });

    it("replaces a system's check with a later one, not with an earlier one finishing late", async () => {
      const store = await freshStore();
      await store.recordTriggerCheck(salesforceMissing);
      const fixed: TriggerCheck = {
        system: "salesforce",
        name: "Resync_Requested__c",
        ready: true,
        problems: [],
        checkedAt: at(NOW + 60_000),
        checkedBy: "cli",
        via: "setup",
      };
      await store.recordTriggerCheck(fixed);
      expect(await store.triggerChecks()).toEqual([fixed]);
      // A preflight that started before the setup and ended after it does not undo it.
      await store.recordTriggerCheck({ ...salesforceMissing, checkedAt: at(NOW + 30_000) });
      expect(await store.triggerChecks()).toEqual([fixed]);
      // The same moment again counts as newer (two checks in one millisecond: the last one wins).
      const again = { ...fixed, checkedBy: "U-BOB", via: "preflight" as const };
      await store.recordTriggerCheck(again);
      expect(await store.triggerChecks()).toEqual([again]);
    });
  });
});
