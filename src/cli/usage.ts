import { type MessageKey, type Translator, translator } from "../i18n/translator.js";
import type { CliCommand } from "./cli-command.js";
import { cliCommands } from "./commands/index.js";
import { PROGRAM } from "./exit-codes.js";

/**
 * Each command's summary in the cli catalog, by the command's name: the help says it in the
 * reader's language (a command's own `summary` is its English, for code that reads it).
 */
const SUMMARIES: Readonly<Record<string, MessageKey>> = {
  explain: "cli.summaryExplain",
  classify: "cli.summaryClassify",
  eval: "cli.summaryEval",
  list: "cli.summaryList",
  import: "cli.summaryImport",
  columns: "cli.summaryColumns",
  status: "cli.summaryStatus",
  digest: "cli.summaryDigest",
  setup: "cli.summarySetup",
  resync: "cli.summaryResync",
  scan: "cli.summaryScan",
  mappings: "cli.summaryMappings",
  routes: "cli.summaryRoutes",
  audit: "cli.summaryAudit",
  chart: "cli.summaryChart",
  changes: "cli.summaryChanges",
  corrections: "cli.summaryCorrections",
  "demo-data": "cli.summaryDemoData",
  db: "cli.summaryDb",
};

/**
 * The notes some synopses carry, by their English words: a synopsis is syntax and stays, its
 * notes are said in the reader's language.
 */
const NOTES: ReadonlyArray<MessageKey> = [
  "cli.noteClassifyStdin",
  "cli.noteEvalStdin",
  "cli.noteEvalCases",
  "cli.noteDemoFormat",
];

/** Synopsis lines (`usage`) with their notes in `t`'s language. */
export function localUsage(usage: string, t: Translator): string {
  if (t.language === "en") return usage;
  const english = translator("en");
  return NOTES.reduce((text, key) => text.replaceAll(english.t(key), t.t(key)), usage);
}

/** A command's summary in `t`'s language (its English `summary` for one the catalog lacks). */
export function summaryOf(command: CliCommand, t: Translator): string {
  const key = SUMMARIES[command.name];
  return key ? t.t(key) : command.summary;
}

/** The program's help: every command with its synopsis, in `t`'s language. */
export function programHelp(t: Translator): string {
  return [
    t.t("cli.tagline", { program: PROGRAM }),
    "",
    t.t("cli.usageHeading"),
    ...cliCommands.map((c) => `  ${(c.usage[0] ?? c.name).padEnd(72)} ${summaryOf(c, t)}`),
    "",
    t.t("cli.optionsHeading"),
    t.t("cli.optionJson"),
    t.t("cli.optionJsonl"),
    t.t("cli.optionHelp", { program: PROGRAM }),
    t.t("cli.optionLang"),
    "",
    t.t("cli.exitCodes"),
    "",
    t.t("cli.withoutCommand", { program: PROGRAM, id: "<id>" }),
  ].join("\n");
}

/** One command's help, in `t`'s language. */
export function commandHelp(command: CliCommand, t: Translator): string {
  return t.t("cli.commandHelp", {
    summary: summaryOf(command, t),
    usage: localUsage(command.usage.join("\n       "), t),
  });
}
