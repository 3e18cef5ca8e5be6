import type { Catalog } from "../catalog/catalog.js";
import { sayUserText, type UserText } from "../errors.js";
import { type Translator, translator } from "../i18n/translator.js";
import type { SyncErrorRule, SyncObject } from "../rules/types.js";
import type { ObservedError } from "../store/types.js";
import type { ColumnMap } from "./columns.js";

/**
 * A row turned into an error, or the reason it could not be: in English (`reason`, what
 * `syncerror import --json` shows) and as a catalog message (`said`, for the reader's language).
 */
export type ParsedRow =
  | { readonly error: ObservedError }
  | { readonly reason: string; readonly said: UserText };

/** A rejection with its English reason. */
function rejected(said: UserText): { readonly reason: string; readonly said: UserText } {
  return { reason: sayUserText(said, english()), said };
}

let englishTranslator: Translator | undefined;
const english = (): Translator => (englishTranslator ??= translator("en"));

const OBJECT_TYPES: Readonly<Record<string, SyncObject>> = {
  contact: "contact",
  contacts: "contact",
  kontakt: "contact",
  kontakter: "contact",
  lead: "contact",
  leads: "contact",
  company: "company",
  companies: "company",
  virksomhed: "company",
  virksomheder: "company",
  account: "company",
  accounts: "company",
  deal: "deal",
  deals: "deal",
  handel: "deal",
  handler: "deal",
  opportunity: "deal",
  opportunities: "deal",
  task: "activity",
  tasks: "activity",
  activity: "activity",
  activities: "activity",
  opgave: "activity",
  aktivitet: "activity",
};

// The key prefix of a Salesforce id names its object (domain.md §5).
const SALESFORCE_PREFIXES: Readonly<Record<string, SyncObject>> = {
  "003": "contact",
  "00Q": "contact",
  "001": "company",
  "006": "deal",
  "00T": "activity",
};

const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const LEADING_STATUS_CODE = /^\s*\[?\{?"?(?:statusCode"?:\s*"?)?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)/;
// Day-first dates as Danish (and most European) spreadsheets write them: 20-11-2026 08:00, 20.11.2026.
const DAY_FIRST =
  /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/;

/** Turns export rows into errors, remembering how each distinct error-type text resolved. */
export class RowParser {
  private readonly typeCache = new Map<string, SyncErrorRule | null>();

  constructor(
    private readonly catalog: Catalog,
    private readonly columns: ColumnMap,
  ) {}

  parse(cells: readonly string[]): ParsedRow {
    const cell = (field: keyof ColumnMap) => {
      const column = this.columns[field];
      return column ? (cells[column.index] ?? "").trim() : "";
    };
    const hubspotId = cell("hubspotId") || null;
    const rawSalesforceId = cell("salesforceId");
    const salesforceId = SALESFORCE_ID.test(rawSalesforceId) ? rawSalesforceId : null;
    if (!hubspotId && !salesforceId) {
      return rejected(
        rawSalesforceId
          ? { key: "files.noRecordId", values: { value: rawSalesforceId.slice(0, 40) } }
          : { key: "files.noRecordIdEmpty" },
      );
    }
    const message = cell("message");
    const typeText = cell("errorType");
    if (!message && !typeText) return rejected({ key: "files.noTypeNorMessage" });

    const objectText = cell("objectType");
    const objectType = objectText
      ? OBJECT_TYPES[objectText.toLowerCase()]
      : salesforceId
        ? (SALESFORCE_PREFIXES[salesforceId.slice(0, 3)] ?? "contact")
        : "contact";
    if (!objectType)
      return rejected({
        key: "files.unknownObjectType",
        values: { value: objectText.slice(0, 40) },
      });

    let rule = typeText ? this.ruleForType(typeText) : null;
    let statusCode = message ? (LEADING_STATUS_CODE.exec(message)?.[1] ?? null) : null;
    if (!rule) {
      // No type column, or a type name the catalog does not know: the message decides.
      const classification = this.catalog.classify(message || typeText);
      rule = classification.rule;
      statusCode = classification.statusCode;
    }
    return {
      error: {
        ruleId: rule.id,
        category: rule.category,
        direction: rule.direction,
        objectType,
        hubspotId,
        salesforceId,
        recordName: cell("recordName") || null,
        message: message || typeText,
        statusCode,
        occurredAt: parseDate(cell("occurredAt")),
      },
    };
  }

  private ruleForType(text: string): SyncErrorRule | null {
    let rule = this.typeCache.get(text);
    if (rule === undefined) {
      // Only confident matches: an unknown wording falls back to classifying the message.
      const match = this.catalog.explain(text).match;
      rule = match && match.confidence >= 0.9 ? match.rule : null;
      this.typeCache.set(text, rule);
    }
    return rule;
  }
}

/** ISO 8601, or a day-first date as European spreadsheets write it; null when neither. */
export function parseDate(text: string): Date | null {
  if (!text) return null;
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, d, m, y, hh = "0", mm = "0", ss = "0"] = dayFirst;
    const date = new Date(
      Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm), Number(ss)),
    );
    return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d) ? null : date;
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}
