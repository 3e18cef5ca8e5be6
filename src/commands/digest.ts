import { previewDigest } from "../digest/digest-runner.js";
import { buildMessage, context, section } from "../slack/blocks/index.js";
import type { Subcommand } from "./command.js";

/** `/syncerror digest`: the digest as it would be posted now, shown only to you. */
export const digest: Subcommand = {
  name: "digest",
  usage: "digest",
  summary: "Preview the daily digest as it would be posted now",
  run(_args, { store, catalog, digestChannel, digestTimezone, now }) {
    const channel = digestChannel ?? "";
    const message = previewDigest({
      store,
      catalog,
      channel,
      timezone: digestTimezone,
      now: now(),
    });
    const where = digestChannel
      ? `<#${digestChannel}>`
      : "the digest channel (DIGEST_CHANNEL is not set yet)";
    const note = context([
      `Preview: the digest as it would be posted now in ${where}. Only you see it.`,
    ]);
    if (!message)
      return buildMessage({
        text: "Nothing new for a digest.",
        blocks: [section("Nothing new for a digest."), note],
      });
    return buildMessage({ text: message.text, blocks: [...message.blocks, note] });
  },
};
