import { InvalidInputError } from "../errors.js";
import {
  scanRunningMessage,
  scanStartedMessage,
  scanSummaryMessage,
} from "../slack/messages/scan-messages.js";
import type { Subcommand } from "./command.js";

/** `/syncerror scan`: finds sync errors through the APIs now, and answers with the summary. */
export const scan: Subcommand = {
  name: "scan",
  usage: "scan",
  summary: "Find sync errors through the HubSpot and Salesforce APIs now",
  run(_args, { scanner, catalog }) {
    if (!scanner)
      throw new InvalidInputError(
        "Scanning needs HubSpot or Salesforce: set HUBSPOT_ACCESS_TOKEN and the SALESFORCE_ variables, then restart the bot.",
      );
    const running = scanner.runningSince();
    if (running) return scanRunningMessage(running);
    // A scan takes a while: say so at once, and replace it with the summary.
    return {
      immediate: scanStartedMessage(),
      final: scanner
        .request()
        .then((outcome) =>
          outcome.kind === "running"
            ? scanRunningMessage(outcome.since)
            : scanSummaryMessage(outcome.scan, outcome.summary, catalog),
        ),
    };
  },
};
