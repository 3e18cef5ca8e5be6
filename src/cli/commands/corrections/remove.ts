import { InvalidInputError, UsageError } from "../../../errors.js";
import type { Translator } from "../../../i18n/translator.js";
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
  t: Translator,
): Promise<string> {
  if (!/^[1-9]\d{0,15}$/.test(which))
    throw new UsageError({ key: "cli.correctionsNotNumber", values: { which } }, usage);
  const removed = await store.removeCorrection(Number(which), "cli", now);
  if (!removed) {
    throw new InvalidInputError({
      key: "cli.correctionsNoSuch",
      values: { which, command: `${PROGRAM} corrections list` },
    });
  }
  return t.t("cli.correctionsRemoved", { which });
}
