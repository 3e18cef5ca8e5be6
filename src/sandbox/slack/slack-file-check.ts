/**
 * Slack's checks of the files image blocks name (`slack_file`), which need the workspace's state:
 * the file must exist, be an image Slack shows, and be one the message's readers may see.
 *
 * Sources: @slack/types 3.2.0 `SlackFile` ("must be an image and you must provide either the URL
 * or ID … the user posting these blocks must have access to this file. If both are provided then
 * the payload will be rejected. Currently only `png`, `jpg`, `jpeg`, and `gif`"); the slack file object, https://docs.slack.dev/reference/block-kit/composition-objects/slack-file-object
 * ("only one of id or url", "`id`: Slack ID of the file", "png, jpg, jpeg, or gif"); the image
 * block, https://docs.slack.dev/reference/block-kit/blocks/image-block; the answer
 * `invalid_blocks` with `invalid slack file [json-pointer:/blocks/0/slack_file]` for a file
 * uploaded without a channel and named in a channel message, slackapi/python-slack-sdk#1658 (the
 * file must be shared where it is shown; the bot's own Home tab sees its own files). The same
 * wording for the other refusals (both or neither of id/url, a bad id, not an image) is assumed.
 */

import type { FileStore, SandboxFile } from "./files.js";

/**
 * Who reads the blocks: the members of a conversation (a message: the file must be shared there),
 * or the bot's own surfaces (its Home tab, its modals: any file the bot uploaded or may see).
 */
export type FileAudience = { readonly channel: string } | { readonly bot: true };

/** The id of a file: `F` and at least 8 capitals or digits (the object's `id` pattern). */
const FILE_ID = /^[F][A-Z0-9]{8,}$/;

/** The image types an image block shows. */
const IMAGE_TYPES = new Set(["png", "jpg", "jpeg", "gif"]);

/** The problems of every `slack_file` in `blocks`, at `root` (`/blocks` or `/view/blocks`). */
export function slackFileProblems(
  blocks: unknown,
  root: string,
  files: FileStore,
  audience: FileAudience,
): string[] {
  if (!Array.isArray(blocks)) return [];
  const problems: string[] = [];
  blocks.forEach((block: unknown, index) => {
    if (!isRecord(block)) return;
    const at = `${root}/${index}`;
    if (block.type === "image") checkImage(block, at, files, audience, problems);
    if (block.type === "context" && Array.isArray(block.elements)) {
      block.elements.forEach((element: unknown, position) => {
        if (isRecord(element) && element.type === "image") {
          checkImage(element, `${at}/elements/${position}`, files, audience, problems);
        }
      });
    }
    if (block.type === "section" && isRecord(block.accessory) && block.accessory.type === "image") {
      checkImage(block.accessory, `${at}/accessory`, files, audience, problems);
    }
  });
  return problems;
}

function checkImage(
  image: Readonly<Record<string, unknown>>,
  at: string,
  files: FileStore,
  audience: FileAudience,
  problems: string[],
): void {
  if (image.slack_file === undefined) return;
  if (!acceptable(image.slack_file, files, audience)) {
    problems.push(`invalid slack file [json-pointer:${at}/slack_file]`);
  }
}

/** Whether a `slack_file` names an existing image its readers may see, by id or url (not both). */
function acceptable(ref: unknown, files: FileStore, audience: FileAudience): boolean {
  if (!isRecord(ref)) return false;
  const id = typeof ref.id === "string" ? ref.id : undefined;
  const url = typeof ref.url === "string" ? ref.url : undefined;
  if ((id === undefined) === (url === undefined)) return false;
  if (id !== undefined && !FILE_ID.test(id)) return false;
  const file = id !== undefined ? files.get(id) : byUrl(files, url ?? "");
  if (!file || !IMAGE_TYPES.has(file.filetype)) return false;
  return readable(file, audience);
}

/** Whether the blocks' readers may see the file. */
function readable(file: SandboxFile, audience: FileAudience): boolean {
  if ("bot" in audience) return true;
  return file.shares.some((share) => share.channel === audience.channel);
}

/**
 * A file by its `url_private` or `permalink`, as a `slack_file.url` names it (@slack/types 3.2.0
 * `SlackFileViaUrl`: "This URL can be the `url_private` or the `permalink`").
 */
function byUrl(files: FileStore, url: string): SandboxFile | undefined {
  const match = /\/files-pri\/[A-Z0-9]+-(F[A-Z0-9]+)\/|\/files\/[A-Z0-9]+\/(F[A-Z0-9]+)\//.exec(
    url,
  );
  const id = match?.[1] ?? match?.[2];
  return id === undefined ? undefined : files.get(id);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
