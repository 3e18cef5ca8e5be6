/**
 * Rows of a realistic HubSpot "Sync Health → Export errors" file, for tests, benchmarks and the
 * bot's demo mode. Deterministic: the same options give the same rows, on any machine.
 */

import { InvalidInputError } from "../errors.js";
import { rules as catalogRules } from "../rules/index.js";
import type { SyncErrorRule, SyncObject } from "../rules/types.js";
import { createDemoOrg } from "./demo-org.js";
import { createDemoRecords } from "./demo-records.js";
import { orgWeights } from "./error-type-weights.js";
import type { MessageContext, MessageTemplate, RowDirection } from "./message-template.js";
import { chance, mulberry32, type WeightedPicker, weightedPicker } from "./random.js";
import { recentTimes } from "./recent-times.js";
import { coveragePositions, planRule } from "./rule-plan.js";

/** The object types HubSpot's export names in its "Object type" column. */
export type DemoObjectType = "Contact" | "Company" | "Deal" | "Task";

/** One row of a Sync Health export. */
export interface DemoRow {
  readonly objectType: DemoObjectType;
  /** The HubSpot record id: 5–11 digits. */
  readonly recordId: string;
  /** The record's 18-character Salesforce id, or "" for a record that never reached Salesforce. */
  readonly salesforceId: string;
  readonly recordName: string;
  /** The rule's English display name; in about 5% of rows its Danish name, where it has one. */
  readonly errorType: string;
  /** The raw message, as Salesforce or HubSpot worded it. */
  readonly message: string;
  readonly occurredAt: Date;
}

/** What to generate. */
export interface DemoRowsOptions {
  readonly rows: number;
  /** Any safe integer; seeds equal modulo 2^32 give the same rows. */
  readonly seed: number;
  /** The moment the export was taken; every row is at or before it. */
  readonly now: Date;
  /** How many days back the rows reach; `DEMO_DEFAULT_DAYS` when absent. */
  readonly days?: number;
  /** Add local mode's planted wave (demo-wave.ts) after the rows (the CSV writer adds it). */
  readonly wave?: boolean;
}

/** The window of a Sync Health export when no `days` is given. */
export const DEMO_DEFAULT_DAYS = 14;
/** From this many rows on, every rule (and so every category) appears at least once. */
export const DEMO_COVERAGE_ROWS = 200;

const OBJECT_TYPES: Readonly<Record<SyncObject, DemoObjectType>> = {
  contact: "Contact",
  company: "Company",
  deal: "Deal",
  activity: "Task",
};
const DANISH_NAME_SHARE = 0.05;
const DAY_MS = 86_400_000;

/**
 * Yields `options.rows` export rows, newest first. Error types follow a skewed distribution
 * (`ERROR_TYPE_WEIGHTS`), each row's object fits its rule, and its message comes from the rule's
 * templates with this record's fields, values and ids. `ruleSet` is for tests; the catalog's rules
 * by default.
 *
 * @throws InvalidInputError when an option is out of range.
 */
export function* demoRows(
  options: DemoRowsOptions,
  ruleSet: readonly SyncErrorRule[] = catalogRules,
): Generator<DemoRow, void, undefined> {
  const { rows, seed, now } = options;
  const days = options.days ?? DEMO_DEFAULT_DAYS;
  checkOptions(rows, seed, now, days);

  const random = mulberry32(seed);
  const org = createDemoOrg(random);
  const weights = orgWeights(ruleSet, random);
  const pickRule = weightedPicker(ruleSet.map((_rule, i) => [i, weights[i] ?? 0] as const));
  const plans = ruleSet.map(planRule);
  const forced = coveragePositions(ruleSet, rows, DEMO_COVERAGE_ROWS, random);
  const year = now.getUTCFullYear();
  const recordFor = createDemoRecords(random, org, year);
  const nextTime = recentTimes(random, rows, now.getTime(), days * DAY_MS);
  // One context, updated per row: templates read it synchronously, and a million rows need not
  // allocate a million of them.
  const context: { -readonly [K in keyof MessageContext]: MessageContext[K] } = {
    random,
    org,
    object: "contact",
    salesforceObject: "Lead",
    salesforceId: "",
    recordId: "",
    recordName: "",
    email: "",
  };

  for (let i = 0; i < rows; i++) {
    const index = forced.get(i) ?? pickRule(random);
    const rule = ruleSet[index] as SyncErrorRule;
    const plan = plans[index] as (typeof plans)[number];
    const object = plan.pickObject(random);
    const fits = (plan.pickTemplate[object] as WeightedPicker<MessageTemplate>)(random);
    const record = recordFor(rule, object, fits, fits.direction ?? directionOf(rule, random));

    context.object = object;
    context.salesforceObject = record.salesforceObject;
    context.salesforceId = record.salesforceId;
    context.recordId = record.recordId;
    context.recordName = record.recordName;
    context.email = record.email;

    yield {
      objectType: OBJECT_TYPES[object],
      recordId: record.recordId,
      salesforceId: record.salesforceId,
      recordName: record.recordName,
      // A real export names a type in Danish only where HubSpot's Danish interface does.
      errorType:
        rule.danishNameSource === "hubspot" && chance(random, DANISH_NAME_SHARE)
          ? rule.danishName
          : rule.name,
      message: fits.render(context),
      occurredAt: new Date(nextTime()),
    };
  }
}

// A rule that goes either way goes each way in half its rows.
function directionOf(rule: SyncErrorRule, random: () => number): RowDirection {
  if (rule.direction !== "either") return rule.direction;
  return chance(random, 0.5) ? "hubspot-to-salesforce" : "salesforce-to-hubspot";
}

function checkOptions(rows: number, seed: number, now: Date, days: number): void {
  if (!Number.isSafeInteger(rows) || rows < 0) {
    throw new InvalidInputError(`rows must be a whole number of 0 or more, not ${rows}.`);
  }
  if (!Number.isSafeInteger(seed)) {
    throw new InvalidInputError(`seed must be an integer, not ${seed}.`);
  }
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new InvalidInputError("now must be a valid Date.");
  }
  if (!Number.isFinite(days) || days <= 0) {
    throw new InvalidInputError(`days must be a positive number, not ${days}.`);
  }
}
