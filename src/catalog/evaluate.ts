import type { Catalog } from "./catalog.js";

/** One labelled input: a raw message (classified) or a query (explained), and its right type. */
export interface LabelledCase {
  readonly input: string;
  /** The rule id of the right type. */
  readonly expected: string;
  /** "message" (the default) is classified; "query" is explained as `/syncerror explain` would. */
  readonly kind: "message" | "query";
  /** Other types a knowledgeable admin could defend. */
  readonly acceptable: readonly string[];
  /** ISO 639-1 code of the input's language, when the file says. */
  readonly language?: string;
}

/** How one case went. */
export interface CaseOutcome {
  readonly case: LabelledCase;
  /** The rule id the bot answered, or null when it gave no answer (no match, or Unknown error unplaced). */
  readonly answered: string | null;
  readonly confidence: number;
  readonly right: boolean;
  /** Right, one of the acceptable types, or Custom code whose wrapped error is the expected type. */
  readonly defensible: boolean;
  /** Not right and the bot said it could not tell. */
  readonly abstained: boolean;
  /** Neither right nor defensible, yet answered with confidence 0.5 or more. */
  readonly confidentWrong: boolean;
}

/** Counts over a set of cases; rates are fractions of `total`. */
export interface Tally {
  readonly total: number;
  readonly right: number;
  readonly defensible: number;
  readonly abstained: number;
  readonly confidentWrong: number;
}

/** What `syncerror eval` reports. */
export interface EvaluationReport {
  readonly all: Tally;
  readonly messages: Tally;
  readonly queries: Tally;
  /** Messages by language, for the languages the file names. */
  readonly byLanguage: ReadonlyMap<string, Tally>;
  /** Expected type → answered type (or "(no answer)") → count, for the cases that were not right. */
  readonly confusions: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** Below this the bot presents its answer as a guess, so a wrong one is not confidently wrong. */
export const CONFIDENT = 0.5;
/** How an unanswered case appears in the confusion table. */
export const NO_ANSWER = "(no answer)";

/** Runs one case through the catalog the way the bot would answer it. */
export function evaluateCase(catalog: Catalog, labelled: LabelledCase): CaseOutcome {
  let answered: string | null;
  let confidence: number;
  let inner: string | null;
  if (labelled.kind === "query") {
    const match = catalog.explain(labelled.input).match;
    answered = match?.rule.id ?? null;
    confidence = match?.confidence ?? 0;
    inner = match?.classification?.inner?.id ?? null;
  } else {
    const classification = catalog.classify(labelled.input);
    inner = classification.inner?.id ?? null;
    // Unknown error reached without evidence is the classifier saying it cannot place the message.
    answered = classification.evidence === "none" ? null : classification.rule.id;
    confidence = classification.confidence;
    if (answered === null && labelled.expected === classification.rule.id) {
      answered = classification.rule.id;
    }
  }
  const right = answered === labelled.expected;
  // Custom code that names the expected type as the error it wrapped has said both.
  const defensible =
    right ||
    (answered !== null && labelled.acceptable.includes(answered)) ||
    inner === labelled.expected;
  return {
    case: labelled,
    answered,
    confidence,
    right,
    defensible,
    abstained: !right && (answered === null || confidence < CONFIDENT),
    confidentWrong: !defensible && answered !== null && confidence >= CONFIDENT,
  };
}

/** Adds outcomes up as they come, so a file of any length is scored in constant memory. */
export class Evaluation {
  private readonly tallies = new Map<string, MutableTally>();
  private readonly confusionCounts = new Map<string, Map<string, number>>();

  add(outcome: CaseOutcome): void {
    const { kind, language, expected } = outcome.case;
    const keys = ["all", kind === "query" ? "queries" : "messages"];
    if (kind === "message" && language) keys.push(`language:${language}`);
    for (const key of keys) {
      const tally = this.tallies.get(key) ?? emptyTally();
      tally.total++;
      if (outcome.right) tally.right++;
      if (outcome.defensible) tally.defensible++;
      if (outcome.abstained) tally.abstained++;
      if (outcome.confidentWrong) tally.confidentWrong++;
      this.tallies.set(key, tally);
    }
    if (!outcome.right) {
      const row = this.confusionCounts.get(expected) ?? new Map<string, number>();
      const answered = outcome.answered ?? NO_ANSWER;
      row.set(answered, (row.get(answered) ?? 0) + 1);
      this.confusionCounts.set(expected, row);
    }
  }

  report(): EvaluationReport {
    const byLanguage = new Map<string, Tally>();
    for (const [key, tally] of [...this.tallies].sort(([a], [b]) => a.localeCompare(b))) {
      if (key.startsWith("language:")) byLanguage.set(key.slice("language:".length), tally);
    }
    return {
      all: this.tallies.get("all") ?? emptyTally(),
      messages: this.tallies.get("messages") ?? emptyTally(),
      queries: this.tallies.get("queries") ?? emptyTally(),
      byLanguage,
      confusions: this.confusionCounts,
    };
  }
}

type MutableTally = { -readonly [K in keyof Tally]: Tally[K] };

function emptyTally(): MutableTally {
  return { total: 0, right: 0, defensible: 0, abstained: 0, confidentWrong: 0 };
}

/** Scores a whole set of cases at once (tests and the bench). */
export function evaluate(catalog: Catalog, cases: Iterable<LabelledCase>): EvaluationReport {
  const evaluation = new Evaluation();
  for (const labelled of cases) evaluation.add(evaluateCase(catalog, labelled));
  return evaluation.report();
}
