import type { KnownBlock } from "@slack/types";
import { summaryNames } from "../catalog/summary-names.js";
import { waitingDigest } from "../digest/post-digest.js";
import { UsageError } from "../errors.js";
import { statusSummary } from "../import/summary.js";
import { resolutionSummary } from "../resolution/resolution-summary.js";
import { offerResyncs } from "../resync/resync-offers.js";
import type { SyncErrorRule } from "../rules/types.js";
import { buildMessage, type SlackMessage } from "../slack/blocks/index.js";
import {
  type DigestChannelProblem,
  digestChannelNotice,
} from "../slack/messages/digest-channel.js";
import { statusMessage } from "../slack/messages/status-message.js";
import { currentSnoozes } from "../snooze/current-snoozes.js";
import type { CommandContext, Subcommand } from "./command.js";

/** How many of the largest types are sized for "Resync N" in their menu (a pass over their errors). */
const RESYNC_OFFERS = 5;

/**
 * `/syncerror status [all]`: open errors by category and type (the largest types, or with `all`
 * every type), time to resolution by type and owner over 30 days, the last import, and resyncs
 * to start; first, when the bot is not in the digest
 * channel, that it must be invited.
 */
export const status: Subcommand = {
  name: "status",
  usage: "status [all]",
  summary: "Open sync errors by category and type, and the last import",
  async run(args, context) {
    const { store, catalog, now, translator } = context;
    const wanted = args.trim().toLowerCase();
    if (wanted !== "" && wanted !== "all") {
      throw new UsageError(
        { key: "commands.statusTakesAll", values: { typed: args.trim() } },
        `/syncerror ${translator.t("help.statusUsage")}`,
      );
    }
    const byRule = [...(await store.openCounts()).byRule].sort((a, b) => b[1] - a[1]);
    const claims = new Map((await store.claims()).map((claim) => [claim.ruleId, claim]));
    // Snoozed types still count here, with a note on their line: only the digest's noise goes.
    const counts = new Map(byRule);
    const snoozes = await currentSnoozes(store, now(), (id) => counts.get(id) ?? 0);
    const types = byRule.flatMap(([id, count]) => {
      const rule = catalog.ruleById(id);
      return rule && count > 0
        ? [{ rule, count, claim: claims.get(id), snooze: snoozes.get(id) }]
        : [];
    });
    // The largest types, and the asker's own ones wherever they rank: an owner finds Resync on
    // every line they are on.
    const sized = new Set([
      ...types.filter((type) => type.claim?.owner === context.userId).map((type) => type.rule.id),
      ...byRule.slice(0, RESYNC_OFFERS).map(([id]) => id),
    ]);
    const largest = [...sized].flatMap((id) => {
      const rule = catalog.ruleById(id);
      return rule ? [rule] : ([] as SyncErrorRule[]);
    });
    const offers = largest.length > 0 ? await offerResyncs(store, largest, now()) : new Map();
    const message = statusMessage(
      await statusSummary(store, catalog),
      largest.flatMap((rule) => offers.get(rule.id) ?? []),
      {
        allTypes: wanted === "all",
        types,
        viewer: context.userId,
        resolution: await resolutionSummary(store, catalog, now()),
      },
      translator,
      summaryNames(catalog, translator),
    );
    const problem = await digestChannelProblem(context);
    return problem ? withNotice(message, digestChannelNotice(problem, translator)) : message;
  },
};

/** The bot is not in the digest channel: a digest waits for it, or Slack said so at start. */
async function digestChannelProblem(
  context: CommandContext,
): Promise<DigestChannelProblem | undefined> {
  const channel = context.digestChannel;
  if (!channel) return undefined;
  const waiting = await waitingDigest(context.store, channel);
  if (waiting) return { channel, waitingSlot: waiting.slot };
  if (context.digestChannelAccess?.state === "not_invited") return { channel };
  return undefined;
}

function withNotice(message: SlackMessage, notice: KnownBlock): SlackMessage {
  return buildMessage({
    text: message.text,
    blocks: [notice, ...message.blocks],
  });
}
