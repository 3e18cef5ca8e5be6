import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createCatalog } from "../../catalog/catalog.js";
import { loadConfig } from "../../config.js";
import { rules } from "../../rules/index.js";
import { EXIT, runCli } from "../run-cli.js";

const catalog = createCatalog(rules);
const dir = mkdtempSync(join(tmpdir(), "syncerror-routes-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DEMO = fileURLToPath(new URL("../../demo/demo-routes.yaml", import.meta.url));

/** `syncerror …` with ROUTES_PATH as given, as the command line runs it. */
async function run(argv: string[], env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: "", err: "" };
  stdout.on("data", (c) => (chunks.out += c));
  stderr.on("data", (c) => (chunks.err += c));
  const code = await runCli(
    argv,
    { stdin: Readable.from([""]), stdout, stderr },
    {
      catalog,
      config: () => loadConfig(env),
      store: () => Promise.reject(new Error("routes check needs no store")),
      now: () => new Date("2026-12-04T09:00:00Z"),
      replica: { id: "test:1:c11", host: "test", pid: 1 },
      migrateDatabase: () => Promise.reject(new Error("routes check migrates no database")),
      clients: {
        slack: async () => undefined,
        hubspot: async () => undefined,
        salesforce: async () => undefined,
      },
    },
  );
  return { code, stdout: chunks.out, stderr: chunks.err };
}

const BAD = join(dir, "bad.yaml");
writeFileSync(
  BAD,
  [
    "routes:",
    "  - channel: #sf-admins",
    "    actors: salesforce-admn",
    '  - channel: "#revops"',
    "    categories: [duplicates]",
    '  - channel: "#support"',
    "    actors: hubspot-support",
  ].join("\n"),
);

describe("syncerror routes check", () => {
  it("prints each channel's types with why they went there, and the main digest's", async () => {
    const { code, stdout, stderr } = await run(["routes", "check"], { ROUTES_PATH: DEMO });
    expect(stderr).toBe("");
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain(`${DEMO}: 3 routes to 2 channels.`);
    expect(stdout).toMatch(/\n#sf-admins · mentions @salesforce-admins\n/);
    expect(stdout).toMatch(/\n {2}Restricted picklist value +fixed by Salesforce admin, line 11\n/);
    expect(stdout).toMatch(/\n {2}Mismatched state or country value +error type, line 15\n/);
    expect(stdout).toMatch(
      /\n#revops · mentions @revops\n {2}Email already in use +category Duplicates, line 20\n/,
    );
    expect(stdout).toMatch(/\nMain digest \(DIGEST_CHANNEL\)\n {2}Association limit reached\n/);
    expect(stdout).not.toContain("problem");
    // Without a bot token it says Slack was not asked, and how to have it asked.
    expect(stdout).toContain(
      "\nSlack: not checked, as SLACK_BOT_TOKEN is not set. Set it (with SLACK_SIGNING_SECRET or SLACK_APP_TOKEN, as for the bot) to also check",
    );
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("The routing file is valid.");
  });

  it("lists every problem with its line and exits 1; the file named wins over ROUTES_PATH", async () => {
    const { code, stdout } = await run(["routes", "check", BAD], { ROUTES_PATH: DEMO });
    expect(code).toBe(EXIT.refused);
    expect(stdout).toContain(`${BAD}: 2 routes to 2 channels.`);
    expect(stdout).toContain(
      [
        "2 errors and 1 warning:",
        '  line 2: Put the channel name in quotes (`channel: "#sf-admins"`): without them, YAML reads everything from # on as a comment.',
        "  line 3: There is no actor “salesforce-admn”. Did you mean `salesforce-admin`?",
        "  line 6, warning: The route to #support takes no error type: routes by error type win over routes by category, and those over routes by actor; an actor takes only the error types in whose fix they do the most steps.",
        "",
        "Fix the errors above: the routing cannot be used with them.",
      ].join("\n"),
    );
  });

  it("exits 0 with warnings only", async () => {
    const path = join(dir, "warned.yaml");
    writeFileSync(path, 'routes:\n  - channel: "#support"\n    actors: hubspot-support\n');
    const { code, stdout } = await run(["routes", "check", path]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("No errors and 1 warning:");
    expect(stdout).toContain("#support\n  (no error type)\n");
    expect(stdout).toContain("The routing file is valid.");
  });

  it("answers in --lang's language", async () => {
    const { code, stdout } = await run(["routes", "check", BAD, "--lang", "da"]);
    expect(code).toBe(EXIT.refused);
    expect(stdout).toContain(`${BAD}: 2 ruter til 2 kanaler.`);
    expect(stdout).toMatch(/\n#revops\n {2}E-mail allerede i brug +kategori Dubletter, linje 5\n/);
    expect(stdout).toContain("\nHovedoversigten (DIGEST_CHANNEL)\n");
    expect(stdout).toContain(
      "  linje 3: Der findes ingen aktør “salesforce-admn”. Mente du `salesforce-admin`?",
    );
    expect(stdout).toContain("2 fejl og 1 advarsel:");
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      "Ret fejlene ovenfor: ruterne kan ikke bruges, før de er rettet.",
    );
  });

  it("prints the JSON shape with stable codes and English messages", async () => {
    const { code, stdout } = await run(["routes", "check", BAD, "--json", "--lang", "da"]);
    expect(code).toBe(EXIT.refused);
    const body = JSON.parse(stdout);
    expect(Object.keys(body)).toEqual([
      "file",
      "valid",
      "routes",
      "channels",
      "unrouted",
      "slack",
      "problems",
    ]);
    expect(body.valid).toBe(false);
    // No bot token here: Slack was not asked.
    expect(body.slack).toEqual({ checked: false, channels: [], usergroups: [] });
    expect(body.routes).toEqual([
      {
        line: 4,
        channel: "#revops",
        mention: null,
        types: [],
        categories: ["duplicates"],
        actors: [],
      },
      {
        line: 6,
        channel: "#support",
        mention: null,
        types: [],
        categories: [],
        actors: ["hubspot-support"],
      },
    ]);
    expect(body.channels[0]).toEqual({
      channel: "#revops",
      mentions: [],
      types: [
        { id: "email-already-in-use", by: "categories", name: "duplicates", line: 5 },
        { id: "salesforce-duplicate-rule", by: "categories", name: "duplicates", line: 5 },
      ],
    });
    expect(body.unrouted).toContain("custom-code");
    expect(body.problems[1]).toEqual({
      line: 3,
      severity: "error",
      code: "unknown-actor",
      message: "There is no actor “salesforce-admn”. Did you mean `salesforce-admin`?",
    });
  });

  it("is a usage error (exit 2) without a file or without `check`", async () => {
    const none = await run(["routes", "check"]);
    expect(none.code).toBe(EXIT.usage);
    expect(none.stderr).toContain(
      "No routing file to check: set ROUTES_PATH, or name the file (`syncerror routes check routes.yaml`).",
    );
    const wrong = await run(["routes", "show"]);
    expect(wrong.code).toBe(EXIT.usage);
    expect(wrong.stderr).toContain("Say what to do with the routes: `check`.");
    expect(wrong.stderr).toContain("syncerror routes check [file] [--json]");
  });

  it("reports a file it cannot read as a problem (exit 1)", async () => {
    const { code, stdout } = await run(["routes", "check", join(dir, "missing.yaml")]);
    expect(code).toBe(EXIT.refused);
    expect(stdout).toContain(`  There is no file ${join(dir, "missing.yaml")}.`);
  });
});
