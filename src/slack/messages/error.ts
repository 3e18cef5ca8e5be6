import { BotError, userMessage } from "../../errors.js";
import { type Translator, translator } from "../../i18n/translator.js";
import type { SlackMessage } from "../blocks/index.js";
import { buildMessage, escapeMrkdwn, section } from "../blocks/index.js";

/**
 * An error as the user sees it in Slack, in the reader's language (`t`; English without). The
 * words come from `userMessage`, the one place that turns errors into text; `reference` ties an
 * unexpected error to its log line.
 */
export function errorMessage(error: unknown, reference?: string, t?: Translator): SlackMessage {
  const reader = t ?? translator("en");
  const said = userMessage(error, reader);
  const text = reference ? reader.t("errors.withReference", { message: said, reference }) : said;
  const markup = error instanceof BotError && error.slackMarkup;
  return buildMessage({
    text,
    blocks: [section(`:warning: ${markup ? text : escapeMrkdwn(text)}`)],
  });
}
