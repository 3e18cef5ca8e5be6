import { UsageError } from "../../errors.js";
import { localDateTime } from "../../local-time.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";

/** `syncerror audit`: who started which resync, when, for how many records, and how it went. */
export const audit: CliCommand = {
  name: "audit",
  usage: [`${PROGRAM} audit [--limit N] [--json]`],
  summary: "The audit log of resyncs, newest first",
  options: { limit: { type: "string" }, json: { type: "boolean" }, ...HELP_OPTION },
  async run({ values, positionals }, io, context) {
    if (positionals.length > 0)
      throw new UsageError(
        { key: "cli.noArguments", values: { command: "audit" } },
        audit.usage.join("\n"),
      );
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
      throw new UsageError(
        { key: "cli.auditLimit", values: { max: 10_000 } },
        audit.usage.join("\n"),
      );
    const entries = await (await context.store()).auditLog(limit);
    const out = values.json
      ? JSON.stringify(entries, null, 2)
      : entries.length === 0
        ? context.translator.t("cli.auditEmpty")
        : entries
            .map(
              (e) =>
                `${localDateTime(e.at).padEnd(26)} ${e.who.padEnd(12)} ${e.action.padEnd(14)} ${(e.ruleId ?? "").padEnd(30)} ${String(e.count ?? "").padStart(7)}  ${e.outcome}${e.detail ? ` (${e.detail})` : ""}`,
            )
            .join("\n");
    await write(io.stdout, `${out}\n`);
    return EXIT.ok;
  },
};
