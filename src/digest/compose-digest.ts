import { linkWaves } from "../causes/link-waves.js";
import type { Translator } from "../i18n/translator.js";
import { offerResyncs } from "../resync/resync-offers.js";
import type { SlackMessage } from "../slack/blocks/index.js";
import { currentSnoozes } from "../snooze/current-snoozes.js";
import { type CollectOptions, collectDigest, type Digest } from "./collect-digest.js";
import { digestMessage, listedRules } from "./digest-message.js";
import { inScope } from "./digest-scope.js";

/**
 * A digest from the store to Block Kit: its numbers, a resync offer for each listed type with
 * records to resend (sized in one pass over the open errors), who is on which type, which types
 * are snoozed (as of the slot: their lines fold into one) and which snoozes ended since the
 * previous digest (announced once: the next digest's window starts at this slot), and the
 * message. The scheduled post, the preview and the benchmark all go through here.
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
  const { store } = options;
  const scope = options.scope ?? { kind: "all" as const };
  const counts = await store.openCounts();
  // As of the slot, but never ahead of now: a preview of tomorrow's digest must not end a snooze
  // whose date has not come yet.
  const asOf = new Date(Math.min(digest.slot.getTime(), options.now.getTime()));
  const snoozes = new Map(
    [...(await currentSnoozes(store, asOf, (id) => counts.byRule.get(id) ?? 0))].filter(
      ([ruleId]) => inScope(scope, ruleId),
    ),
  );
  const snoozeEnds = (await store.endedSnoozes(digest.since, digest.slot)).flatMap((end) => {
    const rule = options.catalog.ruleById(end.ruleId);
    return rule && inScope(scope, end.ruleId) ? [{ end, rule }] : [];
  });
  const offers =
    digest.totals.new > 0
      ? await offerResyncs(options.store, listedRules(digest, snoozes), options.now)
      : undefined;
  // The changes in either CRM that likely started a listed type's wave, told under its line.
  const causes =
    digest.totals.new > 0
      ? await linkWaves(store, {
          since: digest.since,
          until: options.now,
          ruleIds: listedRules(digest, snoozes).map((rule) => rule.id),
        })
      : undefined;
  // Who is on which type, shown on its line.
  const claims = new Map((await options.store.claims()).map((claim) => [claim.ruleId, claim]));
  const message = digestMessage(digest, {
    claims,
    snoozes,
    snoozeEnds,
    ...(causes ? { causes } : {}),
    ...(options.skipEmpty === undefined ? {} : { skipEmpty: options.skipEmpty }),
    ...(offers ? { offers } : {}),
    ...(options.translator ? { translator: options.translator } : {}),
  });
  return { digest, message };
}
