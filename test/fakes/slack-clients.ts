import type { KnownBlock } from "@slack/types";
import { type Logger, LogLevel, WebClient, type WebClientOptions } from "@slack/web-api";

/** The bot token every sandbox test starts with. */
export const TEST_TOKEN = "xoxb-sandbox-test";

/** A logger that keeps WebClient quiet: the `[ERROR]` lines of `invalid_blocks` are expected. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

/** The real WebClient, pointed at a sandbox, without retries (a 500 would otherwise hang). */
export function sandboxClient(
  apiUrl: string,
  options: WebClientOptions = {},
  token: string = TEST_TOKEN,
): WebClient {
  return new WebClient(token, {
    slackApiUrl: apiUrl,
    retryConfig: { retries: 0 },
    logger: silentLogger,
    ...options,
  });
}

/** A section block with one button, the shape the bot's messages use. */
export function buttonBlocks(actionId: string, value: string, label = "Resync"): KnownBlock[] {
  return [
    { type: "section", block_id: "summary", text: { type: "mrkdwn", text: "*3 errors*" } },
    {
      type: "actions",
      block_id: "actions",
      elements: [
        { type: "button", action_id: actionId, value, text: { type: "plain_text", text: label } },
      ],
    },
  ];
}
