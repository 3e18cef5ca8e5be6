import type { KnownBlock } from "@slack/types";
import type { CategoryEntry } from "../../catalog/catalog.js";
import { DIRECTION_LABELS } from "../../catalog/labels.js";
import type { SlackMessage } from "../blocks/index.js";
import { buildMessage, context, escapeMrkdwn, header, section } from "../blocks/index.js";

/** The catalog by category, one section a category, one line a type. */
export function catalogMessage(
  categories: readonly CategoryEntry[],
  options: { intro?: string; surface?: "message" | "home" } = {},
): SlackMessage {
  const total = categories.reduce((sum, c) => sum + c.rules.length, 0);
  const title = categories.length === 1 && categories[0] ? categories[0].name : "Sync error types";
  const blocks: KnownBlock[] = [header(`${title} (${total})`)];
  if (options.intro) blocks.push(section(options.intro));
  for (const category of categories) {
    blocks.push(
      section(
        `*${escapeMrkdwn(category.name)}*\n` +
          category.rules
            .map((r) => `• ${escapeMrkdwn(r.name)} _(${DIRECTION_LABELS[r.direction]})_`)
            .join("\n"),
      ),
    );
  }
  blocks.push(
    context(["`/syncerror explain &lt;type&gt;` for the cause and the fix of one type."]),
  );
  return buildMessage(
    { text: `${title}: ${total} error types`, blocks },
    options.surface ?? "message",
  );
}
