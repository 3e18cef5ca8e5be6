/**
 * What admins taught the bot. A correction is keyed by the message's shape, so that one
 * correction covers every message that differs only in record ids, e-mails, numbers, quoted
 * values, field lists and API names: the same error on the next record.
 */

/** Where the classifier looks up what admins corrected. */
export interface CorrectionLookup {
  /** The rule id an admin gave messages with this key, if any. */
  typeFor(key: string): string | undefined;
  /** How many corrections there are: with none, the classifier does not compute the key at all. */
  readonly size?: number;
}

/**
 * Only the head of a message shapes its key: the part that says what went wrong comes first, and
 * a bounded key keeps the lookup cheap on every classified line of an import.
 */
const MAX_KEY_SOURCE_CHARS = 500;

// Order matters: URLs and e-mails contain what the later masks would split apart. Each mask has a
// cheap test first: most messages have no URL, e-mail or API name, and the test spares the scan.
const MASKS: ReadonlyArray<readonly [RegExp, string, (text: string) => boolean]> = [
  [/\bhttps?:\/\/\S+/giu, "<url>", (text) => text.includes("http")],
  [/[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+/gu, "<email>", (text) => text.includes("@")],
  // Text in quotes or brackets is a value or a field list: "Fintech", [LastName, Company].
  [/"[^"]*"|“[^”]*”|'[^']*'|«[^»]*»|「[^」]*」|\[[^\]]*\]/gu, "<value>", () => true],
  // API names of custom fields and relationships: Industry_Code__c, Account__r.
  [/\b\w+__[crx]\b/giu, "<field>", (text) => text.includes("__")],
  // Salesforce ids: 15 or 18 letters and digits with at least one digit.
  [/\b(?=[a-z0-9]*\d)[a-z0-9]{15}(?:[a-z0-9]{3})?\b/giu, "<id>", () => true],
  // Field API names in camel case (LastName, AccountId) name a field, not the error.
  [/\b[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+\b/gu, "<field>", () => true],
  [/\d+(?:[.,:/-]\d+)*/gu, "<n>", () => true],
];

/**
 * The message with ids, e-mails, numbers, quoted values, field lists and API names masked, folded
 * to lower case with runs of spaces collapsed: messages that differ only in those share a key.
 */
export function correctionKey(message: string): string {
  let key = message.slice(0, MAX_KEY_SOURCE_CHARS);
  for (const [pattern, mask, worthScanning] of MASKS) {
    if (worthScanning(key)) key = key.replace(pattern, mask);
  }
  return key.toLowerCase().replace(/\s+/gu, " ").trim();
}
