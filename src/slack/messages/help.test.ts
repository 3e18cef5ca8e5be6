import { describe, expect, it } from "vitest";
import { subcommands } from "../../commands/index.js";
import { translator } from "../../i18n/translator.js";
import { helpMessage, SUBCOMMAND_TEXTS } from "./help.js";

describe("help", () => {
  it("has every subcommand's usage and summary in the help catalog", () => {
    expect(Object.keys(SUBCOMMAND_TEXTS).sort()).toEqual(subcommands.map((c) => c.name).sort());
    // English reads as each subcommand's own words.
    const en = translator("en");
    for (const c of subcommands) {
      const texts = SUBCOMMAND_TEXTS[c.name];
      expect(texts && en.t(texts.usage)).toBe(c.usage);
      expect(texts && en.t(texts.summary)).toBe(c.summary);
    }
  });

  it("is written in the translator's language, after an unknown subcommand too", () => {
    const da = helpMessage(subcommands, translator("da"), { unknown: "lsit", suggestion: "list" });
    const text = JSON.stringify(da.blocks);
    expect(text).toContain("Der findes ingen `/syncerror lsit`. Mente du `/syncerror list`?");
    expect(text).toContain("• `/syncerror list [kategori]`: Fejltyperne, efter kategori");
    expect(da.text).toBe("Der findes ingen /syncerror lsit. Skriv /syncerror help.");
    const en = helpMessage(subcommands, translator("en"), { unknown: "nope" });
    expect(JSON.stringify(en.blocks)).toContain("There is no `/syncerror nope`.");
    expect(JSON.stringify(en.blocks)).not.toContain("Did you mean");
  });
});
