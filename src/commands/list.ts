import { UsageError } from "../errors.js";
import { catalogMessage } from "../slack/messages/catalog-list.js";
import type { Subcommand } from "./command.js";

/** `/syncerror list [category]`: the catalog, whole or for one category, in the asker's language. */
export const list: Subcommand = {
  name: "list",
  usage: "list [category]",
  summary: "The error types, by category",
  run(args, { catalog, translator }) {
    const wanted = args.trim();
    if (wanted === "") return catalogMessage(catalog.categories, { translator });
    const category = catalog.categoryByName(wanted);
    if (!category) {
      const names = catalog.categories.map((c) => c.name).join(", ");
      throw new UsageError(
        `There is no category "${wanted}". The categories are: ${names}.`,
        `/syncerror ${list.usage}`,
      );
    }
    return catalogMessage([category], { translator });
  },
};
