import { describe, expect, it } from "vitest";
import { englishWordsIn } from "../../../test/english-words.js";
import { InvalidInputError, userMessage } from "../../errors.js";
import { CATALOGS } from "../../i18n/catalogs/index.js";
import { type MessageKey, translator } from "../../i18n/translator.js";
import { rules } from "../../rules/index.js";
import { errorMessage } from "./error.js";
import { explainInThreadButton } from "./explain-in-thread.js";
import { decodeShareValue } from "./share-value.js";

// What the bot answers a click on its buttons when the click cannot be served (an altered share
// button, a button naming no type, a question about an import it does not know), in the clicker's
// language; and every message of those catalogs in Danish with no English left.

const da = translator("da");
const en = translator("en");
const KEPT = [
  "HubSpot",
  "Salesforce",
  "HUBSPOT_ACCESS_TOKEN",
  "SALESFORCE_",
  "/syncerror explain",
  "/syncerror resync",
];

const refusalOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
};

describe("answers to clicks, in Danish", () => {
  it("refuses an altered share button in the clicker's language, and in English as before", () => {
    for (const raw of ["{not json", '{"rule":"../etc"}']) {
      const error = refusalOf(() => decodeShareValue(raw));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(userMessage(error, da)).toBe(
        "Denne knaps data er ikke gyldige. Kør /syncerror explain igen.",
      );
      expect(userMessage(error, en)).toBe(
        "This button's data is not valid. Run /syncerror explain again.",
      );
      expect(errorMessage(error, undefined, da).text).toBe(userMessage(error, da));
    }
  });

  it("labels a channel message's Explain button in the message's language", () => {
    const rule = rules.find((r) => r.id === "invalid-value");
    if (!rule) throw new Error("no invalid-value");
    expect(explainInThreadButton(rule, 0, da).text.text).toBe("Forklar Ugyldig værdi");
    expect(explainInThreadButton(rule, 1).text.text).toBe("Explain Invalid value");
    expect(explainInThreadButton(rule, 2, "Explain it").text.text).toBe("Explain it");
  });

  it.each([
    ["actions", CATALOGS.actions.da],
    ["commands", CATALOGS.commands.da],
  ])("says every %s message in Danish, with no English left", (area, messages) => {
    const values = {
      time: "<!date^1764860400^{time}|9:00>",
      typed: "widgets",
      names: "Picklister",
    };
    for (const key of Object.keys(messages)) {
      const text = da.t(`${area}.${key}` as MessageKey, values);
      expect({ key, english: englishWordsIn(text, KEPT) }).toEqual({ key, english: [] });
    }
  });
});
