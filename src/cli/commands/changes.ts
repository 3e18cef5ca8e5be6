import type { Catalog } from "../../catalog/catalog.js";
import { changeLines } from "../../change-list/change-lines.js";
import {
  type ChangesInPeriod,
  changesSince,
  DEFAULT_CHANGE_DAYS,
} from "../../change-list/changes-since.js";
import { periodDays } from "../../change-list/period.js";
import { UsageError } from "../../errors.js";
import type { Translator } from "../../i18n/translator.js";
import { localDateTime } from "../../local-time.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";

/**
 * `syncerror changes [--since 7d] [--json]`: the changes to Salesforce's and HubSpot's setup the
 * bot learnt of in the period (a week unless told), newest first, each with the waves of errors it
 * likely started; times in the terminal's time zone, or (`--json`) a stable document in ISO 8601.
 */
export const changesCommand: CliCommand = {
  name: "changes",
  usage: [`${PROGRAM} changes [--since 7d] [--json]`],
  summary:
    "The changes to Salesforce's and HubSpot's setup the bot learnt of, and the errors they likely started",
  options: { since: { type: "string" }, json: { type: "boolean" }, ...HELP_OPTION },
  async run({ values, positionals }, io, context) {
    const usage = changesCommand.usage.join("\n");
    if (positionals.length > 0)
      throw new UsageError({ key: "cli.noArguments", values: { command: "changes" } }, usage);
    const days =
      typeof values.since === "string" ? periodDays(values.since, usage) : DEFAULT_CHANGE_DAYS;
    const period = await changesSince(await context.store(), { days, now: context.now() });
    const out = values.json
      ? JSON.stringify(changesJson(period), null, 2)
      : changesText(period, context.translator, context.catalog);
    await write(io.stdout, `${out}\n`);
    return EXIT.ok;
  },
};

/** What `--json` prints: its keys stay as they are, for scripts. */
export function changesJson({ days, since, now, changes }: ChangesInPeriod) {
  const iso = (at: Date | null | undefined) => (at ? at.toISOString() : null);
  return {
    days,
    since: since.toISOString(),
    until: now.toISOString(),
    changes: changes.map(({ change, started }) => ({
      happenedAt: iso(change.happenedAt),
      happenedAfter: iso(change.happenedAfter),
      observedAt: change.observedAt.toISOString(),
      kind: change.kind,
      system: change.system,
      object: change.object,
      field: change.field,
      option: change.option,
      before: change.before,
      after: change.after,
      who: change.who,
      source: change.source,
      detail: change.detail,
      started: started.map(({ wave, cause }) => ({
        type: wave.ruleId,
        count: wave.count,
        firstAt: wave.firstAt.toISOString(),
        confidence: Math.round(cause.confidence * 100) / 100,
      })),
    })),
  };
}

function changesText(period: ChangesInPeriod, t: Translator, catalog: Catalog): string {
  const { days, changes } = period;
  const title = t.t("change-list.title", { count: changes.length, days });
  if (changes.length === 0)
    return [title, "", t.t("change-list.none", { days }), t.t("change-list.sources")].join("\n");
  const style = {
    moment: (at: Date) => localDateTime(at, { locale: t.locale }),
    escape: (text: string) => text,
  };
  const lines = changes.flatMap((entry) => {
    const { line, started } = changeLines(entry, { t, catalog, style });
    return [line, ...started.map((s) => `    ${s}`)];
  });
  return [title, "", ...lines].join("\n");
}
