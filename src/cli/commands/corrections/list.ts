import type { Catalog } from "../../../catalog/catalog.js";
import type { Translator } from "../../../i18n/translator.js";
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

/** `syncerror corrections list [--json]`: every correction, oldest first; text in `t`'s language. */
export async function listCorrections(
  store: Store,
  catalog: Catalog,
  json: boolean,
  t: Translator,
): Promise<string> {
  const corrections = await store.corrections();
  if (json)
    return JSON.stringify(
      corrections.map((c) => toJson(c, catalog)),
      null,
      2,
    );
  if (corrections.length === 0) return t.t("cli.correctionsNone");
  return corrections.map((c) => render(c, catalog, t)).join("\n\n");
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

function render(correction: CorrectionRecord, catalog: Catalog, t: Translator): string {
  const oneLine = correction.message.replace(/\s+/g, " ").trim();
  const shown = oneLine.length > SHOWN_CHARS ? `${oneLine.slice(0, SHOWN_CHARS - 1)}…` : oneLine;
  return [
    t.t("cli.correctionsEntry", {
      id: correction.id,
      name: catalog.ruleById(correction.ruleId)?.name ?? correction.ruleId,
      at: localDateTime(correction.correctedAt),
      by: correction.correctedBy,
    }),
    t.t("cli.correctionsMessage", { message: shown }),
    t.t("cli.correctionsRemove", { command: `${PROGRAM} corrections remove ${correction.id}` }),
  ].join("\n");
}
