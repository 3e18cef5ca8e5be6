import type { DeferredReply } from "../../commands/index.js";
import type { Translator } from "../../i18n/translator.js";
import type { Logger } from "../../logger.js";
import type { SlackMessage } from "../blocks/index.js";
import type { Responder } from "../response-url.js";
import { replySafely } from "./reply-safely.js";

/**
 * The rest of a long command's answer, through its response_url after the first answer: each
 * progress message and then the final one (or its error, in `t`'s language: the asker's) replace
 * it, one at a time and in order.
 */
export class DeferredAnswer {
  private firstSent = () => {};
  private chain: Promise<unknown> = new Promise<void>((resolve) => {
    this.firstSent = resolve;
  });

  constructor(
    private readonly reply: DeferredReply,
    private readonly respond: Responder,
    private readonly logger: Logger,
    private readonly fields: Record<string, unknown>,
    private readonly t?: Translator,
  ) {
    // Awaited only after the first answer is out; until then a failure must not go unhandled.
    reply.final.catch(() => {});
    reply.onProgress?.((message) => this.replace(message, "progress update failed"));
  }

  /** Call once the first answer is out: what follows may go now. */
  firstAnswered(): void {
    this.firstSent();
  }

  /** Sends the final answer after any progress still queued. */
  async finish(): Promise<void> {
    const final = await replySafely(() => this.reply.final, this.logger, this.fields, this.t);
    await this.replace(final.message, "final answer failed");
  }

  private replace(message: SlackMessage, failure: string): Promise<unknown> {
    this.chain = this.chain
      .then(() => this.respond({ response_type: "ephemeral", replace_original: true, ...message }))
      .catch((error: unknown) => this.logger.warn({ ...this.fields, err: error }, failure));
    return this.chain;
  }
}
