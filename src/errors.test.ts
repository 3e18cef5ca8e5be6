import { describe, expect, it } from "vitest";
import { BotError, InvalidInputError, UsageError, userMessage } from "./errors.js";
import { translator } from "./i18n/translator.js";

describe("userMessage", () => {
  it("shows a usage error with its synopsis", () => {
    expect(userMessage(new UsageError("Unknown option --x.", "syncerror list"))).toBe(
      "Unknown option --x.\n\nUsage: syncerror list",
    );
  });

  it("shows the message of an error the user can act on", () => {
    expect(userMessage(new InvalidInputError("This button's data is not valid."))).toBe(
      "This button's data is not valid.",
    );
  });

  it.each([
    new Error("TypeError: x is undefined"),
    new BotError("internal", "stack details"),
    new BotError("block_kit", "block 3 is too long"),
    "a string",
  ])("hides the details of a defect (%s)", (error) => {
    expect(userMessage(error)).toBe(
      "Something went wrong inside syncerror. Please report it with the command you ran.",
    );
  });
});

describe("userMessage in the reader's language", () => {
  const danish = translator("da");

  it("says a catalog error in Danish and keeps its English as the message", () => {
    const error = new UsageError(
      { key: "languages.unknown", values: { asked: "fr", choices: "en, da" } },
      "x",
    );
    expect(error.message).toBe(
      translator("en").t("languages.unknown", { asked: "fr", choices: "en, da" }),
    );
    expect(userMessage(error, danish)).toBe(
      `${danish.t("languages.unknown", { asked: "fr", choices: "en, da" })}\n\nBrug: x`,
    );
  });

  it("apologises for a defect in Danish", () => {
    expect(userMessage(new Error("boom"), danish)).toMatch(/^Noget gik galt inde i syncerror/);
  });
});
