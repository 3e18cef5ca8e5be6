import type { BlockSurface, BlockValidator } from "./slack-types.js";

// SEAM: `src/slack/blocks/index.ts` (`validateBlocks`) did not exist when the sandbox was written.
// Until it is wired in as the default, callers pass it through `SlackSandbox.start({
// validateBlocks })`; without it only the structural check below runs.

const MAX_BLOCKS: Record<BlockSurface, number> = { message: 50, modal: 100, home: 100 };

/**
 * The checks Slack applies to any blocks whatever they contain: an array of objects that each
 * name a `type`, no more than the surface allows. Field-level limits are the job of the real
 * validator passed to the sandbox.
 */
export const structuralBlockCheck: BlockValidator = (blocks, surface) => {
  if (!Array.isArray(blocks)) return ["blocks must be an array [json-pointer:/blocks]"];
  const problems: string[] = [];
  const max = MAX_BLOCKS[surface];
  if (blocks.length > max) {
    problems.push(`no more than ${max} items allowed [json-pointer:/blocks]`);
  }
  blocks.forEach((block: unknown, index) => {
    const type = typeof block === "object" && block !== null ? Reflect.get(block, "type") : null;
    if (typeof type !== "string" || type === "") {
      problems.push(`block has no type [json-pointer:/blocks/${index}]`);
    }
  });
  return problems;
};

/**
 * Runs the structural check and then the given validator (only on structurally sound blocks, so
 * it never sees a non-array). Returns the problems as Slack words them in
 * `response_metadata.messages`: one `[ERROR] …` line each.
 */
export function blockProblems(
  validate: BlockValidator | undefined,
  blocks: unknown,
  surface: BlockSurface,
): string[] {
  const structural = structuralBlockCheck(blocks, surface);
  const problems = structural.length > 0 || !validate ? structural : validate(blocks, surface);
  return problems.map((problem) => (problem.startsWith("[") ? problem : `[ERROR] ${problem}`));
}
