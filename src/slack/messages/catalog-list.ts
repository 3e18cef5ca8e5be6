import type { KnownBlock } from "@slack/types";
import type { CategoryEntry } from "../../catalog/catalog.js";
import { ruleWords } from "../../catalog/labels.js";
import { type Translator, translator } from "../../i18n/translator.js";
import type { SlackMessage } from "../blocks/index.js";
import { buildMessage, context, escapeMrkdwn, header, section } from "../blocks/index.js";

/** English, for the callers that do not pass the answer's translator yet. */
const ENGLISH = translator("en");

/**
 * The catalog by category, one section a category, one line a type, in the translator's
 * language (category names as HubSpot's Sync Health page shows them, the types' Danish names).
 */
export function catalogMessage(
  categories: readonly CategoryEntry[],
  options: { intro?: string; surface?: "message" | "home"; translator?: Translator } = {},
): SlackMessage {
  const t = options.translator ?? ENGLISH;
  const words = ruleWords(t);
  const total = categories.reduce((sum, c) => sum + c.rules.length, 0);
  const title =
    categories.length === 1 && categories[0]
      ? words.category(categories[0].id)
      : t.t("explain.listTitle");
  const blocks: KnownBlock[] = [header(`${title} (${total})`)];
  if (options.intro) blocks.push(section(options.intro));
  for (const category of categories) {
    blocks.push(
      section(
        `*${escapeMrkdwn(words.category(category.id))}*\n` +
          category.rules
            .map((r) => `• ${escapeMrkdwn(words.name(r))} _(${words.direction(r.direction)})_`)
            .join("\n"),
      ),
    );
  }
  blocks.push(context([t.t("explain.listFooter")]));
  return buildMessage(
    { text: t.t("explain.listText", { title, count: total }), blocks },
    options.surface ?? "message",
  );
}
