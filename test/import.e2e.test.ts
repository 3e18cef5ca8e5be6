import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bin, programCwd, spawnSyncerrorSync } from "./fakes/run-syncerror.js";

// The import path end to end through the real program: demo data written by `syncerror
// demo-data`, imported by `syncerror import` into a real SQLite file, checked with `status`.

let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-import-e2e-"));
  env = {
    ...process.env,
    DATABASE_PATH: join(dir, "db", "syncerror.db"),
    IMPORT_MAX_BYTES: "",
    IMPORT_COLUMNS: "",
  };
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function syncerror(args: string[], extraEnv: Record<string, string> = {}) {
  const result = spawnSyncerrorSync(args, {
    env: { ...env, ...extraEnv },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json<T>(args: string[]): T {
  const { code, stdout, stderr } = syncerror([...args, "--json"]);
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as T;
}

interface Summary {
  file: string;
  unchanged: boolean;
  rows: number;
  new: number;
  stillOpen: number;
  resolved: number;
  rejected: Array<{ row: number; reason: string }>;
  rejectedCount: number;
  columns: Record<string, string>;
  byType: Record<string, number>;
}
interface Status {
  open: number;
  byCategory: Record<string, number>;
  byType: Record<string, number>;
  lastImport: { file: string; rows: number } | null;
}

/** A CSV as a spreadsheet would save it, quoting every cell. */
function csv(rows: string[][]): string {
  return `${rows.map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(",")).join("\r\n")}\r\n`;
}

describe("syncerror import", () => {
  const first = () => join(dir, "export-1.csv");
  const second = () => join(dir, "export-2.csv");

  it("writes demo data and imports it, with a right summary", () => {
    const written = syncerror(["demo-data", "--rows", "1000", "--seed", "7", "--out", first()]);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stderr).toContain("Wrote 1,000 rows");

    const summary = json<Summary>(["import", first()]);
    expect(summary).toMatchObject({
      file: "export-1.csv",
      unchanged: false,
      rows: 1000,
      stillOpen: 0,
      resolved: 0,
      rejectedCount: 0,
    });
    expect(summary.new).toBeGreaterThan(900);
    expect(Object.values(summary.byType).reduce((a, b) => a + b, 0)).toBe(summary.new);
    expect(Object.keys(summary.byType).length).toBeGreaterThanOrEqual(20);
    expect(summary.columns).toMatchObject({
      errorType: "Error type",
      message: "Error message",
      hubspotId: "Record ID",
    });

    const status = json<Status>(["status"]);
    expect(status.open).toBe(summary.new);
    expect(Object.keys(status.byCategory)).toHaveLength(8);
    expect(status.lastImport).toMatchObject({ file: "export-1.csv", rows: 1000 });
  });

  it("changes nothing when the same file is imported again, and says so", () => {
    const before = json<Status>(["status"]);
    const again = syncerror(["import", first()]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("is the same file as the last import");
    expect(json<Status>(["status"]).open).toBe(before.open);
  });

  /** Open errors before the step that left a question, for the step that answers it. */
  let openBefore = 0;
  it("keeps open what a much smaller export no longer lists, without a terminal to ask on, and says how to resolve it", () => {
    const rows = parse(readFileSync(first(), "utf8")) as string[][];
    const kept = rows.slice(0, 601);
    writeFileSync(second(), csv(kept));
    const before = json<Status>(["status"]).open;
    const refused = syncerror(["import", second()]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /^Imported export-2\.csv: 600 rows\.\n {2}New 0 · still open \d+ · resolved 0 · rejected 0\nThis export has 600 rows of [a-z, ]+ but [\d,]+ open [a-z, ]+ errors are not in it\. A filtered export\?/,
    );
    expect(refused.stderr).toContain("--resolve-missing");
    expect(refused.stderr).toContain("--keep-missing");
    expect(json<Status>(["status"]).open).toBe(before);
    openBefore = before;
    // Several runs of the program each: more than the default 20 s on a busy machine.
  }, 90_000);

  it("answers the question when the same file is imported again with --resolve-missing, once", () => {
    // The same file again with the answer: nothing is imported twice, the question is answered.
    const before = openBefore;
    const summary = json<Summary>(["import", second(), "--resolve-missing"]);
    expect(summary).toMatchObject({ unchanged: true, missing: { decision: "resolved" } });
    const missing = (summary as unknown as { missing: { count: number; resolved: number } })
      .missing;
    expect(missing.resolved).toBe(missing.count);
    expect(missing.count).toBeGreaterThan(300);
    const status = json<Status>(["status"]);
    expect(status.open).toBe(before - missing.count);
    expect(status.lastImport).toMatchObject({ resolved: missing.count });
    // Answered once: asking again changes nothing.
    const again = syncerror(["import", second(), "--keep-missing"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Resolved the ");
    // Several runs of the program each: more than the default 20 s on a busy machine.
  }, 90_000);

  it("keeps them open with --keep-missing", () => {
    const rows = parse(readFileSync(first(), "utf8")) as string[][];
    const few = join(dir, "export-few.csv");
    writeFileSync(few, csv(rows.slice(0, 5)));
    expect(syncerror(["import", few, "--keep-missing", "--resolve-missing"]).code).toBe(2);
    const before = json<Status>(["status"]).open;
    const keptRun = syncerror(["import", few, "--keep-missing"]);
    expect(keptRun.code, keptRun.stderr).toBe(0);
    expect(keptRun.stdout).toMatch(/Kept open the [\d,]+ open .* errors not in this export\./);
    expect(json<Status>(["status"]).open).toBe(before);
    openBefore = before;
    // Several runs of the program each: more than the default 20 s on a busy machine.
  }, 90_000);

  it("resolves them at once with --resolve-missing, leaving no question", () => {
    const rows = parse(readFileSync(first(), "utf8")) as string[][];
    const before = openBefore;
    // Told beforehand: resolved at once, as a snapshot, and no question is left.
    const ten = join(dir, "export-ten.csv");
    writeFileSync(ten, csv(rows.slice(0, 11)));
    const summary = json<Summary>(["import", ten, "--resolve-missing"]);
    expect(summary).toMatchObject({ unchanged: false, missing: null, new: 0, stillOpen: 10 });
    expect(summary.resolved).toBe(before - 10);
    expect(json<Status>(["status"]).open).toBe(10);
    // Several runs of the program each: more than the default 20 s on a busy machine.
  }, 90_000);

  it("imports usable rows and lists the rejected ones by row number while they stay under 5%", () => {
    const rows = parse(readFileSync(second(), "utf8")) as string[][];
    const [header = [], ...data] = rows;
    const broken = data.map((cells, i) =>
      i === 4 ? cells.map((c, j) => (j === 1 || j === 2 ? "" : c)) : cells,
    );
    const path = join(dir, "export-3.csv");
    writeFileSync(path, csv([header, ...broken]));
    const summary = json<Summary>(["import", path]);
    expect(summary.rejectedCount).toBe(1);
    expect(summary.rejected).toEqual([
      { row: 6, reason: "no record id (Record ID and Salesforce ID are empty)" },
    ]);
    expect(summary.rows).toBe(600);
  });

  describe("refuses a bad file with a clear message, exit 1, and writes nothing", () => {
    const cases: Array<[string, () => string, RegExp]> = [
      ["an empty file", () => "", /The file is empty/],
      [
        "a PDF renamed .csv",
        () => "%PDF-1.7\n%âãÏÓ\n1 0 obj",
        /This is a PDF, not a CSV or Excel export/,
      ],
      [
        "a file without recognisable columns",
        () => "Colour,Size\nred,10\n",
        /No column holds the error type or the error message\. The file's columns: Colour, Size/,
      ],
      [
        "a file where over 5% of the rows have no id",
        () =>
          csv([
            ["Record ID", "Error type"],
            ["1", "Invalid email"],
            ["", "Invalid email"],
            ["", "String too long"],
          ]),
        /2 of 3 rows cannot be used \(more than 5%\), so nothing was imported\. First problems: row 3: no record id/,
      ],
    ];
    it.each(cases)("%s", (_label, content, message) => {
      const path = join(dir, "bad.csv");
      writeFileSync(path, content());
      const before = json<Status>(["status"]);
      const result = syncerror(["import", path]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(json<Status>(["status"])).toEqual(before);
    });

    it("a file over IMPORT_MAX_BYTES", () => {
      const result = syncerror(["import", first()], { IMPORT_MAX_BYTES: "10000" });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /The file is [\d.]+ KB; the limit is [\d.]+ KB \(IMPORT_MAX_BYTES\)/,
      );
    });
  });

  it("imports an Excel export, read as it streams", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sync errors");
    sheet.addRow([
      "Object type",
      "Record ID",
      "Salesforce ID",
      "Error type",
      "Error message",
      "Date",
    ]);
    sheet.addRow([
      "Company",
      90210123456,
      "001D000000IqhSLIAZ",
      "Restricted picklist value",
      "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Industry: bad value for restricted picklist field: Fintech",
      new Date("2026-11-27T10:00:00Z"),
    ]);
    sheet.addRow(["Deal", 5550001, "", "Type mismatch", "", new Date("2026-11-28T10:00:00Z")]);
    const path = join(dir, "export.xlsx");
    await workbook.xlsx.writeFile(path);
    // A different export into the same store: it is a snapshot of its own types.
    const summary = json<Summary>(["import", path, "--resolve-missing"]);
    expect(summary).toMatchObject({
      rows: 2,
      new: 2,
      rejectedCount: 0,
      byType: { "Restricted picklist value": 1, "Type mismatch": 1 },
    });
  });

  it("imports a Danish export saved by Excel on Windows (Windows-1252, semicolons)", () => {
    const text =
      "Objekt;Post-ID;Fejltype;Fejlmeddelelse;Dato\r\nKontakt;777;Ugyldig værdi;Værdien er ugyldig;27-11-2026 08:00\r\n";
    const path = join(dir, "eksport.csv");
    writeFileSync(path, Buffer.from(text, "latin1"));
    const summary = json<Summary>(["import", path, "--resolve-missing"]);
    expect(summary).toMatchObject({ rows: 1, new: 1, byType: { "Invalid value": 1 } });
    expect(summary.columns).toEqual({
      objectType: "Objekt",
      hubspotId: "Post-ID",
      errorType: "Fejltype",
      message: "Fejlmeddelelse",
      occurredAt: "Dato",
    });
  });

  it("prints the digest of what was imported, as text and as the JSON Slack would get", () => {
    const text = syncerror(["digest"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Sync errors · \w+day, \d+ \w+ \d{4}\n\n/);
    const body = json<{ text: string; blocks: Array<{ type: string }> }>(["digest"]);
    expect(body.text).toMatch(/^Sync errors .*: \d+ new, \d+ resolved, \d+ open$/);
    expect(body.blocks[0]?.type).toBe("header");
    const post = syncerror(["digest", "--post"]);
    expect(post.code).toBe(2);
    expect(post.stderr).toContain("Posting needs SLACK_BOT_TOKEN and DIGEST_CHANNEL");
  });

  it("answers a usage error with exit 2", () => {
    expect(syncerror(["import"]).code).toBe(2);
    expect(syncerror(["import", "a.csv", "b.csv"]).code).toBe(2);
    expect(syncerror(["import", first(), "--columns", "colour=Red"]).code).toBe(2);
  });

  describe("a file whose columns are not all known", () => {
    const header = [
      "Objekt",
      "Post-ID (HubSpot)",
      "Fejltype (engelsk)",
      "Fejl, detaljer",
      "Tidspunkt",
    ];
    const row = (id: number) => [
      "Kontakt",
      String(id),
      "Invalid email",
      `INVALID_EMAIL_ADDRESS: Email: invalid email address: x${id}@`,
      "2026-11-20T08:00:00Z",
    ];
    const danish = () => join(dir, "it's danish.csv");
    const danishAgain = () => join(dir, "danish-2.csv");

    it("is refused with the exact --columns line to run, the best guesses filled in and quoted for the shell", () => {
      writeFileSync(danish(), csv([header, row(9001), row(9002)]));
      const before = json<Status>(["status"]);
      const refused = syncerror(["import", danish()]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        "No column holds the error type or the error message. The file's columns: Objekt, Post-ID (HubSpot), Fejltype (engelsk), Fejl, detaljer, Tidspunkt. No column holds a record id either.",
      );
      const line = `  syncerror import '${danish().replaceAll("'", "'\\''")}' --columns 'objectType=Objekt,hubspotId=Post-ID (HubSpot),errorType=Fejltype (engelsk),message="Fejl, detaljer",occurredAt=Tidspunkt'`;
      expect(refused.stderr.split("\n")).toContain(line);
      expect(json<Status>(["status"])).toEqual(before);

      // The line, run through a shell as printed, imports the file and remembers the choice.
      const command = line.trim().replace(/^syncerror /, `"${process.execPath}" "${bin}" `);
      const run = spawnSync("sh", ["-c", `${command} --resolve-missing --json`], {
        cwd: programCwd(),
        env,
        encoding: "utf8",
      });
      expect(run.status, run.stderr).toBe(0);
      const summary = JSON.parse(run.stdout) as Summary;
      expect(summary).toMatchObject({ rows: 2, new: 2, byType: { "Invalid email": 2 } });
      expect(summary.columns).toEqual({
        objectType: "Objekt",
        hubspotId: "Post-ID (HubSpot)",
        errorType: "Fejltype (engelsk)",
        message: "Fejl, detaljer",
        occurredAt: "Tidspunkt",
      });
    });

    it("imports the next file with the same header row without asking", () => {
      writeFileSync(danishAgain(), csv([header, row(9001), row(9003)]));
      const summary = json<Summary>(["import", danishAgain()]);
      expect(summary).toMatchObject({ rows: 2, new: 1, stillOpen: 1, resolved: 1 });
      expect(summary.columns.message).toBe("Fejl, detaljer");
    });

    it("lists the remembered mappings, and forgets one, after which the file is refused again", () => {
      const listed = json<
        Array<{
          id: number;
          headers: string[];
          columns: Record<string, string>;
          confirmedBy: string;
          confirmedAt: string;
        }>
      >(["columns", "list"]);
      expect(listed).toEqual([
        {
          id: 1,
          headers: header,
          columns: {
            objectType: "Objekt",
            hubspotId: "Post-ID (HubSpot)",
            errorType: "Fejltype (engelsk)",
            message: "Fejl, detaljer",
            occurredAt: "Tidspunkt",
          },
          confirmedBy: "cli",
          confirmedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      ]);
      const text = syncerror(["columns", "list"]);
      expect(text.stdout).toMatch(
        // In the terminal's time zone, not ISO 8601 (the JSON keeps that).
        /^#1 {2}confirmed [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M \S+ on the command line\n {2}header row: "Objekt", "Post-ID \(HubSpot\)"/,
      );
      expect(syncerror(["columns", "forget", "2"])).toMatchObject({ code: 1 });
      expect(syncerror(["columns", "forget", "two"])).toMatchObject({ code: 2 });
      expect(syncerror(["columns", "forget", "1"])).toMatchObject({
        code: 0,
        stdout: "Forgot column mapping #1; the next export with its columns will ask again.\n",
      });
      expect(json<unknown[]>(["columns", "list"])).toEqual([]);
      writeFileSync(danishAgain(), csv([header, row(9001), row(9004)]));
      expect(syncerror(["import", danishAgain()]).code).toBe(1);
    });

    it("forgets them all", () => {
      writeFileSync(danishAgain(), csv([header, row(9001), row(9005)]));
      const run = syncerror(["import", danishAgain(), "--columns", "message=Fejl, detaljer"]);
      // An unquoted comma ends the header: "detaljer" is not field=Header.
      expect(run.code).toBe(2);
      expect(
        syncerror([
          "import",
          danishAgain(),
          "--columns",
          'error message="Fejl, detaljer",record id=Post-ID (HubSpot)',
        ]).code,
      ).toBe(0);
      expect(json<unknown[]>(["columns", "list"])).toHaveLength(1);
      expect(syncerror(["columns", "forget", "all"]).stdout).toBe(
        "Forgot 1 column mapping; the next export of each header row will ask again.\n",
      );
      expect(json<unknown[]>(["columns", "list"])).toEqual([]);
    });
  });

  it("says which file it cannot find", () => {
    const result = syncerror(["import", join(dir, "missing.csv")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/There is no file .*missing\.csv\./);
  });

  it("refuses a folder with a clear message and exit 1, not as an internal error", () => {
    const result = syncerror(["import", dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`syncerror import: ${dir} is a folder, not a file.\n`);
  });

  it("refuses a DATABASE_PATH under a file with a clear message and exit 1", () => {
    const file = join(dir, "not-a-folder");
    writeFileSync(file, "");
    const result = syncerror(["status"], { DATABASE_PATH: join(file, "syncerror.db") });
    expect(result.stderr).toBe(
      `syncerror status: DATABASE_PATH ${join(file, "syncerror.db")}: ${file} is a file, not a folder.\n`,
    );
    expect(result.code).toBe(1);
  });
});

describe("syncerror demo-data --out FILE.xlsx", () => {
  it("writes a real workbook, which imports row for row", async () => {
    const path = join(dir, "demo.xlsx");
    const written = syncerror(["demo-data", "--rows", "500", "--seed", "3", "--out", path]);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stderr).toContain("Wrote 500 rows");
    // A zip archive (an Excel workbook), not CSV text.
    expect(readFileSync(path).subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      "Object type",
      "Record ID",
      "Salesforce ID",
      "Record name",
      "Error type",
      "Error message",
      "Date",
    ]);

    const own = { DATABASE_PATH: join(dir, "xlsx-db", "syncerror.db") };
    const imported = syncerror(["import", path, "--json"], own);
    expect(imported.code, imported.stderr).toBe(0);
    const summary = JSON.parse(imported.stdout) as Summary;
    expect(summary).toMatchObject({ file: "demo.xlsx", rows: 500, rejectedCount: 0 });
    expect(summary.new).toBeGreaterThan(450);
    expect(summary.columns).toMatchObject({ occurredAt: "Date", hubspotId: "Record ID" });

    // The same rows as the CSV of the same seed.
    const csvPath = join(dir, "demo.csv");
    expect(syncerror(["demo-data", "--rows", "500", "--seed", "3", "--out", csvPath]).code).toBe(0);
    const rows = parse(readFileSync(csvPath, "utf8")) as string[][];
    expect(rows.slice(1).map((r) => r[5])).toEqual(
      Array.from({ length: 500 }, (_, i) => sheet?.getRow(i + 2).getCell(6).text),
    );
  });
});
