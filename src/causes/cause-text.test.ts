import { describe, expect, it } from "vitest";
import { learntChange } from "../../test/fakes/learnt-changes.js";
import { translator } from "../i18n/translator.js";
import { rules } from "../rules/index.js";
import type { LearntChange } from "../store/types.js";
import { causeSentences, changePhrase, duration } from "./cause-text.js";
import { KIND_LINKS } from "./kind-links.js";
import { rankCauses } from "./rank-causes.js";
import type { Wave } from "./wave.js";

const FIRST = new Date("2026-12-03T13:53:00Z");
const deactivated = learntChange({
  key: "k1",
  observedAt: new Date("2026-12-03T18:00:00Z"),
  happenedAt: new Date("2026-12-03T13:42:00Z"),
  kind: "picklist-value-deactivated",
  option: "Biotech",
  before: true,
  after: false,
  who: "Jane Doe",
  source: "audit-trail",
  detail: "Deactivated picklist value Biotech",
});
const messages = Array.from(
  { length: 45 },
  (_, i) =>
    `INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Industry: bad value for restricted picklist field: Biotech (${i})`,
);
const wave: Wave = {
  ruleId: "restricted-picklist-value",
  count: 45,
  firstAt: FIRST,
  objectTypes: ["contact"],
  messages,
};
const linkedTo = (change: LearntChange) => ({ wave, causes: rankCauses(wave, [change]) });

describe("causeSentences", () => {
  it("tells an audited cause with who, when, the lead and the place, as the issue's example", () => {
    const [line] = causeSentences(linkedTo(deactivated), {
      t: translator("en"),
      timeZone: "UTC",
      typeName: "Restricted picklist value",
    });
    expect(line).toBe(
      "Likely cause: the picklist value “Biotech” of Lead.Industry was deactivated on 3 Dec at 13:42 (Setup Audit Trail: Jane Doe), 11 minutes before the first of 45 Restricted picklist value errors, all on Lead.Industry.",
    );
  });

  it("tells it in Danish, in the team's zone", () => {
    const [line] = causeSentences(linkedTo(deactivated), {
      t: translator("da"),
      timeZone: "Europe/Copenhagen",
      typeName: "Begrænset picklisteværdi",
    });
    expect(line).toBe(
      "Sandsynlig årsag: picklisteværdien “Biotech” i Lead.Industry blev deaktiveret den 3. dec. kl. 14.42 (revisionsspor for opsætning: Jane Doe), 11 minutter før den første af 45 fejl af typen Begrænset picklisteværdi, alle på Lead.Industry.",
    );
  });

  it("tells a change only the scans saw as a range, never an exact time", () => {
    const seen: LearntChange = {
      ...deactivated,
      happenedAt: null,
      happenedAfter: new Date("2026-12-03T09:00:00Z"),
      observedAt: new Date("2026-12-03T15:00:00Z"),
      who: null,
      source: "snapshot",
    };
    const [line] = causeSentences(linkedTo(seen), {
      t: translator("en"),
      timeZone: "UTC",
      typeName: "Restricted picklist value",
    });
    expect(line).toBe(
      "Likely cause: the picklist value “Biotech” of Lead.Industry was deactivated between 3 Dec at 09:00 and 3 Dec at 15:00 (seen by the bot's scans); the first of 45 Restricted picklist value errors came on 3 Dec at 13:53, all on Lead.Industry.",
    );
  });

  it("says how many of the first errors name the field when it read only some", () => {
    const big = { ...wave, count: 5000 };
    const [line] = causeSentences(
      { wave: big, causes: rankCauses(big, [deactivated]) },
      { t: translator("en"), timeZone: "UTC", typeName: "Restricted picklist value" },
    );
    expect(line).toContain(
      "the first of 5,000 Restricted picklist value errors, all of the first 45 on Lead.Industry.",
    );
  });
});

describe("changePhrase", () => {
  it("has a phrase for every kind in both languages, and one for a kind it does not know", () => {
    for (const language of ["en", "da"] as const)
      for (const kind of Object.keys(KIND_LINKS)) {
        const phrase = changePhrase({ ...deactivated, kind }, translator(language));
        expect(phrase.length, kind).toBeGreaterThan(5);
        expect(phrase).not.toContain("{");
      }
    expect(changePhrase({ ...deactivated, kind: "sharing-rule-added" }, translator("en"))).toBe(
      "a change the bot cannot describe (sharing-rule-added) on Lead.Industry",
    );
  });

  it("names a rule when the audit trail does, and says 'a rule' when it does not", () => {
    const rule = { ...deactivated, kind: "validation-rule-activated", field: null };
    expect(changePhrase({ ...rule, option: "Require_VAT" }, translator("en"))).toBe(
      "the validation rule “Require_VAT” on Lead was activated",
    );
    expect(changePhrase({ ...rule, option: null }, translator("en"))).toBe(
      "a validation rule on Lead was activated",
    );
  });
});

describe("duration", () => {
  it("reads as minutes, hours and minutes, or hours", () => {
    const t = translator("en");
    expect(duration(11 * 60_000, t)).toBe("11 minutes");
    expect(duration(125 * 60_000, t)).toBe("2 hours 5 minutes");
    expect(duration(30 * 3_600_000, t)).toBe("30 hours");
    expect(duration(60 * 60_000, translator("da"))).toBe("1 time");
  });
});

describe("KIND_LINKS", () => {
  it("links only to error types the catalog has", () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const links of Object.values(KIND_LINKS))
      for (const link of links) expect(ids.has(link.ruleId), link.ruleId).toBe(true);
  });
});
