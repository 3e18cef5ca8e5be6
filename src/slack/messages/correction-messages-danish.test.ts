import type { StaticSelect } from "@slack/types";
import { describe, expect, it } from "vitest";
import { englishWordsIn } from "../../../test/english-words.js";
import { createCatalog } from "../../catalog/catalog.js";
import { userMessage } from "../../errors.js";
import { translator } from "../../i18n/translator.js";
import { rules } from "../../rules/index.js";
import type { CorrectionOffer, CorrectionRecord } from "../../store/types.js";
import { validateBlocks } from "../blocks/index.js";
import { assertMayCorrect, CorrectionAccessError } from "../resync-access.js";
import {
  correctionQuestionMessage,
  correctionSavedMessage,
  notThisTypeLineSelect,
} from "./correction-messages.js";

// "Not this type?" in Danish: the question and its menu, the answers, the line menu and every
// refusal, with no English sentence left; in English they stay as they were.

const catalog = createCatalog(rules);
const da = translator("da");
const en = translator("en");
const KEPT = [
  "HubSpot",
  "Salesforce",
  "Slack",
  "`syncerror corrections list`",
  "`syncerror corrections remove 7`",
  "`/syncerror explain`",
  "/syncerror explain",
  "RESYNC_ALLOWED_USERS",
  "RESYNC_ALLOWED_USERGROUP",
  "usergroups:read",
  ...rules.filter((r) => r.danishNameSource === "faithful").map((r) => r.name),
];
const MESSAGE =
  'Lead 00Q5g00000AbCdEAAA was refused by the region check: "Nordics" is not served (ref 4411)';
const offer: CorrectionOffer = {
  key: "AAAAAAAAAAAAAAAA",
  message: MESSAGE,
  shownRuleId: "custom-code",
  createdAt: new Date("2026-12-01T09:00:00Z"),
  expiresAt: new Date("2026-12-08T09:00:00Z"),
};
const rule = (id: string) => {
  const found = catalog.ruleById(id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const record: CorrectionRecord = {
  id: 7,
  key: "k",
  message: MESSAGE,
  ruleId: "invalid-value",
  correctedBy: "U0ADMIN",
  correctedAt: new Date("2026-12-01T09:05:00Z"),
};

/** Every text a person reads in blocks, the quoted message (the person's own words) left out. */
function textsOf(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) textsOf(item, into);
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      if (key === "text" && typeof value === "string")
        into.push(value.replace(/^>.*$/m, "").replace(/`[^`]*`/g, " "));
      else textsOf(value, into);
    }
  return into;
}

const englishIn = (texts: readonly string[]) =>
  texts.flatMap((text) => englishWordsIn(text, KEPT).map((word) => `${word} in: ${text}`));

/** The refusal `assertMayCorrect` throws for `allowed`, in `t`'s language. */
async function refusal(
  allowed: { users: string[]; usergroup: string | undefined },
  t = da,
  members: () => Promise<string[]> = async () => [],
) {
  try {
    await assertMayCorrect("U0STRANGER", allowed, members);
  } catch (error) {
    expect(error).toBeInstanceOf(CorrectionAccessError);
    return userMessage(error, t);
  }
  throw new Error("expected a refusal");
}

describe('"Not this type?" in Danish', () => {
  it("asks which type, with the Danish type and category names in the menu", () => {
    const question = correctionQuestionMessage(offer, rule("custom-code"), catalog, da);
    expect(validateBlocks(question.blocks, "message")).toEqual([]);
    expect(question.text).toBe(
      "Hvilken fejltype er denne besked? Jeg læste den som Brugerdefineret kode.",
    );
    const section = question.blocks[0] as { text: { text: string }; accessory: StaticSelect };
    expect(section.text.text).toContain("Jeg læste denne besked som *Brugerdefineret kode*:\n>");
    expect(section.text.text).toContain("Hvilken fejltype er det?");
    expect(section.accessory.placeholder?.text).toBe("Den rigtige fejltype");
    const groups = section.accessory.option_groups ?? [];
    expect(groups.map((g) => g.label.text)).toContain("Egenskabsværdier");
    expect(groups.flatMap((g) => g.options.map((o) => o.text.text))).toContain("Ugyldig værdi");
    expect(englishIn([question.text ?? "", ...textsOf(question.blocks)])).toEqual([]);
  });

  it("says what was saved, what it replaced and how to undo it, or that nothing changed", () => {
    const saved = correctionSavedMessage(
      { kind: "replaced", record, previous: "custom-code" },
      rule("invalid-value"),
      catalog,
      da,
    );
    expect(validateBlocks(saved.blocks, "message")).toEqual([]);
    expect(saved.text).toBe(
      "Gemt: Denne besked og beskeder, der ligner den, læser jeg nu som Ugyldig værdi (rettelse nr. 7).",
    );
    expect(textsOf(saved.blocks).join("\n")).toContain(
      "Den erstatter den tidligere rettelse til *Brugerdefineret kode*.",
    );
    const already = correctionSavedMessage({ kind: "already" }, rule("invalid-value"), catalog, da);
    expect(already.text).toBe(
      "Jeg læser allerede denne besked som Ugyldig værdi, så intet blev ændret.",
    );
    expect(
      englishIn([saved.text ?? "", already.text ?? "", ...textsOf([saved.blocks, already.blocks])]),
    ).toEqual([]);
  });

  it("offers the lines of a summary in Danish", () => {
    const menu = notThisTypeLineSelect([{ key: "k1", shown: rule("invalid-value") }], da);
    expect(menu.placeholder?.text).toBe("Ikke denne type?");
    expect(menu.options?.map((o) => o.text.text)).toEqual(["Ugyldig værdi"]);
  });

  it("refuses in Danish, naming who may with Slack's mentions", async () => {
    expect(await refusal({ users: ["U1"], usergroup: undefined })).toBe(
      "Kun <@U1> må rette en fejltype. Intet blev ændret; spørg vedkommende.",
    );
    expect(await refusal({ users: ["U1", "U2", "U3"], usergroup: undefined })).toBe(
      "Kun <@U1>, <@U2> eller <@U3> må rette en fejltype. Intet blev ændret; spørg en af dem.",
    );
    expect(await refusal({ users: ["U1"], usergroup: "S1" })).toBe(
      "Kun <@U1> eller medlemmer af <!subteam^S1> må rette en fejltype. Intet blev ændret; spørg en af dem.",
    );
    expect(await refusal({ users: [], usergroup: "S1" })).toBe(
      "Kun medlemmer af <!subteam^S1> må rette en fejltype. Intet blev ændret; spørg en af dem.",
    );
    const off = await refusal({ users: [], usergroup: undefined });
    const unreadable = await refusal({ users: [], usergroup: "S1" }, da, async () => {
      throw new Error("missing_scope");
    });
    expect(unreadable).toContain("Jeg kunne ikke læse medlemmerne af <!subteam^S1>");
    expect(englishIn([off, unreadable])).toEqual([]);
  });

  it("says every message of its catalog in Danish, with no English left", () => {
    const values = {
      name: "Ugyldig værdi",
      quoted: "",
      id: "7",
      replaces: "yes",
      previous: "Brugerdefineret kode",
      group: "<!subteam^S1>",
      hasGroup: "yes",
      userCount: 2,
      users: "<@U1>, <@U2>",
      lastUser: "",
      many: "yes",
    };
    const keys = [
      "lineSelect",
      "questionText",
      "question",
      "menuPlaceholder",
      "questionNote",
      "alreadyText",
      "already",
      "savedText",
      "saved",
      "undo",
      "stale",
      "unknownType",
      "unavailable",
      "off",
      "unreadable",
      "refused",
    ] as const;
    const texts = keys.map((key) => da.t(`corrections.${key}`, values).replace(/`[^`]*`/g, " "));
    expect(englishIn(texts)).toEqual([]);
  });
});

describe('"Not this type?" in English, as before', () => {
  it("words the question, the answer and the refusals as it did", async () => {
    const question = correctionQuestionMessage(offer, rule("custom-code"), catalog);
    expect(question.text).toBe("Which error type is this message? I read it as Custom code.");
    // The check the Danish tests rely on finds English where there is some.
    expect(englishIn([question.text ?? ""])).not.toEqual([]);
    const saved = correctionSavedMessage({ kind: "added", record }, rule("invalid-value"), catalog);
    expect(saved.text).toBe(
      "Saved: I now read this message, and messages like it, as Invalid value (correction #7).",
    );
    expect(textsOf(saved.blocks)[0]).toBe(
      ":white_check_mark: Saved: I now read this message, and messages that differ from it only in ids, names and values, as *Invalid value* (correction #7).",
    );
    expect(await refusal({ users: ["U1"], usergroup: undefined }, en)).toBe(
      "Only <@U1> may correct an error type. Nothing was changed; ask them.",
    );
    expect(await refusal({ users: ["U1", "U3"], usergroup: "S1" }, en)).toBe(
      "Only <@U1>, <@U3> or members of <!subteam^S1> may correct an error type. Nothing was changed; ask one of them.",
    );
    expect(await refusal({ users: ["U1", "U2", "U3"], usergroup: undefined }, en)).toBe(
      "Only <@U1>, <@U2> or <@U3> may correct an error type. Nothing was changed; ask one of them.",
    );
    expect(await refusal({ users: [], usergroup: undefined }, en)).toContain(
      "Nobody may correct error types yet",
    );
  });
});
