import { InvalidInputError, UsageError } from "../../errors.js";
import type { Translator } from "../../i18n/translator.js";
import { localDateTime } from "../../local-time.js";
import type { ColumnMappingRecord } from "../../store/types.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";

/** The documented JSON shape of `syncerror columns list --json`, one per remembered mapping. */
export interface ColumnMappingJson {
  readonly id: number;
  /** The header row as the file had it. */
  readonly headers: readonly string[];
  /** Field → the header that feeds it. */
  readonly columns: Readonly<Record<string, string>>;
  /** A Slack user id, or "cli". */
  readonly confirmedBy: string;
  readonly confirmedAt: string;
}

const usage = () => columns.usage.join("\n       ");

/** `syncerror columns list|forget`: the column mappings people confirmed for exports. */
export const columns: CliCommand = {
  name: "columns",
  usage: [`${PROGRAM} columns list [--json]`, `${PROGRAM} columns forget <n|all>`],
  summary: "List or forget the remembered column mappings of exports",
  options: { json: { type: "boolean" }, ...HELP_OPTION },
  async run({ values, positionals }, io, context) {
    const t = context.translator;
    const [action, ...rest] = positionals;
    if (action === "list" && rest.length === 0) {
      const mappings = await (await context.store()).columnMappings();
      const out = values.json
        ? JSON.stringify(mappings.map(toJson), null, 2)
        : mappings.length === 0
          ? t.t("columns.noneRemembered", { command: PROGRAM })
          : mappings.map((mapping) => renderMapping(mapping, t)).join("\n\n");
      await write(io.stdout, `${out}\n`);
      return EXIT.ok;
    }
    if (action === "forget" && rest.length === 1) {
      const [which = ""] = rest;
      const store = await context.store();
      if (which === "all") {
        const forgotten = await store.forgetColumnMappings();
        await write(io.stdout, `${t.t("columns.forgotAll", { count: forgotten })}\n`);
        return EXIT.ok;
      }
      if (!/^[1-9]\d{0,15}$/.test(which))
        throw new UsageError({ key: "columns.notANumber", values: { which } }, usage());
      if (!(await store.forgetColumnMapping(Number(which)))) {
        throw new InvalidInputError({
          key: "columns.noSuchMapping",
          values: { id: which, command: PROGRAM },
        });
      }
      await write(io.stdout, `${t.t("columns.forgotOne", { id: which })}\n`);
      return EXIT.ok;
    }
    throw new UsageError({ key: "columns.listOrForget" }, usage());
  },
};

function toJson(mapping: ColumnMappingRecord): ColumnMappingJson {
  return {
    id: mapping.id,
    headers: mapping.headers,
    columns: Object.fromEntries(
      Object.entries(mapping.columns).map(([field, column]) => [field, column.header]),
    ),
    confirmedBy: mapping.confirmedBy,
    confirmedAt: mapping.confirmedAt.toISOString(),
  };
}

function renderMapping(mapping: ColumnMappingRecord, t: Translator): string {
  const fed = Object.entries(mapping.columns)
    .map(([field, column]) => `${field} ← "${column.header}"`)
    .join(", ");
  return [
    t.t("columns.mappingTitle", {
      id: String(mapping.id),
      at: localDateTime(mapping.confirmedAt, { locale: t.locale }),
      by: mapping.confirmedBy,
    }),
    t.t("columns.mappingHeaders", { headers: mapping.headers.map((h) => `"${h}"`).join(", ") }),
    t.t("columns.mappingColumns", { columns: fed }),
  ].join("\n");
}
