import { BotError, userMessage } from "../../errors.js";
import type { SlackMessage } from "../blocks/index.js";
import { buildMessage, escapeMrkdwn, section } from "../blocks/index.js";

/**
 * An error as the user sees it in Slack. The words come from `userMessage`, the one place that
 * turns errors into text; `reference` ties an unexpected error to its log line.
 */
export function errorMessage(error: unknown, reference?: string): SlackMessage {
  const text = userMessage(error) + (reference ? ` (reference ${reference})` : "");
  const markup = error instanceof BotError && error.slackMarkup;
  return buildMessage({
    text,
    blocks: [section(`:warning: ${markup ? text : escapeMrkdwn(text)}`)],
  });
}
