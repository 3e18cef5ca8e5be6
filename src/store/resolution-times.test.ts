import { describe, expect, it } from "vitest";
import { claimSpans, resolutionTimes } from "./resolution-times.js";

const line = (ruleId: string, who: string, action: string, at: number) => ({
  ruleId,
  who,
  action,
  at,
});

describe("claim spans", () => {
  it("runs a claim from its take or takeover to the type's next claim line", () => {
    const spans = claimSpans([
      line("r-a", "ann", "claim.take", 10),
      line("r-a", "cy", "claim.takeover", 20),
      line("r-a", "cy", "claim.release", 30),
      line("r-a", "bob", "claim.take", 40),
      line("r-b", "bob", "claim.take", 5),
    ]);
    expect(Object.fromEntries(spans)).toEqual({
      "r-a": [
        { owner: "ann", since: 10, until: 20 },
        { owner: "cy", since: 20, until: 30 },
        { owner: "bob", since: 40, until: null },
      ],
      "r-b": [{ owner: "bob", since: 5, until: null }],
    });
  });
});

describe("resolution times", () => {
  it("groups by type and by the owner holding the type's claim when each was resolved", () => {
    const spans = claimSpans([
      line("r-a", "ann", "claim.take", 10),
      line("r-a", "ann", "claim.release", 30),
    ]);
    const stats = resolutionTimes(
      [
        ["r-b", 12, 7],
        ["r-a", 9, 1], // before Ann took it
        ["r-a", 10, 4], // the moment she took it: hers
        ["r-a", 20, 2],
        ["r-a", 30, 8], // the moment she let go: nobody's
      ],
      spans,
    );
    expect([...stats.byRule]).toEqual([
      ["r-a", { resolved: 4, medianMs: 2, p90Ms: 8 }],
      ["r-b", { resolved: 1, medianMs: 7, p90Ms: 7 }],
    ]);
    expect([...stats.byOwner]).toEqual([["ann", { resolved: 2, medianMs: 2, p90Ms: 4 }]]);
  });

  it("sorts durations as numbers, over many", () => {
    const rows: Array<[string, number, number]> = [];
    for (let i = 1000; i >= 1; i--) rows.push(["r", 0, i * 10]);
    expect(resolutionTimes(rows, new Map()).byRule.get("r")).toEqual({
      resolved: 1000,
      medianMs: 5000,
      p90Ms: 9000,
    });
  });
});
