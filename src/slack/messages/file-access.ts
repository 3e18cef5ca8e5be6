import { buildMessage, type SlackMessage, section } from "../blocks/index.js";

/**
 * The bot's answer to a file it may not read: Slack refused `files.info` for want of the
 * `files:read` scope. The admin's fix is the app's install, not the file.
 */
export function missingFilesReadMessage(): SlackMessage {
  const text =
    "I can't read files shared here: the app is installed without the files:read scope. " +
    "An admin can add it (it is in manifest.yml), reinstall the app to the workspace, and share the export again.";
  return buildMessage({ text, blocks: [section(`:warning: ${text}`)] });
}
