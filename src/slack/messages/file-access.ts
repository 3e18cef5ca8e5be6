import type { Translator } from "../../i18n/translator.js";
import { buildMessage, type SlackMessage, section } from "../blocks/index.js";

/**
 * The bot's answer to a file it may not read: Slack refused `files.info` for want of the
 * `files:read` scope. The admin's fix is the app's install, not the file. Posted in the channel,
 * so in the channel's language.
 */
export function missingFilesReadMessage(t: Translator): SlackMessage {
  const text = t.t("files.missingFilesRead");
  return buildMessage({ text, blocks: [section(`:warning: ${text}`)] });
}
