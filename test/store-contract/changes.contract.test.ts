/**
 * Issue 19's changes in the store, run against SQLite and PostgreSQL: each system's latest schema
 * snapshot (and the one before it, no more), the changes learnt from a snapshot diff or the Setup
 * Audit Trail, each recorded once by its key (also when two handles record it at once), read since
 * a time newest first by object and field, and the audit trail's mark per org, forward only.
 */
import { describe, expect, it } from "vitest";
import { auditTrailChangeKey, snapshotChangeKey } from "../../src/store/change-key.js";
import type { LearntChange, StoredSnapshot } from "../../src/store/types.js";
import { BACKENDS, storeHandles } from "./backends.js";

const T0 = Date.parse("2026-12-03T13:00:00Z");
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

// Key order matters (describe's order of picklist values): the store gives the text back as is.
const sfSnapshot = (minutes: number, industry: string): StoredSnapshot => ({
  system: "salesforce",
  takenAt: at(minutes),
  json: `{"Lead":{"Industry":{"type":"picklist","length":255,"picklist":{"Zeta":true,"Biotech":${industry},"Agri":true}}}}`,
});

const diffedFrom = at(0);
const deactivated: LearntChange = {
  key: snapshotChangeKey(
    {
      system: "salesforce",
      object: "Lead",
      field: "Industry",
      kind: "picklist-value-deactivated",
      option: "Biotech",
    },
    diffedFrom,
  ),
  observedAt: at(60),
  happenedAt: null,
  happenedAfter: null,
  system: "salesforce",
  object: "Lead",
  field: "Industry",
  kind: "picklist-value-deactivated",
  option: "Biotech",
  before: true,
  after: false,
  who: null,
  source: "snapshot",
  detail: null,
};

const shortened: LearntChange = {
  ...deactivated,
  key: snapshotChangeKey(
    { system: "salesforce", object: "Lead", field: "Title", kind: "field-shortened", option: null },
    diffedFrom,
  ),
  field: "Title",
  kind: "field-shortened",
  option: null,
  before: 128,
  after: 40,
};

const ruleActivated: LearntChange = {
  key: auditTrailChangeKey("00D000000000001", "0Ym000000000001", "validation-rule-activated"),
  observedAt: at(60),
  happenedAt: at(42),
  happenedAfter: null,
  system: "salesforce",
  object: "Lead",
  field: null,
  kind: "validation-rule-activated",
  option: "Require_Company_Size",
  before: null,
  after: "active",
  who: "Jane Doe",
  source: "audit-trail",
  detail: "Activated validation rule Require_Company_Size on Lead",
};

const optionRemoved: LearntChange = {
  key: snapshotChangeKey(
    {
      system: "hubspot",
      object: "contacts",
      field: "lifecyclestage",
      kind: "option-removed",
      option: "evangelist",
    },
    diffedFrom,
  ),
  observedAt: at(30),
  happenedAt: null,
  happenedAfter: null,
  system: "hubspot",
  object: "contacts",
  field: "lifecyclestage",
  kind: "option-removed",
  option: "evangelist",
  before: "evangelist",
  after: null,
  who: null,
  source: "snapshot",
  detail: null,
};

describe.each(BACKENDS)("changes contract: %s", (backend, suite) => {
  suite(`changes contract (${backend})`, (fresh) => {
    const { freshStore, open } = storeHandles(fresh);

    it("keeps each system's latest snapshot as given, by when it was taken, and drops all but two", async () => {
      const store = await freshStore();
      expect(await store.latestSnapshot("salesforce")).toBeNull();
      await store.saveSnapshot(sfSnapshot(0, "true"));
      const hubspot: StoredSnapshot = {
        system: "hubspot",
        takenAt: at(1),
        json: '{"contacts":{"lifecyclestage":{"type":"enumeration","fieldType":"select"}}}',
      };
      await store.saveSnapshot(hubspot);
      expect(await store.latestSnapshot("salesforce")).toEqual(sfSnapshot(0, "true"));
      expect(await store.latestSnapshot("hubspot")).toEqual(hubspot);
      await store.saveSnapshot(sfSnapshot(60, "false"));
      // Another handle (a replica) reads it, text byte for byte.
      const other = await open();
      expect(await other.latestSnapshot("salesforce")).toEqual(sfSnapshot(60, "false"));
      // A scan that started earlier and finished later does not become the latest.
      await store.saveSnapshot(sfSnapshot(30, "true"));
      expect(await store.latestSnapshot("salesforce")).toEqual(sfSnapshot(60, "false"));
      // The same moment again replaces it.
      await store.saveSnapshot(sfSnapshot(60, "true"));
      expect(await store.latestSnapshot("salesforce")).toEqual(sfSnapshot(60, "true"));
      await store.saveSnapshot(sfSnapshot(90, "false"));
      // Two kept per system: the oldest (taken at 0 and 30) are gone, HubSpot's is not touched.
      expect(await store.snapshots("salesforce")).toEqual([
        sfSnapshot(90, "false"),
        sfSnapshot(60, "true"),
      ]);
      await store.saveSnapshot(sfSnapshot(120, "true"));
      expect(await store.latestSnapshot("salesforce")).toEqual(sfSnapshot(120, "true"));
      expect(await store.snapshots("salesforce")).toEqual([
        sfSnapshot(120, "true"),
        sfSnapshot(90, "false"),
      ]);
      // One taken before both kept is dropped as it is saved.
      await store.saveSnapshot(sfSnapshot(10, "true"));
      expect(await other.snapshots("salesforce")).toEqual([
        sfSnapshot(120, "true"),
        sfSnapshot(90, "false"),
      ]);
      expect(await store.snapshots("hubspot")).toEqual([hubspot]);
      expect(await store.latestSnapshot("hubspot")).toEqual(hubspot);
    });

    it("keeps two snapshots when replicas save theirs at the same time", async () => {
      const store = await freshStore();
      const other = await open();
      await store.saveSnapshot(sfSnapshot(0, "true"));
      await Promise.all([
        store.saveSnapshot(sfSnapshot(60, "true")),
        other.saveSnapshot(sfSnapshot(61, "false")),
        store.saveSnapshot(sfSnapshot(59, "false")),
      ]);
      expect(await store.snapshots("salesforce")).toEqual([
        sfSnapshot(61, "false"),
        sfSnapshot(60, "true"),
      ]);
    });

    it("records each change once by its key and reads them since a time, newest first", async () => {
      const store = await freshStore();
      expect(await store.recordChanges([])).toBe(0);
      expect(await store.recordChanges([deactivated, shortened, ruleActivated])).toBe(3);
      // The same diff by another replica, and the audit trail read again: nothing new.
      expect(await (await open()).recordChanges([shortened, deactivated])).toBe(0);
      expect(await store.recordChanges([ruleActivated, optionRemoved, optionRemoved])).toBe(1);
      // When it happened where known (the rule at 42), else when observed (30, 60, 60); of two
      // at the same moment the one recorded last first. Values come back with their types.
      expect(await store.changesSince(at(0))).toEqual([
        shortened,
        deactivated,
        ruleActivated,
        optionRemoved,
      ]);
      expect(await store.changesSince(at(42))).toEqual([shortened, deactivated, ruleActivated]);
      expect(await store.changesSince(at(43))).toEqual([shortened, deactivated]);
      expect(await store.changesSince(at(0), { object: "Lead" })).toEqual([
        shortened,
        deactivated,
        ruleActivated,
      ]);
      expect(await store.changesSince(at(0), { object: "Lead", field: "Industry" })).toEqual([
        deactivated,
      ]);
      expect(await store.changesSince(at(0), { field: "lifecyclestage" })).toEqual([optionRemoved]);
      expect(await store.changesSince(at(0), { limit: 2 })).toEqual([shortened, deactivated]);
      expect(await store.changesSince(at(61))).toEqual([]);
    });

    it("the same change diffed from a later snapshot is a new change (made again)", async () => {
      const store = await freshStore();
      await store.recordChanges([deactivated]);
      const again: LearntChange = {
        ...deactivated,
        key: snapshotChangeKey(deactivated as Parameters<typeof snapshotChangeKey>[0], at(90)),
        observedAt: at(120),
      };
      expect(await store.recordChanges([again])).toBe(1);
      expect(await store.changesSince(at(0))).toEqual([again, deactivated]);
    });

    it("keeps when a snapshot diff's change happened after; null where not given", async () => {
      const store = await freshStore();
      // The diff's change happened after the earlier snapshot (at 0) and by the scan (at 60).
      const diffed: LearntChange = { ...deactivated, happenedAfter: diffedFrom };
      // A change made without it (as recorded before it was kept), and one saying null.
      const { happenedAfter: _, ...absent } = optionRemoved;
      expect(await store.recordChanges([diffed, absent, shortened, ruleActivated])).toBe(4);
      const read = await (await open()).changesSince(at(0));
      expect(read.map((c) => [c.key, c.happenedAfter])).toEqual([
        [shortened.key, null],
        [deactivated.key, diffedFrom],
        [ruleActivated.key, null],
        [optionRemoved.key, null],
      ]);
      expect(read[1]).toEqual(diffed);
    });

    it("records a change once when two handles record it at the same time", async () => {
      const store = await freshStore();
      const other = await open();
      const batch = Array.from({ length: 200 }, (_, i) => ({
        ...deactivated,
        key: auditTrailChangeKey("00D000000000001", `0Ym${String(i).padStart(12, "0")}`, "x"),
        happenedAt: at(i),
      }));
      // Overlapping batches in opposite orders: each change is added by exactly one of them.
      const counts = await Promise.all([
        store.recordChanges(batch),
        other.recordChanges([...batch].reverse()),
        other.recordChanges(batch.slice(50, 150)),
      ]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(200);
      const read = await store.changesSince(at(0));
      expect(read).toHaveLength(200);
      expect(read[0]?.happenedAt).toEqual(at(199));
      expect(new Set(read.map((c) => c.key)).size).toBe(200);
    });

    it("keeps the audit trail's mark per org and never moves it back", async () => {
      const store = await freshStore();
      expect(await store.auditTrailMark("00D000000000001")).toBeNull();
      await store.setAuditTrailMark("00D000000000001", at(42));
      await store.setAuditTrailMark("00D000000000002", at(10));
      expect(await store.auditTrailMark("00D000000000001")).toEqual(at(42));
      // A read that finishes late with an older mark leaves the newer one.
      await store.setAuditTrailMark("00D000000000001", at(30));
      expect(await (await open()).auditTrailMark("00D000000000001")).toEqual(at(42));
      await store.setAuditTrailMark("00D000000000001", at(43));
      expect(await store.auditTrailMark("00D000000000001")).toEqual(at(43));
      expect(await store.auditTrailMark("00D000000000002")).toEqual(at(10));
    });
  });
});
