import type { CategoryEntry } from "../catalog/catalog.js";
import { UsageError } from "../errors.js";
import type { Command } from "./command.js";

/** `list [category]`: the catalog, whole or for one category. */
export const list: Command<readonly CategoryEntry[]> = {
  name: "list",
  usage: "list [category]",
  summary: "List the error types, by category",
  run(text, { catalog }) {
    const wanted = text.trim();
    if (wanted === "") return catalog.categories;
    const category = catalog.categoryByName(wanted);
    if (!category) {
      const names = catalog.categories.map((c) => c.name).join(", ");
      throw new UsageError(
        `There is no category "${wanted}". The categories are: ${names}.`,
        list.usage,
      );
    }
    return [category];
  },
};
