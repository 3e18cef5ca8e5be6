import type { BlockSurface, BlockValidator } from "./types.js";

const MAX_BLOCKS: Record<BlockSurface, number> = { message: 50, modal: 100, home: 100 };

/**
 * The checks Slack applies to any blocks whatever they contain: an array of objects that each
 * name a `type`, no more than the surface allows. A test that needs block kinds syncerror does
 * not emit (a static select, an image) starts its sandbox with this instead of the project's
 * strict `validateBlocks`.
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
