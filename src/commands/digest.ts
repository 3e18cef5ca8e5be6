import { digestScopes } from "../digest/digest-scope.js";
import { previewDigest, previewMessage } from "../digest/preview-digest.js";
import type { Subcommand } from "./command.js";

/**
 * `/syncerror digest`: the next digest as it would be posted now, shown only to you, and the
 * digest that already went out today with a link to it. With routing, DIGEST_CHANNEL's digest.
 */
export const digest: Subcommand = {
  name: "digest",
  usage: "digest",
  summary: "Preview the next daily digest, and link today's",
  async run(
    _args,
    { store, catalog, digestChannel, digestTimezone, now, messageLink, translator, routing },
  ) {
    const channel = digestChannel ?? "";
    // With routing, DIGEST_CHANNEL's digest: its own types, and where the routed ones went.
    const [main] = digestScopes(routing, channel);
    const preview = await previewDigest({
      store,
      catalog,
      channel,
      timezone: digestTimezone,
      now: now(),
      translator,
      ...(main ? { scope: main.scope } : {}),
    });
    const ts = preview.today?.messageTs;
    const link = ts && messageLink ? await messageLink(channel, ts) : undefined;
    return previewMessage(preview, {
      timezone: digestTimezone,
      link,
      translator,
      note: translator.t("digest.previewNote", {
        hasChannel: digestChannel ? "yes" : "no",
        channel: digestChannel ? `<#${digestChannel}>` : "",
      }),
    });
  },
};
