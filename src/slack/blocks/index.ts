/**
 * Block Kit for syncerror: typed builders that respect Slack's limits, `buildMessage` that every
 * outgoing payload passes through, and `validateBlocks`, which the fake Slack server shares.
 */
export {
  actions,
  type ButtonSpec,
  button,
  confirmDialog,
  context,
  divider,
  header,
  type ImageSource,
  image,
  type OverflowOptionSpec,
  overflow,
  plainSection,
  type SectionOptions,
  type SelectGroupSpec,
  type SelectOptionSpec,
  section,
  staticSelect,
} from "./builders.js";
export { BlockKitError } from "./errors.js";
export * from "./limits.js";
export { buildMessage, type SlackMessage } from "./message.js";
export { datepicker, inputBlock, modalView, plainTextInput, radioButtons } from "./modal.js";
export { slackDate, utcFallback } from "./slack-date.js";
export { ELLIPSIS, escapeMrkdwn, truncateText } from "./truncate.js";
export { validateBlocks } from "./validate.js";
