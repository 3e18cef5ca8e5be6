/**
 * The bot's errors. Everything it throws on purpose is a `BotError` with a stable `code` and, where
 * there was one, the underlying `cause`; `userMessage` turns any error into the text a person sees.
 */

/** Stable error codes; log searches and tests key on these, never on message text. */
export type ErrorCode =
  | "usage"
  | "invalid_input"
  | "config_invalid"
  | "slack_response_failed"
  | "slack_auth_failed"
  | "slack_unreachable"
  | "store_refused"
  | "upstream_failed"
  | "resync_refused"
  | "correction_refused"
  | "file_download_failed"
  | "file_access_denied"
  | "internal"
  | "block_kit"
  | "import_refused";

/** Base class of every error the bot throws on purpose. */
export class BotError extends Error {
  override readonly name: string = "BotError";
  /**
   * True when the message is Slack markup the bot wrote itself (mentions such as `<@U123>`), which
   * Slack must render rather than show escaped. Never set on a message that quotes user input.
   */
  readonly slackMarkup: boolean = false;
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A command was called wrongly; `usage` is the synopsis to show with the message. */
export class UsageError extends BotError {
  override readonly name = "UsageError";
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super("usage", message);
  }
}

/** Input the user supplied cannot be read (a malformed JSON line, say). */
export class InvalidInputError extends BotError {
  override readonly name = "InvalidInputError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("invalid_input", message, options);
  }
}

const DEFECT_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["internal", "block_kit"]);

/**
 * The one place where an error becomes user text. A `BotError` says what went wrong in its
 * message; anything else is a defect, so the person gets a short apology, not a stack trace.
 */
export function userMessage(error: unknown): string {
  if (error instanceof UsageError) return `${error.message}\n\nUsage: ${error.usage}`;
  // These codes mark defects in the bot, whose messages are written for developers.
  if (error instanceof BotError && !DEFECT_CODES.has(error.code)) return error.message;
  return "Something went wrong inside syncerror. Please report it with the command you ran.";
}
