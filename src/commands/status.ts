import { statusSummary } from "../import/summary.js";
import { statusMessage } from "../slack/messages/import-messages.js";
import type { Subcommand } from "./command.js";

/** `/syncerror status`: open errors by category and type, and when the last import ran. */
export const status: Subcommand = {
  name: "status",
  usage: "status",
  summary: "Open sync errors by category and type, and the last import",
  run: (_args, { store, catalog }) => statusMessage(statusSummary(store, catalog)),
};
