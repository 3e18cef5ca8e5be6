import { describe, expect, it } from "vitest";
import { englishWordsIn } from "./english-words.js";
import { spawnSyncerrorSync } from "./fakes/run-syncerror.js";

// The installed program with `--lang da` (or SYNCERROR_LANG=da): its help and a usage error in
// Danish, and local mode's banner and console words, as a Danish admin reads them.

function syncerror(args: string[], env: Record<string, string> = {}) {
  const result = spawnSyncerrorSync(args, { input: "", env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Syntax that stays as typed: synopses, options, placeholders, variable and product names. */
function prose(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/^( {2}| {7}|Brug: )syncerror /.test(line))
    .join("\n")
    .replace(/--?[a-z][\w-]*|<[^>]*>|\{[^}]*\}|\b[A-Z][A-Z_]+\b/g, " ");
}
const KEPT = ["HubSpot", "Salesforce", "Sync Health", "/syncerror explain Type mismatch"];

describe("syncerror in Danish", () => {
  it("syncerror --lang da --help", () => {
    const { code, stdout } = syncerror(["--lang", "da", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^syncerror: synkroniseringsfejl mellem HubSpot og Salesforce/);
    expect(stdout).toContain("\nTilvalg:\n");
    expect(englishWordsIn(prose(stdout), KEPT)).toEqual([]);
  });

  it("the bot's own arguments refused in Danish, with its usage, and exit 2", () => {
    const user = syncerror(["--lang", "da", "--user", "nope"]);
    expect(user.code).toBe(2);
    expect(user.stderr).toMatch(
      /^syncerror: --user skal være et Slack-bruger-id, f\.eks\. U0123ABCD\.\nBrug: syncerror /,
    );
    const english = syncerror(["--user", "nope"], { SYNCERROR_LANG: "" });
    expect(english.stderr).toMatch(
      /^syncerror: --user must be a Slack user id.*\nUsage: syncerror /,
    );
  });

  it("a usage error in Danish, with SYNCERROR_LANG=da too, and exit 2", () => {
    const option = syncerror(["list", "--categori", "x"], { SYNCERROR_LANG: "da" });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain(
      "syncerror list: der er intet tilvalg --categori; mente du --category?",
    );
    expect(option.stderr).toContain("\n\nBrug: syncerror list [--category <name>] [--json]\n");
    const unknown = syncerror(["--lang", "da", "explian"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'syncerror: ukendt kommando "explian". Mente du "syncerror explain"?\n\nsyncerror --help viser kommandoerne.\n',
    );
    for (const text of [option.stderr, unknown.stderr])
      expect(englishWordsIn(prose(text), KEPT)).toEqual([]);
  });

  it("in English as it was", () => {
    const { stderr } = syncerror(["explian"], { SYNCERROR_LANG: "" });
    expect(stderr).toContain(
      'syncerror: unknown command "explian". Did you mean "syncerror explain"?',
    );
  });

  it("local mode with --lang da: the banner and the console's words in Danish", () => {
    const run = spawnSyncerrorSync(["--lang", "da"], {
      input: "hej\n",
      timeout: 50_000,
      env: {
        ...process.env,
        NO_COLOR: "1",
        SLACK_BOT_TOKEN: "",
        SLACK_APP_TOKEN: "",
        SLACK_SIGNING_SECRET: "",
        SLACK_API_URL: "",
        LOG_LEVEL: "",
      },
    });
    expect(run.status).toBe(0);
    // Piped, the banner goes to stderr so that stdout holds the answers only.
    expect(run.stderr).toContain("syncerror · lokal tilstand");
    expect(run.stderr).toContain("Du er ");
    expect(run.stdout).toContain("Skriv en /syncerror-kommando (fx /syncerror explain hej)");
    expect(englishWordsIn(prose(run.stderr.replace(/^ {2}\/syncerror .*$/gm, "")), KEPT)).toEqual(
      [],
    );
  }, 60_000);
});
