import { InvalidInputError, UsageError } from "../../../errors.js";
import type { Store } from "../../../store/types.js";
import { PROGRAM } from "../../exit-codes.js";

/**
 * `syncerror corrections remove <id>`: forgets one correction, audited as done by "cli". A bot
 * running beside it reads the change at its next start (its corrections are kept in memory).
 */
export async function removeCorrection(
  store: Store,
  which: string,
  usage: string,
  now: Date,
): Promise<string> {
  if (!/^[1-9]\d{0,15}$/.test(which))
    throw new UsageError(`"${which}" is not a correction number.`, usage);
  const removed = await store.removeCorrection(Number(which), "cli", now);
  if (!removed) {
    throw new InvalidInputError(
      `There is no correction #${which}; ${PROGRAM} corrections list shows them.`,
    );
  }
  return `Removed correction #${which}: messages like it are classified by the rules again. A running bot sees this at its next start.`;
}
