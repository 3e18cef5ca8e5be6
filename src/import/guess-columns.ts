import { wordSimilarity } from "../catalog/name-index.js";
import { tokenize } from "../catalog/normalize.js";
import { type ColumnMap, IMPORT_FIELDS, type ImportField, knownHeaderNames } from "./columns.js";

// More ways an export (or a spreadsheet someone re-saved) may name a field. These only pre-fill
// the question a person answers; an import never runs on a guess from them.
const MORE_NAMES: Readonly<Record<ImportField, readonly string[]>> = {
  objectType: ["object type name", "objekt type", "record object", "kind"],
  hubspotId: ["hubspot object id", "contact id", "kontakt id", "company id", "deal id", "vid"],
  salesforceId: ["sf id", "sfdc record id", "salesforce object id", "crm id"],
  recordName: ["post navn", "title", "titel", "full name"],
  errorType: ["sync error", "fejl type", "error category", "fejlkategori", "category", "kategori"],
  message: [
    "fejlbesked",
    "besked",
    "error text",
    "fejltekst",
    "description",
    "beskrivelse",
    "reason",
    "arsag",
  ],
  occurredAt: ["timestamp", "tid", "error time", "fejltidspunkt", "updated", "opdateret", "when"],
};

// A name of one everyday word matches too much ("ID" is in every id column): it counts for less.
const ONE_WORD_WEIGHT = 0.7;
/** Below this, a column is not offered as a field's guess. */
const GUESS_THRESHOLD = 0.5;

/**
 * The best guess of a column for each field: the map found by exact names, completed with
 * columns whose names resemble a known name (a word cut short or mistyped, extra words around
 * it: "Fejltype (engelsk)", "HubSpot post-id"). Each column feeds one field; the strongest
 * resemblance is placed first. For pre-filling a question, never for importing unasked.
 */
export function guessColumns(headers: readonly string[], exact: ColumnMap = {}): ColumnMap {
  const map: ColumnMap = { ...exact };
  const taken = new Set(Object.values(exact).map((column) => column.index));
  const candidates: Array<{ field: ImportField; index: number; score: number }> = [];
  const tokens = headers.map((header) => tokenize(header));
  for (const field of IMPORT_FIELDS) {
    if (map[field]) continue;
    headers.forEach((_header, index) => {
      if (taken.has(index)) return;
      const score = fieldScore(field, tokens[index] ?? []);
      if (score >= GUESS_THRESHOLD) candidates.push({ field, index, score });
    });
  }
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      IMPORT_FIELDS.indexOf(a.field) - IMPORT_FIELDS.indexOf(b.field) ||
      a.index - b.index,
  );
  for (const { field, index } of candidates) {
    if (map[field] || taken.has(index)) continue;
    map[field] = { index, header: headers[index] as string };
    taken.add(index);
  }
  return map;
}

/** How well a header's words fit a field, 0–1: its best fit among the field's names. */
export function fieldScore(field: ImportField, headerTokens: readonly string[]): number {
  if (headerTokens.length === 0) return 0;
  let best = 0;
  for (const name of [...knownHeaderNames(field), ...MORE_NAMES[field]]) {
    best = Math.max(best, nameScore(tokenize(name), headerTokens));
  }
  return best;
}

// Each word of the name is looked for among the header's words (typos and a word cut short
// count, as the catalog's matcher counts them), or, from four letters on, inside a header word
// ("fejlbeskedtekst" holds "besked"). Words of the header the name does not have lower the score
// a little.
function nameScore(nameTokens: readonly string[], headerTokens: readonly string[]): number {
  if (nameTokens.length === 0) return 0;
  const joined = headerTokens.join("");
  let found = 0;
  for (const word of nameTokens) {
    let best = 0;
    for (const token of headerTokens) best = Math.max(best, wordSimilarity(token, word));
    if (best < 0.75 && word.length >= 4 && joined.includes(word)) best = 0.9;
    found += best >= 0.75 ? best : 0;
  }
  const coverage = found / nameTokens.length;
  const extra = Math.max(0, headerTokens.length - nameTokens.length);
  const weight = nameTokens.length === 1 && (nameTokens[0]?.length ?? 0) <= 6 ? ONE_WORD_WEIGHT : 1;
  return coverage * weight * (1 - Math.min(0.4, 0.1 * extra));
}
