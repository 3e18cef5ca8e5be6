import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { englishWordsIn } from "../../../test/english-words.js";
import { createCatalog } from "../../catalog/catalog.js";
import { summaryNames } from "../../catalog/summary-names.js";
import { renderStatus } from "../../cli/render-status.js";
import { renderList } from "../../cli/render-text.js";
import { translator } from "../../i18n/translator.js";
import { statusSummary } from "../../import/summary.js";
import { rules } from "../../rules/index.js";
import { openStore } from "../../store/sqlite-store.js";
import type { Store } from "../../store/types.js";
import { validateBlocks } from "../blocks/index.js";
import { catalogMessage } from "./catalog-list.js";
import { digestChannelNotice } from "./digest-channel.js";
import { statusMessage } from "./status-message.js";

// `/syncerror status`, `/syncerror list` and their CLI text in Danish: no English left behind,
// valid Block Kit, Danish names, numbers and dates; English stays as it was.

const catalog = createCatalog(rules);
const da = translator("da");
const KEPT = [
  "HubSpot",
  "Salesforce",
  "/syncerror status all",
  "/syncerror import",
  "/syncerror explain &lt;type&gt;",
  "/invite @syncerror",
  "export.csv",
  ...rules.filter((r) => r.danishNameSource === "faithful").map((r) => r.name),
];
const at = new Date("2026-12-03T20:50:51.525Z");

let store: Store;
beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
});
afterEach(async () => {
  await store.close();
});

/** Every text a person reads in blocks. */
function textsOf(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) textsOf(item, into);
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      if (key === "text" && typeof value === "string") into.push(value);
      else textsOf(value, into);
    }
  return into;
}

/** A status with every type open, the largest first: 1,200 of one, then fewer of each. */
function bigStatus() {
  const all = rules.filter((r) => r.category !== "unknown");
  const byType = Object.fromEntries(all.map((r, i) => [r.name, i === 0 ? 1_200 : 40 - i]));
  const byCategory: Record<string, number> = {};
  for (const r of all) {
    const name = catalog.categories.find((c) => c.id === r.category)?.name ?? "Unknown";
    byCategory[name] = (byCategory[name] ?? 0) + (byType[r.name] ?? 0);
  }
  const open = Object.values(byType).reduce((a, b) => a + b, 0);
  return {
    open,
    byCategory,
    byType,
    lastImport: {
      file: "export.csv",
      importedAt: at.toISOString(),
      importedBy: "U0ADMIN",
      rows: 2_000,
      new: 1_500,
      resolved: 1,
    },
  };
}

describe("/syncerror status in Danish", () => {
  it("has no English words, valid Block Kit, Danish names and numbers", () => {
    const status = bigStatus();
    const message = statusMessage(status, [], {}, da, summaryNames(catalog, da));
    expect(validateBlocks(message.blocks, "message")).toEqual([]);
    const texts = textsOf(message.blocks);
    for (const text of [...texts, message.text])
      expect(englishWordsIn(text, KEPT), text).toEqual([]);
    expect(texts[0]).toBe(`${da.number(status.open)} åbne synkroniseringsfejl`);
    const joined = texts.join("\n");
    expect(joined).toContain("*Efter fejltype*");
    expect(joined).toMatch(/… og \d+ fejltyper mere — `\/syncerror status all`/);
    expect(joined).toContain(": *1.200*");
    expect(joined).toContain(
      "Seneste import: export.csv, <!date^1796331051^{date_short_pretty} {time}|3. dec. 2026 20:50 UTC>, 2.000 rækker",
    );
    expect(message.text).toBe(`Åbne synkroniseringsfejl: ${status.open}`);
  });

  it("with every type, a realistic empty store and the invite notice", async () => {
    const empty = statusMessage(
      await statusSummary(store, catalog),
      [],
      { allTypes: true },
      da,
      summaryNames(catalog, da),
    );
    expect(validateBlocks(empty.blocks, "message")).toEqual([]);
    expect(textsOf(empty.blocks)).toEqual([
      "0 åbne synkroniseringsfejl",
      "Intet importeret endnu: `/syncerror import` fortæller hvordan.",
    ]);
    const notice = textsOf([digestChannelNotice({ channel: "C1", waitingSlot: at }, da)])[0];
    expect(notice).toContain(
      "Oversigten fra <!date^1796331051^{date_short_pretty} {time}|3. dec. 2026 20:50 UTC> venter",
    );
    expect(englishWordsIn(notice ?? "", KEPT)).toEqual([]);
  });

  it("is the same in English as before", () => {
    const status = bigStatus();
    const english = statusMessage(
      status,
      [],
      {},
      translator("en"),
      summaryNames(catalog, translator("en")),
    );
    expect(english).toEqual(statusMessage(status));
    expect(english.text).toBe(`${status.open} open sync errors`);
  });
});

describe("syncerror status and list in Danish", () => {
  it("writes the status with Danish names, numbers and date", () => {
    const text = renderStatus(bigStatus(), da, summaryNames(catalog, da));
    expect(englishWordsIn(text, [...KEPT, "U0ADMIN"])).toEqual([]);
    expect(text.split("\n")[0]).toBe("1.889 åbne synkroniseringsfejl.");
    expect(text).toContain("Efter fejltype:");
    expect(text).toMatch(
      /Seneste import: export\.csv, .*2026.* af U0ADMIN \(2\.000 rækker, 1\.500 nye, 1 løst\)\./,
    );
  });

  it("lists the catalog in Danish, in Slack and the terminal", () => {
    for (const surface of ["message", "home"] as const) {
      const message = catalogMessage(catalog.categories, { translator: da, surface });
      expect(validateBlocks(message.blocks, surface)).toEqual([]);
      for (const text of textsOf(message.blocks))
        expect(englishWordsIn(text, KEPT), text).toEqual([]);
    }
    const text = renderList(catalog.categories, da);
    expect(englishWordsIn(text, KEPT)).toEqual([]);
  });
});

describe("syncerror status with nothing imported", () => {
  it("says how to import, in both languages", () => {
    const empty = { open: 0, byCategory: {}, byType: {}, lastImport: null };
    expect(renderStatus(empty)).toBe(
      "0 open sync errors.\nNo export has been imported yet: syncerror import <file>.",
    );
    expect(renderStatus(empty, da)).toBe(
      "0 åbne synkroniseringsfejl.\nDer er ikke importeret nogen eksport endnu: syncerror import <fil>.",
    );
  });
});
