import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { englishWordsIn } from "../../test/english-words.js";
import { commandContext } from "../../test/fakes/command-context.js";
import { createCatalog } from "../catalog/catalog.js";
import { translator } from "../i18n/translator.js";
import { rules } from "../rules/index.js";
import type { SlackMessage } from "../slack/blocks/index.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { mine } from "./mine.js";

// `/syncerror mine` as a plain function against a real store.

const catalog = createCatalog(rules);
const NOW = new Date("2026-12-04T12:00:00Z");
let store: Store;

beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
  const tx = await store.beginImport({
    fileName: "seed.csv",
    contentHash: "seed",
    importedBy: "test",
    importedAt: NOW,
  });
  for (const id of ["1", "2", "3"])
    await tx.add({
      ruleId: "invalid-email",
      category: "property-values",
      direction: "hubspot-to-salesforce",
      objectType: "contact",
      hubspotId: id,
      salesforceId: null,
      recordName: null,
      message: "m",
      statusCode: null,
      occurredAt: NOW,
    });
  await tx.commit({ rowsRead: 3, rejected: 0, objectTypes: [], columns: {} });
  await store.takeClaim("invalid-email", "U1", new Date("2026-12-01T09:00:00Z"));
  await store.takeClaim("string-too-long", "U1", new Date("2026-12-04T10:02:00Z"));
  await store.takeClaim("custom-code", "U2", NOW);
});
afterEach(() => store.close());

const textOf = (message: SlackMessage) =>
  message.blocks.map((b) => (b as { text?: { text: string } }).text?.text ?? "").join("\n");

describe("/syncerror mine", () => {
  it("lists the asker's types, oldest first, with their open errors and age", async () => {
    const answer = (await mine.run(
      "",
      commandContext(catalog, store, { now: () => NOW }),
    )) as SlackMessage;
    expect(answer.text).toBe("You're on 2 error types");
    const lines = textOf(answer).split("\n");
    expect(lines[0]).toBe("Error types you're on");
    expect(lines[1]).toMatch(
      /^• \*Invalid email\* · 3 open · yours since <!date\^\d+\^.+> \(3 days\)$/,
    );
    expect(lines[2]).toMatch(
      /^• \*String too long\* · nothing open · yours since <!date\^\d+\^[^>]+>$/,
    );
    expect(lines).toHaveLength(3);
  });

  it("says so in Danish, and says how to take one when the asker has none", async () => {
    const da = translator("da");
    const answer = (await mine.run(
      "",
      commandContext(catalog, store, { now: () => NOW, translator: da }),
    )) as SlackMessage;
    expect(answer.text).toBe("Du har 2 fejltyper");
    const text = textOf(answer);
    expect(text).toMatch(/• \*Ugyldig e-mail\* · 3 åbne · din siden .+ \(3 dage\)/);
    expect(text).toMatch(/ · intet åbent · din siden <!date\^\d+\^[^>]+>$/m);
    expect(englishWordsIn(text.replace(/<!date[^>]+>/g, ""), ["HubSpot"])).toEqual([]);
    const none = (await mine.run(
      "",
      commandContext(catalog, store, { now: () => NOW, translator: da, userId: "U9" }),
    )) as SlackMessage;
    expect(none.text).toBe("Du har ingen fejltyper");
    expect(textOf(none)).toContain("Tag en fra ⋯-menuen på dens linje i oversigten");
  });
});
