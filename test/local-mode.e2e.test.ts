import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { spawnSyncerror } from "./fakes/run-syncerror.js";

// `npm start` without Slack credentials: the real app against the loopback Slack sandbox, with
// the terminal console as the client, driven here through a pipe as a script would drive it.

const root = fileURLToPath(new URL("..", import.meta.url));

function localEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...extra };
  // Set empty rather than removed: a variable the environment sets wins over a `.env`'s.
  for (const name of [
    "SLACK_BOT_TOKEN",
    "SLACK_APP_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_API_URL",
    "LOG_LEVEL",
    // Unset, local mode routes by the demo routing file; a developer's own must not reach the tests.
    "ROUTES_PATH",
  ]) {
    if (extra[name] === undefined) env[name] = "";
  }
  return env;
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `syncerror <args>`, or with `npm`, `npm <args>` in the repository (where `npm start` must
 * run, so a `.env` there is read; `localEnv` sets the Slack variables so it cannot connect).
 */
function run(
  command: "syncerror" | "npm",
  args: string[],
  input: string,
  extraEnv: Record<string, string> = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = localEnv(extraEnv);
    const child =
      command === "npm" ? spawn(command, args, { cwd: root, env }) : spawnSyncerror(args, { env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const local = (input: string, args: string[] = [], env: Record<string, string> = {}) =>
  run("syncerror", args, input, env);

/**
 * A conversation through the pipe, line by line, reading what the bot says in between: button
 * numbers depend on what came before (the morning digest's buttons come first).
 */
function converse(args: string[] = [], extraEnv: Record<string, string> = {}) {
  const child = spawnSyncerror(args, { env: localEnv(extraEnv) });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
  return {
    send: (line: string) => child.stdin.write(`${line}\n`),
    /** What the console wrote to stderr so far (the banner, when input is piped). */
    stderr: () => stderr,
    async waitFor(pattern: RegExp, timeoutMs = 15_000): Promise<RegExpExecArray | null> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = pattern.exec(stdout);
        if (match) return match;
        if (Date.now() > deadline) throw new Error(`no ${pattern} in:\n${stdout}\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async end(): Promise<Run> {
      child.stdin.end();
      return { code: await closed, stdout, stderr };
    },
  };
}

describe("local mode", () => {
  it("shows the banner, answers by name, typo and Danish name, and exits 0 at the end of input", async () => {
    const { code, stdout, stderr } = await local(
      [
        "/syncerror explain Type mismatch",
        "/syncerror explain tpye mismatch",
        "/syncerror explain ugyldig e-mail",
      ].join("\n"),
    );
    expect(code).toBe(0);
    expect(stderr).toContain("syncerror · local mode");
    expect(stderr).toContain("No SLACK_BOT_TOKEN is set");
    expect(stderr).toContain('see\nREADME.md, "Connect to Slack"');
    // First the morning digest of the demo data, then the three answers, each under its title.
    expect(stdout).toMatch(/^Sync errors · \w+day, \d+ \w+ \d{4}\n\n/m);
    const titles = [...stdout.matchAll(/^(.+)\n[A-Z][a-z ]+ · (?:either direction|\w+ → \w+)/gm)];
    expect(titles.map((t) => t[1])).toEqual(["Type mismatch", "Type mismatch", "Invalid email"]);
    expect(stdout.indexOf("Sync errors · ")).toBeLessThan(titles[0]?.index ?? -1);
    expect(stdout).toContain("Closest error type to what you typed");
    expect(stdout).toMatch(/\[\d+\] Share in channel/);
  });

  it("numbers the suggestions of a no-match answer, and typing a number clicks one", async () => {
    const console = converse();
    console.send("/syncerror explain email");
    const [, number] =
      (await console.waitFor(/\[(\d+)\] Invalid email {2}\[\d+\] Email already in use/)) ?? [];
    console.send(String(number));
    await console.waitFor(/only visible to you · updated ─+\nInvalid email\n/);
    const { code, stdout } = await console.end();
    expect(code).toBe(0);
    expect(stdout).toContain("No error type matches email. Did you mean one of these?");
  });

  it("numbers the choices of each digest line's menu, and Explain explains in the digest's thread", async () => {
    const console = converse();
    const [, name, number] =
      (await console.waitFor(/• ([^:\n]+): [^\n]*\n\[(\d+)\] ⋯ Explain {2}/)) ?? [];
    console.send(String(number));
    await console.waitFor(new RegExp(`#sync-errors · in thread ─+\\n${name}\\n`));
    expect((await console.end()).code).toBe(0);
  });

  it("takes a type from its line's menu: the person is told and the digest's line shows it", async () => {
    const console = converse(["--user", "U0ADMIN"]);
    const [, name, number] =
      (await console.waitFor(
        /• ([^:\n]+): [^\n]*\n\[\d+\] ⋯ Explain .*\[(\d+)\] ⋯ Take it {2}\[\d+\] ⋯ Snooze…\n/,
      )) ?? [];
    console.send(String(number));
    await console.waitFor(new RegExp(`You're on ${name} now\\.`));
    await console.waitFor(
      new RegExp(
        `• ${name}: [^\\n]* · @U0ADMIN is on it since [^\\n]+\\n.*⋯ Take it over  \\[\\d+\\] ⋯ Release`,
      ),
    );
    console.send("/syncerror mine");
    await console.waitFor(
      new RegExp(`Error types you're on\\n\\n• ${name} · [\\d,]+ open · yours since`),
    );
    expect((await console.end()).code).toBe(0);
  });

  it("snoozes a type from its line's menu through the dialog's numbered choices", async () => {
    const console = converse(["--user", "U0ADMIN"]);
    const [, name, number] =
      (await console.waitFor(/• ([^:\n]+): [^\n]*\n\[\d+\] ⋯ Explain .*\[(\d+)\] ⋯ Snooze…\n/)) ??
      [];
    console.send(String(number));
    const [, week] =
      (await console.waitFor(/── Snooze an error type · dialog ─+\n[\s\S]*?\[(\d+)\] 7 days/)) ??
      [];
    console.send(`${week} waiting for the Salesforce admin`);
    await console.waitFor(new RegExp(`You snoozed ${name} until `));
    await console.waitFor(
      new RegExp(`• ${name}: [^\\n]* · 💤 snoozed until [^\\n]+\\n.*⋯ Unsnooze`),
    );
    console.send("/syncerror snoozed");
    await console.waitFor(
      new RegExp(
        `Snoozed and muted error types\\n\\n• ${name} · until [^\\n]+ · by @U0ADMIN since [^\\n]+ · “waiting for the Salesforce admin”`,
      ),
    );
    expect((await console.end()).code).toBe(0);
  });

  it.each([
    ["--user", ["--user", "U0ADMIN"], {}, "U0ADMIN"],
    ["SYNCERROR_LOCAL_USER", [], { SYNCERROR_LOCAL_USER: "U0FROMENV" }, "U0FROMENV"],
  ])("shares in the channel as the user given by %s", async (_how, args, env, user) => {
    const console = converse(args, env);
    console.send("/syncerror explain Invalid value");
    const [, number] = (await console.waitFor(/\[(\d+)\] Share in channel/)) ?? [];
    console.send(String(number));
    await console.waitFor(new RegExp(`Shared by @${user}`));
    const { stdout } = await console.end();
    expect(stdout).toMatch(/#sync-errors ─+\nInvalid value/);
  });

  it("resyncs the demo errors of a type against the built-in HubSpot and Salesforce, with progress", async () => {
    const console = converse();
    console.send("/syncerror resync Invalid email");
    const [, number, count] =
      (await console.waitFor(/\[(\d+)\] Resync ([\d,]+) \(\d+ batch(?:es)?\)/)) ?? [];
    console.send(String(number));
    await console.waitFor(/Start a resync\?\nMarks [\d,]+ records with Invalid email/);
    console.send("y");
    await console.waitFor(/#sync-errors ─+\n🔄 Resyncing Invalid email · batch 1 of \d+/);
    await console.waitFor(
      new RegExp(`✅ Resync of Invalid email finished\\n${count} requested · ${count} accepted`),
    );
    expect((await console.end()).code).toBe(0);
  });

  it("refuses a resync to a --user who is not allowed, and sends nothing", async () => {
    const console = converse(["--user", "U0VISITOR"]);
    console.send("/syncerror resync Invalid email");
    const [, number] = (await console.waitFor(/\[(\d+)\] Resync [\d,]+ \(/)) ?? [];
    console.send(String(number));
    console.send("y");
    await console.waitFor(/⚠️ Only @U0LOCALUSER may start a resync\. Nothing was started/);
    const { stdout } = await console.end();
    expect(stdout).not.toContain("Resyncing");
  });

  // Local mode's sandboxes answer each call in 400 ms, as a real API might, and a full scan of the
  // demo portal pages through about 40 of them one after another: give it more than the default.
  it("scans the built-in HubSpot and Salesforce and finds the problems planted there", async () => {
    const { code, stdout } = await local("/syncerror scan\n");
    expect(code).toBe(0);
    expect(stdout).toContain("🔍 Scanning HubSpot and Salesforce…");
    expect(stdout).toMatch(/only visible to you · updated ─+\nFull scan\n/);
    for (const found of [
      "String too long: 1",
      "Restricted picklist value: 1",
      "Mismatched state or country value: 1",
      "Missing required country: 1",
      "Missing required value: 1",
      "Inactive Salesforce owner: 1",
      "Unknown error: 1",
      "Invalid email: 1",
      "Salesforce owners not synced: 1",
      "Missing or invalid opportunity stage: 1",
    ])
      expect(stdout).toContain(`• ${found}`);
  }, 60_000);

  it("lists the learnt changes with /syncerror changes, and refuses a period it cannot read", async () => {
    const { code, stdout } = await local("/syncerror changes\n/syncerror changes fortnight\n");
    expect(code).toBe(0);
    // The demo's Setup changes, learnt from the sandbox's audit trail at start: the planted one
    // with the wave it started, and two that started nothing.
    expect(stdout).toContain("3 changes in Salesforce and HubSpot in the last 7 days");
    expect(stdout).toContain(
      "The picklist value “Technology” of Lead.Industry was deactivated · by Jane Doe · Setup Audit Trail",
    );
    expect(stdout).toMatch(/→ likely started \d+ Restricted picklist value errors/);
    expect(stdout.match(/→ likely started/g)).toHaveLength(1);
    expect(stdout).toContain("“fortnight” is not a period");
  }, 60_000);

  it("tells the planted wave's likely cause in /syncerror explain and under the digest's line", async () => {
    const { code, stdout } = await local("/syncerror explain Restricted picklist value\n");
    expect(code).toBe(0);
    const causes = stdout.split("\n").filter((line) => line.includes("Likely cause:"));
    // Once under the digest's line, once in the explanation; the same sentence.
    expect(causes).toHaveLength(2);
    expect(causes[0]).toMatch(
      /Likely cause: the picklist value “Technology” of Lead\.Industry was deactivated on .+ \(Setup Audit Trail: Jane Doe\), \d+ minutes before the first of \d+ Restricted picklist value errors/,
    );
    expect(causes[1]).toBe(causes[0]);
  }, 60_000);

  it("splits the demo digest by the demo routing file by default, one post per channel, and shows /syncerror routes", async () => {
    // No ROUTES_PATH: local mode routes by src/demo/demo-routes.yaml (dist/src/demo/ when built).
    const { code, stdout } = await local("/syncerror routes\n");
    expect(code).toBe(0);
    expect(stdout).toContain("syncerror · #sf-admins");
    expect(stdout).toContain("syncerror · #revops");
    expect(stdout).toMatch(/→ #sf-admins: \d+ new errors of the types routed there/);
    expect(stdout).toContain("Where the digest's error types go");
    // ROUTES_PATH=none: the one digest, as before routing.
    const single = await local("/syncerror routes\n", [], { ROUTES_PATH: "none" });
    expect(single.code).toBe(0);
    expect(single.stdout).not.toContain("syncerror · #sf-admins");
    expect(single.stdout).not.toContain("→ #sf-admins");
    expect(single.stdout).toContain("No routing: every error type is in the one digest");
  });

  it("alerts on the planted spike after /syncerror import of the second demo file", async () => {
    const routes = join(root, "src", "demo", "demo-routes.yaml");
    const console = converse([], { ROUTES_PATH: routes });
    await console.waitFor(/^Sync errors · /m);
    const file = /\/syncerror import (\S+demo-spike\.csv)/.exec(console.stderr())?.[1];
    if (!file) throw new Error(`no spike file in the banner:\n${console.stderr()}`);
    console.send(`/syncerror import ${file}`);
    await console.waitFor(/Imported demo-spike\.csv/);
    const alert = await console.waitFor(
      /── syncerror · #sf-admins ─+\n🚨 Spike in Restricted picklist value: (\d+) new errors in the last hour; usually (\d+) an hour\.\n(.+)\n\n@salesforce-admins: this one is yours\.\nAlerted because .+\n\n\[(\d+)\] Fixed, resync now/,
    );
    expect(Number(alert?.[1])).toBeGreaterThanOrEqual(48);
    expect(alert?.[3]).toMatch(/⋯ Explain .*⋯ Resync \d+ .*⋯ Take it/);
    // Clicking Fixed asks to confirm the resync first.
    console.send(alert?.[4] ?? "");
    await console.waitFor(/Start a resync\?.*Restricted picklist value/);
    const { code, stdout } = await console.end();
    expect(code).toBe(0);
    // Once: the import's check alerted, and nothing after it did again.
    expect(stdout.match(/Spike in Restricted picklist value/g)).toHaveLength(1);
  }, 60_000);

  it("stops at quit and ignores what follows", async () => {
    const { code, stdout } = await local(
      "/syncerror help\nquit\n/syncerror explain Type mismatch\n",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("HubSpot–Salesforce sync errors, explained.");
    expect(stdout).not.toContain("Type mismatch\nProperty mappings");
  });

  it("answers in Danish with --lang da: the console's person has a Danish Slack", async () => {
    const { code, stdout } = await local("/syncerror help\n", ["--lang", "da"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Synkroniseringsfejl mellem HubSpot og Salesforce, forklaret.");
    const english = await local("/syncerror help\n", [], { SYNCERROR_LANG: "en" });
    expect(english.stdout).toContain("HubSpot–Salesforce sync errors, explained.");
  });

  it("shows the demo digest and its preview in Danish with --lang da: the console's channel is theirs", async () => {
    const { code, stdout } = await local("/syncerror digest\n", ["--lang", "da"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Synkroniseringsfejl · \p{L}+dag den \d+\. \p{L}+ \d{4}\n\n/mu);
    expect(stdout).toMatch(/rettes som regel af \S+-administratoren/);
    expect(stdout).toContain("Intet nyt siden dagens oversigt kl. ");
    expect(stdout).not.toContain("Sync errors · ");
  });

  it("refuses a language it does not speak with exit 2, naming the choices", async () => {
    const { code, stderr } = await local("", ["--lang", "fr"]);
    expect(code).toBe(2);
    expect(stderr).toContain("The bot does not speak “fr”. Choose en (English) or da (Danish).");
  });

  it("explains what it does not understand, and keeps going", async () => {
    const { code, stdout } = await local("hello\n/deploy\n4242\nhelp\n");
    expect(code).toBe(0);
    expect(stdout).toContain("Type a /syncerror command (for example /syncerror explain hello)");
    expect(stdout).toContain("Only /syncerror exists here.");
    expect(stdout).toContain("There is no button [4242].");
    expect(stdout).toContain("Console commands:");
  });

  it("shows the Home tab: the dashboard of the demo data, then how to use the bot", async () => {
    const { stdout } = await local("home\n");
    const home = stdout.slice(stdout.lastIndexOf("── Home tab"));
    expect(home).toMatch(/^── Home tab ─+\nSync errors at a glance\n\n[\d,]+ open errors · /);
    for (const part of ["Largest types", "Running resyncs", "Last import and scan", "Setup"])
      expect(home).toContain(part);
    // The largest types come with the digest's buttons, numbered as everywhere in the console.
    expect(home).toMatch(/\[\d+\] Explain/);
    expect(home).toContain("Import ");
    expect(home).toContain("HubSpot–Salesforce sync errors, explained.");
  });

  it("starts with demo data, and /syncerror status shows it", async () => {
    const { stdout, stderr } = await local("/syncerror status\n");
    const demo = /Demo data: ([\d,]+) open sync errors/.exec(stderr)?.[1];
    expect(demo).toBeDefined();
    expect(stdout).toMatch(new RegExp(`^${demo} open sync errors$`, "m"));
    expect(stdout).toContain("Last import: demo-export.csv");
  });

  it("previews the next digest right after start: nothing new since the morning's, linked, not an empty one", async () => {
    const { code, stdout } = await local("/syncerror digest");
    expect(code).toBe(0);
    const preview = stdout.slice(stdout.lastIndexOf("only visible to you"));
    expect(preview).toMatch(
      /Nothing new since today's digest at \d\d:\d\d \([\d,]+ new, [\d,]+ resolved, [\d,]+ open\): open it \(http:\/\/127\.0\.0\.1:\d+\/archives\/C0SANDBOX\/p\d+\)\./,
    );
    expect(preview).not.toContain("No new sync errors");
  });

  it("imports a local file at the prompt as a file shared in the channel, answering in its thread", async () => {
    const dir = mkdtempSync(join(tmpdir(), "syncerror-local-"));
    const path = join(dir, "my-export.csv");
    writeFileSync(
      path,
      "Object type,Record ID,Error type,Error message\nContact,101,Invalid email,INVALID_EMAIL_ADDRESS: bad\n",
    );
    try {
      // One contact error against the demo data's hundreds: a filtered export, so it asks (no).
      const { code, stdout } = await local(`/syncerror import ${path}\nn\n/syncerror status\n`);
      expect(code).toBe(0);
      expect(stdout).toMatch(
        /@U0LOCALUSER · #sync-errors ─+\n@U0LOCALUSER shared a file: my-export\.csv/,
      );
      expect(stdout).toMatch(
        /syncerror · #sync-errors · in thread ─+\n⏳ Importing my-export\.csv…/,
      );
      expect(stdout).toMatch(
        /syncerror · #sync-errors · in thread · updated ─+\n📥 Imported my-export\.csv: 1 row\./,
      );
      expect(stdout).toContain("A filtered export?");
      expect(stdout).toContain("Resolve the open errors this export does not list? [y/N]");
      expect(stdout).toMatch(/@U0LOCALUSER decided: Kept open the [\d,]+ open contact errors/);
      expect(stdout).toContain("Last import: my-export.csv");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("asks which column holds what as numbered choices, imports the answer, and remembers it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "syncerror-local-"));
    const header = "Objekt,Post-ID (HubSpot),SF Owner ID,Fejltype (engelsk),Fejlbesked,Tidspunkt";
    const row = (id: number) =>
      `Kontakt,${id},005D000000AbCdEfGH,Invalid email,INVALID_EMAIL_ADDRESS: x${id}@,2026-11-20T08:00:00Z`;
    writeFileSync(join(dir, "eksport.csv"), `${header}\n${row(101)}\n`);
    writeFileSync(join(dir, "eksport-2.csv"), `${header}\n${row(101)}\n${row(102)}\n`);
    try {
      const console = converse();
      console.send(`/syncerror import ${join(dir, "eksport.csv")}`);
      await console.waitFor(/❓ I could not tell which columns of eksport\.csv hold what/);
      // The owner's id column was guessed as the Salesforce id: list that menu, and choose again.
      const [, menu] = (await console.waitFor(/\[(\d+)\] ▾ SF Owner ID/)) ?? [];
      console.send(String(menu));
      await console.waitFor(
        /The column for Salesforce ID:\n +1 {2}— not in this file —\n +2 {2}Objekt\n.*\n +4 {2}SF Owner ID {3}← chosen\n/,
      );
      console.send(`${menu} 1`);
      await console.waitFor(/The column for Salesforce ID: — not in this file —/);
      const [, importButton] = (await console.waitFor(/\[(\d+)\] Import/)) ?? [];
      console.send(String(importButton));
      await console.waitFor(/📥 Imported eksport\.csv: 1 row\./);
      // The same header row again: no question.
      console.send(`/syncerror import ${join(dir, "eksport-2.csv")}`);
      await console.waitFor(/📥 Imported eksport-2\.csv: 2 rows\./);
      const { code, stdout } = await console.end();
      expect(code).toBe(0);
      expect(stdout.match(/I could not tell which columns/g)).toHaveLength(1);
      expect(stdout).toMatch(/Columns: objectType ← Objekt, hubspotId ← Post-ID \(HubSpot\),/);
      expect(stdout).not.toMatch(/salesforceId ← /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("offers 'Not this type?' on the summary of an export without a type column, as a numbered menu", async () => {
    const dir = mkdtempSync(join(tmpdir(), "syncerror-local-"));
    const message =
      'Lead 00Q5g00000AbCdEAAA was refused by the region check: "Nordics" is not served (ref 4411)';
    writeFileSync(
      join(dir, "untyped.csv"),
      `Object type,Record ID,Error message\nContact,101,"${message.replaceAll('"', '""')}"\n`,
    );
    try {
      const console = converse();
      console.send(`/syncerror import ${join(dir, "untyped.csv")}`);
      await console.waitFor(/📥 Imported untyped\.csv: 1 row\./);
      // One contact error against the demo data's hundreds: a filtered export; keep them open.
      await console.waitFor(/Resolve the open errors this export does not list\? \[y\/N\]/);
      console.send("n");
      const [, lines] =
        (await console.waitFor(/decided: Kept open[\s\S]*\[(\d+)\] ▾ Not this type\?/)) ?? [];
      console.send(String(lines));
      await console.waitFor(/Not this type\?:\n +1 {2}Custom code\n/);
      console.send(`${lines} 1`);
      await console.waitFor(/I read this message as Custom code/);
      const [, types] = (await console.waitFor(/\[(\d+)\] ▾ The right error type/)) ?? [];
      console.send(String(types));
      const [, option] =
        (await console.waitFor(/ (\d+) {2}[^\n]* · Mismatched state or country value\n/)) ?? [];
      console.send(`${types} ${option}`);
      await console.waitFor(/Saved: I now read this message, and messages that differ/);
      console.send(`/syncerror explain ${message}`);
      await console.waitFor(/I read the message as Mismatched state or country value/);
      const { code } = await console.end();
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says so when the file to import does not exist", async () => {
    const { stdout } = await local("/syncerror import /no/such/export.csv\n");
    expect(stdout).toContain("There is no file /no/such/export.csv.");
    expect(stdout).not.toContain("ENOENT");
  });

  it("refuses a --user that is not a Slack user id", async () => {
    const { code, stderr } = await local("", ["--user", "bob"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--user must be a Slack user id");
  });

  it("works as `printf '/syncerror explain Type mismatch\\n' | npm start`", async () => {
    const { code, stdout } = await run(
      "npm",
      ["start", "--silent"],
      "/syncerror explain Type mismatch\n",
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/Type mismatch\nProperty mappings · either direction/);
    // Piped output is plain text: no Markdown underlines, backticks or mrkdwn markers.
    expect(stdout).not.toMatch(/^={3,}$|`|(^|\s)_\S[^_\n]*_(\s|$)|(^|\s)\*\S[^*\n]*\*(\s|$)/m);
    expect(stdout).toContain("Fix\n1. ");
  }, 60_000);
});
