import { randomUUID } from "node:crypto";
import { BotError } from "../../errors.js";
import type { Translator } from "../../i18n/translator.js";
import type { Logger } from "../../logger.js";
import type { SlackMessage } from "../blocks/index.js";
import { errorMessage } from "../messages/error.js";

/** The message to send, and whether it is the answer (`ok`) or an error shown in its place. */
export interface SafeReply {
  readonly message: SlackMessage;
  readonly ok: boolean;
}

/**
 * Runs the work behind a reply and always returns a message: the reply, or the error as user text.
 * A `BotError` is the user's to fix (shown as is, logged at info); anything else is a defect,
 * logged in full with a reference the user can quote, and shown as a short apology. The error is
 * said in `t`'s language (English without).
 */
export async function replySafely(
  work: () => SlackMessage | Promise<SlackMessage>,
  logger: Logger,
  fields: Record<string, unknown>,
  t?: Translator,
): Promise<SafeReply> {
  try {
    return { message: await work(), ok: true };
  } catch (error) {
    if (error instanceof BotError) {
      logger.info({ ...fields, code: error.code }, "request refused");
      return { message: errorMessage(error, undefined, t), ok: false };
    }
    const reference = randomUUID().slice(0, 8);
    logger.error({ ...fields, err: error, reference }, "request failed");
    return { message: errorMessage(error, reference, t), ok: false };
  }
}
