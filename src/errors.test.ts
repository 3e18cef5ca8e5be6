import { describe, expect, it } from "vitest";
import { BotError, InvalidInputError, UsageError, userMessage } from "./errors.js";

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
