/**
 * Templates made from a rule's own `examples.matches`, for a rule added to the catalog before
 * anyone wrote demo templates for it. The wording stays as the rule's author wrote it; only the
 * Salesforce ids are replaced, so rows still differ and still classify as the rule.
 */
import type { SyncErrorRule } from "../rules/types.js";
import { type MessageTemplate, template } from "./message-template.js";

// 15 or 18 letters and digits starting with 0: the key prefixes of standard objects.
const SALESFORCE_ID = /\b0[0-9A-Za-z]{14}(?:[0-9A-Za-z]{3})?\b/g;

/** One template per example message, with its Salesforce ids replaced by fresh ones. */
export function exampleTemplates(rule: SyncErrorRule): MessageTemplate[] {
  return rule.examples.matches.map((message) =>
    template(1, (c) =>
      message.replace(SALESFORCE_ID, (id) => c.org.newId(id.slice(0, 3)).slice(0, id.length)),
    ),
  );
}
