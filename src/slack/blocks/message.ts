import type { ActionsBlock, KnownBlock } from "@slack/types";
import { context } from "./builders.js";
import { BlockKitError } from "./errors.js";
import { ACTIONS_ELEMENTS_MAX, MAX_BLOCKS, MESSAGE_TEXT_MAX, type Surface } from "./limits.js";
import { ELLIPSIS, truncateText } from "./truncate.js";
import { validateBlocks } from "./validate.js";

/** A message (or view body) as Slack receives it: fallback text plus blocks. */
export interface SlackMessage {
  /** Shown in notifications and to screen readers; Slack uses it instead of blocks there. */
  readonly text: string;
  readonly blocks: KnownBlock[];
}

/** How many problems a `BlockKitError` message spells out; `problems` holds all of them. */
const PROBLEMS_IN_MESSAGE = 5;

/**
 * Makes `{ text, blocks }` fit for Slack on `surface`; every payload the app sends passes here.
 *
 * - The fallback text is cut to 40,000, ending in "…".
 * - An actions block of more than 25 elements is split into consecutive actions blocks of at most
 *   25; the first keeps its `block_id`, the next ones get `<block_id>-2`, `-3`, ….
 * - Past the surface's block limit (50 in a message, 100 in a modal or Home tab) the first
 *   limit − 1 blocks are kept and a context block says how many more did not fit.
 *
 * @throws BlockKitError when the input is wrong in a way no cut can fix (a programming error): a
 *   blank fallback text for a message, a `block_id` used twice, an `action_id` used twice in one
 *   block, or anything `validateBlocks` still finds (every problem is in `problems`).
 */
export function buildMessage(
  message: { readonly text: string; readonly blocks: readonly KnownBlock[] },
  surface: Surface = "message",
): SlackMessage {
  if (surface === "message" && message.text.trim() === "") {
    throw new BlockKitError("a message needs a fallback text for notifications and screen readers");
  }
  message.blocks.forEach(assertUniqueActionIds);
  const blocks = capBlocks(message.blocks.flatMap(splitActions), surface);
  assertUniqueBlockIds(blocks);
  const problems = validateBlocks(blocks, surface);
  if (problems.length > 0) {
    const shown = problems.slice(0, PROBLEMS_IN_MESSAGE).join("; ");
    const more =
      problems.length > PROBLEMS_IN_MESSAGE
        ? `; and ${problems.length - PROBLEMS_IN_MESSAGE} more`
        : "";
    throw new BlockKitError(`Slack would reject these blocks: ${shown}${more}`, problems);
  }
  return { text: truncateText(message.text, MESSAGE_TEXT_MAX), blocks };
}

function assertUniqueActionIds(block: KnownBlock, index: number): void {
  if (block.type !== "actions") return;
  const seen = new Set<string>();
  for (const element of block.elements) {
    const id = "action_id" in element ? element.action_id : undefined;
    if (id === undefined) continue;
    if (seen.has(id)) {
      throw new BlockKitError(`action_id ${JSON.stringify(id)} is used twice in block ${index}`);
    }
    seen.add(id);
  }
}

function assertUniqueBlockIds(blocks: readonly KnownBlock[]): void {
  const seen = new Set<string>();
  for (const block of blocks) {
    const id = block.block_id;
    if (id === undefined) continue;
    if (seen.has(id)) throw new BlockKitError(`block_id ${JSON.stringify(id)} is used twice`);
    seen.add(id);
  }
}

function splitActions(block: KnownBlock): KnownBlock[] {
  if (block.type !== "actions" || block.elements.length <= ACTIONS_ELEMENTS_MAX) return [block];
  const chunks: ActionsBlock[] = [];
  for (let start = 0; start < block.elements.length; start += ACTIONS_ELEMENTS_MAX) {
    const chunk: ActionsBlock = {
      type: "actions",
      elements: block.elements.slice(start, start + ACTIONS_ELEMENTS_MAX),
    };
    if (block.block_id !== undefined) {
      chunk.block_id = start === 0 ? block.block_id : `${block.block_id}-${chunks.length + 1}`;
    }
    chunks.push(chunk);
  }
  return chunks;
}

function capBlocks(blocks: KnownBlock[], surface: Surface): KnownBlock[] {
  const max = MAX_BLOCKS[surface];
  if (blocks.length <= max) return blocks;
  // The notice takes the last slot, so at least two blocks are always dropped: "blocks" is right.
  const dropped = blocks.length - (max - 1);
  const where = surface === "message" ? "one Slack message" : "one Slack view";
  return [
    ...blocks.slice(0, max - 1),
    context([`${ELLIPSIS} ${dropped} more blocks did not fit in ${where}.`]),
  ];
}
