/**
 * One field of COPY's text format: backslash, tab, newline and carriage return escaped as
 * PostgreSQL reads them back, null as `\N`. (The format is four escapes; a CSV writer library
 * would add quoting rules to get the same bytes through.)
 *
 * NUL cannot be stored in a PostgreSQL text value at all (SQLite keeps it): it becomes U+FFFD,
 * the character that stands for one that cannot be represented, so one odd byte in a message does
 * not fail a whole import.
 */
export function copyField(value: string | number | null): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to escape.
  return value.replace(/[\\\t\n\r\u0000]/g, (c) => ESCAPES[c] as string);
}

const ESCAPES: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  "\t": "\\t",
  "\n": "\\n",
  "\r": "\\r",
  "\u0000": "\uFFFD",
};

/** A row of COPY's text format: tab-separated fields and a newline. */
export const copyRow = (fields: ReadonlyArray<string | number | null>): string =>
  `${fields.map(copyField).join("\t")}\n`;
