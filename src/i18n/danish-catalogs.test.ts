import {
  isLiteralElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
  parse,
} from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { englishWordsIn } from "../../test/english-words.js";
import { CATALOGS } from "./catalogs/index.js";
import type { Catalog } from "./define-messages.js";

// Every Danish message, every branch of its plurals and selects: no English sentence left behind.
// Messages are checked by their own words (placeholders are filled by callers, with Danish words
// or names), so a message no test renders is checked too.

/**
 * Names and commands that stay as they are in Danish: products, HubSpot's screen names it shows
 * only in English, commands typed as they are.
 */
const KEPT = [
  "HubSpot",
  "Salesforce",
  "Sync Health",
  "syncerror",
  "Slack",
  // HubSpot's screen names, which its Danish interface shows in English.
  "Export errors",
  "Record ID",
  "Salesforce ID",
];

/** Messages that are a command as typed, whose command words stay English. */
const COMMANDS: Readonly<Record<string, readonly string[]>> = {
  "help.resyncUsage": ["resync"],
  "help.statusUsage": ["all"],
  "resync.cliUsage": ["resync"],
  "columns.listOrForget": ["list", "forget", "all"],
  "columns.noSuchMapping": ["columns", "list"],
  "console.bannerYou": ["help", "quit"],
};

/**
 * What is typed or configured as it is, in any language: `code`, SETTING_NAMES, --options, Slack
 * scopes (files:read) and file names (manifest.yml).
 */
const withoutCode = (text: string) =>
  text
    .replace(/`[^`]*`/g, " ")
    .replace(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]*/g, " ")
    .replace(/--[a-z][\w-]*/g, " ")
    .replace(/\b[a-z]+:[a-z]+\b/g, " ")
    .replace(/\b[\w-]+\.(?:yml|yaml|csv|xlsx|env|json)\b/g, " ");

/** The literal text of a message, every plural and select option included, one string. */
function literalText(elements: readonly MessageFormatElement[]): string {
  let text = "";
  for (const element of elements) {
    if (isLiteralElement(element)) text += element.value;
    else if (isPluralElement(element) || isSelectElement(element))
      for (const option of Object.values(element.options)) text += ` ${literalText(option.value)} `;
    else if (isTagElement(element)) text += literalText(element.children);
    else text += " ";
  }
  return text;
}

const danish = (Object.entries(CATALOGS) as Array<[string, Catalog<string>]>).flatMap(
  ([area, catalog]) =>
    Object.entries(catalog.da).map(([key, text]) => [`${area}.${key}`, text] as const),
);

describe("the Danish catalogs", () => {
  it.each(danish)("%s has no English words", (key, text) => {
    expect(
      englishWordsIn(withoutCode(literalText(parse(text))), [...KEPT, ...(COMMANDS[key] ?? [])]),
    ).toEqual([]);
  });
});
