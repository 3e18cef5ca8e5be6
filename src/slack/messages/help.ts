import type { KnownBlock } from "@slack/types";
import type { Subcommand } from "../../commands/command.js";
import type { MessageKey, Translator } from "../../i18n/translator.js";
import type { SlackMessage } from "../blocks/index.js";
import { buildMessage, context, escapeMrkdwn, header, section } from "../blocks/index.js";

/** Options for {@link helpMessage}. */
export interface HelpOptions {
  /** The subcommand the user typed that does not exist. */
  readonly unknown?: string | undefined;
  /** The real subcommand it most resembles. */
  readonly suggestion?: string | undefined;
}

/**
 * Each subcommand's usage and summary in the help catalog, by name. A subcommand missing here
 * shows its own English `usage` and `summary` (a test keeps every registered one listed).
 */
export const SUBCOMMAND_TEXTS: Readonly<
  Record<string, { readonly usage: MessageKey; readonly summary: MessageKey }>
> = {
  explain: { usage: "help.explainUsage", summary: "help.explainSummary" },
  list: { usage: "help.listUsage", summary: "help.listSummary" },
  status: { usage: "help.statusUsage", summary: "help.statusSummary" },
  digest: { usage: "help.digestUsage", summary: "help.digestSummary" },
  import: { usage: "help.importUsage", summary: "help.importSummary" },
  resync: { usage: "help.resyncUsage", summary: "help.resyncSummary" },
  scan: { usage: "help.scanUsage", summary: "help.scanSummary" },
  routes: { usage: "help.routesUsage", summary: "help.routesSummary" },
  mine: { usage: "help.mineUsage", summary: "help.mineSummary" },
  snoozed: { usage: "help.snoozedUsage", summary: "help.snoozedSummary" },
  chart: { usage: "help.chartUsage", summary: "help.chartSummary" },
  changes: { usage: "help.changesUsage", summary: "help.changesSummary" },
  help: { usage: "help.helpUsage", summary: "help.helpSummary" },
};

/** How to use `/syncerror`, in the translator's language, optionally after an unknown subcommand. */
export function helpMessage(
  subcommands: readonly Subcommand[],
  t: Translator,
  options: HelpOptions = {},
): SlackMessage {
  const blocks: KnownBlock[] = [];
  if (options.unknown) {
    const name = escapeMrkdwn(options.unknown);
    blocks.push(
      section(
        options.suggestion
          ? t.t("help.unknownSuggestion", { name, suggestion: options.suggestion })
          : t.t("help.unknown", { name }),
      ),
    );
  }
  const lines = subcommands.map((c) => {
    const texts = SUBCOMMAND_TEXTS[c.name];
    const usage = texts ? t.t(texts.usage) : c.usage;
    const summary = texts ? t.t(texts.summary) : c.summary;
    return `• \`/syncerror ${escapeMrkdwn(usage)}\`: ${summary}`;
  });
  blocks.push(
    header("syncerror"),
    section(`${t.t("help.intro")}\n${lines.join("\n")}`),
    context([t.t("help.examples")]),
  );
  const text = options.unknown
    ? t.t("help.unknownText", { name: options.unknown })
    : t.t("help.fallbackText");
  return buildMessage({ text, blocks });
}
