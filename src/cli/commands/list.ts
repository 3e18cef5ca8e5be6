import { ruleToJson } from "../../catalog/json.js";
import { ruleWords } from "../../catalog/labels.js";
import { UsageError } from "../../errors.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";
import { renderList } from "../render-text.js";

/** `syncerror list [--category <name>]`: the catalog. */
export const list: CliCommand = {
  name: "list",
  usage: [`${PROGRAM} list [--category <name>] [--json]`],
  summary: "List the error types, by category",
  options: { category: { type: "string" }, json: { type: "boolean" }, ...HELP_OPTION },
  async run({ values, positionals }, io, { catalog, translator }) {
    if (positionals.length > 0) {
      throw new UsageError(
        { key: "cli.listNoArguments", values: { words: positionals.join(" ") } },
        list.usage.join("\n"),
      );
    }
    const wanted = typeof values.category === "string" ? values.category.trim() : "";
    let categories = catalog.categories;
    if (wanted !== "") {
      // By id or English name, or by the name the reader's language gives it (`Picklister`).
      const words = ruleWords(translator);
      const said = (name: string) =>
        name
          .toLowerCase()
          .replace(/[\s_-]+/g, " ")
          .trim();
      const category =
        catalog.categoryByName(wanted) ??
        catalog.categories.find((c) => said(words.category(c.id)) === said(wanted));
      if (!category) {
        const names = catalog.categories.map((c) => words.category(c.id)).join(", ");
        throw new UsageError(
          { key: "cli.listNoCategory", values: { wanted, names } },
          list.usage.join("\n"),
        );
      }
      categories = [category];
    }
    const out = values.json
      ? JSON.stringify(
          categories.flatMap((c) => c.rules.map(ruleToJson)),
          null,
          2,
        )
      : renderList(categories, translator);
    await write(io.stdout, `${out}\n`);
    return EXIT.ok;
  },
};
