/**
 * Slack's own Block Kit limits, checked the way the Web API checks them and worded the way it
 * words them: one problem per line, `<what is wrong> [json-pointer:<where>]`.
 *
 * Sources (each limit names its own below):
 * - the @slack/types 3.2.0 JSDoc, `node_modules/@slack/types/dist/block-kit/*.d.ts`, which copies
 *   the Block Kit reference at https://docs.slack.dev/reference/block-kit/;
 * - block counts: https://docs.slack.dev/reference/block-kit/blocks ("up to 50 blocks in each
 *   message, and 100 blocks in modals or Home tabs");
 * - the wording, from Slack's answers quoted in public reports: "no more than 50 items allowed
 *   [json-pointer:/blocks]" (ryanrosello-og/playwright-slack-report#180), "no more than 100 items
 *   allowed [json-pointer:/view/blocks]" (grafana/oncall#210), "no more than 10 items allowed
 *   [json-pointer:/blocks/3/fields]" (getsentry/eng-pipes#725), "no more than 25 items allowed
 *   [json-pointer:/blocks/1/elements]" (adobe/spacecat-api-service#194), "must be less than 3001
 *   characters [json-pointer:/blocks/0/text/text]" and "failed to match all allowed schemas
 *   [json-pointer:/blocks/0/text]" (a chat.postMessage answer quoted at
 *   brainxx.org/blog/fixing-slack-api-error-message). Other wordings follow the same pattern and
 *   are marked assumed in docs/fakes/slack.md.
 *
 * Lengths are counted in characters (Unicode code points), not UTF-16 units: Slack documents
 * "characters", and counting units would refuse emoji-heavy text Slack accepts.
 *
 * What it does not check (listed as not modelled in docs/fakes/slack.md): unknown keys, which
 * block and element types are allowed on which surface, block kinds it does not list below (they
 * pass with only their `type`, `block_id` and any `elements`' `action_id`s checked), and Slack's
 * undocumented cumulative size limit (`msg_blocks_too_long`, slackapi/bolt-js#2509).
 */

/** Where blocks are shown. */
export type Surface = "message" | "modal" | "home";

/** Blocks per surface. Source: https://docs.slack.dev/reference/block-kit/blocks */
const MAX_BLOCKS: Readonly<Record<Surface, number>> = { message: 50, modal: 100, home: 100 };

/** The limits, each with the @slack/types 3.2.0 field that states it. */
const LIMIT = {
  /** `Block.block_id`. */
  blockId: 255,
  /** `Action.action_id` (extensions.d.ts). */
  actionId: 255,
  /** `PlainTextElement.text`, `MrkdwnElement.text`: 1 to 3000. */
  text: 3000,
  /** `SectionBlock.text`. */
  sectionText: 3000,
  /** `SectionBlock.fields`: 10 items of at most 2000. */
  sectionFields: 10,
  sectionFieldText: 2000,
  /** `HeaderBlock.text`. */
  headerText: 150,
  /** `ContextBlock.elements`. */
  contextElements: 10,
  /** `ActionsBlock.elements`. */
  actionsElements: 25,
  /** `ImageBlock.alt_text`, `ImageBlock.title`. */
  imageAltText: 2000,
  imageTitle: 2000,
  /** `ImageBlock.image_url`: "Maximum length for this field is 3000 characters". */
  imageUrl: 3000,
  /** `InputBlock.label`, `InputBlock.hint`. */
  inputLabel: 2000,
  inputHint: 2000,
  /** `Button.text`, `Button.value`, `Button.url`, `Button.accessibility_label`. */
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  accessibilityLabel: 75,
  /** `Confirm.title`, `.text`, `.confirm`, `.deny`. */
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  /** `Placeholdable.placeholder`. */
  placeholder: 150,
  /** `StaticSelect.options`, `.option_groups`, `OptionGroup.options`, `OptionGroup.label`. */
  selectOptions: 100,
  optionGroups: 100,
  optionGroupLabel: 75,
  /** `Overflow.options`: "up to 5". */
  overflowOptions: 5,
  /** `Checkboxes.options`, `RadioButtons.options`: "a maximum of 10". */
  choiceOptions: 10,
  /** `PlainTextOption.text`, `OptionDescriptor.description`, `OptionDescriptor.url`. */
  optionText: 75,
  optionDescription: 75,
  optionUrl: 3000,
  /**
   * `OptionDescriptor.value`: @slack/types 3.2.0 says 75, the current option object reference
   * (https://docs.slack.dev/reference/block-kit/composition-objects/option-object) says 150. The
   * fake must never refuse what Slack accepts, so it takes the larger.
   */
  optionValue: 150,
} as const;

type Report = (problem: string, pointer: string) => void;
type Json = Readonly<Record<string, unknown>>;

/**
 * Checks `blocks` as Slack checks a message's (`/blocks`) or a view's (`/view/blocks`) blocks.
 * Returns Slack's problem lines without the `[ERROR] ` prefix; empty when Slack would accept them.
 * Total over any JSON value: it never throws.
 */
export function checkBlockKit(blocks: unknown, surface: Surface): string[] {
  const problems: string[] = [];
  const report: Report = (problem, pointer) =>
    problems.push(`${problem} [json-pointer:${pointer}]`);
  const root = surface === "message" ? "/blocks" : "/view/blocks";
  if (!Array.isArray(blocks)) {
    report("must provide an array", root);
    return problems;
  }
  const max = MAX_BLOCKS[surface];
  if (blocks.length > max) report(`no more than ${max} items allowed`, root);
  const blockIds = new Set<string>();
  blocks.forEach((block: unknown, index) => {
    const at = `${root}/${index}`;
    if (!isRecord(block)) {
      report("must provide an object", at);
      return;
    }
    if (typeof block.type !== "string" || block.type === "") {
      report("missing required field: type", at);
      return;
    }
    if (block.block_id !== undefined) {
      checkLength(block.block_id, LIMIT.blockId, `${at}/block_id`, report);
      if (typeof block.block_id === "string") {
        if (blockIds.has(block.block_id)) report("duplicate block_id", `${at}/block_id`);
        blockIds.add(block.block_id);
      }
    }
    checkBlock(block, at, report);
  });
  return problems;
}

function checkBlock(block: Json, at: string, report: Report): void {
  switch (block.type) {
    case "section":
      if (block.text === undefined && block.fields === undefined) {
        report("missing required field: text", at);
      }
      if (block.text !== undefined) checkText(block.text, LIMIT.sectionText, `${at}/text`, report);
      if (block.fields !== undefined) {
        eachItem(block.fields, LIMIT.sectionFields, `${at}/fields`, report, (field, pointer) =>
          checkText(field, LIMIT.sectionFieldText, pointer, report),
        );
      }
      if (block.accessory !== undefined) checkElement(block.accessory, `${at}/accessory`, report);
      return;
    case "header":
      checkText(block.text, LIMIT.headerText, `${at}/text`, report, { plainOnly: true });
      return;
    case "context":
      eachItem(block.elements, LIMIT.contextElements, `${at}/elements`, report, (item, pointer) => {
        if (isRecord(item) && item.type === "image") checkImage(item, pointer, report);
        else checkText(item, LIMIT.text, pointer, report);
      });
      return;
    case "actions":
      checkActionIds(block.elements, `${at}/elements`, report);
      eachItem(block.elements, LIMIT.actionsElements, `${at}/elements`, report, (item, pointer) =>
        checkElement(item, pointer, report),
      );
      return;
    case "image":
      checkImage(block, at, report);
      return;
    case "input":
      checkText(block.label, LIMIT.inputLabel, `${at}/label`, report, { plainOnly: true });
      if (block.hint !== undefined) {
        checkText(block.hint, LIMIT.inputHint, `${at}/hint`, report, { plainOnly: true });
      }
      checkElement(block.element, `${at}/element`, report);
      return;
    default:
      // Other kinds (divider, rich_text, video, and the newer ones): their own rules are not
      // modelled, but an interactive element's action_id still has its limit.
      if (Array.isArray(block.elements)) checkActionIds(block.elements, `${at}/elements`, report);
  }
}

/** An interactive element (or an image, as a section accessory). */
function checkElement(element: unknown, at: string, report: Report): void {
  if (!isRecord(element)) {
    report("must provide an object", at);
    return;
  }
  if (element.action_id !== undefined) {
    checkLength(element.action_id, LIMIT.actionId, `${at}/action_id`, report);
  }
  if (element.confirm !== undefined) checkConfirm(element.confirm, `${at}/confirm`, report);
  if (element.placeholder !== undefined) {
    checkText(element.placeholder, LIMIT.placeholder, `${at}/placeholder`, report, {
      plainOnly: true,
    });
  }
  switch (element.type) {
    case "button":
      checkText(element.text, LIMIT.buttonText, `${at}/text`, report, { plainOnly: true });
      optionalLength(element.value, LIMIT.buttonValue, `${at}/value`, report);
      optionalLength(element.url, LIMIT.buttonUrl, `${at}/url`, report);
      optionalLength(
        element.accessibility_label,
        LIMIT.accessibilityLabel,
        `${at}/accessibility_label`,
        report,
      );
      return;
    case "overflow":
      eachItem(element.options, LIMIT.overflowOptions, `${at}/options`, report, (option, pointer) =>
        checkOption(option, pointer, report),
      );
      return;
    case "checkboxes":
    case "radio_buttons":
      eachItem(element.options, LIMIT.choiceOptions, `${at}/options`, report, (option, pointer) =>
        checkOption(option, pointer, report),
      );
      return;
    case "static_select":
    case "multi_static_select":
      checkSelectOptions(element, at, report);
      return;
    case "image":
      checkImage(element, at, report);
      return;
    default:
  }
}

function checkSelectOptions(element: Json, at: string, report: Report): void {
  if (element.options !== undefined) {
    eachItem(element.options, LIMIT.selectOptions, `${at}/options`, report, (option, pointer) =>
      checkOption(option, pointer, report),
    );
  }
  if (element.option_groups !== undefined) {
    eachItem(
      element.option_groups,
      LIMIT.optionGroups,
      `${at}/option_groups`,
      report,
      (group, pointer) => {
        if (!isRecord(group)) {
          report("must provide an object", pointer);
          return;
        }
        checkText(group.label, LIMIT.optionGroupLabel, `${pointer}/label`, report, {
          plainOnly: true,
        });
        eachItem(group.options, LIMIT.selectOptions, `${pointer}/options`, report, (option, at2) =>
          checkOption(option, at2, report),
        );
      },
    );
  }
  if (element.options === undefined && element.option_groups === undefined) {
    report("missing required field: options", at);
  }
}

function checkOption(option: unknown, at: string, report: Report): void {
  if (!isRecord(option)) {
    report("must provide an object", at);
    return;
  }
  checkText(option.text, LIMIT.optionText, `${at}/text`, report);
  optionalLength(option.value, LIMIT.optionValue, `${at}/value`, report);
  optionalLength(option.url, LIMIT.optionUrl, `${at}/url`, report);
  if (option.description !== undefined) {
    checkText(option.description, LIMIT.optionDescription, `${at}/description`, report);
  }
}

function checkConfirm(confirm: unknown, at: string, report: Report): void {
  if (!isRecord(confirm)) {
    report("must provide an object", at);
    return;
  }
  if (confirm.title !== undefined) {
    checkText(confirm.title, LIMIT.confirmTitle, `${at}/title`, report, { plainOnly: true });
  }
  checkText(confirm.text, LIMIT.confirmText, `${at}/text`, report);
  for (const button of ["confirm", "deny"] as const) {
    if (confirm[button] !== undefined) {
      checkText(confirm[button], LIMIT.confirmButton, `${at}/${button}`, report, {
        plainOnly: true,
      });
    }
  }
}

/**
 * An image block or element: `image_url` (at most 3000 characters) or `slack_file`, exactly one
 * (`ImageBlock`, `ImageElement` in @slack/types 3.2.0: "Either `image_url` or `slack_file` is
 * required"; the wordings are assumed). Whether the slack_file exists and may be shown is
 * slack-file-check.ts's, which needs the workspace.
 */
function checkImage(image: Json, at: string, report: Report): void {
  const hasUrl = image.image_url !== undefined;
  const hasFile = image.slack_file !== undefined;
  if (!hasUrl && !hasFile) report("missing required field: image_url", at);
  if (hasUrl && hasFile) report("must provide only one of image_url or slack_file", at);
  if (hasUrl) checkLength(image.image_url, LIMIT.imageUrl, `${at}/image_url`, report);
  if (image.alt_text === undefined) report("missing required field: alt_text", at);
  else checkLength(image.alt_text, LIMIT.imageAltText, `${at}/alt_text`, report);
  if (image.title !== undefined) {
    checkText(image.title, LIMIT.imageTitle, `${at}/title`, report, { plainOnly: true });
  }
}

/** `action_id`s must differ within a block (`Action.action_id`: "unique among all other"). */
function checkActionIds(elements: unknown, at: string, report: Report): void {
  if (!Array.isArray(elements)) return;
  const seen = new Set<string>();
  elements.forEach((element: unknown, index) => {
    const id = isRecord(element) ? element.action_id : undefined;
    if (typeof id !== "string") return;
    if (seen.has(id)) report("duplicate action_id", `${at}/${index}/action_id`);
    seen.add(id);
  });
}

/** A text object: `{type: plain_text|mrkdwn, text}` with 1 to `max` characters. */
function checkText(
  value: unknown,
  max: number,
  at: string,
  report: Report,
  options: { plainOnly?: boolean } = {},
): void {
  if (value === undefined) {
    const field = at.slice(at.lastIndexOf("/") + 1);
    report(`missing required field: ${field}`, at.slice(0, at.lastIndexOf("/")) || "/");
    return;
  }
  const types = options.plainOnly ? ["plain_text"] : ["plain_text", "mrkdwn"];
  if (!isRecord(value) || typeof value.type !== "string" || !types.includes(value.type)) {
    report("failed to match all allowed schemas", at);
    return;
  }
  if (typeof value.text !== "string") {
    report("missing required field: text", at);
    return;
  }
  const length = characters(value.text);
  if (length === 0) report("must be more than 0 characters", `${at}/text`);
  if (length > max) report(`must be less than ${max + 1} characters`, `${at}/text`);
}

function eachItem(
  list: unknown,
  max: number,
  at: string,
  report: Report,
  check: (item: unknown, pointer: string) => void,
): void {
  if (!Array.isArray(list)) {
    report("must provide an array", at);
    return;
  }
  if (list.length > max) report(`no more than ${max} items allowed`, at);
  list.forEach((item: unknown, index) => {
    check(item, `${at}/${index}`);
  });
}

function optionalLength(value: unknown, max: number, at: string, report: Report): void {
  if (value !== undefined) checkLength(value, max, at, report);
}

function checkLength(value: unknown, max: number, at: string, report: Report): void {
  if (typeof value !== "string") {
    report("must be a string", at);
    return;
  }
  if (characters(value) > max) report(`must be less than ${max + 1} characters`, at);
}

/** Characters as Slack counts them: code points. */
export function characters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
