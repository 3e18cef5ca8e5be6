import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { rules } from "../rules/index.js";
import { checkRoutes } from "./check-routes.js";
import { fixerOf } from "./fixer.js";
import type { Routing } from "./routing.js";

const catalog = createCatalog(rules);

function routingOf(lines: readonly string[]): Routing {
  const { routing, problems } = checkRoutes(lines.join("\n"), catalog);
  expect(problems).toEqual([]);
  return routing;
}

const rule = (id: string) => {
  const found = catalog.ruleById(id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

describe("who fixes a type", () => {
  it("is the actor its fix steps name most, the closing resync step left out", () => {
    // Salesforce, Salesforce, Salesforce, then HubSpot's resync.
    expect(fixerOf(rule("salesforce-duplicate-rule"))).toBe("salesforce-admin");
    // Salesforce once, HubSpot three times.
    expect(fixerOf(rule("mismatched-state-or-country-value"))).toBe("hubspot-admin");
    // HubSpot twice and HubSpot support once.
    expect(fixerOf(rule("unknown-error"))).toBe("hubspot-admin");
  });

  it("goes to whoever acts first on a tie", () => {
    // HubSpot, Salesforce, then the resync: one each.
    expect(rule("association-limit-reached").fix[0]?.actor).toBe("hubspot-admin");
    expect(fixerOf(rule("association-limit-reached"))).toBe("hubspot-admin");
  });
});

describe("where a type goes", () => {
  const routing = routingOf([
    "routes:",
    '  - channel: "#sf-admins"', // 2
    '    mention: "@salesforce-admins"',
    "    actors: salesforce-admin", // 4
    '  - channel: "#revops"', // 5
    "    categories: [duplicates]", // 6
    "  - channel: C0123ABCD", // 7
    "    mention: S0123ABCD",
    "    types: [salesforce-duplicate-rule, type-mismatch]", // 9
    '  - channel: "#sf-admins"', // 10
    "    mention: S0456EFGH",
    "    categories: permissions", // 12
  ]);

  it("takes the route naming the type over its category's, and that over its fixer's", () => {
    // Named by type, though its category (duplicates) and fixer (Salesforce admin) are routed too.
    expect(routing.routeOf("salesforce-duplicate-rule")).toEqual({
      channel: "C0123ABCD",
      mention: "S0123ABCD",
      by: "types",
      name: "salesforce-duplicate-rule",
      line: 9,
      route: 2,
    });
    // Duplicates, fixed in HubSpot: its category's route.
    expect(routing.routeOf("email-already-in-use")).toMatchObject({
      channel: "#revops",
      mention: undefined,
      by: "categories",
      name: "duplicates",
      line: 6,
    });
    // Permissions and Salesforce's to fix: the category wins over the actor.
    expect(fixerOf(rule("insufficient-salesforce-access"))).toBe("salesforce-admin");
    expect(routing.routeOf("insufficient-salesforce-access")).toMatchObject({
      by: "categories",
      mention: "S0456EFGH",
      line: 12,
    });
    // Only its fixer is routed.
    expect(routing.routeOf("restricted-picklist-value")).toMatchObject({
      channel: "#sf-admins",
      mention: "@salesforce-admins",
      by: "actors",
      name: "salesforce-admin",
      line: 4,
    });
  });

  it("leaves a type no route takes to the main digest", () => {
    expect(routing.routeOf("custom-code")).toBeUndefined();
    expect(routing.routeOf("no-such-type")).toBeUndefined();
    expect(routing.unrouted).toContain("custom-code");
    expect(routing.unrouted).not.toContain("type-mismatch");
    const routed = routing.routesByChannel().flatMap((c) => c.types);
    expect([...routed, ...routing.unrouted].sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it("groups the types by channel, in the order the file names the channels", () => {
    const byChannel = routing.routesByChannel();
    expect(byChannel.map((c) => [c.channel, c.mentions])).toEqual([
      ["#sf-admins", ["@salesforce-admins", "S0456EFGH"]],
      ["#revops", []],
      ["C0123ABCD", ["S0123ABCD"]],
    ]);
    expect(byChannel[1]?.types).toEqual(["email-already-in-use"]);
    expect(byChannel[2]?.types).toEqual(["salesforce-duplicate-rule", "type-mismatch"]);
    // Catalog order within a channel.
    const sf = byChannel[0]?.types ?? [];
    expect(sf).toEqual([...sf].sort());
    expect(sf).toContain("insufficient-salesforce-access");
    expect(sf).toContain("restricted-picklist-value");
  });

  it("routes nothing without routes", () => {
    const none = routingOf(["routes: []"]);
    expect(none.routesByChannel()).toEqual([]);
    expect(none.unrouted).toEqual(rules.map((r) => r.id));
  });
});
