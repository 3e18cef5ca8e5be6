/** The text encodings a CSV export arrives in, as `TextDecoder` labels. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** A text file's encoding and how many bytes of byte-order mark precede its text. */
export interface DetectedEncoding {
  readonly encoding: TextEncoding;
  readonly bomLength: number;
}

// Only this much is examined for the NUL pattern of UTF-16: a few lines of text are enough.
const NUL_WINDOW = 4096;

/**
 * UTF-16 by its byte-order mark, or without one by where the NUL bytes fall: text that is mostly
 * Latin letters has a NUL in every other byte, the high byte of each code unit.
 */
export function detectUtf16(head: Uint8Array): DetectedEncoding | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  const pairs = Math.floor(Math.min(head.length, NUL_WINDOW) / 2);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenNuls++;
    if (head[2 * i + 1] === 0) oddNuls++;
  }
  if (pairs === 0) return undefined;
  if (oddNuls >= pairs / 2 && evenNuls <= pairs / 20) return { encoding: "utf-16le", bomLength: 0 };
  if (evenNuls >= pairs / 2 && oddNuls <= pairs / 20) return { encoding: "utf-16be", bomLength: 0 };
  return undefined;
}

/**
 * The encoding of a CSV file from its first bytes. A byte-order mark decides; without one, UTF-16
 * shows in its NUL bytes, and otherwise the head is UTF-8 if it decodes as UTF-8 and Windows-1252
 * if not: Excel on Windows saves "CSV (Comma delimited)" in the ANSI code page, where "æøå" are
 * single bytes that are never valid UTF-8.
 *
 * @param complete whether `head` is the whole file; if not, a character cut at its end is no fault.
 */
export function detectEncoding(head: Uint8Array, complete: boolean): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: "utf-8", bomLength: 3 };
  }
  const utf16 = detectUtf16(head);
  if (utf16) return utf16;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: !complete });
    return { encoding: "utf-8", bomLength: 0 };
  } catch {
    return { encoding: "windows-1252", bomLength: 0 };
  }
}
