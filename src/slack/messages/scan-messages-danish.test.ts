import { describe, expect, it } from "vitest";
import { englishWordsIn } from "../../../test/english-words.js";
import { createCatalog } from "../../catalog/catalog.js";
import { translator } from "../../i18n/translator.js";
import { rules } from "../../rules/index.js";
import type { ScanSummary } from "../../scan/scan-types.js";
import type { ScanRecord } from "../../store/types.js";
import { validateBlocks } from "../blocks/index.js";
import {
  scanProgressMessage,
  scanRunningElsewhereMessage,
  scanRunningMessage,
  scanStartedMessage,
  scanSummaryMessage,
} from "./scan-messages.js";

// `/syncerror scan` answered in Danish: started, how far it got, already running, the summary.

const catalog = createCatalog(rules);
const da = translator("da");
const KEPT = ["HubSpot", "Salesforce", "/syncerror status"];

const scan: ScanRecord = {
  id: 3,
  startedAt: new Date("2026-11-29T09:00:00Z"),
  finishedAt: new Date("2026-11-29T09:05:00Z"),
  since: null,
  newCount: 1234,
  resolved: 5,
  summary: {},
};
const [first, second] = catalog.rules;
if (!first || !second) throw new Error("no rules");
const summary: ScanSummary = {
  full: true,
  hubspotRead: 25_000,
  salesforceRead: 1,
  stuck: 40,
  stuckWithoutReason: 3,
  findingsByRule: { [first.id]: 1000, [second.id]: 234 },
  mappingFindings: [],
  calls: { hubspot: 120, salesforce: 8 },
  salesforceSkipped: null,
  salesforceComplete: true,
  salesforceSince: null,
};

/** The texts a person reads: the fallback and every text in the blocks. */
function textsOf(message: { text: string; blocks: readonly unknown[] }): string {
  const strings = (v: unknown): string[] =>
    typeof v === "string"
      ? [v]
      : v && typeof v === "object"
        ? Object.entries(v).flatMap(([k, x]) =>
            k === "type" || k.endsWith("_id") ? [] : strings(x),
          )
        : [];
  return [message.text, ...strings(message.blocks)].join("\n");
}

function expectDanish(message: { text: string; blocks: readonly unknown[] }): string {
  expect(validateBlocks(message.blocks, "message")).toEqual([]);
  const texts = textsOf(message);
  expect(englishWordsIn(texts, KEPT)).toEqual([]);
  return texts;
}

describe("a scan's answers in Danish", () => {
  it("says it started and how far it got", () => {
    expect(expectDanish(scanStartedMessage(da))).toContain(
      ":mag: Scanner HubSpot og Salesforce… denne besked bliver til oversigten, når scanningen er færdig.",
    );
    expect(scanProgressMessage("HubSpot", 12_500, da).text).toBe(
      ":mag: Scanner… HubSpot: 12.500 poster læst indtil nu. Denne besked bliver til oversigten, når scanningen er færdig.",
    );
    expect(scanProgressMessage("Salesforce", 1, da).text).toContain("Salesforce: 1 post læst");
    expectDanish(scanProgressMessage("HubSpot", 12_500, da));
  });

  it("says a scan is already running", () => {
    expect(expectDanish(scanRunningMessage(new Date("2026-11-29T09:00:00Z"), da))).toMatch(
      /^En scanning kører allerede \(siden <!date\^\d+\^\{time\}\|[^>]+>\); det, den finder, kommer i `\/syncerror status`, når den er færdig\.$/m,
    );
    expectDanish(scanRunningElsewhereMessage(da));
  });

  it("sums the scan up, the types by their Danish names", () => {
    const message = scanSummaryMessage(scan, summary, catalog, da);
    const texts = expectDanish(message);
    expect(message.text).toBe(
      "Scanning færdig: 25.000 HubSpot- og 1 Salesforce-poster læst, 1.234 nye fejl, 5 løst.",
    );
    expect(texts).toContain("Fuld scanning");
    expect(texts).toContain(
      "40 HubSpot-poster synkroniserer ikke; for 3 af dem fandt scanningen ingen årsag.",
    );
    expect(texts).toContain("API-kald: 120 HubSpot, 8 Salesforce");
    expect(texts).not.toContain(`• ${first.name}:`);
    const recent = scanSummaryMessage(
      scan,
      { ...summary, full: false, stuck: 1, stuckWithoutReason: 0 },
      catalog,
      da,
    );
    const recentTexts = expectDanish(recent);
    expect(recentTexts).toContain("Scanning af de seneste ændringer");
    expect(recentTexts).toContain("1 HubSpot-post synkroniserer ikke.");
  });

  it("names the mapping problems in Danish (what the scanner says stays its own)", () => {
    const message = scanSummaryMessage(
      scan,
      {
        ...summary,
        mappingFindings: [{ pair: "X", ruleId: first.id, field: null, message: "Y" }],
      },
      catalog,
      da,
    );
    expect(expectDanish(message)).toContain(
      "*Problemer med feltmapping* (alle poster i parret er berørt)\n• X: Y",
    );
  });

  it("says why Salesforce was skipped in Danish (stored in English, with its key)", () => {
    const skipped = {
      ...summary,
      salesforceSkipped:
        "Salesforce stopped answering after 1 record; the next scan reads the rest: timeout",
      salesforceSkippedReason: {
        key: "scan.skipStopped",
        values: { read: 1, detail: "timeout" },
      },
    } as const;
    expect(expectDanish(scanSummaryMessage(scan, skipped, catalog, da))).toContain(
      ":warning: Salesforce holdt op med at svare efter 1 post; næste scanning læser resten: timeout",
    );
    expect(textsOf(scanSummaryMessage(scan, skipped, catalog))).toContain(
      ":warning: Salesforce stopped answering after 1 record; the next scan reads the rest: timeout",
    );
  });

  it("would catch English left behind", () => {
    expect(englishWordsIn(textsOf(scanSummaryMessage(scan, summary, catalog)), KEPT)).not.toEqual(
      [],
    );
  });
});
