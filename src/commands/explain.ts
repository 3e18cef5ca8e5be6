import { offerResyncs } from "../resync/resync-offers.js";
import { catalogMessage } from "../slack/messages/catalog-list.js";
import { explainResultMessage } from "../slack/messages/explanation.js";
import type { Subcommand } from "./command.js";

/** `/syncerror explain <error>`: the cause and fix of the type a person names, misspells or pastes. */
export const explain: Subcommand = {
  name: "explain",
  usage: "explain <error type, status code or pasted message>",
  summary: "Cause, fix, who acts and resync advice for an error type",
  run(args, { catalog, store, now }) {
    if (args.trim() === "") {
      return catalogMessage(catalog.categories, {
        intro:
          "Name an error type, a Salesforce status code or paste a raw message, e.g. `/syncerror explain Type mismatch`.",
      });
    }
    const result = catalog.explain(args);
    const rule = result.match?.rule;
    // The open-count table answers at once; only a type with open errors is sized for a button.
    const offer =
      rule && (store.openCounts().byRule.get(rule.id) ?? 0) > 0
        ? offerResyncs(store, [rule], now()).get(rule.id)
        : undefined;
    return explainResultMessage(result, catalog, offer);
  },
};
