import type { MessageKey, Translator } from "../i18n/translator.js";
import type {
  Actor,
  CategoryId,
  Direction,
  FixSystem,
  ResyncAdvice,
  SyncErrorRule,
} from "../rules/types.js";

/**
 * The words the bot uses for rule fields, shared by every surface so the terminal and Slack say
 * the same thing.
 */

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  "hubspot-to-salesforce": "HubSpot → Salesforce",
  "salesforce-to-hubspot": "Salesforce → HubSpot",
  either: "either direction",
};

export const ACTOR_LABELS: Readonly<Record<Actor, string>> = {
  "hubspot-admin": "HubSpot admin",
  "salesforce-admin": "Salesforce admin",
  "hubspot-support": "HubSpot support",
};

export const SYSTEM_LABELS: Readonly<Record<FixSystem, string>> = {
  hubspot: "HubSpot",
  salesforce: "Salesforce",
};

export const RESYNC_LABELS: Readonly<Record<ResyncAdvice, string>> = {
  "after-fix":
    "Only after the fix. Resyncing before that fails again and spends Salesforce API calls.",
  yes: "Yes: a resync alone can clear it.",
  never: "No: a resync cannot clear it; follow the fix instead.",
};

/** Who acts on a rule's fix, in the order they first appear: "Salesforce admin, HubSpot admin". */
export function whoActs(rule: SyncErrorRule): string {
  return [...new Set(rule.fix.map((step) => ACTOR_LABELS[step.actor]))].join(", ");
}

/** The catalog keys of the labels above, for the same words in the answer's language. */
const CATEGORY_KEYS: Readonly<Record<CategoryId, MessageKey>> = {
  associations: "explain.categoryAssociations",
  "custom-code": "explain.categoryCustomCode",
  duplicates: "explain.categoryDuplicates",
  permissions: "explain.categoryPermissions",
  picklists: "explain.categoryPicklists",
  "property-mappings": "explain.categoryPropertyMappings",
  "property-values": "explain.categoryPropertyValues",
  unknown: "explain.categoryUnknown",
};
const DIRECTION_KEYS: Readonly<Record<Direction, MessageKey>> = {
  "hubspot-to-salesforce": "explain.directionHubspotToSalesforce",
  "salesforce-to-hubspot": "explain.directionSalesforceToHubspot",
  either: "explain.directionEither",
};
const ACTOR_KEYS: Readonly<Record<Actor, MessageKey>> = {
  "hubspot-admin": "explain.actorHubspotAdmin",
  "salesforce-admin": "explain.actorSalesforceAdmin",
  "hubspot-support": "explain.actorHubspotSupport",
};
const SYSTEM_KEYS: Readonly<Record<FixSystem, MessageKey>> = {
  hubspot: "explain.systemHubspot",
  salesforce: "explain.systemSalesforce",
};
const RESYNC_KEYS: Readonly<Record<ResyncAdvice, MessageKey>> = {
  "after-fix": "explain.resyncAfterFix",
  yes: "explain.resyncYes",
  never: "explain.resyncNever",
};

/**
 * A rule's words in the answer's language: its category as HubSpot's Sync Health page names it,
 * its direction, who acts and where, the resync advice, and the rule's own name, cause and fix
 * steps (the English fields, or `translations.da` and `danishName`).
 */
export interface RuleWords {
  readonly category: (id: CategoryId) => string;
  readonly direction: (direction: Direction) => string;
  readonly actor: (actor: Actor) => string;
  readonly system: (system: FixSystem) => string;
  readonly resync: (advice: ResyncAdvice) => string;
  /** The type's name as this language's HubSpot shows it (the Danish card title in Danish). */
  readonly name: (rule: SyncErrorRule) => string;
  /** The type's name in the other language, shown beside it so people find the card either way. */
  readonly otherName: (rule: SyncErrorRule) => string;
  readonly cause: (rule: SyncErrorRule) => string;
  /** The text of each fix step, in order. */
  readonly fixSteps: (rule: SyncErrorRule) => readonly string[];
  /** Who acts on the fix, in the order they first appear, joined by commas. */
  readonly whoActs: (rule: SyncErrorRule) => string;
}

/**
 * A name as a title: a few Danish names are written as HubSpot's sentences use them
 * ("brugerdefineret kode"); as a heading or a list entry they start with a capital.
 */
function titleCase(name: string): string {
  return name.charAt(0).toLocaleUpperCase("da") + name.slice(1);
}

/** The rule words of a translator's language. */
export function ruleWords(t: Translator): RuleWords {
  const danish = t.language === "da";
  const actor = (a: Actor) => t.t(ACTOR_KEYS[a]);
  return {
    category: (id) => t.t(CATEGORY_KEYS[id]),
    direction: (d) => t.t(DIRECTION_KEYS[d]),
    actor,
    system: (s) => t.t(SYSTEM_KEYS[s]),
    resync: (advice) => t.t(RESYNC_KEYS[advice]),
    name: (rule) => (danish ? titleCase(rule.danishName) : rule.name),
    otherName: (rule) => (danish ? rule.name : rule.danishName),
    cause: (rule) => (danish ? rule.translations.da.cause : rule.cause),
    fixSteps: (rule) =>
      danish
        ? rule.fix.map((step, i) => rule.translations.da.fix[i] ?? step.text)
        : rule.fix.map((step) => step.text),
    whoActs: (rule) => [...new Set(rule.fix.map((step) => actor(step.actor)))].join(", "),
  };
}
