import { importHowToMessage } from "../slack/messages/import-messages.js";
import type { Subcommand } from "./command.js";

/** `/syncerror import`: how to export from HubSpot, and where to drop the file. */
export const importCommand: Subcommand = {
  name: "import",
  usage: "import",
  summary: "How to import HubSpot's Sync Health export",
  run: (_args, { digestChannel, importMaxBytes, translator }) =>
    importHowToMessage(digestChannel, importMaxBytes, translator),
};
