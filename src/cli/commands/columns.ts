import { InvalidInputError, UsageError } from "../../errors.js";
import { localDateTime } from "../../local-time.js";
import { count } from "../../plural.js";
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
    const [action, ...rest] = positionals;
    if (action === "list" && rest.length === 0) {
      const mappings = await (await context.store()).columnMappings();
      const out = values.json
        ? JSON.stringify(mappings.map(toJson), null, 2)
        : mappings.length === 0
          ? `No column mapping is remembered. One is, once a file whose columns had to be chosen is imported (${PROGRAM} import --columns, or the question in Slack).`
          : mappings.map(renderMapping).join("\n\n");
      await write(io.stdout, `${out}\n`);
      return EXIT.ok;
    }
    if (action === "forget" && rest.length === 1) {
      const [which = ""] = rest;
      const store = await context.store();
      if (which === "all") {
        const forgotten = await store.forgetColumnMappings();
        await write(
          io.stdout,
          `Forgot ${count(forgotten, "column mapping", "column mappings")}; the next export of each header row will ask again.\n`,
        );
        return EXIT.ok;
      }
      if (!/^[1-9]\d{0,15}$/.test(which))
        throw new UsageError(`"${which}" is not a mapping number or "all".`, usage());
      if (!(await store.forgetColumnMapping(Number(which)))) {
        throw new InvalidInputError(
          `No column mapping #${which} is remembered; ${PROGRAM} columns list shows them.`,
        );
      }
      await write(
        io.stdout,
        `Forgot column mapping #${which}; the next export with its columns will ask again.\n`,
      );
      return EXIT.ok;
    }
    throw new UsageError(
      "Say what to do with the column mappings: list, or forget <n|all>.",
      usage(),
    );
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

function renderMapping(mapping: ColumnMappingRecord): string {
  const who = mapping.confirmedBy === "cli" ? "on the command line" : `by ${mapping.confirmedBy}`;
  const fed = Object.entries(mapping.columns)
    .map(([field, column]) => `${field} ← "${column.header}"`)
    .join(", ");
  return [
    `#${mapping.id}  confirmed ${localDateTime(mapping.confirmedAt)} ${who}`,
    `  header row: ${mapping.headers.map((h) => `"${h}"`).join(", ")}`,
    `  columns:    ${fed}`,
  ].join("\n");
}
