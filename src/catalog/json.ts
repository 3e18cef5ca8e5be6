import { type SyncErrorRule, statusCodesOf } from "../rules/types.js";
import type { Classification } from "./classify.js";
import type { ExplainResult } from "./explain.js";

/** A rule as JSON: every field, with patterns as their source text. */
export interface RuleJson {
  readonly id: string;
  readonly name: string;
  readonly danishName: string;
  /** "hubspot" when HubSpot's Danish interface uses the name, "faithful" when it is ours. */
  readonly danishNameSource: string;
  readonly aliases: readonly string[];
  readonly category: string;
  readonly direction: string;
  readonly objects: readonly string[];
  readonly statusCodes: readonly string[];
  readonly patterns: readonly string[];
  readonly cause: string;
  readonly fix: SyncErrorRule["fix"];
  readonly resync: string;
  readonly related: readonly string[];
  readonly helpUrl: string;
}

/** `{"id", "name"}`: how a rule is named inside other results. */
export interface RuleRef {
  readonly id: string;
  readonly name: string;
}

/** The documented JSON shape of `syncerror classify --json`. */
export interface ClassifyJson {
  readonly input: string;
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly confidence: number;
  readonly statusCode: string | null;
  readonly inner: RuleRef | null;
}

/** The documented JSON shape of `syncerror explain --json`. */
export interface ExplainJson {
  readonly query: string;
  readonly match:
    | (RuleJson & {
        confidence: number;
        matchedBy: string;
        statusCode: string | null;
        inner: RuleRef | null;
      })
    | null;
  readonly suggestions: ReadonlyArray<RuleRef & { score: number }>;
}

/** Serialises a rule; RegExp objects would otherwise turn into `{}`. */
export function ruleToJson(rule: SyncErrorRule): RuleJson {
  return {
    id: rule.id,
    name: rule.name,
    danishName: rule.danishName,
    danishNameSource: rule.danishNameSource,
    aliases: rule.aliases,
    category: rule.category,
    direction: rule.direction,
    objects: rule.objects,
    statusCodes: statusCodesOf(rule),
    patterns: rule.signals.flatMap((s) => (s.pattern ? [s.pattern.source] : [])),
    cause: rule.cause,
    fix: rule.fix,
    resync: rule.resync,
    related: rule.related,
    helpUrl: rule.helpUrl,
  };
}

function ref(rule: SyncErrorRule | null): RuleRef | null {
  return rule ? { id: rule.id, name: rule.name } : null;
}

/** The JSON answer to one classify input. */
export function classificationToJson(input: string, c: Classification): ClassifyJson {
  return {
    input,
    id: c.rule.id,
    name: c.rule.name,
    category: c.rule.category,
    confidence: c.confidence,
    statusCode: c.statusCode,
    inner: ref(c.inner),
  };
}

/** The JSON answer to one explain query. */
export function explainResultToJson(result: ExplainResult): ExplainJson {
  const { match } = result;
  return {
    query: result.query,
    match: match && {
      ...ruleToJson(match.rule),
      confidence: match.confidence,
      matchedBy: match.matchedBy,
      statusCode: match.classification?.statusCode ?? null,
      inner: ref(match.classification?.inner ?? null),
    },
    suggestions: result.suggestions.map((s) => ({
      id: s.rule.id,
      name: s.rule.name,
      score: s.score,
    })),
  };
}
