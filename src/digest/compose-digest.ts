import type { Translator } from "../i18n/translator.js";
import { offerResyncs } from "../resync/resync-offers.js";
import type { SlackMessage } from "../slack/blocks/index.js";
import { type CollectOptions, collectDigest, type Digest } from "./collect-digest.js";
import { digestMessage, listedRules } from "./digest-message.js";

/**
 * A digest from the store to Block Kit: its numbers, a resync offer for each listed type with
 * records to resend (sized in one pass over the open errors), and the message. The scheduled
 * post, the preview and the benchmark all go through here.
 */
export async function composeDigest(
  options: CollectOptions & {
    readonly skipEmpty?: boolean;
    /** The message's language; English when omitted. */
    readonly translator?: Translator | undefined;
  },
): Promise<{
  readonly digest: Digest;
  readonly message: SlackMessage | null;
}> {
  const digest = await collectDigest(options);
  const offers =
    digest.totals.new > 0
      ? await offerResyncs(options.store, listedRules(digest), options.now)
      : undefined;
  // Who is on which type, shown on its line.
  const claims = new Map((await options.store.claims()).map((claim) => [claim.ruleId, claim]));
  const message = digestMessage(digest, {
    claims,
    ...(options.skipEmpty === undefined ? {} : { skipEmpty: options.skipEmpty }),
    ...(offers ? { offers } : {}),
    ...(options.translator ? { translator: options.translator } : {}),
  });
  return { digest, message };
}
