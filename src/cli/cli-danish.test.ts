import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { englishWordsIn } from "../../test/english-words.js";
import { createCatalog } from "../catalog/catalog.js";
import { loadConfig } from "../config.js";
import { translator } from "../i18n/translator.js";
import { rules } from "../rules/index.js";
import type { ScanSummary } from "../scan/scan-types.js";
import { skipReasonText } from "../scan/skip-reason.js";
import { openStore } from "../store/sqlite-store.js";
import type { Store } from "../store/types.js";
import { cliCommands } from "./commands/index.js";
import { summaryText } from "./commands/scan.js";
import { EXIT, runCli } from "./run-cli.js";
import { localUsage, summaryOf } from "./usage.js";

// `syncerror --lang da …`: the help, the usage errors and each command's text answers in Danish,
// with no English sentence left; `--json` and English as they were.

const catalog = createCatalog(rules);
const da = translator("da");
const en = translator("en");

/**
 * Words that stay: the products, environment variables and options, the subcommands and
 * placeholders one types (`migrate`, `copy`, `check`, `list`, `remove <id>`), and English type
 * names HubSpot keeps.
 */
const KEPT = [
  "HubSpot",
  "Salesforce",
  "Sync Health",
  "README, Configuration",
  "/syncerror scan",
  "/invite @syncerror",
  "RESYNC_COOLDOWN",
  ...rules.filter((r) => r.danishNameSource === "faithful").map((r) => r.name),
];

/** The Danish text without the synopses (`syncerror scan [--json]`), which are syntax. */
function prose(text: string): string {
  let rest = text;
  for (const command of cliCommands)
    for (const line of command.usage) rest = rest.replaceAll(localUsage(line, da), " ");
  return rest.replace(/--?[a-z][\w-]*|<[^>]*>|\{[^}]*\}/g, " ");
}

let store: Store;
let folder: string;
beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
});
afterEach(async () => {
  await store.close();
});
afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function run(argv: string[], stdinText = "", language = "da") {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: "", err: "" };
  stdout.on("data", (c) => (chunks.out += c));
  stderr.on("data", (c) => (chunks.err += c));
  const code = await runCli(
    argv,
    { stdin: Readable.from([stdinText]), stdout, stderr },
    {
      catalog,
      config: () => loadConfig({}),
      store: async () => store,
      now: () => new Date("2026-12-04T09:00:00Z"),
      replica: { id: "test:1:c11", host: "test", pid: 1 },
      migrateDatabase: async () => ({
        backend: "sqlite",
        where: "/data/syncerror.db",
        from: 3,
        to: 9,
      }),
      clients: {
        slack: async () => undefined,
        hubspot: async () => undefined,
        salesforce: async () => undefined,
      },
      language,
    },
  );
  return { code, stdout: chunks.out, stderr: chunks.err };
}

/** Runs and returns stdout and stderr together, for the English check. */
async function said(argv: string[], stdinText = ""): Promise<{ code: number; text: string }> {
  const { code, stdout, stderr } = await run(argv, stdinText);
  return { code, text: `${stdout}${stderr}` };
}

describe("the command line's help in Danish", () => {
  it("syncerror --help: every command's summary, the options and exit codes", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(
      /^syncerror: synkroniseringsfejl mellem HubSpot og Salesforce, forklaret\.\n\nBrug:\n/,
    );
    expect(stdout).toContain("Tilvalg:\n  --json    skriv svaret som JSON");
    expect(stdout).toContain("Afslutningskoder: 0 besvaret;");
    expect(englishWordsIn(prose(stdout), KEPT)).toEqual([]);
  });

  it("every command has its summary in Danish, and its own help says it", async () => {
    for (const command of cliCommands) {
      expect(summaryOf(command, da)).not.toBe(command.summary);
      // The English summary is the command's own, word for word.
      expect(summaryOf(command, en)).toBe(command.summary);
      const { code, stdout } = await run([command.name, "--help"]);
      expect(code).toBe(EXIT.ok);
      expect(stdout).toContain(`${summaryOf(command, da)}.\n\nBrug: syncerror ${command.name}`);
    }
  });

  it("English help is as it was", async () => {
    const { stdout } = await run(["--help"], "", "en");
    expect(stdout).toMatch(/^syncerror: HubSpot–Salesforce sync errors, explained\.\n\nUsage:\n/);
    expect(stdout).toContain("  --help    help for a command, e.g. syncerror import --help");
    expect(stdout).toContain(
      "terminal otherwise (local mode; --user <id> acts as another Slack user, --lang da one whose",
    );
  });
});

describe("usage errors in Danish", () => {
  it.each([
    [["explian", "x"], 'syncerror: ukendt kommando "explian". Mente du "syncerror explain"?'],
    [
      ["list", "--categori", "x"],
      "syncerror list: der er intet tilvalg --categori; mente du --category?",
    ],
    [["audit", "--limit"], "syncerror audit: --limit skal have en værdi, som i --limit <værdi>."],
    [
      ["audit", "--json=yes"],
      'syncerror audit: --json er en kontakt og tager ingen værdi (fjern "=yes").',
    ],
    [["audit", "--limit", "0"], "syncerror audit: --limit skal være et helt tal fra 1 til 10.000."],
    [["status", "x"], "syncerror status: status tager ingen argumenter."],
    [["list", "x"], "syncerror list: list tager ingen argumenter; brug --category x."],
    [["list", "--category", "x"], 'syncerror list: Der er ingen kategori "x". Kategorierne er: '],
    [["db"], "syncerror db: Sig, hvad der skal ske med databasen: migrate eller copy."],
    [["db", "copy"], "syncerror db: db copy skal have --from, SQLite-filen der skal kopieres."],
    [["mappings"], "syncerror mappings: Sig, hvad der skal ske med feltmappingerne: check."],
    [["corrections"], "syncerror corrections: Sig, hvad der skal ske med rettelserne"],
    [["corrections", "remove", "x"], 'syncerror corrections: "x" er ikke et rettelsesnummer.'],
    [["demo-data", "--rows", "5"], "syncerror demo-data: --out FIL skal angives."],
    [
      ["demo-data", "--rows", "0", "--out", "x.csv"],
      "--rows skal være et helt tal fra 1 til 20.000.000.",
    ],
    [
      ["demo-data", "--rows", "5", "--out", "x.txt"],
      "demo-data skriver .csv- eller .xlsx-filer, ikke .txt",
    ],
    [
      ["digest", "--post", "--json"],
      "--post kan ikke bruges sammen med --print, --json eller --weekly.",
    ],
    [["digest", "x"], 'syncerror digest: Uventet argument "x".'],
    [["eval"], "syncerror eval: eval tager én fil med facit."],
    [["classify", "   "], "syncerror classify: Beskeden, der skal klassificeres, er tom."],
    [["explain", "--jsonl", "x"], "--jsonl læser sine input fra stdin"],
    [["scan"], "syncerror scan: En scanning læser HubSpot og Salesforce"],
    [["setup", "x"], "syncerror setup: setup tager ingen argumenter."],
  ])("syncerror --lang da %j", async (argv, expected) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain(expected);
    if (argv[0] !== "explian") expect(stderr).toContain("\n\nBrug: ");
    expect(englishWordsIn(prose(stderr), KEPT)).toEqual([]);
  });

  it("a refusal that is not a usage error, in Danish too", async () => {
    const nothing = await run(["mappings", "check"]);
    expect(nothing.stderr).toContain(
      "Intet blev tjekket: hverken HubSpot eller Salesforce er sat op.",
    );
    expect(englishWordsIn(prose(nothing.stderr), KEPT)).toEqual([]);
    const noSuch = await run(["corrections", "remove", "7"]);
    expect(noSuch.code).toBe(EXIT.refused);
    expect(noSuch.stderr).toBe(
      "syncerror corrections: Der er ingen rettelse #7; syncerror corrections list viser dem.\n",
    );
  });

  it("English usage errors are as they were", async () => {
    expect((await run(["explian"], "", "en")).stderr).toContain(
      'syncerror: unknown command "explian". Did you mean "syncerror explain"?\n\nsyncerror --help lists the commands.',
    );
    expect((await run(["list", "--categori", "x"], "", "en")).stderr).toContain(
      "syncerror list: there is no option --categori; did you mean --category?\nThe options are --category, --json, --help. A word that starts with a dash goes after --, as in: -- --categori\n\nUsage: syncerror list",
    );
    expect((await run(["audit", "--limit", "0"], "", "en")).stderr).toContain(
      "--limit must be a whole number from 1 to 10,000.",
    );
  });
});

describe("the commands' text answers in Danish", () => {
  it("audit, corrections list, db migrate, classify: Danish, no English left", async () => {
    const texts = [
      await said(["audit"]),
      await said(["corrections", "list"]),
      await said(["db", "migrate"]),
      await said(["classify", "INVALID_EMAIL_ADDRESS: Email: invalid email address: x@"]),
    ];
    expect(texts.map((t) => t.code)).toEqual([EXIT.ok, EXIT.ok, EXIT.ok, EXIT.ok]);
    const [audit, corrections, migrate, classify] = texts.map((t) => t.text);
    expect(audit).toBe("Revisionsloggen er tom.\n");
    expect(corrections).toContain("Ingen fejltype er blevet rettet.");
    expect(migrate).toBe("SQLite på /data/syncerror.db: skema 3 → 9.\n");
    expect(classify).toMatch(
      /^Ugyldig e-mail \(Egenskabsværdier\) · sikkerhed 0\.9\d* · statuskode INVALID_EMAIL_ADDRESS/,
    );
    for (const text of [audit, corrections, migrate, classify])
      expect(englishWordsIn(prose(text ?? ""), [...KEPT, "INVALID_EMAIL_ADDRESS"])).toEqual([]);
  });

  it("corrections list and remove: the entries and the removal in Danish", async () => {
    await store.saveCorrection({
      message: "Some message",
      key: "some message",
      ruleId: "invalid-email",
      correctedBy: "cli",
      correctedAt: new Date("2026-12-01T10:00:00Z"),
    });
    const listed = await said(["corrections", "list"]);
    expect(listed.text).toMatch(
      /^#1 {2}Invalid email {2}\(rettet .+ på kommandolinjen\)\n {2}besked: Some message\n {2}fjern: {2}syncerror corrections remove 1\n$/,
    );
    const removed = await said(["corrections", "remove", "1"]);
    expect(removed.text).toContain(
      "Rettelse #1 er fjernet: beskeder som den klassificeres af reglerne igen.",
    );
    expect(englishWordsIn(prose(removed.text), KEPT)).toEqual([]);
  });

  it("eval: the table's headings and the unreadable lines in Danish", async () => {
    folder = mkdtempSync(join(tmpdir(), "syncerror-eval-da-"));
    const file = join(folder, "cases.jsonl");
    writeFileSync(
      file,
      `${JSON.stringify({ input: "INVALID_EMAIL_ADDRESS: Email: invalid email address: x@", expected: "invalid-email" })}\n`,
    );
    const { code, stdout } = await run(["eval", file]);
    expect(code).toBe(EXIT.ok);
    writeFileSync(file, `not json\n${JSON.stringify({ input: "x", expected: "widgets" })}\n`);
    const unreadable = await run(["eval", file]);
    expect(unreadable.code).toBe(EXIT.usage);
    expect(unreadable.stderr).toBe(
      '2 linjer kunne ikke vurderes:\nlinje 1 er ikke gyldig JSON\nlinje 2 nævner "widgets", som ikke er en af de 28 typer\n',
    );
    expect(englishWordsIn(unreadable.stderr, KEPT)).toEqual([]);
    // --json keeps its English.
    const json = JSON.parse((await run(["eval", file, "--json"])).stdout);
    expect(json.unreadable).toEqual([
      "line 1 is not valid JSON",
      'line 2 names "widgets", which is not one of the 28 types',
    ]);
    expect(stdout).toMatch(
      /^ +tilfælde +rigtige +forsvarlige +ubesvarede +sikre forkerte\nalle +1 +100\.0%/,
    );
    expect(englishWordsIn(stdout, KEPT)).toEqual([]);
  });

  it("the scan's summary, and why Salesforce was skipped, in Danish; stored in English", () => {
    const summary: ScanSummary = {
      full: true,
      hubspotRead: 1234,
      salesforceRead: 0,
      stuck: 3,
      stuckWithoutReason: 1,
      findingsByRule: { "invalid-email": 2 },
      mappingFindings: [],
      calls: { hubspot: 12, salesforce: 1 },
      salesforceSkipped:
        "Salesforce has 100 of 15,000 daily API calls left, within the 1,500 kept for HubSpot's connector (RESYNC_SALESFORCE_RESERVE); Salesforce was not read.",
      salesforceSkippedReason: {
        key: "scan.skipOverReserve",
        values: { remaining: 100, max: 15_000, keep: 1_500 },
      },
      salesforceComplete: false,
      salesforceSince: null,
    };
    const text = summaryText(summary, 2, 0, da);
    expect(text).toContain("Fuld scanning: 1.234 HubSpot- og 0 Salesforce-poster læst.");
    expect(text).toContain(
      "Salesforce har 100 af 15.000 daglige API-kald tilbage, inden for de 1.500, der holdes tilbage til HubSpots connector (RESYNC_SALESFORCE_RESERVE); Salesforce blev ikke læst.",
    );
    expect(englishWordsIn(text, [...KEPT, "RESYNC_SALESFORCE_RESERVE", "invalid-email"])).toEqual(
      [],
    );
    // The stored English is what the English rendering says, word for word.
    expect(skipReasonText(summary, en)).toBe(summary.salesforceSkipped);
    // A scan stored before the reason had a key: its English, as stored.
    expect(skipReasonText({ salesforceSkipped: summary.salesforceSkipped }, da)).toBe(
      summary.salesforceSkipped,
    );
    expect(summaryText(summary, 2, 0, en)).toContain(
      "Full scan: 1,234 HubSpot and 0 Salesforce records read.\n  3 HubSpot records not syncing; 1 of them without a reason the scan can name.\n  2 new errors, 0 resolved. API calls: 12 HubSpot, 1 Salesforce.",
    );
  });
});
