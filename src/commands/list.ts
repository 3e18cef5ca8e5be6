import { ruleWords } from "../catalog/labels.js";
import { UsageError } from "../errors.js";
import { catalogMessage } from "../slack/messages/catalog-list.js";
import type { Subcommand } from "./command.js";

/**
 * `/syncerror list [category]`: the catalog, whole or for one category, in the asker's language.
 * A category is named in English or Danish ("picklists", "picklister", "egenskabsværdier").
 */
export const list: Subcommand = {
  name: "list",
  usage: "list [category]",
  summary: "The error types, by category",
  run(args, { catalog, translator }) {
    const wanted = args.trim();
    if (wanted === "") return catalogMessage(catalog.categories, { translator });
    const category = catalog.categoryByName(wanted);
    if (!category) {
      // The names the asker reads in `/syncerror list`, which are also names they may type.
      const words = ruleWords(translator);
      const names = catalog.categories.map((c) => words.category(c.id)).join(", ");
      throw new UsageError(
        { key: "commands.unknownCategory", values: { typed: wanted, names } },
        `/syncerror ${translator.t("help.listUsage")}`,
      );
    }
    return catalogMessage([category], { translator });
  },
};
