import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { BotError, InvalidInputError } from "../../errors.js";
import type { Translator } from "../../i18n/translator.js";
import { choiceProblems } from "../../import/column-choice.js";
import type { ImportField } from "../../import/columns.js";
import {
  COLUMN_ACTIONS,
  type ColumnAnswerTarget,
  columnQuestionMessage,
  decodeColumnAnswerTarget,
  readColumnAnswer,
} from "../messages/column-question.js";
import { errorMessage } from "../messages/error.js";
import { importingMessage } from "../messages/import-messages.js";
import { slackErrorCode } from "../slack-error-code.js";
import { importsFrom } from "./file-shared.js";
import {
  importSharedFile,
  importSummaryReply,
  type SharedFile,
  sharedFile,
  sharesOf,
} from "./import-slack-file.js";
import type { ListenerDeps } from "./listener-deps.js";
import { replySafely } from "./reply-safely.js";
import { yieldToPendingAcks } from "./yield-to-acks.js";

/** Action ids (or patterns) these listeners answer; the manifest test reads them. */
export const COLUMN_ACTION_IDS = [COLUMN_ACTIONS.selectPattern, COLUMN_ACTIONS.import] as const;

/** What an Import click is about, once checked. */
interface Answer {
  readonly target: ColumnAnswerTarget;
  readonly columns: Partial<Record<ImportField, number>>;
  readonly file: SharedFile;
  readonly channel: string;
  readonly messageTs: string;
}

/**
 * The question's menus and its Import button. A menu's choice needs only an ack: Slack's client
 * keeps it and sends every menu's state with the click. The click checks the answer (each needed
 * field chosen, no column twice, the file still in Slack where the question is, with the same
 * header row), then imports the file again by its id as a drop would, with those columns, and
 * remembers them for exports with the same header row. Whatever is refused before the import
 * starts goes only to the person who clicked, and changes nothing.
 */
export function registerColumnActions(app: App, deps: ListenerDeps): void {
  app.action(COLUMN_ACTIONS.selectPattern, async ({ ack }) => {
    await ack();
  });

  app.action<BlockAction<ButtonAction>>(
    COLUMN_ACTIONS.import,
    async ({ ack, action, body, client }) => {
      await ack();
      await yieldToPendingAcks();
      const userId = body.user.id;
      const respond = deps.respondTo(body.response_url);
      const fields = { user: userId, action: action.action_id };
      // A refusal goes to the person who clicked, in their language.
      const personal = await deps.translatorOf(userId);
      let answer: Answer | undefined;
      const checked = await replySafely(
        async () => {
          answer = await checkAnswer(deps, client, body, action.value);
          return importingMessage(answer.file.name, deps.channelTranslator);
        },
        deps.logger,
        fields,
        personal,
      );
      if (!answer) {
        await respond({ response_type: "ephemeral", replace_original: false, ...checked.message });
        return;
      }
      const importing = importAnswer(deps, client, { userId, personal }, answer, respond);
      deps.pendingWork?.add(importing);
      await importing;
    },
  );
}

async function checkAnswer(
  deps: ListenerDeps,
  client: WebClient,
  body: BlockAction<ButtonAction>,
  value: string | undefined,
): Promise<Answer> {
  const target = decodeColumnAnswerTarget(value);
  const columns = readColumnAnswer(body.state?.values, body.message?.blocks ?? []);
  const problems = choiceProblems(columns);
  if (problems.length > 0)
    throw new InvalidInputError({ key: "columns.nothingImported", values: { problems } });
  const channel = body.channel?.id ?? String(body.container.channel_id ?? "");
  const messageTs = body.message?.ts ?? String(body.container.message_ts ?? "");
  let info: Awaited<ReturnType<WebClient["files"]["info"]>>;
  try {
    info = await client.files.info({ file: target.fileId });
  } catch (error) {
    if (slackErrorCode(error) !== "file_not_found") throw error;
    throw new InvalidInputError({ key: "columns.fileGone" });
  }
  const file = info.file;
  if (!file?.id || !importsFrom(channel, deps) || !(channel in sharesOf(file))) {
    throw new InvalidInputError({ key: "columns.notHere" });
  }
  return {
    target,
    columns,
    channel,
    messageTs,
    file: sharedFile(file.id, file),
  };
}

/**
 * Imports with the person's columns. Until the importer has checked them against the file and
 * begun, the question stays as it is (a refusal is ephemeral, in the person's language); from then
 * on the question becomes "importing…" and then the summary, or the question again, with the
 * person's choice and why the import failed (in the channel's language, as the thread is).
 */
async function importAnswer(
  deps: ListenerDeps,
  client: WebClient,
  who: { readonly userId: string; readonly personal: Translator },
  answer: Answer,
  respond: ReturnType<ListenerDeps["respondTo"]>,
): Promise<void> {
  const { channel, messageTs, file } = answer;
  const { userId, personal } = who;
  const fields = { user: userId, channel, file: file.id, name: file.name };
  let started: { headers: readonly string[]; shown: Promise<unknown> } | undefined;
  let failure: unknown;
  const result = await replySafely(
    async () => {
      try {
        const outcome = await importSharedFile(deps, file, {
          importedBy: userId,
          choice: {
            by: "position",
            headerDigest: answer.target.headerDigest,
            columns: answer.columns,
          },
          onColumns: (_columns, headers) => {
            const shown = client.chat
              .update({
                channel,
                ts: messageTs,
                ...importingMessage(file.name, deps.channelTranslator),
              })
              .catch((error: unknown) =>
                deps.logger.warn({ ...fields, err: error }, "update failed"),
              );
            started = { headers, shown };
          },
        });
        deps.logger.info(
          { ...fields, unchanged: outcome.unchanged, rows: outcome.record.rowsRead },
          "export imported with chosen columns",
        );
        return await importSummaryReply(deps, outcome);
      } catch (error) {
        failure = error;
        throw error;
      }
    },
    deps.logger,
    fields,
    deps.channelTranslator,
  );
  const begun = started as typeof started;
  await begun?.shown;
  if (!begun && !result.ok) {
    // A refusal before the import began: the person's own, in their language.
    const refusal =
      failure instanceof BotError ? errorMessage(failure, undefined, personal) : result.message;
    await respond({ response_type: "ephemeral", replace_original: false, ...refusal });
    return;
  }
  const message =
    result.ok || !begun
      ? result.message
      : columnQuestionMessage({
          fileName: file.name,
          fileId: file.id,
          question: {
            headers: begun.headers,
            guesses: Object.fromEntries(
              Object.entries(answer.columns).map(([field, index]) => [
                field,
                { index, header: begun.headers[index] ?? "" },
              ]),
            ),
            unplaced: [],
            headerDigest: answer.target.headerDigest,
          },
          problem: result.message.text,
          t: deps.channelTranslator,
        });
  await client.chat.update({ channel, ts: messageTs, ...message });
}
