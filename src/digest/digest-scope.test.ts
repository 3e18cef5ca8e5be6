import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { translator } from "../i18n/translator.js";
import { checkRoutes } from "../routing/check-routes.js";
import type { Routing } from "../routing/routing.js";
import { rules } from "../rules/index.js";
import type { DigestStats, RuleStats } from "../store/types.js";
import { digestFromStats } from "./collect-digest.js";
import { digestMessage } from "./digest-message.js";
import { type DigestScope, digestScopes } from "./digest-scope.js";

// Splitting a digest by route: which channel gets which types, and each channel's numbers summed
// from the store's per-type ones, so nothing is counted twice or lost between the channels.

const catalog = createCatalog(rules);
const MAIN = "C0MAIN";

function routingOf(lines: readonly string[]): Routing {
  const { routing, problems } = checkRoutes(lines.join("\n"), catalog);
  expect(problems).toEqual([]);
  return routing;
}

const routing = routingOf([
  "routes:",
  "  - channel: C0SF",
  "    mention: S0SF",
  "    types: [salesforce-duplicate-rule, type-mismatch]",
  '  - channel: "#revops"',
  '    mention: "@revops"',
  "    categories: [permissions]",
  '  - channel: "#revops"',
  "    mention: S0REV",
  "    types: [invalid-email]",
]);

const stat = (n: Partial<RuleStats>): RuleStats => ({
  new: 0,
  records: 0,
  open: 0,
  byScan: 0,
  ...n,
});

// New and open errors of a routed type of each channel, an unrouted one, and one whose type the
// catalog no longer knows (it stays in the main digest).
const permission = catalog.categories.find((c) => c.id === "permissions")?.rules[0]?.id ?? "";
const stats: DigestStats = {
  byRule: new Map([
    ["type-mismatch", stat({ new: 3, records: 2, open: 5 })],
    ["invalid-email", stat({ new: 2, records: 2, open: 4 })],
    [permission, stat({ new: 1, records: 1, open: 1 })],
    ["association-limit-reached", stat({ new: 4, records: 4, open: 6, byScan: 1 })],
    ["retired-type", stat({ open: 2 })],
  ]),
  newTotal: 10,
  resolvedTotal: 6,
  openTotal: 18,
  resolvedByRule: new Map([
    ["type-mismatch", 1],
    ["association-limit-reached", 2],
    ["retired-type", 3],
  ]),
  trendByRule: new Map([
    ["type-mismatch", [0, 0, 0, 0, 0, 1, 2]],
    ["association-limit-reached", [0, 0, 0, 0, 0, 0, 4]],
  ]),
};

const SLOT = new Date("2026-11-30T08:00:00Z");
const digestOf = (scope: DigestScope) =>
  digestFromStats(stats, {
    catalog,
    slot: SLOT,
    timezone: "Europe/Copenhagen",
    since: new Date(SLOT.getTime() - 86_400_000),
    previous: null,
    scope,
    late: false,
  });
const typesOf = (scope: DigestScope) =>
  digestOf(scope)
    .categories.flatMap((c) => c.types.map((t) => t.rule.id))
    .sort();

describe("the digests a routing makes", () => {
  const scopes = digestScopes(routing, MAIN);

  it("is DIGEST_CHANNEL's first, then one per routed channel with its types and mentions", () => {
    expect(scopes.map((s) => [s.channel, s.scope.kind])).toEqual([
      [MAIN, "main"],
      ["C0SF", "routed"],
      ["#revops", "routed"],
    ]);
    const revops = scopes[2]?.scope;
    expect(revops?.kind === "routed" && revops.mentions).toEqual(["@revops", "S0REV"]);
  });

  it("is DIGEST_CHANNEL's alone, with every type, without routes or with routes only to it", () => {
    expect(digestScopes(undefined, MAIN)).toEqual([{ channel: MAIN, scope: { kind: "all" } }]);
    const toMain = routingOf(["routes:", `  - channel: ${MAIN}`, "    types: [invalid-email]"]);
    expect(digestScopes(toMain, MAIN)).toEqual([{ channel: MAIN, scope: { kind: "all" } }]);
  });

  it("gives each channel its types, and the main digest every other, unknown types included", () => {
    const [main, sf, revops] = scopes.map((s) => s.scope);
    if (!main || !sf || !revops) throw new Error("three digests");
    expect(typesOf(sf)).toEqual(["type-mismatch"]);
    expect(typesOf(revops)).toEqual(["invalid-email", permission].sort());
    expect(typesOf(main)).toEqual(["association-limit-reached"]);

    // Each channel's totals are its types' numbers summed; the three add up to the store's.
    const totals = [main, sf, revops].map((scope) => digestOf(scope).totals);
    expect(totals).toEqual([
      { new: 4, resolved: 5, open: 8 },
      { new: 3, resolved: 1, open: 5 },
      { new: 3, resolved: 0, open: 5 },
    ]);
    const sum = (k: "new" | "resolved" | "open") => totals.reduce((n, t) => n + t[k], 0);
    expect([sum("new"), sum("resolved"), sum("open")]).toEqual([
      stats.newTotal,
      stats.resolvedTotal,
      stats.openTotal,
    ]);
    // Only the routed channel's types count in its category's trend.
    const sfCategory = digestOf(sf).categories[0];
    expect(sfCategory?.trend).toEqual([0, 0, 0, 0, 0, 1, 2]);
  });

  it("tells the main digest where the routed types' new errors went, and the routed ones whom to mention", () => {
    const [main, sf] = scopes.map((s) => s.scope);
    if (!main || !sf) throw new Error("two digests");
    expect(digestOf(main).routedAway).toEqual([
      { channel: "C0SF", new: 3 },
      { channel: "#revops", new: 3 },
    ]);
    expect(digestOf(main).mentions).toEqual([]);
    expect(digestOf(sf).mentions).toEqual(["S0SF"]);
    expect(digestOf({ kind: "all" }).totals).toEqual({ new: 10, resolved: 6, open: 18 });
  });

  it("renders the lines in the channel's language: a group id as a mention, a handle as text", () => {
    const [main, , revops] = scopes.map((s) => s.scope);
    if (!main || !revops) throw new Error("three digests");
    const da = translator("da");
    const mainText = JSON.stringify(digestMessage(digestOf(main), { translator: da })?.blocks);
    expect(mainText).toContain("→ <#C0SF>: 3 nye fejl af de typer, der sendes dertil");
    expect(mainText).toContain("→ #revops: 3 nye fejl af de typer, der sendes dertil");
    const revopsMessage = digestMessage(digestOf(revops));
    expect(revopsMessage?.text).toMatch(/^@revops <!subteam\^S0REV> Sync errors /);
    expect(JSON.stringify(revopsMessage?.blocks)).toContain(
      "@revops <!subteam^S0REV>: the error types routed to this channel.",
    );
  });

  it("posts the main digest with nothing of its own new when routed types are new, even set to skip empty ones", () => {
    const quiet: DigestStats = {
      ...stats,
      byRule: new Map([["type-mismatch", stat({ new: 3, open: 3 })]]),
    };
    const [main, , revops] = scopes.map((s) => s.scope);
    if (!main || !revops) throw new Error("three digests");
    const of = (scope: DigestScope) =>
      digestFromStats(quiet, {
        catalog,
        slot: SLOT,
        timezone: "UTC",
        since: new Date(SLOT.getTime() - 86_400_000),
        previous: null,
        scope,
        late: false,
      });
    const mainMessage = digestMessage(of(main), { skipEmpty: true });
    expect(JSON.stringify(mainMessage?.blocks)).toContain(
      "No new sync errors in the last 24 hours",
    );
    expect(JSON.stringify(mainMessage?.blocks)).toContain("→ <#C0SF>: 3 new errors");
    // A routed channel with nothing new behaves as the main digest always has: skipped, or the
    // one "nothing new" line, mentioning nobody.
    expect(digestMessage(of(revops), { skipEmpty: true })).toBeNull();
    expect(digestMessage(of(revops))?.text).not.toContain("@revops");
  });
});
