/**
 * The Web API's file upload, as `files.uploadV2` of @slack/web-api drives it: ask for an upload
 * URL (`files.getUploadURLExternal`), POST the bytes there (server.ts), then complete the upload
 * (`files.completeUploadExternal`), which makes the file and shares it in a channel or thread, or
 * keeps it private to the bot. And `files.delete` of the bot's own files. All need `files:write`
 * (scopes.ts). Each behaviour's source is in docs/fakes/slack.md.
 */

import { blockProblems } from "./blocks.js";
import { apiFile, type SandboxFile, uploadPath } from "./files.js";
import {
  fail,
  type Handler,
  invalidBlocks,
  type MethodContext,
  type MethodResult,
  ok,
  postingRefusal,
  stringArg,
} from "./method-kit.js";
import { slackFileProblems } from "./slack-file-check.js";
import { SANDBOX_IDENTITY, type SandboxChannel } from "./types.js";

/**
 * The longest `alt_txt`: https://docs.slack.dev/reference/methods/files.getUploadURLExternal,
 * error `alt_txt_too_large`, "Description for the image is longer than the limit of 1000
 * character".
 */
export const UPLOAD_ALT_TEXT_MAX = 1000;

/** Slack's largest file: 1 GB (https://slack.com/help/articles/201330736, "up to 1 GB"). */
const UPLOAD_MAX_BYTES = 1024 * 1024 * 1024;

/** The file methods, merged into the sandbox's `methods`. */
export const fileMethods: Readonly<Record<string, Handler>> = {
  /**
   * `{ ok, upload_url, file_id }` for `filename` and `length` (both required; a `length` of 0 is
   * `missing_argument`, as documented). `alt_txt` is the documented argument; @slack/web-api 8.2
   * sends `alt_text` (`fetchAllUploadURLExternal`), which Slack takes too (python-slack-sdk#1575:
   * removing `alt_text` changed what Slack did), so both are read; over 1000 characters is
   * `alt_txt_too_large`.
   */
  "files.getUploadURLExternal": (args, context) => {
    const filename = stringArg(args, "filename");
    const rawLength = stringArg(args, "length");
    if (filename === undefined || rawLength === undefined) {
      const missing = filename === undefined ? "filename" : "length";
      return fail("invalid_arguments", `files.getUploadURLExternal without ${missing}`, [
        `[ERROR] missing required field: ${missing}`,
      ]);
    }
    const length = Number(rawLength);
    if (!Number.isInteger(length) || length < 0) {
      return fail("invalid_arguments", `files.getUploadURLExternal length ${rawLength}`, [
        "[ERROR] must be an integer [json-pointer:/length]",
      ]);
    }
    if (length === 0) return fail("missing_argument", "files.getUploadURLExternal with length 0");
    if (length > UPLOAD_MAX_BYTES) return fail("file_upload_size_restricted");
    const altText = stringArg(args, "alt_txt") ?? stringArg(args, "alt_text");
    if (altText !== undefined && [...altText].length > UPLOAD_ALT_TEXT_MAX) {
      return fail("alt_txt_too_large");
    }
    const upload = context.files.startUpload({
      name: filename,
      length,
      ...(altText === undefined ? {} : { altText }),
    });
    return ok({ upload_url: `${context.filesUrl}${uploadPath(upload.id)}`, file_id: upload.id });
  },

  /**
   * Completes uploads (`files`: JSON `[{id, title}]`), `{ ok, files }` with each file object. With
   * `channel_id` (or one id in `channels`) the files are shared there by one message from the bot,
   * its text the `initial_comment` (else its `blocks`, which are ignored when there is a comment),
   * in the thread of `thread_ts` when given; without one the files stay private to the bot.
   * Sharing happens after the answer, as Slack's does: the answer's file objects have empty
   * `channels` and `shares` (python-slack-sdk#1575). A file uploaded with alt text and completed
   * into a channel is made but not shared, a known Slack defect (python-slack-sdk#1818,
   * python-slack-sdk#1575): ok, no message.
   */
  "files.completeUploadExternal": (args, context) => {
    const entries = fileEntries(args.files);
    if (entries === undefined) {
      return fail("invalid_arguments", "files.completeUploadExternal without a files array", [
        "[ERROR] missing required field: files",
      ]);
    }
    const channelId = stringArg(args, "channel_id") ?? stringArg(args, "channels");
    let channel: SandboxChannel | undefined;
    if (channelId !== undefined) {
      if (channelId.includes(",")) {
        return fail("invalid_arguments", "files.completeUploadExternal to several channels");
      }
      channel = context.store.channelById(channelId);
      if (!channel) return fail("channel_not_found");
      const refusal = postingRefusal(channel, context);
      if (refusal) return refusal;
    }
    const threadTs = stringArg(args, "thread_ts");
    let parentTs: string | undefined;
    if (threadTs !== undefined) {
      if (!channel) {
        return fail(
          "invalid_arguments",
          "files.completeUploadExternal thread_ts without a channel",
        );
      }
      const parent = context.store.find(channel.id, threadTs);
      if (!parent) {
        return fail("thread_not_found", `thread_ts ${threadTs} is not a message in ${channel.id}`);
      }
      parentTs = parent.threadTs ?? parent.ts;
    }
    const comment = stringArg(args, "initial_comment");
    const blocks = comment === undefined ? blocksArg(args.blocks, context, channel) : [];
    if (!isBlockList(blocks)) return blocks;
    for (const entry of entries) {
      const pending = context.files.pendingUpload(entry.id);
      if (!pending?.content) {
        const why = context.files.get(entry.id)
          ? "is already completed"
          : pending
            ? "has no bytes uploaded"
            : "was never asked for";
        return fail("file_not_found", `files.completeUploadExternal: file ${entry.id} ${why}`);
      }
    }
    const completed = entries.map((entry) =>
      context.files.complete(entry.id, {
        ...(entry.title === undefined ? {} : { title: entry.title }),
        user: SANDBOX_IDENTITY.botUserId,
      }),
    );
    const answer = completed.map((file) => apiFile(file, context.filesUrl, context.url));
    const shareable = completed.filter((file) => file.altText === undefined);
    if (channel && shareable.length === completed.length) {
      share(context, channel, completed, comment ?? "", blocks, parentTs);
    }
    return ok({ files: answer });
  },

  /**
   * Deletes a file the bot uploaded: `{ ok }`; `file_not_found` for none, `cant_delete_file` for
   * someone else's. Source: slack-api-specs `/files.delete` (argument `file`, its error enum).
   */
  "files.delete": (args, context) => {
    const id = stringArg(args, "file");
    if (!id) return fail("file_not_found", "files.delete without a file");
    const file = context.files.get(id);
    if (!file) return fail("file_not_found");
    if (file.user !== SANDBOX_IDENTITY.botUserId) return fail("cant_delete_file");
    context.files.delete(id);
    return ok({});
  },
};

function isBlockList(value: readonly unknown[] | MethodResult): value is readonly unknown[] {
  return Array.isArray(value);
}

/** The `files` argument: a JSON array (a form field's text) of `{ id, title? }`. */
function fileEntries(value: unknown): { id: string; title?: string }[] | undefined {
  let parsed = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!Array.isArray(parsed) || parsed.length === 0) return undefined;
  const entries: { id: string; title?: string }[] = [];
  for (const item of parsed as unknown[]) {
    if (typeof item !== "object" || item === null) return undefined;
    const { id, title } = item as { id?: unknown; title?: unknown };
    if (typeof id !== "string") return undefined;
    entries.push(typeof title === "string" ? { id, title } : { id });
  }
  return entries;
}

/** The file message's blocks, checked as a message's; empty when there are none. */
function blocksArg(
  value: unknown,
  context: MethodContext,
  channel: SandboxChannel | undefined,
): readonly unknown[] | MethodResult {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    return fail("invalid_blocks_format", "files.completeUploadExternal blocks not a JSON array");
  }
  const problems = [
    ...blockProblems(context.validateBlocks, value, "message"),
    ...(channel === undefined
      ? []
      : slackFileProblems(value, "/blocks", context.files, { channel: channel.id }).map(
          (problem) => `[ERROR] ${problem}`,
        )),
  ];
  if (problems.length === 0) return value;
  return invalidBlocks(
    "invalid_blocks",
    `files.completeUploadExternal with invalid blocks: ${problems.join("; ")}`,
    problems,
  );
}

/** Posts the bot's file message and records the share on each file. */
function share(
  context: MethodContext,
  channel: SandboxChannel,
  files: readonly SandboxFile[],
  text: string,
  blocks: readonly unknown[],
  threadTs: string | undefined,
): void {
  const message = context.store.post({
    channel: channel.id,
    text,
    blocks,
    ...(threadTs === undefined ? {} : { threadTs }),
    via: "web_api",
    files: files.map((file) => file.id),
  });
  for (const file of files) context.files.share(file.id, { channel: channel.id, ts: message.ts });
}
