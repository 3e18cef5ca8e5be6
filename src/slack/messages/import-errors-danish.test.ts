import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishWordsIn } from "../../../test/english-words.js";
import { renderImportSummary } from "../../cli/render-import.js";
import { BotError, userMessage } from "../../errors.js";
import { columns } from "../../i18n/catalogs/columns.js";
import { files } from "../../i18n/catalogs/files.js";
import { type MessageKey, translator } from "../../i18n/translator.js";
import { columnsAtPositions } from "../../import/column-choice.js";
import { IMPORT_FIELDS, mapColumns, parseColumnOverride } from "../../import/columns.js";
import { readTable } from "../../import/read/read-table.js";
import type { ImportSummary } from "../../import/summary.js";
import { validateBlocks } from "../blocks/index.js";
import { FileAccessError, FileDownloadError } from "../download-file.js";
import { columnQuestionMessage } from "./column-question.js";
import { missingFilesReadMessage } from "./file-access.js";
import { importHowToMessage } from "./import-messages.js";

// Importing in Danish, past the thread's summary: why a file is refused (its kind, its size, a
// row the reader cannot read), why Slack would not hand it over, the question about its columns
// and what is wrong with an answer, `/syncerror import`'s how-to and `syncerror import`'s text.
// Every message of the two catalogs is rendered with every choice of its selects, and the
// surfaces are rendered as people see them; English stays as it was.

const da = translator("da");
const en = translator("en");

/** What stays as it is in Danish: products, HubSpot's own names, settings, commands, ids. */
const KEPT = [
  "HubSpot",
  "Salesforce",
  "Sync Health",
  "Export errors",
  "Record ID",
  "IMPORT_MAX_BYTES",
  "files:read",
  "manifest.yml",
  "syncerror",
  "eksport.csv",
  "--resolve-missing",
  "--keep-missing",
  "--columns",
  "columns list",
  "<n|all>",
];

const danish = (text: string) => expect(englishWordsIn(text, KEPT)).toEqual([]);

/** The choices of each select placeholder in the two catalogs. */
const CHOICES: Readonly<Record<string, readonly string[]>> = {
  field: IMPORT_FIELDS,
  group: ["message", "id"],
  first: ["message", "id"],
  detail: ["html", "nowhere", "https://eksempel.slack.com"],
  by: ["cli", "U0ADMIN"],
  why: ["unclosed", "trailing", "pair"],
  code: ["ENOENT", "EISDIR", "ENOTDIR", "ENAMETOOLONG", "EACCES"],
  channel: ["none", "<#C0DIGEST>"],
};

/** A sample for every other placeholder: numbers for plurals and numbers, words otherwise. */
const SAMPLE: Readonly<Record<string, string | number>> = {
  count: 3,
  rows: 1234,
  open: 2,
  new: 5,
  resolved: 1,
  rejected: 0,
  shown: 20,
  max: 32_767,
  chars: 40_000,
  texts: 1_000_000,
  read: 12,
  index: 7,
};

/** Each way to fill a message: the first choice of every select, then each choice in turn. */
function valueSets(text: string): Array<Record<string, string | number>> {
  const names = [...text.matchAll(/\{(\w+)[,}]/g)].map((match) => match[1] as string);
  const base: Record<string, string | number> = {};
  for (const name of names) base[name] = CHOICES[name]?.[0] ?? SAMPLE[name] ?? "Nøgle";
  const sets = [base];
  for (const name of names)
    for (const choice of CHOICES[name] ?? []) sets.push({ ...base, [name]: choice });
  return sets;
}

describe("importing's messages in Danish", () => {
  for (const [area, catalog] of [
    ["files", files],
    ["columns", columns],
  ] as const) {
    it(`renders every ${area} message in Danish, every select choice included`, () => {
      for (const [key, english] of Object.entries(catalog.en)) {
        for (const values of valueSets(english)) {
          const text = da.t(`${area}.${key}` as MessageKey, values);
          // A message of placeholders alone ("{a}; {b}") is the same in both languages.
          if (english !== catalog.da[key as keyof typeof catalog.da])
            expect(text, key).not.toBe(en.t(`${area}.${key}` as MessageKey, values));
          danish(text);
        }
      }
    });
  }
});

describe("a refused file in Danish", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "syncerror-danish-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function refusal(content: string | Buffer): Promise<BotError> {
    const path = join(dir, "eksport.csv");
    await writeFile(path, content);
    let error: unknown;
    try {
      const table = await readTable({ path }, { maxBytes: 1024 });
      for await (const _row of table.rows);
    } catch (thrown) {
      error = thrown;
    }
    if (!(error instanceof BotError))
      throw new Error(`not refused: ${JSON.stringify(String(content))}`);
    return error;
  }

  it("says why the reader refused it, in Danish; in English as before", async () => {
    const cases: Array<[string | Buffer, string]> = [
      ["", "The file is empty."],
      [Buffer.from("%PDF-1.7\n"), "This is a PDF, not a CSV or Excel export."],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), "old-style Excel"],
      [Buffer.from("PK\x03\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"), "ZIP"],
      [
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
        "binary data",
      ],
      ["\n\n", "every row is empty"],
      ["1,2,3\n4,5,6\n", "row 1 holds values, not column names"],
      ['Record ID,Message\n1,"never closed\n', "Row 2 opens a quoted cell that never closes"],
      ["x".repeat(2000), "The file is 2 KB; the limit is 1 KB (IMPORT_MAX_BYTES)."],
    ];
    for (const [content, english] of cases) {
      const error = await refusal(content);
      expect(error.code).toBe("import_refused");
      expect(error.message).toContain(english);
      expect(userMessage(error)).toBe(error.message);
      const said = userMessage(error, da);
      expect(said).not.toBe(error.message);
      danish(said);
    }
  });

  it("says what is wrong with the columns chosen or named, in Danish", () => {
    const headers = ["Objekt", "Nøgle", "Besked"];
    const wrong: Array<() => unknown> = [
      () => columnsAtPositions(headers, { objectType: 9, message: 1, errorType: 1 }),
      () => parseColumnOverride("nøgle"),
      () => parseColumnOverride('message="Besked'),
      () => mapColumns(headers, { message: "Tekst" }),
      () => mapColumns(headers, { message: "Besked", errorType: "Besked" }),
    ];
    for (const attempt of wrong) {
      let thrown: unknown;
      try {
        attempt();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(BotError);
      danish(userMessage(thrown, da));
    }
    const positions = (() => {
      try {
        return columnsAtPositions(headers, { objectType: 9, message: 1, errorType: 1 });
      } catch (error) {
        return error as BotError;
      }
    })() as BotError;
    expect(positions.message).toBe(
      'Choose a column for Record ID or Salesforce ID: the import needs one of them. Object type names a column the file does not have. "Nøgle" is chosen for Error type and Error message; a column can feed one field only.',
    );
    expect(userMessage(positions, da)).toBe(
      'Vælg en kolonne til Post-ID eller Salesforce-ID: importen skal bruge en af dem. Objekttype peger på en kolonne, filen ikke har. "Nøgle" er valgt til Fejltype og Fejlmeddelelse; en kolonne kan kun bruges til ét felt.',
    );
  });

  it("says why Slack would not hand the file over, in Danish", () => {
    for (const error of [
      new FileAccessError("html"),
      new FileAccessError("https://eksempel.slack.com"),
      new FileDownloadError({ key: "files.downloadStatus", values: { status: "403" } }),
    ]) {
      danish(userMessage(error, da));
    }
    expect(new FileAccessError("html").message).toBe(
      "Slack sent its sign-in page instead of the file (an HTML page), so the bot may not read files. Add the files:read scope to the app (it is in manifest.yml), reinstall the app to the workspace, then share the file again.",
    );
    expect(new FileAccessError("nowhere").message).toContain("(a redirect to nowhere)");
  });
});

describe("importing's Slack messages in Danish", () => {
  /** Every text a person reads in a message: the fallback and the blocks' texts. */
  function readTexts(message: { text: string; blocks: readonly unknown[] }): string[] {
    const strings = (v: unknown): string[] =>
      typeof v === "string"
        ? [v]
        : v && typeof v === "object"
          ? Object.entries(v).flatMap(([k, x]) =>
              ["action_id", "block_id", "type", "value"].includes(k) ? [] : strings(x),
            )
          : [];
    return [message.text, ...strings(message.blocks)];
  }

  it("asks which column holds what, with the file's own headers as they are", () => {
    const headers = [
      "Objekt",
      "",
      "Nøgle",
      "Nøgle",
      ...Array.from({ length: 120 }, (_, i) => `K${i}`),
    ];
    const question = {
      headers,
      guesses: { objectType: { index: 0, header: "Objekt" } },
      unplaced: [["errorType", "message"] as const, ["hubspotId", "salesforceId"] as const],
      headerDigest: "0123456789abcdef",
    };
    for (const problem of [undefined, "Filens kolonner passer ikke."]) {
      const message = columnQuestionMessage({
        fileName: "eksport.csv",
        fileId: "F0FILE0001",
        question,
        ...(problem ? { problem } : {}),
        t: da,
      });
      expect(validateBlocks(message.blocks, "message")).toEqual([]);
      const read = readTexts(message).filter((text) => !/^(K\d+|Objekt|Nøgle)$/.test(text));
      danish(read.join("\n"));
      expect(read).toContain("(kolonne 2, uden navn)");
      expect(read).toContain("Nøgle (kolonne 3)");
    }
    const english = columnQuestionMessage({
      fileName: "eksport.csv",
      fileId: "F0FILE0001",
      question,
    });
    expect(english.text).toBe(
      "Which columns of eksport.csv hold what? Choose them and press Import.",
    );
    expect(readTexts(english)).toContain("(column 2, no name)");
  });

  it("tells how to import, and that the app may not read files", () => {
    for (const message of [
      importHowToMessage("C0DIGEST", 250 * 1024 ** 2, da),
      importHowToMessage(undefined, 250 * 1024 ** 2, da),
      missingFilesReadMessage(da),
    ]) {
      expect(validateBlocks(message.blocks, "message")).toEqual([]);
      danish(readTexts(message).join("\n"));
    }
    const english = JSON.stringify(importHowToMessage("C0DIGEST", 250 * 1024 ** 2, en).blocks);
    expect(english).toContain(
      "3. Drop the file in <#C0DIGEST>, or send it to me in a direct message. I reply in its thread with what is new, still open and resolved.",
    );
    expect(english).toContain("Files up to 250 MB.");
  });
});

describe("syncerror import's text in Danish", () => {
  const summary: ImportSummary = {
    file: "eksport.csv",
    unchanged: false,
    rows: 1234,
    new: 1200,
    stillOpen: 3,
    resolved: 2,
    rejected: [
      {
        row: 4,
        reason: "no error type and no error message",
        said: { key: "files.noTypeNorMessage" },
      },
    ],
    rejectedCount: 31,
    columns: { hubspotId: "Nøgle" },
    byType: { "Invalid email": 1200 },
    importedAt: "2026-12-01T09:00:00.000Z",
    missing: null,
  };

  it("renders the summary in Danish; English as before", () => {
    const text = renderImportSummary(summary, da);
    expect(text).toContain("eksport.csv er importeret: 1.234 rækker.");
    expect(text).toContain("  række 4: hverken fejltype eller fejlmeddelelse");
    danish(text.replace(/hubspotId ← "Nøgle"|Invalid email/g, ""));
    const english = renderImportSummary(summary);
    expect(english).toContain("Imported eksport.csv: 1,234 rows.");
    expect(english).toContain("Rejected rows (first 1 of 31):");
    expect(english).toContain("  row 4: no error type and no error message");
  });
});
