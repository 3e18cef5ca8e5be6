import type { KnownBlock } from "@slack/types";
import type { CorrectionChance } from "../../corrections/correction-offers.js";
import { formatSize } from "../../import/read/format-size.js";
import { type ImportSummary, missingText } from "../../import/summary.js";
import { count, plural } from "../../plural.js";
import {
  actions,
  buildMessage,
  button,
  context,
  escapeMrkdwn,
  header,
  type SlackMessage,
  section,
} from "../blocks/index.js";
import { notThisTypeLineSelect } from "./correction-messages.js";

const n = (value: number) => value.toLocaleString("en");

/** The buttons that answer "resolve the errors this export did not list?"; value: the import id. */
export const MISSING_ACTIONS = {
  resolve: "import_missing_resolve",
  keep: "import_missing_keep",
} as const;
/** Block ids of the question and its buttons, so the answer can replace them in the summary. */
export const MISSING_BLOCKS = { text: "import_missing_text", buttons: "import_missing" } as const;

/** The question's blocks: what is kept open, and the two buttons (only while undecided). */
function missingBlocks(summary: ImportSummary): KnownBlock[] {
  const text = missingText(summary);
  if (!text || !summary.missing) return [];
  const blocks: KnownBlock[] = [
    section(`:warning: ${escapeMrkdwn(text)}`, { blockId: MISSING_BLOCKS.text }),
  ];
  if (summary.missing.decision === "undecided") {
    const value = String(summary.missing.importId);
    blocks.push(
      actions(
        [
          button({ text: "Resolve them", actionId: MISSING_ACTIONS.resolve, value }),
          button({ text: "Keep them open", actionId: MISSING_ACTIONS.keep, value }),
        ],
        MISSING_BLOCKS.buttons,
      ),
    );
  }
  return blocks;
}
/** How many error types a summary lists before "… and N more". */
const LISTED_TYPES = 12;

/**
 * One line per type, the first LISTED_TYPES of them; `more` says where the rest are.
 */
function typeLines(
  byType: Readonly<Record<string, number>>,
  options: { readonly all?: boolean; readonly more?: string } = {},
): string {
  const entries = Object.entries(byType);
  const listed = options.all ? entries : entries.slice(0, LISTED_TYPES);
  const lines = listed.map(([name, count]) => `• ${escapeMrkdwn(name)}: *${n(count)}*`);
  const hidden = entries.length - listed.length;
  if (hidden > 0) {
    lines.push(
      `… and ${n(hidden)} more ${plural(hidden, "error type", "error types")}${options.more ? ` — ${options.more}` : ""}`,
    );
  }
  return lines.join("\n");
}

/**
 * The reply in a file's thread after an import. `corrections`, when the bot classified the
 * messages itself, puts "Not this type?" beside the new errors by type: one menu of all the types,
 * however many the summary lists.
 */
export function importSummaryMessage(
  summary: ImportSummary,
  corrections: readonly CorrectionChance[] = [],
): SlackMessage {
  const file = escapeMrkdwn(summary.file);
  if (summary.unchanged) {
    const text = `*${file}* is the same file as the last import, so nothing changed. ${count(summary.stillOpen, "error is", "errors are")} open from it.`;
    return buildMessage({ text: `${summary.file}: nothing changed`, blocks: [section(text)] });
  }
  const blocks: KnownBlock[] = [
    section(
      `:inbox_tray: Imported *${file}*: ${count(summary.rows, "row", "rows")}.\n` +
        `*${n(summary.new)}* new · *${n(summary.stillOpen)}* still open · *${n(summary.resolved)}* resolved · *${n(summary.rejectedCount)}* rejected`,
    ),
    ...missingBlocks(summary),
  ];
  if (summary.new > 0) {
    blocks.push(
      section(
        `*New by error type*\n${typeLines(summary.byType)}`,
        corrections.length > 0 ? { accessory: notThisTypeLineSelect(corrections) } : {},
      ),
    );
  }
  if (summary.rejected.length > 0) {
    const listed = summary.rejected
      .slice(0, 10)
      .map((r) => `row ${r.row}: ${escapeMrkdwn(r.reason)}`);
    const more =
      summary.rejectedCount > listed.length
        ? `\n… ${n(summary.rejectedCount - listed.length)} more`
        : "";
    blocks.push(section(`*Rejected rows*\n${listed.join("\n")}${more}`));
  }
  blocks.push(
    context([
      `Columns: ${Object.entries(summary.columns)
        .map(([field, headerName]) => `${field} ← ${escapeMrkdwn(headerName)}`)
        .join(", ")}`,
      "`/syncerror status` for everything open",
    ]),
  );
  return buildMessage({
    text: `Imported ${summary.file}: ${summary.new} new, ${summary.resolved} resolved`,
    blocks,
  });
}

/** The reply while an import runs, replaced by the summary when it is done. */
export function importingMessage(fileName: string): SlackMessage {
  return buildMessage({
    text: `Importing ${fileName}…`,
    blocks: [section(`:hourglass_flowing_sand: Importing *${escapeMrkdwn(fileName)}*…`)],
  });
}

/** `/syncerror import`: how to get the export out of HubSpot and where to drop it. */
export function importHowToMessage(
  digestChannel: string | undefined,
  maxBytes: number,
): SlackMessage {
  const where = digestChannel
    ? `in <#${digestChannel}>, or send it to me in a direct message`
    : "to me in a direct message";
  return buildMessage({
    text: "How to import HubSpot's sync errors",
    blocks: [
      header("Import sync errors"),
      section(
        "HubSpot has no API that lists sync errors, so the bot reads the export:\n" +
          "1. In HubSpot, open *Settings → Integrations → Connected Apps → Salesforce → Sync Health*.\n" +
          "2. Click *Export errors* and download the CSV or Excel file.\n" +
          `3. Drop the file ${where}. I reply in its thread with what is new, still open and resolved.`,
      ),
      context([
        `Files up to ${formatSize(maxBytes)}. Each export is a snapshot: errors it no longer lists are marked resolved (when they are many, I ask first). Dropping the same file twice changes nothing.`,
      ]),
    ],
  });
}
