import type { CategoryEntry } from "../catalog/catalog.js";
import type { Classification } from "../catalog/classify.js";
import type { ExplainMatch, ExplainResult } from "../catalog/explain.js";
import {
  ACTOR_LABELS,
  DIRECTION_LABELS,
  RESYNC_LABELS,
  SYSTEM_LABELS,
  whoActs,
} from "../catalog/labels.js";
import { CATEGORIES, type SyncErrorRule, statusCodesOf } from "../rules/types.js";

/** Plain-text renderings of command replies for the terminal. */

/** The answer to `syncerror explain`: the category overview for an empty query, else the result. */
export type ExplainReply =
  | { readonly kind: "categories"; readonly categories: readonly CategoryEntry[] }
  | { readonly kind: "result"; readonly result: ExplainResult };

const categoryName = (id: string) => CATEGORIES.find((c) => c.id === id)?.name ?? id;

/** A rule in full: what it is, why it happens, what to do. */
export function renderRule(
  rule: SyncErrorRule,
  lookup: (id: string) => SyncErrorRule | undefined,
): string {
  const lines = [
    rule.name,
    `Category: ${categoryName(rule.category)} · Direction: ${DIRECTION_LABELS[rule.direction]}`,
  ];
  lines.push(
    rule.danishNameSource === "hubspot"
      ? `Danish name: ${rule.danishName}`
      : `Danish name: ${rule.danishName} (our translation; HubSpot's Danish interface shows the English name)`,
  );
  lines.push("", "Cause", `  ${rule.cause}`, "", "Fix");
  rule.fix.forEach((step, i) => {
    lines.push(
      `  ${i + 1}. ${step.text} (${ACTOR_LABELS[step.actor]}, in ${SYSTEM_LABELS[step.system]})`,
    );
  });
  lines.push("", `Who acts: ${whoActs(rule)}`, `Resync: ${RESYNC_LABELS[rule.resync]}`);
  const related = rule.related.map((id) => lookup(id)?.name ?? id);
  if (related.length > 0) lines.push(`Related: ${related.join(", ")}`);
  const codes = statusCodesOf(rule);
  if (codes.length > 0) lines.push(`Salesforce status codes: ${codes.join(", ")}`);
  lines.push(`More: ${rule.helpUrl}`);
  return lines.join("\n");
}

function describeMatch(match: ExplainMatch): string {
  const c = match.classification;
  if (match.matchedBy === "message" && c?.evidence === "plain-sentence") {
    return `No platform wording matched; the message reads like a validation rule's own sentence. Confidence ${match.confidence}.`;
  }
  if (match.matchedBy === "message" && c) {
    const code = c.statusCode ? ` (status code ${c.statusCode})` : "";
    const inner = c.inner ? `; the automation wrapped: ${c.inner.name}` : "";
    return `Classified the message${code}${inner}. Confidence ${match.confidence}.`;
  }
  if (match.matchedBy === "similar-name") return `Closest name. Confidence ${match.confidence}.`;
  if (match.matchedBy === "description") {
    return `The type whose description fits your words best. Confidence ${match.confidence}.`;
  }
  return "";
}

/** The answer to `explain`: the rule, a no-match with suggestions, or the category overview. */
export function renderExplain(
  reply: ExplainReply,
  lookup: (id: string) => SyncErrorRule | undefined,
): string {
  if (reply.kind === "categories") {
    return [
      "Name an error type, a status code or paste a message, e.g. syncerror explain Type mismatch.",
      "",
      renderList(reply.categories),
    ].join("\n");
  }
  const { result } = reply;
  if (!result.match) {
    const lines = [`No error type matches "${result.query.trim()}".`];
    if (result.suggestions.length > 0) {
      lines.push("Did you mean:");
      for (const s of result.suggestions) lines.push(`  ${s.rule.name}`);
    }
    lines.push("Run `syncerror list` to see every error type.");
    return lines.join("\n");
  }
  const note = describeMatch(result.match);
  const inner = result.match.classification?.inner;
  const parts = [renderRule(result.match.rule, lookup)];
  if (note) parts.unshift(note, "");
  if (inner)
    parts.push(
      "",
      `Inner error: ${inner.name}`,
      `  ${inner.cause}`,
      `  Run \`syncerror explain ${inner.name}\` for its fix.`,
    );
  return parts.join("\n");
}

/** One classification on one line: the type, its category, the evidence. */
export function renderClassification(c: Classification): string {
  const parts = [`${c.rule.name} (${categoryName(c.rule.category)})`, `confidence ${c.confidence}`];
  if (c.statusCode) parts.push(`status code ${c.statusCode}`);
  if (c.inner) parts.push(`inner: ${c.inner.name}`);
  if (c.evidence === "plain-sentence") parts.push("reads like a validation rule's own message");
  if (c.evidence === "correction") parts.push("as an admin corrected it");
  return parts.join(" · ");
}

/** The catalog by category, one rule a line. */
export function renderList(categories: readonly CategoryEntry[]): string {
  const lines: string[] = [];
  for (const category of categories) {
    if (lines.length > 0) lines.push("");
    lines.push(`${category.name} (${category.rules.length})`);
    for (const rule of category.rules) {
      lines.push(`  ${rule.name.padEnd(50)} ${DIRECTION_LABELS[rule.direction]}`);
    }
  }
  return lines.join("\n");
}
