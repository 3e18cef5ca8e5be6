import type { Catalog } from "../catalog/catalog.js";
import type { ExplainResult } from "../catalog/explain.js";
import { linkWaves } from "../causes/link-waves.js";
import { offerCorrection } from "../corrections/correction-offers.js";
import { offerResyncs } from "../resync/resync-offers.js";
import { catalogMessage } from "../slack/messages/catalog-list.js";
import { explainResultMessage } from "../slack/messages/explanation.js";
import type { Subcommand } from "./command.js";

/** `/syncerror explain <error>`: the cause and fix of the type a person names, misspells or pastes. */
export const explain: Subcommand = {
  name: "explain",
  usage: "explain <error type, status code or pasted message>",
  summary: "Cause, fix, who acts and resync advice for an error type",
  async run(args, { catalog, store, now, offerCorrections, translator, digestTimezone }) {
    if (args.trim() === "") {
      return catalogMessage(catalog.categories, {
        intro: translator.t("explain.emptyQuery"),
        translator,
      });
    }
    const result = catalog.explain(args);
    const rule = result.match?.rule;
    // The open-count table answers at once; only a type with open errors is sized for a button.
    const hasOpen = rule !== undefined && ((await store.openCounts()).byRule.get(rule.id) ?? 0) > 0;
    const offer = hasOpen ? (await offerResyncs(store, [rule], now())).get(rule.id) : undefined;
    // A type with open errors: did a change in either CRM start its errors of the last week?
    const linked = hasOpen
      ? (
          await linkWaves(store, {
            since: new Date(now().getTime() - EXPLAIN_WAVE_MS),
            until: now(),
            ruleIds: [rule.id],
          })
        ).get(rule.id)
      : undefined;
    const correction =
      offerCorrections && readAsMessage(result)
        ? await offerCorrection(
            store,
            args.trim(),
            result.match?.rule ?? unknownRule(catalog),
            now(),
          )
        : undefined;
    return explainResultMessage(
      result,
      catalog,
      offer,
      correction,
      translator,
      linked ? { linked, timeZone: digestTimezone } : undefined,
    );
  },
};

/** How far back an explanation looks for a wave of the type and the change that started it. */
const EXPLAIN_WAVE_MS = 7 * 24 * 60 * 60 * 1000;

/** From this many words on, a query nothing matched is a message worth teaching the type of. */
const TEACHABLE_WORDS = 5;

/**
 * Whether the bot read the query (a message, a code or a description) rather than found a type by
 * the name typed: only then can an admin say it read it wrong, and the next time the same words
 * get the type they pick. A name, exact or mistyped, is the person's own choice.
 */
function readAsMessage(result: ExplainResult): boolean {
  const by = result.match?.matchedBy;
  if (by === undefined) return result.query.trim().split(/\s+/).length >= TEACHABLE_WORDS;
  return by === "message" || by === "status-code" || by === "description";
}

function unknownRule(catalog: Catalog) {
  const rule = catalog.rules.find((r) => r.category === "unknown");
  if (!rule) throw new Error("The catalog has no rule in the unknown category.");
  return rule;
}
