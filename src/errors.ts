/**
 * The bot's errors. Everything it throws on purpose is a `BotError` with a stable `code` and, where
 * there was one, the underlying `cause`; `userMessage` turns any error into the text a person sees,
 * in their language.
 */

import {
  type MessageKey,
  type MessageValues,
  type Translator,
  translator,
} from "./i18n/translator.js";

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
  | "chart_upload_failed"
  | "internal"
  | "block_kit"
  | "import_refused";

/**
 * An error's message as a catalog message, so each person reads it in their language. The English
 * rendering is the error's `message` (what logs and developers see).
 */
export interface UserText {
  readonly key: MessageKey;
  readonly values?: UserTextValues;
}

/**
 * A catalog message's values; a value may itself be a catalog message (or several, said one
 * after the other), said in the same language: a refusal that lists its reasons, say.
 */
export type UserTextValues = Readonly<
  Record<string, MessageValues[string] | UserText | readonly UserText[]>
>;

/** A catalog message said by `t`, its nested messages in the same language. */
export function sayUserText(text: UserText, t: Translator): string {
  if (!text.values) return t.t(text.key);
  const values: Record<string, MessageValues[string]> = {};
  for (const [name, value] of Object.entries(text.values)) {
    values[name] = Array.isArray(value)
      ? value.map((part: UserText) => sayUserText(part, t)).join(" ")
      : isUserText(value)
        ? sayUserText(value, t)
        : (value as MessageValues[string]);
  }
  return t.t(text.key, values);
}

function isUserText(value: unknown): value is UserText {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "key" in value;
}

/** What an error says: English text (not translated), or a catalog message (translated). */
export type ErrorText = string | UserText;

let english: Translator | undefined;

/** English, built on first use (errors are made at import time in some modules). */
function englishTranslator(): Translator {
  english ??= translator("en");
  return english;
}

/** The English of an error text, for `Error.message`. */
function englishOf(text: ErrorText): string {
  return typeof text === "string" ? text : sayUserText(text, englishTranslator());
}

/**
 * Base class of every error the bot throws on purpose. An error a person may see is thrown with a
 * `UserText` (a catalog key and its values), so `userMessage` can say it in the reader's language;
 * a plain string stays English everywhere (for errors only developers and operators read).
 */
export class BotError extends Error {
  override readonly name: string = "BotError";
  /**
   * True when the message is Slack markup the bot wrote itself (mentions such as `<@U123>`), which
   * Slack must render rather than show escaped. Never set on a message that quotes user input.
   */
  readonly slackMarkup: boolean = false;
  /** The message as a catalog message, when it is one; `message` is its English. */
  readonly userText: UserText | undefined;
  constructor(
    readonly code: ErrorCode,
    text: ErrorText,
    options?: { cause?: unknown },
  ) {
    super(englishOf(text), options);
    this.userText = typeof text === "string" ? undefined : text;
  }
}

/** A command was called wrongly; `usage` is the synopsis to show with the message. */
export class UsageError extends BotError {
  override readonly name = "UsageError";
  constructor(
    text: ErrorText,
    readonly usage: string,
  ) {
    super("usage", text);
  }
}

/** Input the user supplied cannot be read (a malformed JSON line, say). */
export class InvalidInputError extends BotError {
  override readonly name = "InvalidInputError";
  constructor(text: ErrorText, options?: { cause?: unknown }) {
    super("invalid_input", text, options);
  }
}

const DEFECT_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["internal", "block_kit"]);

/**
 * The one place where an error becomes user text, in the reader's language (`t`; English when
 * not given). A `BotError` says what went wrong in its message; anything else is a defect, so the
 * person gets a short apology, not a stack trace.
 */
export function userMessage(error: unknown, t?: Translator): string {
  const reader = t ?? englishTranslator();
  if (error instanceof UsageError)
    return reader.t("errors.withUsage", { message: said(error, reader), usage: error.usage });
  // These codes mark defects in the bot, whose messages are written for developers.
  if (error instanceof BotError && !DEFECT_CODES.has(error.code)) return said(error, reader);
  return reader.t("errors.defect");
}

/** What an error says in the reader's language: its catalog message, or its (English) message. */
function said(error: BotError, reader: Translator): string {
  return error.userText ? sayUserText(error.userText, reader) : error.message;
}
