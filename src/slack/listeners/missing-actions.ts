import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { KnownBlock } from "@slack/types";
import { InvalidInputError } from "../../errors.js";
import type { Translator } from "../../i18n/translator.js";
import { missingText } from "../../import/summary.js";
import type { MissingResolution } from "../../store/types.js";
import { buildMessage, escapeMrkdwn, type SlackMessage, section } from "../blocks/index.js";
import { MISSING_ACTIONS, MISSING_BLOCKS } from "../messages/import-messages.js";
import { importsFrom } from "./file-shared.js";
import type { ListenerDeps } from "./listener-deps.js";
import { replySafely } from "./reply-safely.js";
import { yieldToPendingAcks } from "./yield-to-acks.js";

/** Action ids these listeners answer; the manifest test reads them. */
export const MISSING_ACTION_IDS = [MISSING_ACTIONS.resolve, MISSING_ACTIONS.keep] as const;

/**
 * "Resolve them" / "Keep them open" under an import's summary, when the export left many open
 * errors of its object types unlisted (a filtered export?). Anyone where exports are imported
 * (the digest channel, a direct message) may answer, as anyone there may drop an export. The
 * answer is the store's and is taken once, whichever process gets the click: the summary then
 * says who decided what; a later click is told it was already decided.
 */
export function registerMissingActions(app: App, deps: ListenerDeps): void {
  for (const actionId of MISSING_ACTION_IDS) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, action, body, client }) => {
      await ack();
      await yieldToPendingAcks();
      const userId = body.user.id;
      const respond = deps.respondTo(body.response_url);
      const channel = body.channel?.id ?? String(body.container.channel_id ?? "");
      const messageTs = body.message?.ts ?? String(body.container.message_ts ?? "");
      const fields = { user: userId, action: action.action_id, channel };
      let updated: SlackMessage | undefined;
      // What goes only to the person who clicked (a refusal, "already decided") is in their language.
      const personal = await deps.translatorOf(userId);
      const reply = await replySafely(
        async () => {
          if (!importsFrom(channel, deps))
            throw new InvalidInputError({ key: "actions.missingNotHere" });
          const importId = Number(action.value);
          const decision = actionId === MISSING_ACTIONS.resolve ? "resolve" : "keep";
          const decided = Number.isSafeInteger(importId)
            ? await deps.store.decideMissing(importId, decision, userId, deps.now())
            : null;
          if (!decided) throw new InvalidInputError({ key: "actions.missingNoImport" });
          // A click on an answered question is told so privately, in the clicker's language; the
          // answer itself goes into the summary, in the channel's.
          const t = decided.already ? personal : deps.channelTranslator;
          const text = decidedText(decided.resolution, t);
          if (decided.already) return buildMessage({ text, blocks: [section(text)] });
          deps.logger.info(
            { ...fields, importId, decision, resolved: decided.resolution.resolved },
            "errors not in an export decided",
          );
          updated = answered(body.message?.blocks as KnownBlock[] | undefined, text);
          return updated;
        },
        deps.logger,
        fields,
        personal,
      );
      if (updated && messageTs) {
        await client.chat.update({ channel, ts: messageTs, ...updated });
        return;
      }
      await respond({ response_type: "ephemeral", replace_original: false, ...reply.message });
    });
  }
}

/** Who decided what, with the mention Slack renders. */
function decidedText(resolution: MissingResolution, t: Translator): string {
  const said = missingText(
    {
      rows: 0,
      missing: {
        count: resolution.count,
        importId: resolution.importId,
        objectTypes: resolution.objectTypes,
        decision: resolution.decision ?? "undecided",
        resolved: resolution.resolved,
      },
    },
    t,
  );
  return t.t("import.decided", {
    by: resolution.decidedBy === "cli" ? "cli" : "user",
    user: `<@${resolution.decidedBy}>`,
    said: escapeMrkdwn(said ?? ""),
  });
}

/** The summary as it was, with the question and its buttons replaced by the answer. */
function answered(blocks: KnownBlock[] | undefined, text: string): SlackMessage {
  const kept = (blocks ?? []).flatMap((block): KnownBlock[] => {
    if (block.block_id === MISSING_BLOCKS.buttons) return [];
    if (block.block_id === MISSING_BLOCKS.text)
      return [section(`:white_check_mark: ${text}`, { blockId: MISSING_BLOCKS.text })];
    return [block];
  });
  return buildMessage({ text, blocks: kept.length > 0 ? kept : [section(text)] });
}
