import type { CategoryEntry } from "../catalog/catalog.js";
import type { Classification } from "../catalog/classify.js";
import type { ExplainMatch, ExplainResult } from "../catalog/explain.js";
import { ruleWords } from "../catalog/labels.js";
import { type Translator, translator } from "../i18n/translator.js";
import { type SyncErrorRule, statusCodesOf } from "../rules/types.js";

/** Plain-text renderings of command replies for the terminal. */

/** English, for the renderings that other commands call without a translator. */
const ENGLISH = translator("en");

/** The answer to `syncerror explain`: the category overview for an empty query, else the result. */
export type ExplainReply =
  | { readonly kind: "categories"; readonly categories: readonly CategoryEntry[] }
  | { readonly kind: "result"; readonly result: ExplainResult };

/**
 * A rule in full: what it is, why it happens, what to do, in the translator's language (in Danish
 * the Danish name with HubSpot's English one beside it, and the rule's Danish cause and fix).
 */
export function renderRule(
  rule: SyncErrorRule,
  lookup: (id: string) => SyncErrorRule | undefined,
  t: Translator,
): string {
  const words = ruleWords(t);
  const lines = [
    words.name(rule),
    t.t("explain.cliCategoryDirection", {
      category: words.category(rule.category),
      direction: words.direction(rule.direction),
    }),
    t.t(
      rule.danishNameSource === "hubspot" ? "explain.cliOtherName" : "explain.cliOtherNameFaithful",
      { name: words.otherName(rule) },
    ),
  ];
  lines.push("", t.t("explain.cliCause"), `  ${words.cause(rule)}`, "", t.t("explain.cliFix"));
  const steps = words.fixSteps(rule);
  rule.fix.forEach((step, i) => {
    const text = t.t("explain.cliFixStep", {
      number: i + 1,
      text: steps[i] ?? step.text,
      actor: words.actor(step.actor),
      system: words.system(step.system),
    });
    lines.push(`  ${text}`);
  });
  lines.push(
    "",
    t.t("explain.whoActs", { actors: words.whoActs(rule) }),
    t.t("explain.cliResync", { advice: words.resync(rule.resync) }),
  );
  const related = rule.related.map((id) => {
    const other = lookup(id);
    return other ? words.name(other) : id;
  });
  if (related.length > 0) lines.push(t.t("explain.related", { names: related.join(", ") }));
  const codes = statusCodesOf(rule);
  if (codes.length > 0) lines.push(t.t("explain.cliStatusCodes", { codes: codes.join(", ") }));
  lines.push(t.t("explain.cliMore", { url: rule.helpUrl }));
  return lines.join("\n");
}

function describeMatch(match: ExplainMatch, t: Translator): string {
  const c = match.classification;
  const { confidence } = match;
  if (match.matchedBy === "message" && c?.evidence === "plain-sentence") {
    return t.t("explain.cliPlainSentence", { confidence });
  }
  if (match.matchedBy === "message" && c) {
    return t.t("explain.cliClassified", {
      hasCode: c.statusCode ? "yes" : "no",
      code: c.statusCode ?? "",
      hasInner: c.inner ? "yes" : "no",
      inner: c.inner ? ruleWords(t).name(c.inner) : "",
      confidence,
    });
  }
  if (match.matchedBy === "similar-name") return t.t("explain.cliSimilar", { confidence });
  if (match.matchedBy === "description") return t.t("explain.cliDescribed", { confidence });
  return "";
}

/**
 * The answer to `explain`: the rule, a no-match with suggestions, or the category overview, in
 * the translator's language.
 */
export function renderExplain(
  reply: ExplainReply,
  lookup: (id: string) => SyncErrorRule | undefined,
  t: Translator,
): string {
  const words = ruleWords(t);
  if (reply.kind === "categories") {
    return [t.t("explain.cliEmptyQuery"), "", renderList(reply.categories, t)].join("\n");
  }
  const { result } = reply;
  if (!result.match) {
    const lines = [t.t("explain.cliNoMatch", { query: result.query.trim() })];
    if (result.suggestions.length > 0) {
      lines.push(t.t("explain.cliDidYouMean"));
      for (const s of result.suggestions) lines.push(`  ${words.name(s.rule)}`);
    }
    lines.push(t.t("explain.cliListHint"));
    return lines.join("\n");
  }
  const note = describeMatch(result.match, t);
  const inner = result.match.classification?.inner;
  const parts = [renderRule(result.match.rule, lookup, t)];
  if (note) parts.unshift(note, "");
  if (inner)
    parts.push(
      "",
      t.t("explain.cliInnerError", { name: words.name(inner) }),
      `  ${words.cause(inner)}`,
      `  ${t.t("explain.cliInnerRun", { command: words.name(inner) })}`,
    );
  return parts.join("\n");
}

/** One classification on one line: the type, its category, the evidence. */
export function renderClassification(c: Classification, t: Translator = ENGLISH): string {
  const words = ruleWords(t);
  const parts = [
    `${words.name(c.rule)} (${words.category(c.rule.category)})`,
    t.t("cli.classifyConfidence", { confidence: String(c.confidence) }),
  ];
  if (c.statusCode) parts.push(t.t("cli.classifyStatusCode", { code: String(c.statusCode) }));
  if (c.inner) parts.push(t.t("cli.classifyInner", { name: words.name(c.inner) }));
  if (c.evidence === "plain-sentence") parts.push(t.t("cli.classifyPlainSentence"));
  if (c.evidence === "correction") parts.push(t.t("cli.classifyCorrected"));
  return parts.join(" · ");
}

/** The catalog by category, one rule a line, in the translator's language (English without one). */
export function renderList(categories: readonly CategoryEntry[], t: Translator = ENGLISH): string {
  const words = ruleWords(t);
  const lines: string[] = [];
  for (const category of categories) {
    if (lines.length > 0) lines.push("");
    lines.push(`${words.category(category.id)} (${category.rules.length})`);
    for (const rule of category.rules) {
      lines.push(`  ${words.name(rule).padEnd(50)} ${words.direction(rule.direction)}`);
    }
  }
  return lines.join("\n");
}
