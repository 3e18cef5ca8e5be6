import type { HomeView } from "@slack/types";
import type { Catalog } from "../../catalog/catalog.js";
import type { Subcommand } from "../../commands/command.js";
import type { Translator } from "../../i18n/translator.js";
import { buildMessage, divider } from "../blocks/index.js";
import { catalogMessage } from "./catalog-list.js";
import { helpMessage } from "./help.js";

/**
 * The Home tab: help, then the catalog by category, both in the viewer's language.
 */
export function homeView(
  catalog: Catalog,
  subcommands: readonly Subcommand[],
  t: Translator,
): HomeView {
  const help = helpMessage(subcommands, t);
  const list = catalogMessage(catalog.categories, { surface: "home", translator: t });
  const { blocks } = buildMessage(
    { text: "syncerror", blocks: [...help.blocks, divider(), ...list.blocks] },
    "home",
  );
  return { type: "home", blocks };
}
