import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { translator } from "../i18n/translator.js";
import { rules } from "../rules/index.js";
import { checkRoutes } from "./check-routes.js";
import { describeProblems } from "./problems.js";

const catalog = createCatalog(rules);

/** Each problem as "line: code". */
const where = (text: string) =>
  checkRoutes(text, catalog).problems.map((p) => `${p.line ?? "-"}: ${p.code}`);

describe("checking a routing file", () => {
  it("reads a valid file: one name or a list, ids and #names, with or without a mention", () => {
    const { routing, problems } = checkRoutes(
      [
        "routes:",
        '  - channel: "#sf-admins"',
        "    mention: S0123ABCD",
        "    actors: salesforce-admin",
        "  - channel: C0123ABCD",
        "    categories: [duplicates, picklists]",
        "    types:",
        "      - invalid-email",
      ].join("\n"),
      catalog,
    );
    expect(problems).toEqual([]);
    expect(routing.routes).toHaveLength(2);
    expect(routing.routes[0]).toMatchObject({
      line: 2,
      channel: "#sf-admins",
      mention: "S0123ABCD",
      actors: [{ name: "salesforce-admin", line: 4 }],
    });
    expect(routing.routes[1]?.categories).toEqual([
      { name: "duplicates", line: 6 },
      { name: "picklists", line: 6 },
    ]);
    expect(routing.routes[1]?.types).toEqual([{ name: "invalid-email", line: 8 }]);
  });

  it("takes an empty file, or `routes:` with every route commented out, as no routing", () => {
    for (const text of ["# nothing yet\n", "routes:\n#  - channel: C0123ABCD\n", "routes: []\n"]) {
      const { routing, problems } = checkRoutes(text, catalog);
      expect(problems).toEqual([]);
      expect(routing.unrouted).toHaveLength(rules.length);
    }
    expect(where("routes: everything\n")).toEqual(["1: no-routes"]);
    expect(where("- channel: C0123ABCD\n")).toEqual(["1: no-routes"]);
    expect(where("route:\n  - channel: C0123ABCD\n")).toEqual(["1: unknown-field"]);
  });

  it("reports every problem of the file at once, each on its line, in file order", () => {
    const text = [
      "routes:", // 1
      "  - channel: #sf-admins", // 2: unquoted, so a comment
      "    actors: salesforce-admn", // 3
      '  - channel: "#revops"', // 4
      '    mentoin: "@revops"', // 5
      "    categories: [Dubletter, picklist]", // 6
      "  - channel: C0123ABCD", // 7
      "    types: [invalid-emial, Invalid email, type-mismatch]", // 8
      '  - channel: "#hub"', // 9
      "    types: type-mismatch", // 10
      '  - channel: "#support"', // 11
      "    actors: hubspot-support", // 12
      '  - channel: "Bad Channel"', // 13
      "    mention: everyone", // 14
      "    types: 42", // 15
      "  - channel: C0456EFGH", // 16
      "  - just-a-name", // 17
      "  - types: [custom-code]", // 18
    ].join("\n");
    expect(where(text)).toEqual([
      "2: unquoted-channel",
      "3: unknown-actor",
      "5: unknown-field",
      "6: unknown-category",
      "6: unknown-category",
      "8: unknown-type",
      "8: unknown-type",
      "10: routed-twice",
      "11: routes-nothing",
      "13: bad-channel",
      "14: bad-mention",
      "15: not-names",
      "16: empty-route",
      "17: not-route",
      "18: missing-channel",
    ]);
    const severities = checkRoutes(text, catalog).problems.map((p) => p.severity);
    expect(severities.filter((s) => s === "warning")).toHaveLength(1);
  });

  it("says which name was meant: a near-miss, or a name where the file wants the id", () => {
    const said = describeProblems(
      checkRoutes(
        [
          "routes:",
          '  - channel: "#a"',
          "    types: [invalid-emial, Ugyldig e-mail, nothing-like-it]",
          "    categories: [Picklister, picklist, xyz]",
          "    actors: [salesforce admin, developer]",
          "    chanel: C0123ABCD",
        ].join("\n"),
        catalog,
      ).problems,
      translator("en"),
    );
    expect(said).toEqual([
      "line 3: There is no error type “invalid-emial”. Did you mean `invalid-email`?",
      "line 3: There is no error type “Ugyldig e-mail”. Did you mean `invalid-email`?",
      "line 3: There is no error type “nothing-like-it”. `syncerror list --json` lists the ids.",
      "line 4: There is no category “Picklister”. Did you mean `picklists`?",
      "line 4: There is no category “picklist”. Did you mean `picklists`?",
      expect.stringMatching(
        /^line 4: There is no category “xyz”\. The categories are associations, /,
      ),
      "line 5: There is no actor “salesforce admin”. Did you mean `salesforce-admin`?",
      "line 5: There is no actor “developer”. The actors are hubspot-admin, salesforce-admin, hubspot-support.",
      "line 6: “chanel” is not a field here; the fields are channel, mention, types, categories, actors. Did you mean “channel”?",
    ]);
  });

  it("refuses a name routed twice on one level, naming the first line, even to the same channel", () => {
    const said = describeProblems(
      checkRoutes(
        [
          "routes:",
          '  - channel: "#a"',
          "    categories: [picklists, picklists]",
          '  - channel: "#a"',
          "    actors: [hubspot-admin]",
          '  - channel: "#b"',
          "    actors: hubspot-admin",
        ].join("\n"),
        catalog,
      ).problems,
      translator("en"),
    );
    expect(said).toEqual([
      "line 3: The category “picklists” is routed twice: here and on line 3. Name it in one route.",
      "line 7: The actor “hubspot-admin” is routed twice: here and on line 5. Name it in one route.",
    ]);
  });

  it("points at a YAML syntax error's line and checks nothing past it", () => {
    const { problems } = checkRoutes(
      "routes:\n  - channel: C0123ABCD\n    types: [a, b\n",
      catalog,
    );
    expect(problems[0]).toMatchObject({ code: "not-yaml", severity: "error" });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
    expect(where("routes:\n  - channel: C0123ABCD\nroutes: []\n")).toEqual(["3: not-yaml"]);
  });

  it("says to quote an @handle, which YAML refuses at the start of a value", () => {
    expect(
      where("routes:\n  - channel: C0123ABCD\n    mention: @sf-admins\n    types: custom-code\n"),
    ).toEqual(["3: unquoted-mention"]);
  });

  it("says every problem in Danish too", () => {
    const { problems } = checkRoutes(
      "routes:\n  - channel: #sf-admins\n    types: [invalid-emial]\n",
      catalog,
    );
    expect(describeProblems(problems, translator("da"))).toEqual([
      'linje 2: Sæt kanalens navn i anførselstegn (`channel: "#sf-admins"`): uden dem læser YAML alt fra # og frem som en kommentar.',
      "linje 3: Der findes ingen fejltype “invalid-emial”. Mente du `invalid-email`?",
    ]);
  });
});
