import { describe, expect, it } from "vitest";
import { learntChange } from "../../test/fakes/learnt-changes.js";
import type { ReportedChange, StartedWave } from "../causes/change-report.js";
import type { LearntChange } from "../store/types.js";
import { mergeSameChanges } from "./changes-since.js";

// One change told by the audit trail and seen by a scan is listed once, as the audit trail tells
// it; a scan's change of the same field at another time, or of another value, stays.

const HOUR = 3_600_000;
const T = Date.parse("2026-12-03T10:00:00Z");

function change(spec: Partial<LearntChange> & Pick<LearntChange, "key">): LearntChange {
  return learntChange({
    observedAt: new Date(T + HOUR),
    happenedAfter: new Date(T - 4 * HOUR),
    kind: "picklist-value-deactivated",
    option: "Biotech",
    ...spec,
  });
}

const audited = change({
  key: "audit",
  happenedAt: new Date(T),
  happenedAfter: null,
  source: "audit-trail",
  who: "Ann Admin",
});
const wave = (ruleId: string) =>
  ({ wave: { ruleId, count: 3 }, cause: { confidence: 0.9 } }) as unknown as StartedWave;
const entry = (c: LearntChange, started: StartedWave[] = []): ReportedChange => ({
  change: c,
  started,
});

describe("mergeSameChanges", () => {
  it("keeps the audit trail's form of a change a scan saw in the range, with the scan's waves", () => {
    const merged = mergeSameChanges([
      entry(change({ key: "scan" }), [wave("restricted-picklist-value")]),
      entry(audited),
    ]);
    expect(merged.map((e) => e.change.key)).toEqual(["audit"]);
    expect(merged[0]?.started.map((s) => s.wave.ruleId)).toEqual(["restricted-picklist-value"]);
  });

  it("keeps a scan's change of another value, another kind, or outside the scan's range", () => {
    const kept = [
      change({ key: "other-value", option: "Retail" }),
      change({ key: "other-kind", kind: "picklist-value-removed" }),
      change({
        key: "later",
        happenedAfter: new Date(T + 2 * HOUR),
        observedAt: new Date(T + 3 * HOUR),
      }),
      change({ key: "hubspot", system: "hubspot" }),
    ];
    const merged = mergeSameChanges([...kept.map((c) => entry(c)), entry(audited)]);
    expect(merged.map((e) => e.change.key)).toEqual([
      "other-value",
      "other-kind",
      "later",
      "hubspot",
      "audit",
    ]);
  });

  it("reads a scan without the earlier scan's time as up to 48 hours before it", () => {
    const seen = change({ key: "scan", happenedAfter: null, observedAt: new Date(T + 40 * HOUR) });
    expect(mergeSameChanges([entry(seen), entry(audited)]).map((e) => e.change.key)).toEqual([
      "audit",
    ]);
  });
});
