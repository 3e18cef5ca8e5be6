import { mkdirSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";

/** An image Slack holds, as the sandbox keeps it. */
export interface HeldImage {
  readonly id: string;
  readonly name: string;
  readonly mimetype: string;
  readonly content: Buffer;
}

/** The image types Slack shows inline (and an image block's `slack_file` may name). */
const IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif"]);

/**
 * Writes an image the bot shared (a chart) into `dir`, so a console user can open what a Slack
 * user would see, and returns its path; undefined for a file that is not an image. The name is
 * the file's own, reduced to safe characters (it came from the bot, but a path never comes from
 * a file name), with the file id added so two charts of one day do not overwrite each other.
 */
export function saveImage(dir: string, file: HeldImage): string | undefined {
  if (!IMAGE_TYPES.has(file.mimetype)) return undefined;
  const extension = extname(file.name).replace(/[^.a-z0-9]/gi, "") || ".png";
  const stem = basename(file.name, extname(file.name)).replace(/[^a-z0-9._-]+/gi, "-") || "image";
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${stem}-${file.id}${extension}`);
  writeFileSync(path, file.content);
  return path;
}

/** The ids of the Slack files that image blocks show (`slack_file: {id}`), in order. */
export function slackFileIds(blocks: readonly unknown[]): string[] {
  const ids: string[] = [];
  for (const block of blocks) {
    if (typeof block !== "object" || block === null) continue;
    const { type, slack_file: file } = block as { type?: unknown; slack_file?: unknown };
    if (type !== "image" || typeof file !== "object" || file === null) continue;
    const id = (file as { id?: unknown }).id;
    if (typeof id === "string") ids.push(id);
  }
  return ids;
}
