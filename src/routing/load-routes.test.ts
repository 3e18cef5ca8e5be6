import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { BotError, sayUserText, userMessage } from "../errors.js";
import { translator } from "../i18n/translator.js";
import { rules } from "../rules/index.js";
import { loadRoutes, readRoutes } from "./load-routes.js";
import { RoutingError } from "./problems.js";

const catalog = createCatalog(rules);
const dir = mkdtempSync(join(tmpdir(), "syncerror-routes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DEMO = fileURLToPath(new URL("../demo/demo-routes.yaml", import.meta.url));

describe("loading ROUTES_PATH", () => {
  it("routes nothing without a file", async () => {
    const routing = await loadRoutes(undefined, catalog);
    expect(routing.routes).toEqual([]);
    expect(routing.unrouted).toHaveLength(rules.length);
  });

  it("throws every error at once as a RoutingError, its English message listing them", async () => {
    const path = join(dir, "bad.yaml");
    writeFileSync(path, "routes:\n  - channel: nope\n    types: [invalid-emial]\n");
    const error = await loadRoutes(path, catalog).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RoutingError);
    expect(error).toBeInstanceOf(BotError);
    const routingError = error as RoutingError;
    expect(routingError.code).toBe("config_invalid");
    expect(routingError.problems.map((p) => p.code)).toEqual(["bad-channel", "unknown-type"]);
    expect(routingError.message).toBe(
      [
        `${path} is not a usable routing file: 2 errors.`,
        'line 2: “nope” is not a channel: give its id (C0123ABCD) or its name with # ("#sf-admins", lower case).',
        "line 3: There is no error type “invalid-emial”. Did you mean `invalid-email`?",
      ].join("\n  "),
    );
    expect(userMessage(error, translator("da"))).toBe(
      `${path} kan ikke bruges som rutefil: 2 fejl.`,
    );
  });

  it("loads a file with warnings only", async () => {
    const path = join(dir, "warned.yaml");
    writeFileSync(
      path,
      'routes:\n  - channel: "#a"\n    types: custom-code\n  - channel: "#b"\n    actors: hubspot-support\n',
    );
    const routing = await loadRoutes(path, catalog);
    expect(routing.routeOf("custom-code")?.channel).toBe("#a");
    expect((await readRoutes(path, catalog)).problems.map((p) => [p.code, p.severity])).toEqual([
      ["routes-nothing", "warning"],
    ]);
  });

  it("names a missing file or a folder in plain words", async () => {
    const missing = await readRoutes(join(dir, "none.yaml"), catalog);
    const folder = await readRoutes(dir, catalog);
    const en = translator("en");
    expect(missing.problems.map((p) => sayUserText(p.text, en))).toEqual([
      `There is no file ${join(dir, "none.yaml")}.`,
    ]);
    expect(folder.problems.map((p) => sayUserText(p.text, en))).toEqual([
      `${dir} is a folder, not a file.`,
    ]);
    await expect(loadRoutes(dir, catalog)).rejects.toThrow(RoutingError);
  });

  it("has a demo file for local mode that the catalog accepts without a warning", async () => {
    const { routing, problems } = await readRoutes(DEMO, catalog);
    expect(problems).toEqual([]);
    expect(routing.routesByChannel().map((c) => c.channel)).toEqual(["#sf-admins", "#revops"]);
    expect(routing.routeOf("mismatched-state-or-country-value")?.by).toBe("types");
    expect(routing.unrouted.length).toBeGreaterThan(0);
  });
});
