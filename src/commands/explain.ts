import type { CategoryEntry } from "../catalog/catalog.js";
import type { ExplainResult } from "../catalog/explain.js";
import type { Command } from "./command.js";

/** The answer to `explain`: the categories for an empty query, the match result otherwise. */
export type ExplainReply =
  | { readonly kind: "categories"; readonly categories: readonly CategoryEntry[] }
  | { readonly kind: "result"; readonly result: ExplainResult };

/** `explain <error>`: the cause and fix of the error type a person names, misspells or pastes. */
export const explain: Command<ExplainReply> = {
  name: "explain",
  usage: "explain <error type, Danish name, status code or pasted message>",
  summary: "Explain an error type: cause, fix, who acts, whether to resync",
  run(text, { catalog }) {
    if (text.trim() === "") return { kind: "categories", categories: catalog.categories };
    return { kind: "result", result: catalog.explain(text) };
  },
};
