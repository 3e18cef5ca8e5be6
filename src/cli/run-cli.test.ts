import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { loadConfig } from "../config.js";
import { rules } from "../rules/index.js";
import { EXIT, runCli } from "./run-cli.js";

const catalog = createCatalog(rules);
const context = {
  catalog,
  config: () => loadConfig({}),
  store: () => {
    throw new Error("these commands need no store");
  },
  now: () => new Date("2026-11-29T09:00:00Z"),
  replica: { id: "test:1:c11", host: "test", pid: 1 },
  migrateDatabase: () => Promise.reject(new Error("these commands migrate no database")),
  clients: {
    slack: async () => undefined,
    hubspot: async () => undefined,
    salesforce: async () => undefined,
  },
};

async function run(argv: string[], stdinText = "", language?: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: "", err: "" };
  stdout.on("data", (c) => (chunks.out += c));
  stderr.on("data", (c) => (chunks.err += c));
  const stdin = Readable.from([stdinText]);
  const code = await runCli(argv, { stdin, stdout, stderr }, { ...context, language });
  return { code, stdout: chunks.out, stderr: chunks.err };
}

describe("--lang and SYNCERROR_LANG", () => {
  it("accepts --lang da before or after the command", async () => {
    expect((await run(["--lang", "da", "list"])).code).toBe(EXIT.ok);
    expect((await run(["list", "--lang=da"])).code).toBe(EXIT.ok);
    // The option wins over the variable, which is then not read.
    expect((await run(["list", "--lang", "en"], "", "fr")).code).toBe(EXIT.ok);
  });

  it("refuses a language the bot does not speak with exit 2, naming the choices", async () => {
    const refused = await run(["list", "--lang", "fr"]);
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.stderr).toContain(
      "syncerror: --lang: The bot does not speak “fr”. Choose en (English) or da (Danish).",
    );
    expect(refused.stderr).toContain("Usage: syncerror [--lang en|da] <command> …");
    expect(refused.stdout).toBe("");
    const fromEnvironment = await run(["list"], "", "fr");
    expect(fromEnvironment.code).toBe(EXIT.usage);
    expect(fromEnvironment.stderr).toContain("SYNCERROR_LANG: The bot does not speak “fr”.");
  });
});

describe("syncerror explain", () => {
  it("prints the cause, the numbered fix, who acts and the resync advice", async () => {
    const { code, stdout } = await run(["explain", "Type", "mismatch"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^Type mismatch\n/);
    expect(stdout).toContain("Category: Property mappings");
    expect(stdout).toMatch(/Fix\n {2}1\. .+\n {2}2\. /);
    expect(stdout).toContain("Who acts: HubSpot admin, Salesforce admin");
    expect(stdout).toMatch(/Resync: Only after the fix/);
    expect(stdout).toContain("Related: Invalid value");
  });

  it("exits 1 with suggestions when nothing matches well enough", async () => {
    const { code, stdout } = await run(["explain", "email"]);
    expect(code).toBe(EXIT.noMatch);
    expect(stdout).toContain('No error type matches "email".');
    expect(stdout).toContain("Did you mean:\n  Invalid email");
  });

  it("lists the categories for an empty query", async () => {
    const { code, stdout } = await run(["explain"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("Picklists (9)");
  });

  it("prints the documented JSON shape", async () => {
    const { code, stdout } = await run(["explain", "tpye", "mismatch", "--json"]);
    expect(code).toBe(EXIT.ok);
    const body = JSON.parse(stdout);
    expect(Object.keys(body)).toEqual(["query", "match", "suggestions"]);
    expect(body.query).toBe("tpye mismatch");
    expect(body.match).toMatchObject({
      id: "type-mismatch",
      name: "Type mismatch",
      category: "property-mappings",
    });
    expect(body.match.confidence).toBeGreaterThan(0.75);
    expect(body.match.fix[0]).toMatchObject({
      actor: expect.any(String),
      system: expect.any(String),
    });
    for (const s of body.suggestions) expect(Object.keys(s)).toEqual(["id", "name", "score"]);
  });

  it("answers JSON Lines in order, one result a line", async () => {
    const input = [
      JSON.stringify({ input: "Type mismatch", ticket: 1 }),
      JSON.stringify({ input: "nothing like it at all zzz" }),
      JSON.stringify({ input: "STRING_TOO_LONG: Name: data value too large\n(max length=80)" }),
    ].join("\n");
    const { code, stdout } = await run(["explain", "--jsonl"], `${input}\n`);
    expect(code).toBe(EXIT.ok);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.match?.id ?? null)).toEqual([
      "type-mismatch",
      null,
      "string-too-long",
    ]);
  });
});

describe("syncerror classify", () => {
  it("classifies a message given as arguments", async () => {
    const { code, stdout } = await run([
      "classify",
      "INVALID_EMAIL_ADDRESS: Email: invalid email address: x@",
    ]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(
      /^Invalid email \(Property values\) · confidence 0\.9\d? · status code INVALID_EMAIL_ADDRESS/,
    );
  });

  it("reads the message from stdin when none is given, newlines and all", async () => {
    const message =
      "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY: ContactTrigger: execution of AfterUpdate\ncaused by: first error: STRING_TOO_LONG, too long";
    const { code, stdout } = await run(["classify", "--json"], message);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout)).toEqual({
      input: message,
      id: "custom-code",
      name: "Custom code",
      category: "custom-code",
      confidence: expect.any(Number),
      statusCode: "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY",
      inner: { id: "string-too-long", name: "String too long" },
    });
  });

  it("marks unreadable JSON Lines in place, keeps going, and exits 2", async () => {
    const input = [
      '{"input": "STRING_TOO_LONG: x"}',
      "not json",
      '{"text": "no input"}',
      '{"input": ""}',
    ].join("\n");
    const { code, stdout, stderr } = await run(["classify", "--jsonl"], input);
    expect(code).toBe(EXIT.usage);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].id).toBe("string-too-long");
    expect(lines[1]).toEqual({ line: 2, error: "line 2 is not valid JSON" });
    expect(lines[2]).toEqual({ line: 3, error: 'line 3 is not an object with an "input" string' });
    expect(lines[3]).toMatchObject({ input: "", id: "unknown-error", confidence: 0 });
    expect(stderr).toContain("2 input lines could not be read");
  });
});

describe("syncerror list", () => {
  it("lists every rule by category", async () => {
    const { stdout } = await run(["list"]);
    for (const rule of rules) expect(stdout).toContain(rule.name);
  });

  it("lists one category, named loosely", async () => {
    const { stdout } = await run(["list", "--category", "property values"]);
    expect(stdout).toMatch(/^Property values \(7\)/);
    expect(stdout).not.toContain("Type mismatch");
  });

  it("prints an array of rules as JSON", async () => {
    const { stdout } = await run(["list", "--json", "--category", "Duplicates"]);
    const body = JSON.parse(stdout);
    expect(body.map((r: { id: string }) => r.id)).toEqual([
      "email-already-in-use",
      "salesforce-duplicate-rule",
    ]);
    expect(body[0].patterns.every((p: unknown) => typeof p === "string")).toBe(true);
  });

  it("refuses an unknown category with the list of real ones", async () => {
    const { code, stderr } = await run(["list", "--category", "widgets"]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain('There is no category "widgets". The categories are: Associations,');
  });
});

describe("usage", () => {
  it("prints help with every subcommand", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(EXIT.ok);
    for (const name of ["explain", "classify", "list"])
      expect(stdout).toContain(`syncerror ${name}`);
  });

  it("prints a command's help", async () => {
    const { code, stdout } = await run(["classify", "--help"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("Usage: syncerror classify");
  });

  it.each([
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["explain", "--colour"], "there is no option --colour."],
    [["explain", "--jsonl", "Type mismatch"], "--jsonl reads its inputs from stdin"],
    [["list", "picklists"], "list takes no arguments; use --category picklists."],
  ])("rejects %j with exit 2 and a message on stderr", async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
  });
});

describe("mistakes in the command line, in the CLI's own words", () => {
  it("suggests the command a typo meant", async () => {
    const { code, stderr } = await run(["explian", "Type", "mismatch"]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain('unknown command "explian". Did you mean "syncerror explain"?');
    // The hint is not buried under the whole usage.
    expect(stderr).toContain("syncerror --help lists the commands.");
    expect(stderr).not.toContain("Usage:");
  });

  it("offers no suggestion for a word close to no command", async () => {
    const { stderr } = await run(["frobnicate"]);
    expect(stderr).not.toContain("Did you mean");
    expect(stderr).toContain("Usage:");
  });

  it.each([
    [
      ["demo-data", "--rows", "-5", "--out", "x.csv"],
      'syncerror demo-data: --rows needs a value, and "-5" looks like an option. For a value that starts with a dash, such as a negative number, write --rows=-5.',
    ],
    [
      ["demo-data", "--out", "x.csv", "--rows"],
      "syncerror demo-data: --rows needs a value, as in --rows <value>.",
    ],
    [
      ["explain", "--json=yes", "x"],
      'syncerror explain: --json is a switch and takes no value (remove "=yes").',
    ],
    [
      ["explain", "--jsno", "x"],
      "syncerror explain: there is no option --jsno; did you mean --json?",
    ],
  ])("says what is wrong with the option in %j, exit 2", async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toBe(message);
    expect(stderr).not.toMatch(
      /ambiguous|argument missing|does not take an argument|Unknown option/,
    );
    expect(stderr).toContain("Usage: syncerror");
  });
});

describe("syncerror eval", () => {
  const labelled = [
    { input: "STRING_TOO_LONG: Title: data value too large", expected: "String too long" },
    { input: "what does ugyldig e-mail mean?", expected: "invalid-email", kind: "query" },
    {
      input: "INVALID_EMAIL_ADDRESS: Email: invalid email address: bob@",
      expected: "Ugyldig e-mail",
    },
  ]
    .map((line) => JSON.stringify(line))
    .join("\n");

  it("scores a labelled file given on stdin: figures per kind, by type id or name", async () => {
    const { code, stdout } = await run(["eval", "-", "--json"], `${labelled}\n`);
    expect(code).toBe(EXIT.ok);
    const body = JSON.parse(stdout);
    expect(body.messages).toEqual({
      total: 2,
      right: 2,
      defensible: 2,
      abstained: 0,
      confidentWrong: 0,
    });
    expect(body.queries).toMatchObject({ total: 1, right: 1 });
    expect(body.unreadable).toEqual([]);
  });

  it("prints a table and lists what it got wrong", async () => {
    const wrong = JSON.stringify({ input: "STRING_TOO_LONG: x", expected: "invalid-value" });
    const { code, stdout } = await run(["eval", "-", "--misses"], `${wrong}\n`);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/confident wrong/);
    expect(stdout).toMatch(/invalid-value\s+string-too-long\s+1/);
    expect(stdout).toMatch(/line 1: invalid-value → string-too-long/);
  });

  it("names the lines it cannot score and exits with the usage code", async () => {
    const input = `${JSON.stringify({ input: "x", expected: "no-such-type" })}\nnot json\n`;
    const { code, stderr } = await run(["eval", "-"], input);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/line 1 names "no-such-type", which is not one of the 28 types/);
    expect(stderr).toMatch(/line 2 is not valid JSON/);
  });

  it("says plainly when the file cannot be read", async () => {
    const { code, stderr } = await run(["eval", "/no/such/file.jsonl"]);
    expect(code).not.toBe(EXIT.ok);
    expect(stderr).toBe("syncerror eval: There is no file /no/such/file.jsonl.\n");
  });

  it("refuses a folder with a clear message and exit 1, not as an internal error", async () => {
    const { code, stderr } = await run(["eval", tmpdir()]);
    expect(code).toBe(EXIT.refused);
    expect(stderr).toBe(`syncerror eval: ${tmpdir()} is a folder, not a file.\n`);
  });
});

describe("syncerror classify with nothing to classify", () => {
  it.each([
    ["empty stdin", [], ""],
    ["blank stdin", [], " \n\t\n"],
    ["a blank argument", ["  "], ""],
  ])("answers %s with a usage error, not Unknown error", async (_, argv, stdin) => {
    const { code, stdout, stderr } = await run(["classify", ...argv], stdin);
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^syncerror classify: (There is no message to classify|The message to classify is empty)/,
    );
    expect(stderr).toContain("Usage: syncerror classify");
  });
});

describe("syncerror mappings check", () => {
  it("refuses to report success when neither side is configured, and says how to configure one", async () => {
    const { code, stdout, stderr } = await run(["mappings", "check"]);
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^syncerror mappings: Nothing was checked: neither HubSpot nor Salesforce is configured\./,
    );
    expect(stderr).toContain("HUBSPOT_ACCESS_TOKEN");
    expect(stderr).not.toContain("exist");
  });
});

describe("syncerror demo-data", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "syncerror-demo-data-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["a folder", () => dir, () => `${dir} is a folder, not a file.`],
    [
      "a file in a folder that does not exist",
      () => join(dir, "nowhere", "x.csv"),
      () => `Cannot write ${join(dir, "nowhere", "x.csv")}: its folder does not exist.`,
    ],
    [
      "a file under a file",
      () => join(dir, "plain.csv", "x.csv"),
      () =>
        `Cannot write ${join(dir, "plain.csv", "x.csv")}: part of the path is a file, not a folder.`,
    ],
  ])("refuses %s as --out with exit 1 and a clear message", async (_, out, message) => {
    writeFileSync(join(dir, "plain.csv"), "");
    const { code, stderr } = await run(["demo-data", "--rows", "3", "--out", out()]);
    expect(stderr).toBe(`syncerror demo-data: ${message()}\n`);
    expect(code).toBe(EXIT.refused);
  });

  it("refuses an extension it does not write, as a usage error, and writes nothing", async () => {
    const out = join(dir, "demo.xls");
    const { code, stderr } = await run(["demo-data", "--rows", "3", "--out", out]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain("demo-data writes .csv or .xlsx files, not .xls");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses more rows than a worksheet holds, for .xlsx only", async () => {
    const { code, stderr } = await run([
      "demo-data",
      "--rows",
      "1048576",
      "--out",
      join(dir, "big.xlsx"),
    ]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain("An .xlsx worksheet holds at most 1,048,575 rows");
  });
});
