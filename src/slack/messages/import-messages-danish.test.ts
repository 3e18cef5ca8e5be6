import { describe, expect, it } from "vitest";
import { englishWordsIn } from "../../../test/english-words.js";
import { createCatalog } from "../../catalog/catalog.js";
import { translator } from "../../i18n/translator.js";
import { type ImportSummary, missingText } from "../../import/summary.js";
import { rules } from "../../rules/index.js";
import { validateBlocks } from "../blocks/index.js";
import { importingMessage, importSummaryMessage } from "./import-messages.js";

// An export's replies in Danish: "importing…", the summary (counts, new errors by type, rejected
// rows, the question about errors the export did not list, its buttons) and the answer to it.

const catalog = createCatalog(rules);
const da = translator("da");

/** What stays as it is in Danish text: products, the file's name and headers, the bot's field ids, a reason the importer gave, a command. */
const KEPT = [
  "HubSpot",
  "Salesforce",
  "export.csv",
  "hubspotId ← Record ID",
  "message ← Error message",
  "the email is not valid",
  "/syncerror status",
];

const summary: ImportSummary = {
  file: "export.csv",
  unchanged: false,
  rows: 1234,
  new: 15_000,
  stillOpen: 2,
  resolved: 1,
  rejected: Array.from({ length: 12 }, (_, i) => ({
    row: i + 2,
    reason: "the email is not valid",
  })),
  rejectedCount: 12,
  columns: { hubspotId: "Record ID", message: "Error message" },
  byType: Object.fromEntries(catalog.rules.slice(0, 14).map((r, i) => [r.name, 1000 + i])),
  importedAt: "2026-11-29T09:00:00.000Z",
  missing: {
    count: 1500,
    importId: 7,
    objectTypes: ["contact", "company"],
    decision: "undecided",
    resolved: 0,
  },
};

/** Every text of a message: its fallback and each block's, buttons included. */
function textsOf(message: { text: string; blocks: readonly unknown[] }): string {
  return [message.text, JSON.stringify(message.blocks)].join("\n");
}

/** The texts a person reads: the fallback and every text in the blocks (not ids or values). */
function readTexts(message: { text: string; blocks: readonly unknown[] }): string[] {
  const strings = (v: unknown): string[] =>
    typeof v === "string"
      ? [v]
      : v && typeof v === "object"
        ? Object.entries(v).flatMap(([k, x]) =>
            k === "action_id" || k === "block_id" || k === "type" || k === "value"
              ? []
              : strings(x),
          )
        : [];
  return [message.text, ...strings(message.blocks)];
}

function expectDanish(message: { text: string; blocks: readonly unknown[] }): void {
  expect(validateBlocks(message.blocks, "message")).toEqual([]);
  expect(englishWordsIn(readTexts(message).join("\n"), KEPT)).toEqual([]);
}

describe("an import's replies in Danish", () => {
  it("says it is importing", () => {
    const message = importingMessage("export.csv", da);
    expectDanish(message);
    expect(message.text).toBe("Importerer export.csv…");
  });

  it("sums the import up in Danish, with the types by their Danish names", () => {
    const message = importSummaryMessage(summary, [], { translator: da, catalog });
    expectDanish(message);
    const all = textsOf(message);
    expect(all).toContain(":inbox_tray: *export.csv* er importeret: 1.234 rækker.");
    expect(all).toContain("*15.000* nye · *2* stadig åbne · *1* løst · *12* afvist");
    expect(all).toContain("… og 2 fejltyper mere");
    expect(all).toContain("række 2: the email is not valid");
    expect(all).toContain("… 2 mere");
    expect(all).toContain("Markér dem som løst");
    expect(all).toContain("Lad dem stå åbne");
    expect(message.text).toBe("Importerede export.csv: 15000 nye, 1 løst");
    const first = catalog.rules[0];
    if (!first) throw new Error("no rules");
    expect(all).toContain("Nye efter fejltype");
    expect(all).not.toContain(`• ${first.name}:`);
  });

  it("asks about the errors the export did not list, in whole Danish sentences", () => {
    expect(missingText(summary, da)).toBe(
      "Denne eksport har 1.234 rækker med kontakter og virksomheder, men 1.500 åbne fejl på kontakter og virksomheder er ikke med i den. Er eksporten filtreret? Fejlene står åbne, indtil nogen beslutter sig: markér dem som løst, hvis eksporten indeholder alle fejl.",
    );
    const decided = (decision: "resolved" | "kept", resolved: number, count = 1500) =>
      missingText(
        { rows: 0, missing: { count, importId: 7, objectTypes: ["deal"], decision, resolved } },
        da,
      );
    expect(decided("resolved", 1500)).toBe(
      "De 1.500 åbne fejl på aftaler, som ikke er med i eksporten, er markeret som løst.",
    );
    expect(decided("resolved", 1, 1)).toBe(
      "Den åbne fejl på aftaler, som ikke er med i eksporten, er markeret som løst.",
    );
    expect(decided("resolved", 1200)).toBe(
      "1.200 af de 1.500 åbne fejl på aftaler, som ikke er med i eksporten, er markeret som løst; de andre er set igen eller løst siden.",
    );
    expect(decided("kept", 0)).toBe(
      "De 1.500 åbne fejl på aftaler, som ikke er med i eksporten, står stadig åbne.",
    );
    for (const text of [decided("resolved", 1500), decided("resolved", 1200), decided("kept", 0)])
      expect(englishWordsIn(text ?? "", KEPT)).toEqual([]);
  });

  it("says an unchanged file changed nothing", () => {
    const message = importSummaryMessage({ ...summary, unchanged: true }, [], { translator: da });
    expectDanish(message);
    expect(textsOf(message)).toContain(
      "*export.csv* er den samme fil som sidste import, så intet er ændret. 2 fejl fra den står stadig åbne.",
    );
    expect(message.text).toBe("export.csv: intet ændret");
  });

  it("would catch English left behind", () => {
    // Each text on its own: englishWordsIn leaves out what is in quotes, so not the JSON.
    const english = importSummaryMessage(summary);
    expect(englishWordsIn(readTexts(english).join("\n"), KEPT)).not.toEqual([]);
  });

  it("keeps English as it was", () => {
    expect(missingText(summary)).toBe(
      "This export has 1,234 rows of contacts and companies but 1,500 open contact and company errors are not in it. A filtered export? They are kept open until someone decides: resolve them if the export lists every error.",
    );
    expect(importingMessage("export.csv").text).toBe("Importing export.csv…");
  });
});
