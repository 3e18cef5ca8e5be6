import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishWordsIn } from "./english-words.js";
import { spawnSyncerrorSync } from "./fakes/run-syncerror.js";

// `syncerror import` and `syncerror columns` with `--lang da`, through the real program: a refused
// file, a file whose columns must be named (the --columns line to run), an imported file's
// summary and the remembered mappings, all in Danish. English is import.e2e.test.ts's.

let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-import-da-"));
  env = {
    ...process.env,
    DATABASE_PATH: join(dir, "syncerror.db"),
    IMPORT_MAX_BYTES: "",
    IMPORT_COLUMNS: "",
    SYNCERROR_LANG: "",
  };
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function syncerror(args: string[]) {
  const result = spawnSyncerrorSync(args, { env, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What stays as it is: products, HubSpot's names, the program, its options and field ids. */
const KEPT = ["HubSpot", "Salesforce", "Export errors", "syncerror columns list", "syncerror"];

describe("syncerror import --lang da", () => {
  it("refuses a PDF in Danish, with exit 1", () => {
    const path = join(dir, "eksport.csv");
    writeFileSync(path, "%PDF-1.7\n1 0 obj\n");
    const run = syncerror(["import", "--lang", "da", path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "syncerror import: Det her er en PDF, ikke en CSV- eller Excel-eksport. Brug Export errors i HubSpot, og vælg CSV eller XLSX.\n",
    );
  });

  it("says in Danish that there is no such file", () => {
    const path = join(dir, "findes-ikke.csv");
    const run = syncerror(["import", "--lang", "da", path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`syncerror import: Der er ingen fil ${path}.\n`);
  });

  it("refuses a row it cannot read in Danish", () => {
    const path = join(dir, "citat.csv");
    writeFileSync(path, 'Record ID,Error message\n1,"never closed\n');
    const run = syncerror(["import", "--lang", "da", path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Række 2 starter en celle i anførselstegn, som aldrig lukkes");
    expect(englishWordsIn(run.stderr, KEPT)).toEqual([]);
  });

  it("asks for the columns in Danish, with the line to run; imports in Danish; lists and forgets in Danish", () => {
    const path = join(dir, "kolonner.csv");
    writeFileSync(
      path,
      "Objekt,Nøgle,Besked\nKontakt,101,INVALID_EMAIL_ADDRESS: Email: invalid email address: x@\n",
    );
    const asked = syncerror(["import", "--lang", "da", path]);
    expect(asked.code).toBe(1);
    const lines = asked.stderr.split("\n");
    expect(lines[0]).toBe(
      "syncerror import: Ingen kolonne indeholder fejltypen eller fejlmeddelelsen. Filens kolonner: Objekt, Nøgle, Besked. Ingen kolonne indeholder heller et post-ID.",
    );
    expect(lines).toContain("Angiv, hvilken kolonne der indeholder hvad, og importér igen:");
    expect(lines).toContain(
      "Erstat <header> med kolonnen, der indeholder Post-ID eller Salesforce-ID.",
    );
    // The command line and the file's headers are as they are; the rest is Danish.
    const said = lines.filter((line) => !line.startsWith("  syncerror import ")).join("\n");
    expect(englishWordsIn(said.replace(/Objekt, Nøgle, Besked/, ""), KEPT)).toEqual([]);

    const imported = syncerror([
      "import",
      "--lang",
      "da",
      path,
      "--columns",
      "objectType=Objekt,hubspotId=Nøgle,message=Besked",
      "--resolve-missing",
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain("kolonner.csv er importeret: 1 række.");
    expect(imported.stdout).toContain("  Nye 1 · stadig åbne 0 · løst 0 · afvist 0");
    expect(imported.stdout).toContain("Nye efter fejltype:");
    expect(
      englishWordsIn(
        imported.stdout.replace(/^Kolonner: .*$/m, "").replace(/^ {2}\S.*\d$/gm, ""),
        KEPT,
      ),
    ).toEqual([]);

    const listed = syncerror(["columns", "list", "--lang", "da"]);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/^#1 {2}bekræftet .* på kommandolinjen\n {2}overskriftsrække: /);
    const forgotten = syncerror(["columns", "forget", "all", "--lang", "da"]);
    expect(forgotten.stdout).toBe(
      "Glemte 1 kolonnemapping; næste eksport med hver overskriftsrække spørger igen.\n",
    );
    const none = syncerror(["columns", "list", "--lang", "da"]);
    expect(none.stdout).toContain("Ingen kolonnemapping er husket.");
    const wrong = syncerror(["columns", "forget", "7", "--lang", "da"]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(
      "syncerror columns: Kolonnemapping nr. 7 er ikke husket; syncerror columns list viser dem.\n",
    );
  });
});
