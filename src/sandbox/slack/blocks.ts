import { checkBlockKit } from "./block-kit.js";
import type { BlockSurface, BlockValidator } from "./types.js";

/**
 * What Slack itself checks of any blocks: Block Kit's documented limits (block counts, text
 * lengths, element counts, ids, confirm dialogs, options), worded as Slack words them
 * (`must be less than 3001 characters [json-pointer:/blocks/0/text/text]`). The sandbox always
 * applies it; an app's tests may add their own, stricter validator on top (`validateBlocks`).
 */
export const structuralBlockCheck: BlockValidator = (blocks, surface) =>
  checkBlockKit(blocks, surface);

/**
 * Slack's checks, then the app's extra validator when it has one: what the sandbox answers with.
 * The extra one's problems follow Slack's, so a test sees Slack's own reason first.
 */
export function withSlackChecks(extra: BlockValidator | undefined): BlockValidator {
  if (extra === undefined || extra === structuralBlockCheck) return structuralBlockCheck;
  return (blocks, surface) => [...checkBlockKit(blocks, surface), ...extra(blocks, surface)];
}

/**
 * Runs the validator and returns its problems as Slack words them in
 * `response_metadata.messages`: one `[ERROR] …` line each.
 */
export function blockProblems(
  validate: BlockValidator,
  blocks: unknown,
  surface: BlockSurface,
): string[] {
  return validate(blocks, surface).map((problem) =>
    problem.startsWith("[") ? problem : `[ERROR] ${problem}`,
  );
}

/** The same problems without the `[ERROR] ` prefix, as Slack lists them in its `errors` field. */
export function plainProblems(messages: readonly string[]): string[] {
  return messages.map((message) => message.replace(/^\[ERROR\] /, ""));
}
