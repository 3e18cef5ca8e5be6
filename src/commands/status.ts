import { statusSummary } from "../import/summary.js";
import { offerResyncs } from "../resync/resync-offers.js";
import type { SyncErrorRule } from "../rules/types.js";
import { statusMessage } from "../slack/messages/import-messages.js";
import type { Subcommand } from "./command.js";

/** How many of the largest types get a Resync button: a row of buttons, not a wall. */
const RESYNC_BUTTONS = 5;

/** `/syncerror status`: open errors by category and type, the last import, and resyncs to start. */
export const status: Subcommand = {
  name: "status",
  usage: "status",
  summary: "Open sync errors by category and type, and the last import",
  run(_args, { store, catalog, now }) {
    const largest = [...store.openCounts().byRule]
      .sort((a, b) => b[1] - a[1])
      .slice(0, RESYNC_BUTTONS)
      .flatMap(([id]) => {
        const rule = catalog.ruleById(id);
        return rule ? [rule] : ([] as SyncErrorRule[]);
      });
    const offers = largest.length > 0 ? offerResyncs(store, largest, now()) : new Map();
    return statusMessage(
      statusSummary(store, catalog),
      largest.flatMap((rule) => offers.get(rule.id) ?? []),
    );
  },
};
