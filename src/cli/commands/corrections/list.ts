import type { Catalog } from "../../../catalog/catalog.js";
import { localDateTime } from "../../../local-time.js";
import type { CorrectionRecord, Store } from "../../../store/types.js";
import { PROGRAM } from "../../exit-codes.js";

/** The documented JSON shape of `syncerror corrections list --json`, one per correction. */
export interface CorrectionJson {
  readonly id: number;
  /** The message the admin corrected. */
  readonly message: string;
  /** Its shape: messages with the same key get the same type. */
  readonly key: string;
  /** The type's id and name. */
  readonly type: string;
  readonly name: string;
  /** A Slack user id, or "cli". */
  readonly correctedBy: string;
  readonly correctedAt: string;
}

/** `syncerror corrections list [--json]`: every correction, oldest first. */
export async function listCorrections(
  store: Store,
  catalog: Catalog,
  json: boolean,
): Promise<string> {
  const corrections = await store.corrections();
  if (json)
    return JSON.stringify(
      corrections.map((c) => toJson(c, catalog)),
      null,
      2,
    );
  if (corrections.length === 0)
    return 'No error type has been corrected. An admin corrects one with "Not this type?" in Slack.';
  return corrections.map((c) => render(c, catalog)).join("\n\n");
}

function toJson(correction: CorrectionRecord, catalog: Catalog): CorrectionJson {
  return {
    id: correction.id,
    message: correction.message,
    key: correction.key,
    type: correction.ruleId,
    name: catalog.ruleById(correction.ruleId)?.name ?? correction.ruleId,
    correctedBy: correction.correctedBy,
    correctedAt: correction.correctedAt.toISOString(),
  };
}

/** How much of a message the list shows; `--json` has it whole. */
const SHOWN_CHARS = 160;

function render(correction: CorrectionRecord, catalog: Catalog): string {
  const who =
    correction.correctedBy === "cli" ? "on the command line" : `by ${correction.correctedBy}`;
  const oneLine = correction.message.replace(/\s+/g, " ").trim();
  const shown = oneLine.length > SHOWN_CHARS ? `${oneLine.slice(0, SHOWN_CHARS - 1)}…` : oneLine;
  return [
    `#${correction.id}  ${catalog.ruleById(correction.ruleId)?.name ?? correction.ruleId}  (corrected ${localDateTime(correction.correctedAt)} ${who})`,
    `  message: ${shown}`,
    `  remove:  ${PROGRAM} corrections remove ${correction.id}`,
  ].join("\n");
}
