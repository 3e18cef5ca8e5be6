/** The cell separators exports use: comma, semicolon (Excel with decimal commas), tab. */
export type Delimiter = "," | ";" | "\t";

// In order of preference when two split the header equally well.
const CANDIDATES: readonly Delimiter[] = [",", ";", "\t"];

/**
 * The delimiter of a CSV file from the start of its text: the one that splits the header, the
 * first line with any content, into the most non-empty cells. Data rows are no guide, since a
 * Danish export writes decimal commas in them.
 */
export function detectDelimiter(text: string): Delimiter {
  const header = headerLine(text);
  let best: Delimiter = ",";
  let bestCells = 0;
  for (const delimiter of CANDIDATES) {
    const cells = countCells(header, delimiter);
    if (cells > bestCells) {
      best = delimiter;
      bestCells = cells;
    }
  }
  return best;
}

/** The first line with more than separators, quotes and spaces; a quoted cell may span lines. */
function headerLine(text: string): string {
  let start = 0;
  while (start < text.length) {
    let inQuotes = false;
    let end = start;
    for (; end < text.length; end++) {
      const char = text[end];
      if (char === '"') inQuotes = !inQuotes;
      else if (!inQuotes && (char === "\n" || char === "\r")) break;
    }
    const line = text.slice(start, end);
    if (/[^\s,;"]/.test(line)) return line;
    start = end + 1;
  }
  return "";
}

/** How many cells with content `delimiter` splits a line into, not counting those inside quotes. */
function countCells(line: string, delimiter: Delimiter): number {
  let cells = 0;
  let inQuotes = false;
  let hasContent = false;
  for (const char of line) {
    if (char === '"') {
      inQuotes = !inQuotes;
    } else if (char === delimiter && !inQuotes) {
      if (hasContent) cells++;
      hasContent = false;
    } else if (char.trim() !== "") {
      hasContent = true;
    }
  }
  return hasContent ? cells + 1 : cells;
}
