import { InvalidInputError } from "../errors.js";
import type { SlackMessage } from "../slack/blocks/index.js";
import {
  scanProgressMessage,
  scanRunningElsewhereMessage,
  scanRunningMessage,
  scanStartedMessage,
  scanSummaryMessage,
} from "../slack/messages/scan-messages.js";
import type { Subcommand } from "./command.js";

/** At most this many progress updates of a scan's answer, this far apart. */
const PROGRESS_UPDATES = 3;
const PROGRESS_EVERY_MS = 10_000;

/** `/syncerror scan`: finds sync errors through the APIs now, and answers with the summary. */
export const scan: Subcommand = {
  name: "scan",
  usage: "scan",
  summary: "Find sync errors through the HubSpot and Salesforce APIs now",
  run(_args, { scanner, catalog, now, translator }) {
    if (!scanner) throw new InvalidInputError({ key: "commands.scanNotConfigured" });
    const running = scanner.runningSince();
    if (running) return scanRunningMessage(running, translator);
    // A scan takes a while: say so at once, show how far it got now and then, and replace it all
    // with the summary. A response_url takes five posts: the first, three updates, the summary.
    let report: ((message: SlackMessage) => void) | undefined;
    let updates = 0;
    let lastUpdate = now().getTime();
    const onProgress = ({ side, read }: { side: string; read: number }) => {
      const at = now().getTime();
      if (!report || updates >= PROGRESS_UPDATES || at - lastUpdate < PROGRESS_EVERY_MS) return;
      updates++;
      lastUpdate = at;
      report(scanProgressMessage(side, read, translator));
    };
    return {
      immediate: scanStartedMessage(translator),
      onProgress: (send) => {
        report = send;
      },
      final: scanner
        .request(onProgress)
        .then((outcome) =>
          outcome.kind === "running"
            ? scanRunningMessage(outcome.since, translator)
            : outcome.kind === "running-elsewhere"
              ? scanRunningElsewhereMessage(translator)
              : scanSummaryMessage(outcome.scan, outcome.summary, catalog, translator),
        ),
    };
  },
};
