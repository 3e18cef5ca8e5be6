import { UsageError } from "../errors.js";
import { offerResyncs } from "../resync/resync-offers.js";
import { resolveRule } from "../resync/start-resync.js";
import {
  resyncNothingMessage,
  resyncOfferMessage,
  resyncRunningMessage,
} from "../slack/messages/resync-messages.js";
import type { Subcommand } from "./command.js";

/**
 * `/syncerror resync <error type>`: what a resync of the type's open errors would send, with the
 * button that starts it (after Slack's confirm dialog, and only for the people allowed). A running
 * job of the type is shown instead of a second offer.
 */
export const resync: Subcommand = {
  name: "resync",
  usage: "resync <error type>",
  summary: "Resync the open errors of one type, in batches of 100 (confirmed first)",
  async run(args, { catalog, store, now, translator: t }) {
    if (args.trim() === "") {
      throw new UsageError(
        { key: "commands.resyncNeedsType" },
        `/syncerror ${t.t("help.resyncUsage")}`,
      );
    }
    const rule = resolveRule(catalog, args, t);
    const running = await store.runningJob(rule.id);
    if (running) return resyncRunningMessage(rule, running, await store.jobBatches(running.id), t);
    const offer = (await offerResyncs(store, [rule], now())).get(rule.id);
    if (!offer)
      return resyncNothingMessage(rule, (await store.openCounts()).byRule.get(rule.id) ?? 0, t);
    return resyncOfferMessage(offer, t);
  },
};
