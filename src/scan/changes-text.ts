import { sayUserText } from "../errors.js";
import type { Translator } from "../i18n/translator.js";
import type { ScanSummary } from "./scan-types.js";

/**
 * What a scan learnt of Setup changes in both CRMs, in `t`'s language: how many new changes, when
 * there were any, and the note when something kept the bot from learning (the integration user
 * may not read the Setup Audit Trail, a read failed). None for a scan stored before it, or one
 * that learnt nothing and has nothing to say.
 */
export function changesLines(summary: Pick<ScanSummary, "changes">, t: Translator): string[] {
  const changes = summary.changes;
  if (!changes) return [];
  const lines: string[] = [];
  if (changes.learnt > 0) lines.push(t.t("scan.changesLearnt", { count: changes.learnt }));
  if (changes.note) lines.push(sayUserText(changes.note, t));
  return lines;
}
