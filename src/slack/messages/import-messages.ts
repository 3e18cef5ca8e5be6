import type { KnownBlock } from "@slack/types";
import type { Catalog } from "../../catalog/catalog.js";
import { ruleWords } from "../../catalog/labels.js";
import type { CorrectionChance } from "../../corrections/correction-offers.js";
import { sayUserText } from "../../errors.js";
import { type Translator, translator } from "../../i18n/translator.js";
import { formatSize } from "../../import/read/format-size.js";
import { type ImportSummary, missingText } from "../../import/summary.js";
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

/** The buttons that answer "resolve the errors this export did not list?"; value: the import id. */
export const MISSING_ACTIONS = {
  resolve: "import_missing_resolve",
  keep: "import_missing_keep",
} as const;
/** Block ids of the question and its buttons, so the answer can replace them in the summary. */
export const MISSING_BLOCKS = { text: "import_missing_text", buttons: "import_missing" } as const;

/** The question's blocks: what is kept open, and the two buttons (only while undecided). */
function missingBlocks(summary: ImportSummary, t: Translator): KnownBlock[] {
  const text = missingText(summary, t);
  if (!text || !summary.missing) return [];
  const blocks: KnownBlock[] = [
    section(`:warning: ${escapeMrkdwn(text)}`, { blockId: MISSING_BLOCKS.text }),
  ];
  if (summary.missing.decision === "undecided") {
    const value = String(summary.missing.importId);
    blocks.push(
      actions(
        [
          button({ text: t.t("import.resolveButton"), actionId: MISSING_ACTIONS.resolve, value }),
          button({ text: t.t("import.keepButton"), actionId: MISSING_ACTIONS.keep, value }),
        ],
        MISSING_BLOCKS.buttons,
      ),
    );
  }
  return blocks;
}
/**
 * The summary's types (keyed by their English names) by their names in `t`'s language; a name the
 * catalog does not know (HubSpot's own type column) stays as the file said it.
 */
function typesNamed(
  byType: Readonly<Record<string, number>>,
  t: Translator,
  catalog: Catalog | undefined,
): Readonly<Record<string, number>> {
  if (!catalog || t.language === "en") return byType;
  const words = ruleWords(t);
  const byName = new Map(catalog.rules.map((rule) => [rule.name, rule]));
  return Object.fromEntries(
    Object.entries(byType).map(([name, n]) => {
      const rule = byName.get(name);
      return [rule ? words.name(rule) : name, n];
    }),
  );
}

/** How many error types a summary lists before "… and N more". */
const LISTED_TYPES = 12;

/** One line per type, the first LISTED_TYPES of them, then how many more there are. */
function typeLines(byType: Readonly<Record<string, number>>, t: Translator): string {
  const entries = Object.entries(byType);
  const listed = entries.slice(0, LISTED_TYPES);
  const lines = listed.map(([name, count]) =>
    t.t("import.typeLine", { name: escapeMrkdwn(name), count }),
  );
  const hidden = entries.length - listed.length;
  if (hidden > 0) lines.push(t.t("import.moreTypes", { hidden }));
  return lines.join("\n");
}

/**
 * The reply in a file's thread after an import, in `translator`'s language (the channel's), the
 * types by the names of that language when `catalog` is given. `corrections`, when the bot
 * classified the messages itself, puts "Not this type?" beside the new errors by type: one menu of
 * all the types, however many the summary lists.
 */
export function importSummaryMessage(
  summary: ImportSummary,
  corrections: readonly CorrectionChance[] = [],
  options: { readonly translator?: Translator; readonly catalog?: Catalog } = {},
): SlackMessage {
  const t = options.translator ?? translator("en");
  const file = escapeMrkdwn(summary.file);
  if (summary.unchanged) {
    const text = t.t("import.unchanged", { file, open: summary.stillOpen });
    return buildMessage({
      text: t.t("import.unchangedText", { file: summary.file }),
      blocks: [section(text)],
    });
  }
  const blocks: KnownBlock[] = [
    section(
      `${t.t("import.imported", { file, rows: summary.rows })}\n${t.t("import.counts", {
        new: summary.new,
        open: summary.stillOpen,
        resolved: summary.resolved,
        rejected: summary.rejectedCount,
      })}`,
    ),
    ...missingBlocks(summary, t),
  ];
  if (summary.new > 0) {
    blocks.push(
      section(
        `${t.t("import.newByType")}\n${typeLines(typesNamed(summary.byType, t, options.catalog), t)}`,
        corrections.length > 0 ? { accessory: notThisTypeLineSelect(corrections, t) } : {},
      ),
    );
  }
  if (summary.rejected.length > 0) {
    const listed = summary.rejected.slice(0, 10).map((r) =>
      t.t("import.rejectedRow", {
        row: String(r.row),
        reason: escapeMrkdwn(r.said ? sayUserText(r.said, t) : r.reason),
      }),
    );
    const more =
      summary.rejectedCount > listed.length
        ? `\n${t.t("import.rejectedMore", { count: summary.rejectedCount - listed.length })}`
        : "";
    blocks.push(section(`${t.t("import.rejectedTitle")}\n${listed.join("\n")}${more}`));
  }
  blocks.push(
    context([
      t.t("import.columns", {
        // The fields are the bot's own ids, the headers the file's: both stay as they are.
        columns: Object.entries(summary.columns)
          .map(([field, headerName]) => `${field} ← ${escapeMrkdwn(headerName)}`)
          .join(", "),
      }),
      t.t("import.statusHint"),
    ]),
  );
  return buildMessage({
    text: t.t("import.text", {
      file: summary.file,
      new: String(summary.new),
      resolved: String(summary.resolved),
    }),
    blocks,
  });
}

/** The reply while an import runs, in `t`'s language (the channel's), replaced by the summary. */
export function importingMessage(fileName: string, t: Translator = translator("en")): SlackMessage {
  return buildMessage({
    text: t.t("import.importingText", { file: fileName }),
    blocks: [section(t.t("import.importing", { file: escapeMrkdwn(fileName) }))],
  });
}

/** `/syncerror import`: how to get the export out of HubSpot and where to drop it, in `t`'s language (the asker's). */
export function importHowToMessage(
  digestChannel: string | undefined,
  maxBytes: number,
  t: Translator,
): SlackMessage {
  const channel = digestChannel ? `<#${digestChannel}>` : "none";
  return buildMessage({
    text: t.t("files.howToText"),
    blocks: [
      header(t.t("files.howToHeader")),
      section(t.t("files.howTo", { channel })),
      context([t.t("files.howToLimits", { limit: formatSize(maxBytes) })]),
    ],
  });
}
