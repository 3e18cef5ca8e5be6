import { describe, expect, it } from "vitest";
import { englishWordsIn } from "../../../test/english-words.js";
import { translator } from "../../i18n/translator.js";
import type { Offer } from "../../resync/resync-offers.js";
import { rules } from "../../rules/index.js";
import { validateBlocks } from "../blocks/index.js";
import { type SpikeAlertContent, spikeAlertMessage } from "./spike-alert.js";

const rule = rules.find((r) => r.id === "restricted-picklist-value") as Offer["rule"];
const offer: Offer = {
  key: "K000000000000001",
  rule,
  size: { errors: 349, records: 349, batches: 4 },
};
const content: SpikeAlertContent = {
  rule,
  count: 48,
  usual: 1.5,
  mentions: ["S0SFADMINS", "@revops"],
  offer,
  claim: { ruleId: rule.id, owner: "U0ANN", since: new Date("2026-12-04T10:02:00Z") },
  factor: 3,
  minRecords: 20,
  baselineDays: 14,
  cooldownMs: 6 * 3_600_000,
};

const texts = (blocks: readonly unknown[]) => JSON.stringify(blocks);

describe("spikeAlertMessage", () => {
  it("says the numbers and the rule, mentions the groups, with the type's menu and Fixed", () => {
    const message = spikeAlertMessage(content, translator("en"));
    expect(validateBlocks(message.blocks, "message")).toEqual([]);
    expect(message.text).toBe(
      "<!subteam^S0SFADMINS> @revops Spike in Restricted picklist value: 48 new in the last hour; usually 1.5",
    );
    const all = texts(message.blocks);
    expect(all).toContain(
      "🚨 *Spike in Restricted picklist value*: 48 new errors in the last hour; usually 1.5 an hour. · <@U0ANN> is on it since",
    );
    expect(all).toContain("<!subteam^S0SFADMINS> @revops: this one is yours.");
    expect(all).toContain("more than 3× the type's usual hourly rate");
    expect(all).toContain('"value":"explain:restricted-picklist-value"');
    expect(all).toContain('"value":"resync:K000000000000001"');
    expect(all).toContain('"action_id":"fixed_resync:0","value":"K000000000000001"');
  });

  it("goes without a mention or a Fixed button when there is no group or nothing to resend", () => {
    const message = spikeAlertMessage(
      { ...content, mentions: [], offer: undefined, claim: undefined, count: 1, usual: 0 },
      translator("en"),
    );
    expect(message.text).toBe(
      "Spike in Restricted picklist value: 1 new in the last hour; usually 0",
    );
    const all = texts(message.blocks);
    expect(all).toContain("1 new error in the last hour");
    expect(all).not.toContain("this one is yours");
    expect(all).not.toContain("fixed_resync");
    expect(all).not.toContain("resync:");
  });

  it("is in Danish for a Danish channel, numbers as Danes write them", () => {
    const message = spikeAlertMessage(content, translator("da"));
    expect(validateBlocks(message.blocks, "message")).toEqual([]);
    const all = texts(message.blocks);
    expect(all).toContain(
      "*Stigning i Begrænset picklisteværdi*: 48 nye fejl i den seneste time; normalt 1,5 i timen.",
    );
    expect(all).toContain("Rettet, synkroniser igen nu");
    expect(all).toContain("mediantimen i de seneste 14 dage");
    const words = (message.blocks as Array<{ text?: { text: string } }>)
      .map((b) => b.text?.text ?? "")
      .join(" ");
    expect(englishWordsIn(words.replace(/<[^>]+>/g, ""), ["Restricted"])).toEqual([]);
  });
});
