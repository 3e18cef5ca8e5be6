/**
 * The shape of one sync-error rule: everything the bot knows about one error type on HubSpot's
 * Sync Health page, as data plus the signals that recognise it in a raw message.
 *
 * A rule file (`src/rules/<id>.ts`) default-exports `defineRule({...})`; the file name is the id.
 */

/** The eight categories of HubSpot's Sync Health page, in the order HubSpot lists them. */
export const CATEGORIES = [
  { id: "associations", name: "Associations" },
  { id: "custom-code", name: "Custom code" },
  { id: "duplicates", name: "Duplicates" },
  { id: "permissions", name: "Permissions" },
  { id: "picklists", name: "Picklists" },
  { id: "property-mappings", name: "Property mappings" },
  { id: "property-values", name: "Property values" },
  { id: "unknown", name: "Unknown" },
] as const;

/** Stable id of a category, e.g. `property-values`. */
export type CategoryId = (typeof CATEGORIES)[number]["id"];

/**
 * Which way the failed sync went. `hubspot-to-salesforce`: a HubSpot change could not be written
 * to Salesforce. `salesforce-to-hubspot`: a Salesforce record could not be brought into HubSpot.
 * `either`: the type occurs in both directions.
 */
export type Direction = "hubspot-to-salesforce" | "salesforce-to-hubspot" | "either";

/**
 * HubSpot object types a rule can affect. A HubSpot contact syncs with a Salesforce lead or
 * contact, a company with an account, a deal with an opportunity, an activity with a task.
 */
export type SyncObject = "contact" | "company" | "deal" | "activity";

/** Who carries out a fix step. */
export type Actor = "hubspot-admin" | "salesforce-admin" | "hubspot-support";

/** The system a fix step is carried out in. */
export type FixSystem = "hubspot" | "salesforce";

/** One ordered step of a fix: who does what, and where. */
export interface FixStep {
  readonly actor: Actor;
  readonly system: FixSystem;
  /** One imperative sentence in plain English, e.g. "Give the integration user edit access…". */
  readonly text: string;
}

/**
 * Whether resyncing the affected records helps.
 * - `after-fix`: only once the cause is fixed; before that the record fails again and spends API calls.
 * - `yes`: a resync alone can clear it (the cause is transient or already gone).
 * - `never`: resyncing cannot help; the records must be changed or re-imported another way.
 */
export type ResyncAdvice = "after-fix" | "yes" | "never";

/**
 * One piece of evidence that a raw message belongs to a rule.
 *
 * A signal with a `code` fires only when that Salesforce status code is the message's primary
 * code (the first status code in it, after any automation wrapper). A signal with a `pattern`
 * fires when the pattern matches the message text. A signal with both needs both.
 *
 * Strength: code and pattern 3, code alone 2, pattern alone 1, plus `weight` (default 0), which
 * breaks ties between two rules whose signals are equally specific (e.g. two patterns on the
 * same status code where one message satisfies both).
 */
export interface Signal {
  readonly code?: string;
  readonly pattern?: RegExp;
  readonly weight?: number;
}

/**
 * Raw messages that must classify to this rule (`matches`), and messages that look related but
 * must not (`nearMisses`). The registry test runs both for every rule.
 */
export interface RuleExamples {
  readonly matches: readonly string[];
  readonly nearMisses: readonly string[];
}

/** Who named a type in Danish: HubSpot's Danish interface, or us where HubSpot keeps English. */
export type DanishNameSource = "hubspot" | "faithful";

/**
 * A rule's cause and fix in one more language, written for admins who read that language rather
 * than translated word for word. The English `cause` and `fix` stay the primary fields; who acts
 * and in which system (`actor`, `system`) are shared, so only the words are translated.
 */
export interface RuleTranslation {
  /** The rule's `cause`, in one to three sentences. */
  readonly cause: string;
  /**
   * The text of each fix step: `fix[i]` translates the English `fix[i].text`, same order and
   * count (translations.test.ts checks the count).
   */
  readonly fix: readonly string[];
}

/** Everything the bot knows about one error type. */
export interface SyncErrorRule {
  /** Stable kebab-case id, equal to the file name; never reused. */
  readonly id: string;
  /** The English display name, exactly as HubSpot's Sync Health page shows it. */
  readonly name: string;
  /**
   * The Danish name: the one HubSpot's Danish interface uses, or, where HubSpot keeps the English
   * name, our faithful Danish rendering of it (see `danishNameSource`).
   */
  readonly danishName: string;
  /** Whether `danishName` is HubSpot's own ("hubspot") or our translation ("faithful"). */
  readonly danishNameSource: DanishNameSource;
  /** Older or informal wordings people type for this type. */
  readonly aliases: readonly string[];
  /**
   * How admins describe the problem in their own words when they do not know its name ("owner
   * not found in HubSpot"). Read by the full-text search only, never as a name.
   */
  readonly symptoms?: readonly string[];
  readonly category: CategoryId;
  readonly direction: Direction;
  readonly objects: readonly SyncObject[];
  /** The evidence the classifier looks for. */
  readonly signals: readonly Signal[];
  /** Why it happens, in one to three sentences. */
  readonly cause: string;
  /** What to do, in order. */
  readonly fix: readonly FixStep[];
  /**
   * The cause and fix in other languages, by language code. Danish is required, so a rule
   * without it does not compile; more languages can be added as keys.
   */
  readonly translations: { readonly da: RuleTranslation };
  readonly resync: ResyncAdvice;
  /** Ids of rules that are often confused with this one, or follow from the same cause. */
  readonly related: readonly string[];
  /** HubSpot's help article for this type. */
  readonly helpUrl: string;
  readonly examples: RuleExamples;
  /**
   * True only for the rule that stands for Salesforce automation (Apex, flows, validation rules):
   * its signals mark a wrapper around an inner error, which the classifier then reports as `inner`.
   */
  readonly wrapsInnerError?: boolean;
}

/**
 * Declares a rule. The identity function keeps literal types and gives rule files one obvious
 * shape to follow.
 */
export function defineRule<const R extends SyncErrorRule>(rule: R): R {
  return rule;
}

/** The status codes a rule's signals name, without duplicates, in signal order. */
export function statusCodesOf(rule: SyncErrorRule): string[] {
  const codes = new Set<string>();
  for (const signal of rule.signals) if (signal.code) codes.add(signal.code);
  return [...codes];
}
