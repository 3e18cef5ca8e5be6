import { afterAll, describe, expect, it } from "vitest";
import { englishWordsIn } from "../../test/english-words.js";
import { commandContext } from "../../test/fakes/command-context.js";
import { createCatalog } from "../catalog/catalog.js";
import { UsageError, userMessage } from "../errors.js";
import { type Translator, translator } from "../i18n/translator.js";
import { rules } from "../rules/index.js";
import { openStore } from "../store/index.js";
import { isDeferred } from "./command.js";
import { dispatch, subcommands } from "./index.js";

// `/syncerror` called wrongly, in the asker's language: the unknown subcommand, the category
// `list` does not know, the word `status` does not take, a scan the bot cannot make. Danish
// category names are names `list` takes, as the English ones are.

const catalog = createCatalog(rules);
const store = await openStore({ path: ":memory:" });
afterAll(() => store.close());
const da = translator("da");
const en = translator("en");
const KEPT = ["HubSpot", "Salesforce", "HUBSPOT_ACCESS_TOKEN", "SALESFORCE_", "`/syncerror lsit`"];

const run = async (text: string, t: Translator = da) => {
  const reply = await dispatch(
    text,
    commandContext(catalog, store, { translator: t }),
    subcommands,
  );
  if (isDeferred(reply)) throw new Error(`${text} deferred its answer`);
  return reply;
};

/** What the person reads when `text` is refused, in `t`'s language. */
async function refusal(text: string, t: Translator = da): Promise<string> {
  try {
    await run(text, t);
  } catch (error) {
    return userMessage(error, t);
  }
  throw new Error(`${text} was not refused`);
}

describe("refusals in Danish", () => {
  it("names the categories in Danish, and the usage, after an unknown one", async () => {
    const said = await refusal("list widgets");
    expect(said).toBe(
      'Der findes ingen kategori "widgets". Kategorierne er: Tilknytninger, Brugerdefineret kode, Dubletter, Tilladelser, Picklister, Egenskabsmappings, Egenskabsværdier, Ukendt.\n\nBrug: /syncerror list [kategori]',
    );
    expect(englishWordsIn(said, KEPT)).toEqual([]);
  });

  it("says what status takes", async () => {
    const said = await refusal("status everything");
    expect(said).toBe(
      'status tager "all" eller ingenting, ikke "everything".\n\nBrug: /syncerror status [all]',
    );
  });

  it("says what a scan needs", async () => {
    const said = await refusal("scan");
    expect(said).toContain("En scanning kræver HubSpot eller Salesforce");
    expect(englishWordsIn(said, KEPT)).toEqual([]);
  });

  it("answers an unknown subcommand with Danish help and a did-you-mean", async () => {
    const reply = await run("lsit");
    expect(reply.text).toBe("Der findes ingen /syncerror lsit. Skriv /syncerror help.");
    expect(JSON.stringify(reply.blocks)).toContain(
      "Der findes ingen `/syncerror lsit`. Mente du `/syncerror list`?",
    );
  });
});

describe("/syncerror list with a Danish category name", () => {
  it.each([
    ["egenskabsværdier", "Egenskabsværdier (7)"],
    ["Egenskabsvaerdier", "Egenskabsværdier (7)"],
    ["egenskabsvardier", "Egenskabsværdier (7)"],
    ["picklister", "Picklister (9)"],
    ["tilknytninger", "Tilknytninger"],
    ["Brugerdefineret kode", "Brugerdefineret kode"],
    ["dubletter", "Dubletter"],
    ["tilladelser", "Tilladelser"],
    ["egenskabsmappings", "Egenskabsmappings"],
    ["ukendt", "Ukendt"],
  ])("finds %j", async (typed, title) => {
    const header = (await run(`list ${typed}`)).blocks[0] as { text: { text: string } };
    expect(header.text.text.startsWith(title)).toBe(true);
  });

  it("finds a category by its Danish name for an English asker too, shown in English", async () => {
    const header = (await run("list picklister", en)).blocks[0] as { text: { text: string } };
    expect(header.text.text).toBe("Picklists (9)");
  });
});

describe("refusals in English, as before", () => {
  it("words them as it did", async () => {
    expect(await refusal("list widgets", en)).toBe(
      'There is no category "widgets". The categories are: Associations, Custom code, Duplicates, Permissions, Picklists, Property mappings, Property values, Unknown.\n\nUsage: /syncerror list [category]',
    );
    expect(await refusal("status everything", en)).toBe(
      'status takes "all" or nothing, not "everything".\n\nUsage: /syncerror status [all]',
    );
    await expect(run("status everything", en)).rejects.toThrow(UsageError);
    expect(await refusal("scan", en)).toBe(
      "Scanning needs HubSpot or Salesforce: set HUBSPOT_ACCESS_TOKEN and the SALESFORCE_ variables, then restart the bot.",
    );
  });
});
