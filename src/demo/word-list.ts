/**
 * Vocabulary lists are written as comma-separated text, so a list of forty names takes three
 * lines instead of the forty the formatter gives an array literal.
 */

/** The comma-separated items of `text`, trimmed; line breaks count as spaces. */
export function wordList(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.replace(/\s+/g, " ").trim())
    .filter((item) => item !== "");
}
