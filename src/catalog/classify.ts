import type { LanguageWordings } from "../rules/languages/types.js";
import type { StatusCodeEntry } from "../rules/salesforce-status-codes.js";
import type { Signal, SyncErrorRule } from "../rules/types.js";
import { type CorrectionLookup, correctionKey } from "./corrections.js";
import { compactKey } from "./normalize.js";
import { requiredLiteral } from "./required-literal.js";
import { unwrapJsonError } from "./unwrap-json-error.js";

/** How a classification was reached, from strongest to weakest evidence. */
export type Evidence =
  | "correction"
  | "status-code"
  | "wording"
  | "name"
  /** No platform wording, but a plain sentence: most likely a validation rule's own message. */
  | "plain-sentence"
  | "none";

/** The error type of one raw message. */
export interface Classification {
  readonly rule: SyncErrorRule;
  /** 0–1: how sure the classifier is. Below 0.5 it could not place the message. */
  readonly confidence: number;
  /** The Salesforce status code the message leads with, or null. */
  readonly statusCode: string | null;
  /** When Salesforce automation wrapped another error: the wrapped error's type. */
  readonly inner: SyncErrorRule | null;
  readonly evidence: Evidence;
}

/** Assigns raw error messages to error types. */
export interface Classifier {
  /** Total: any string (empty, binary, megabytes long) gets a result; it never throws. */
  classify(message: string): Classification;
}

/**
 * Only the head of a message is read. Status codes, wrappers and the wording that identifies a
 * type come first; what follows 16 KB is stack trace or repeated rows, and reading it would let
 * one pasted log dominate the cost of a whole import.
 */
export const MAX_CLASSIFIED_CHARS = 16_384;

// Salesforce status codes are upper snake case. Matched case-insensitively so that a pasted
// lower-case code still counts; only codes some rule names are taken as codes.
const STATUS_CODE_TOKEN = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/gi;
// A leading code the catalog does not know is still reported as the message's status code.
const LEADING_STATUS_CODE = /^\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\s*[:,]/;

const CONFIDENCE = {
  correction: 0.99,
  codeAndWording: 0.97,
  code: 0.9,
  name: 0.95,
  wording: 0.75,
  // Under 0.5: shown as a guess, never acted on as a placement.
  plainSentence: 0.4,
  unplaced: 0.1,
  empty: 0,
} as const;

interface Scored {
  readonly rule: SyncErrorRule;
  readonly strength: number;
  readonly usedCode: boolean;
  readonly usedPattern: boolean;
  /** Where the evidence starts in the text; an inner error may come before it (a stack line). */
  readonly start: number;
  /** Where the evidence ends in the text; the wrapper's inner error usually starts there. */
  readonly end: number;
}

/** What the classifier knows beyond the rules' own signals. */
export interface ClassifierKnowledge {
  /** Every Salesforce status code and its type, for codes no rule's own signal names. */
  readonly statusCodes?: Readonly<Record<string, StatusCodeEntry>>;
  /** Salesforce's standard messages in other languages. */
  readonly languages?: readonly LanguageWordings[];
  /** What admins corrected; consulted before any other evidence. */
  readonly corrections?: CorrectionLookup;
}

/**
 * A status code known only from the table is weaker than a rule's own code signal (which the rule
 * may pair with wording) and stronger than any wording alone: the code is the platform's own word.
 */
const TABLE_CODE_WEIGHT = -0.1;
/**
 * A table code that only says "none of the types" is weaker than any wording: "INVALID_SESSION_ID:
 * This session is not valid for use with the REST API" is about API access, whatever the code.
 */
const TABLE_UNKNOWN_CODE_WEIGHT = -1.5;

/**
 * Builds a classifier over a rule set. Admins' corrections first, then by status code and wording
 * (Salesforce localises its messages but never its codes); the rule marked `wrapsInnerError` is
 * tried before the others, and the text after its evidence is classified again as the inner error.
 */
export function createClassifier(
  rules: readonly SyncErrorRule[],
  knowledge: ClassifierKnowledge = {},
): Classifier {
  const wrapper = rules.find((rule) => rule.wrapsInnerError) ?? null;
  const unknownRule = rules.find((rule) => rule.category === "unknown");
  if (!unknownRule) throw new Error("The rule set has no rule in the unknown category.");
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const corrections = knowledge.corrections;

  const signalsOf = withKnowledge(rules, knowledge);
  const wrapperSignals = compileSignals(wrapper ? [[wrapper, signalsOf(wrapper)]] : []);
  const otherSignals = compileSignals(
    rules.filter((rule) => rule !== wrapper).map((rule) => [rule, signalsOf(rule)]),
  );
  const allCodes = new Set([...wrapperSignals.byCode.keys(), ...otherSignals.byCode.keys()]);

  const byName = new Map<string, SyncErrorRule>();
  for (const rule of rules) {
    for (const name of [rule.name, rule.danishName, ...rule.aliases]) {
      if (!name) continue;
      byName.set(compactKey(name), rule);
      byName.set(compactKey(name, "plain"), rule);
    }
  }
  // Room for the spacing and punctuation people add around a bare name.
  const longestName =
    2 *
    Math.max(...rules.flatMap((r) => [r.name, r.danishName, ...r.aliases].map((n) => n.length)));

  function classify(message: string): Classification {
    const raw = typeof message === "string" ? message : String(message ?? "");
    const head = raw.length > MAX_CLASSIFIED_CHARS ? raw.slice(0, MAX_CLASSIFIED_CHARS) : raw;
    const text = unwrapJsonError(head);
    if (text.trim() === "") return unplaced(null, CONFIDENCE.empty);

    const corrected =
      corrections && corrections.size !== 0
        ? byId.get(corrections.typeFor(correctionKey(text)) ?? "")
        : undefined;
    if (corrected) {
      return {
        rule: corrected,
        confidence: CONFIDENCE.correction,
        statusCode: LEADING_STATUS_CODE.exec(text)?.[1] ?? null,
        inner: null,
        evidence: "correction",
      };
    }

    const named = text.length <= longestName ? byName.get(compactKey(text)) : undefined;
    if (named) {
      return {
        rule: named,
        confidence: CONFIDENCE.name,
        statusCode: null,
        inner: null,
        evidence: "name",
      };
    }

    const outerCode = firstCode(text, allCodes);
    const statusCode = outerCode?.code ?? LEADING_STATUS_CODE.exec(text)?.[1] ?? null;

    const subject = textOf(text);
    const wrapped = strongest(wrapperSignals, subject, outerCode);
    if (wrapped) {
      // The wrapped error follows the automation's wording ("… caused by: …"), or, when the
      // evidence is a stack line, comes before it.
      const after = text.slice(wrapped.end);
      const before = text.slice(0, wrapped.start);
      const inner =
        strongest(otherSignals, textOf(after), firstCode(after, otherSignals.byCode)) ??
        strongest(otherSignals, textOf(before), firstCode(before, otherSignals.byCode));
      return {
        rule: wrapped.rule,
        confidence: confidenceOf(wrapped),
        statusCode,
        inner: inner?.rule ?? null,
        evidence: wrapped.usedCode ? "status-code" : "wording",
      };
    }

    // The wrapper's own codes are not evidence for the other rules; look past them.
    const code =
      outerCode && !otherSignals.byCode.has(outerCode.code)
        ? firstCode(text, otherSignals.byCode)
        : outerCode;
    const found = strongest(otherSignals, subject, code);
    if (!found && wrapper && statusCode === null && isPlainSentence(text)) {
      return {
        rule: wrapper,
        confidence: CONFIDENCE.plainSentence,
        statusCode: null,
        inner: null,
        evidence: "plain-sentence",
      };
    }
    if (!found) return unplaced(statusCode, CONFIDENCE.unplaced);
    return {
      rule: found.rule,
      confidence: confidenceOf(found),
      statusCode,
      inner: null,
      evidence: found.usedCode ? "status-code" : "wording",
    };
  }

  function unplaced(statusCode: string | null, confidence: number): Classification {
    return {
      rule: unknownRule as SyncErrorRule,
      confidence,
      statusCode,
      inner: null,
      evidence: "none",
    };
  }

  return {
    classify(message) {
      try {
        return classify(message);
      } catch {
        // Rules are pure data and regular expressions, so this is a defect in a rule; the
        // classifier stays total and says it could not place the message.
        return unplaced(null, CONFIDENCE.empty);
      }
    },
  };
}

const SENTENCE_WORD = /\p{L}{2,}/gu;
// What platform and program output has and a validation rule's sentence does not: program words
// and the platform's own nouns for its limits, sessions, policies and jobs.
const MACHINE_TEXT =
  /[{}<>[\]|=\\]|\b(?:exception|error|errors|failed|failure|null|undefined|timeout|timed out|status|http|https|api|stack|line \d|query|session|polic(?:y|ies)|bulk|batch|jobs?|server|org|organization|limits?|propert(?:y|ies)|profile|resource|upsert|identities)\b|__c\b|\b[a-z]+_[a-z_]+\b|\w+\.\w+/iu;
// Identifiers: upper-case words (ECONNRESET) and words with a capital inside (onStreamRead).
const IDENTIFIER = /\b[A-Z]{5,}\b|\b\p{L}+\p{Ll}\p{Lu}\p{L}*/u;

/**
 * A validation rule's message is whatever its author typed: "Please enter a VAT number for
 * Danish companies." Such a message has no status code and none of the platform's wordings; it
 * reads as a short human sentence. Program output (codes, brackets, exceptions, stack lines),
 * fragments of a few words and text that starts in lower case do not qualify.
 */
function isPlainSentence(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 15 || trimmed.length > 300) return false;
  // A sentence starts with a capital (in scripts that have them); typed fragments seldom do.
  if (/^\p{Ll}/u.test(trimmed)) return false;
  if (MACHINE_TEXT.test(trimmed) || IDENTIFIER.test(trimmed)) return false;
  const words = trimmed.match(SENTENCE_WORD)?.length ?? 0;
  return words >= 4;
}

interface RankedSignal {
  readonly rule: SyncErrorRule;
  readonly signal: Signal;
  readonly strength: number;
  /** Position of the rule in the registry: the tie-breaker between equally strong signals. */
  readonly order: number;
  /** Lower-case text every match of the signal's pattern contains, checked before the pattern. */
  readonly anchor: string | null;
}

/** Signals grouped for lookup, each group strongest first. */
interface SignalTable {
  /** Signals that need a status code, by that code. */
  readonly byCode: ReadonlyMap<string, readonly RankedSignal[]>;
  /** Signals that need wording only. */
  readonly wordingOnly: readonly RankedSignal[];
}

/**
 * Each rule's signals together with what the tables add for it: a code-only signal for every
 * table code the rule does not already name, and a wording signal for every translated message.
 */
function withKnowledge(
  rules: readonly SyncErrorRule[],
  knowledge: ClassifierKnowledge,
): (rule: SyncErrorRule) => readonly Signal[] {
  const extra = new Map<string, Signal[]>();
  const add = (type: string, signal: Signal) => {
    extra.set(type, [...(extra.get(type) ?? []), signal]);
  };
  // Codes a rule claims outright keep that rule; codes a rule claims only together with wording
  // still get the table's answer for the messages whose wording none of them matches.
  const claimed = new Set(
    rules.flatMap((rule) => rule.signals.flatMap((s) => (s.code && !s.pattern ? [s.code] : []))),
  );
  const unknownIds = new Set(rules.filter((r) => r.category === "unknown").map((r) => r.id));
  for (const [code, entry] of Object.entries(knowledge.statusCodes ?? {})) {
    if (claimed.has(code)) continue;
    const weight = unknownIds.has(entry.type) ? TABLE_UNKNOWN_CODE_WEIGHT : TABLE_CODE_WEIGHT;
    add(entry.type, { code, weight });
  }
  for (const language of knowledge.languages ?? []) {
    for (const wording of language.wordings) add(wording.type, { pattern: wording.pattern });
  }
  return (rule) => [...rule.signals, ...(extra.get(rule.id) ?? [])];
}

function compileSignals(
  rules: ReadonlyArray<readonly [SyncErrorRule, readonly Signal[]]>,
): SignalTable {
  const byCode = new Map<string, RankedSignal[]>();
  const wordingOnly: RankedSignal[] = [];
  rules.forEach(([rule, signals], order) => {
    for (const signal of signals) {
      const strength = (signal.code ? 2 : 0) + (signal.pattern ? 1 : 0) + (signal.weight ?? 0);
      const anchor = signal.pattern ? requiredLiteral(signal.pattern) : null;
      const ranked = { rule, signal, strength, order, anchor };
      if (signal.code) byCode.set(signal.code, [...(byCode.get(signal.code) ?? []), ranked]);
      else wordingOnly.push(ranked);
    }
  });
  const strongestFirst = (a: RankedSignal, b: RankedSignal) =>
    b.strength - a.strength || a.order - b.order;
  for (const group of byCode.values()) group.sort(strongestFirst);
  wordingOnly.sort(strongestFirst);
  return { byCode, wordingOnly };
}

/** A message and, made on first need, its lower-case form for the signals' cheap pre-checks. */
interface Text {
  readonly raw: string;
  lower(): string;
}

/**
 * Wordings are looked for in the first 2 KB only. The sentence that names the problem opens a
 * message (the longest of the real messages in test/fixtures is under 600 characters); past that
 * come stack traces and repeated rows, which are read for status codes alone. Running every
 * wording over 16 KB of stack trace would make one pasted log cost as much as a whole import.
 */
const WORDING_WINDOW = 2_048;

function textOf(whole: string): Text {
  const raw = whole.length > WORDING_WINDOW ? whole.slice(0, WORDING_WINDOW) : whole;
  let lower: string | undefined;
  return { raw, lower: () => (lower ??= raw.toLowerCase()) };
}

interface FoundCode {
  readonly code: string;
  readonly start: number;
  readonly end: number;
}

function firstCode(text: string, known: { has(code: string): boolean }): FoundCode | null {
  STATUS_CODE_TOKEN.lastIndex = 0;
  for (let m = STATUS_CODE_TOKEN.exec(text); m; m = STATUS_CODE_TOKEN.exec(text)) {
    const code = m[0].toUpperCase();
    if (known.has(code)) {
      STATUS_CODE_TOKEN.lastIndex = 0;
      return { code, start: m.index, end: m.index + m[0].length };
    }
  }
  return null;
}

/**
 * The strongest signal that fires. Signals are tried strongest first (code signals only for the
 * message's code), so the first one that fires wins and the rest are never run: the same answer
 * as scoring every rule, for a fraction of the regular-expression work.
 */
function strongest(table: SignalTable, text: Text, code: FoundCode | null): Scored | null {
  const coded = code ? (table.byCode.get(code.code) ?? []) : [];
  const worded = table.wordingOnly;
  let i = 0;
  let j = 0;
  while (i < coded.length || j < worded.length) {
    const a = coded[i];
    const b = worded[j];
    const takeCoded =
      a !== undefined &&
      (b === undefined ||
        a.strength > b.strength ||
        (a.strength === b.strength && a.order < b.order));
    const next = (takeCoded ? coded[i++] : worded[j++]) as RankedSignal;
    if (next.anchor !== null && !text.lower().includes(next.anchor)) continue;
    const span = fire(next.signal, text.raw, code);
    if (span !== null) {
      return {
        rule: next.rule,
        strength: next.strength,
        usedCode: Boolean(next.signal.code),
        usedPattern: Boolean(next.signal.pattern),
        start: span[0],
        end: span[1],
      };
    }
  }
  return null;
}

/** Where the signal's evidence ends in the text, or null when it does not fire. */
/** Where the signal's evidence starts and ends in the text, or null when it does not fire. */
function fire(
  signal: Signal,
  text: string,
  code: FoundCode | null,
): readonly [start: number, end: number] | null {
  const codeStart = code?.start ?? 0;
  const codeEnd = code?.end ?? 0;
  // The caller only offers code signals whose code is the message's code.
  if (!signal.pattern) return [codeStart, codeEnd];
  const pattern = signal.pattern;
  // Patterns are shared, so a global or sticky pattern's lastIndex must not leak between calls.
  if (pattern.global || pattern.sticky) pattern.lastIndex = 0;
  const match = pattern.exec(text);
  if (!match) return null;
  const matchEnd = match.index + match[0].length;
  return signal.code === undefined
    ? [match.index, matchEnd]
    : [Math.min(codeStart, match.index), Math.max(codeEnd, matchEnd)];
}

function confidenceOf(scored: Scored): number {
  if (scored.usedCode && scored.usedPattern) return CONFIDENCE.codeAndWording;
  if (scored.usedCode) return CONFIDENCE.code;
  return CONFIDENCE.wording;
}
