import type { WebClient } from "@slack/web-api";
import type { PostSpikeAlert, SpikeAlertSettings } from "../alerts/spike-watch.js";
import type { Catalog } from "../catalog/catalog.js";
import { linkWaves } from "../causes/link-waves.js";
import type { Translator } from "../i18n/translator.js";
import { offerResyncs } from "../resync/resync-offers.js";
import type { Routing } from "../routing/routing.js";
import { HOUR_MS } from "../store/alert-rows.js";
import type { Store } from "../store/types.js";
import { spikeAlertMessage } from "./messages/spike-alert.js";

/**
 * Posts spike alerts in Slack: in the type's routed channel, mentioning its route's user group,
 * else in DIGEST_CHANNEL; in the channel's language (BOT_LANGUAGE, as the digest). Each alert
 * carries a fresh resync offer for its ⋯ menu and "Fixed, resync now", the type's owner, and
 * the change that likely started it when one is linked.
 * Nowhere to post (no route, no DIGEST_CHANNEL): null.
 */
export function slackSpikeAlerts(options: {
  readonly client: WebClient;
  readonly store: Store;
  readonly catalog: Catalog;
  readonly routing: Routing | undefined;
  readonly digestChannel: string | undefined;
  readonly translator: Translator;
  readonly settings: SpikeAlertSettings;
  /** The team's time zone (the digest's), for the times of a likely cause. */
  readonly timeZone: string;
}): PostSpikeAlert {
  const { client, store, catalog, settings } = options;
  return async (spike, at) => {
    const rule = catalog.ruleById(spike.ruleId);
    const route = options.routing?.routeOf(spike.ruleId);
    const channel = route?.channel ?? options.digestChannel;
    if (!rule || !channel) return null;
    const offer = (await offerResyncs(store, [rule], at)).get(rule.id);
    const claim = (await store.claims()).find((c) => c.ruleId === rule.id);
    // The spike's hour is the wave: a change in either CRM before it may be why.
    const causes = await linkWaves(store, {
      since: new Date(at.getTime() - HOUR_MS),
      until: at,
      ruleIds: [rule.id],
    });
    const message = spikeAlertMessage(
      {
        rule,
        count: spike.count,
        usual: spike.usual,
        mentions: route?.mention ? [route.mention] : [],
        offer,
        claim,
        factor: settings.factor,
        minRecords: settings.minRecords,
        baselineDays: settings.baselineDays,
        cooldownMs: settings.cooldownMs,
        cause: causes.get(rule.id),
        timeZone: options.timeZone,
      },
      options.translator,
    );
    const posted = await client.chat.postMessage({
      channel,
      text: message.text,
      blocks: message.blocks as never,
    });
    return { channel: posted.channel ?? channel, ts: posted.ts ?? "" };
  };
}
