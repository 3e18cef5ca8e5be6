import {
  ACTIONS_ELEMENTS_MAX,
  BLOCK_ID_MAX,
  CONTEXT_ELEMENTS_MAX,
  CONTEXT_TEXT_MAX,
  HEADER_TEXT_MAX,
  IMAGE_ALT_TEXT_MAX,
  IMAGE_TITLE_MAX,
  IMAGE_URL_MAX,
  INPUT_LABEL_MAX,
  MAX_BLOCKS,
  SECTION_FIELD_TEXT_MAX,
  SECTION_FIELDS_MAX,
  SECTION_TEXT_MAX,
  type Surface,
} from "./limits.js";
import {
  checkElement,
  checkKeys,
  checkString,
  checkText,
  isRecord,
  quoted,
  type Report,
  typeLabel,
} from "./validate-elements.js";
import { checkInputElement } from "./validate-inputs.js";

/**
 * Lists what Slack would reject in `blocks` for `surface`, one human-readable sentence per problem
 * ("block 3 (section): text is 3012 characters, over 3000"; block and element numbers are array
 * indexes, from 0). Empty when the blocks are valid.
 *
 * It covers the blocks syncerror emits (header, section, context, divider, actions) with their
 * button, overflow and static select elements, confirmation dialogs and text objects, and reports
 * every other block or element type as unsupported. Total over any JSON value: it never throws, because the
 * fake Slack server calls it on whatever a test sends and answers `invalid_blocks` from it.
 */
export function validateBlocks(blocks: unknown, surface: Surface): string[] {
  const problems: string[] = [];
  try {
    checkBlocks(blocks, surface, (p) => problems.push(p));
  } catch (error) {
    // Plain JSON cannot make the walk throw; a hostile object (a throwing getter, a Proxy) can.
    problems.push(
      `blocks could not be read: ${error instanceof Error ? error.message : "unknown"}`,
    );
  }
  return problems;
}

function checkBlocks(blocks: unknown, surface: Surface, report: Report): void {
  if (!Array.isArray(blocks)) {
    report(`blocks is ${blocks === null ? "null" : typeof blocks}, not an array`);
    return;
  }
  const max = MAX_BLOCKS[surface];
  if (blocks.length > max) report(`a ${surface} has ${blocks.length} blocks, over ${max}`);
  const blockIds = new Map<string, number>();
  blocks.forEach((block: unknown, index) => {
    if (!isRecord(block)) {
      report(`block ${index}: is not an object`);
      return;
    }
    const at: Report = (p) => report(`block ${index} (${typeLabel(block.type)}): ${p}`);
    checkBlock(block, at, surface);
    const id = block.block_id;
    checkString(id, "block_id", BLOCK_ID_MAX, at);
    if (typeof id !== "string") return;
    const first = blockIds.get(id);
    if (first === undefined) blockIds.set(id, index);
    else at(`block_id ${JSON.stringify(id.slice(0, 60))} is already used by block ${first}`);
  });
}

function checkBlock(block: Record<string, unknown>, report: Report, surface: Surface): void {
  switch (block.type) {
    case "input":
      // Input blocks belong in modals (https://docs.slack.dev/reference/block-kit/blocks/input-block).
      if (surface !== "modal") report("input blocks are for modals");
      checkInput(block, report);
      return;
    case "header":
      checkKeys(block, ["type", "block_id", "text"], report);
      checkText(block.text, "text", HEADER_TEXT_MAX, report, ["plain_text"]);
      return;
    case "section":
      checkSection(block, report);
      return;
    case "context":
      checkKeys(block, ["type", "block_id", "elements"], report);
      checkItems(block.elements, "elements", 1, CONTEXT_ELEMENTS_MAX, report, (element, at) =>
        checkText(element, "text", CONTEXT_TEXT_MAX, at),
      );
      return;
    case "divider":
      checkKeys(block, ["type", "block_id"], report);
      return;
    case "image":
      checkImage(block, report);
      return;
    case "actions":
      checkActions(block, report);
      return;
    default:
      report("block type is unknown or not one syncerror emits");
  }
}

/**
 * An image block: exactly one of `image_url` (at most 3000) and `slack_file` (`{id}` or `{url}`,
 * not both), `alt_text` (required, at most 2000), an optional plain_text `title` (2000). Source:
 * @slack/types 3.2.0 `ImageBlock`, `SlackFile`.
 */
function checkImage(block: Record<string, unknown>, report: Report): void {
  checkKeys(block, ["type", "block_id", "image_url", "slack_file", "alt_text", "title"], report);
  const hasUrl = block.image_url !== undefined;
  const hasFile = block.slack_file !== undefined;
  if (hasUrl === hasFile) report("needs exactly one of image_url and slack_file");
  checkString(block.image_url, "image_url", IMAGE_URL_MAX, report);
  if (hasFile) {
    const file = block.slack_file;
    if (!isRecord(file)) report("slack_file is not an object");
    else {
      checkKeys(file, ["id", "url"], (p) => report(`slack_file: ${p}`));
      if ((file.id === undefined) === (file.url === undefined)) {
        report("slack_file needs exactly one of id and url");
      }
      if (
        file.id !== undefined &&
        (typeof file.id !== "string" || !/^F[A-Z0-9]{8,}$/.test(file.id))
      ) {
        report(`slack_file id ${quoted(file.id)} is not a file id`);
      }
      checkString(file.url, "slack_file url", IMAGE_URL_MAX, report);
    }
  }
  checkString(block.alt_text, "alt_text", IMAGE_ALT_TEXT_MAX, report, true);
  if (block.title !== undefined) {
    checkText(block.title, "title", IMAGE_TITLE_MAX, report, ["plain_text"]);
  }
}

function checkInput(block: Record<string, unknown>, report: Report): void {
  checkKeys(
    block,
    ["type", "block_id", "label", "element", "hint", "optional", "dispatch_action"],
    report,
  );
  checkText(block.label, "label", INPUT_LABEL_MAX, report, ["plain_text"]);
  if (block.hint !== undefined)
    checkText(block.hint, "hint", INPUT_LABEL_MAX, report, ["plain_text"]);
  if (block.optional !== undefined && typeof block.optional !== "boolean") {
    report("optional is not a boolean");
  }
  checkInputElement(block.element, (p) => report(`element (${elementType(block.element)}): ${p}`));
}

function checkSection(block: Record<string, unknown>, report: Report): void {
  checkKeys(block, ["type", "block_id", "text", "fields", "accessory", "expand"], report);
  if (block.text === undefined && block.fields === undefined) report("has neither text nor fields");
  if (block.text !== undefined) checkText(block.text, "text", SECTION_TEXT_MAX, report);
  if (block.fields !== undefined) {
    checkItems(block.fields, "fields", 1, SECTION_FIELDS_MAX, report, (field, at) =>
      checkText(field, "text", SECTION_FIELD_TEXT_MAX, at),
    );
  }
  if (block.accessory !== undefined) {
    checkElement(block.accessory, (p) =>
      report(`accessory (${elementType(block.accessory)}): ${p}`),
    );
  }
  if (block.expand !== undefined && typeof block.expand !== "boolean") {
    report("expand is not a boolean");
  }
}

function checkActions(block: Record<string, unknown>, report: Report): void {
  checkKeys(block, ["type", "block_id", "elements"], report);
  // Slack routes a click by action_id within its block, so two equal ids there are ambiguous.
  const actionIds = new Map<string, number>();
  checkItems(block.elements, "elements", 1, ACTIONS_ELEMENTS_MAX, report, (element, at, index) => {
    const id = checkElement(element, at);
    if (id === undefined) return;
    const first = actionIds.get(id);
    if (first === undefined) actionIds.set(id, index);
    else at(`action_id ${JSON.stringify(id.slice(0, 60))} is already used by element ${first}`);
  });
}

// Checks an array's length and each item, prefixing each item's problems with where it sits.
function checkItems(
  items: unknown,
  field: string,
  min: number,
  max: number,
  report: Report,
  checkItem: (item: unknown, at: Report, index: number) => void,
): void {
  if (!Array.isArray(items)) {
    report(`${field} is ${items === undefined ? "missing" : "not an array"}`);
    return;
  }
  if (items.length < min) report(`${field} has ${items.length} items, needs at least ${min}`);
  if (items.length > max) report(`${field} has ${items.length} items, over ${max}`);
  items.forEach((item: unknown, index) => {
    const noun = field === "fields" ? "field" : "element";
    const label =
      field === "fields" ? `${noun} ${index}` : `${noun} ${index} (${elementType(item)})`;
    checkItem(item, (p) => report(`${label}: ${p}`), index);
  });
}

function elementType(item: unknown): string {
  return isRecord(item) ? typeLabel(item.type) : typeLabel(item);
}
