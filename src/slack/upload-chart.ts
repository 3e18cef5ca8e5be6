import type { WebClient } from "@slack/web-api";
import type { RenderedChart } from "../charts/chart.js";
import { BotError, type ErrorText } from "../errors.js";
import type { Logger } from "../logger.js";
import type { ChartDestination, ChartUploader, UploadedChart } from "./chart-upload.js";
import { slackErrorCode } from "./slack-error-code.js";

/** Slack refused a chart upload; its text says what the admin can do about it. */
export class ChartUploadError extends BotError {
  override readonly name = "ChartUploadError";
  constructor(
    text: ErrorText,
    /** Slack's error code (`not_in_channel`, `missing_scope`…), when it answered one. */
    readonly slackCode: string | undefined,
    options?: { cause?: unknown },
  ) {
    super("chart_upload_failed", text, options);
  }
}

/**
 * The longest alt text an upload takes: files.getUploadURLExternal answers `alt_txt_too_large`
 * over 1000 characters (https://docs.slack.dev/reference/methods/files.getUploadURLExternal),
 * though an image block takes 2000.
 */
export const UPLOAD_ALT_TEXT_MAX = 1000;

/**
 * Uploads charts with `files.uploadV2`: the PNG, its file name and title; shared in the
 * destination's channel (in its thread, with its comment), or, with no channel, private to the bot
 * for an image block's `slack_file`.
 *
 * The alt text goes with private uploads only: Slack makes a file uploaded with alt text but does
 * not share it in the channel it is completed into, answering ok all the same
 * (python-slack-sdk#1818, python-slack-sdk#1575). A chart for a channel is shown by its file
 * message, whose comment and title carry what it shows; the Home tab's image block has its own
 * alt text (2,000 characters) beside the file's.
 */
export function createChartUploader(client: WebClient, logger: Logger): ChartUploader {
  return async (chart: RenderedChart, to: ChartDestination): Promise<UploadedChart> => {
    const channel = to.channel;
    try {
      const file = Buffer.from(chart.png);
      const common = { file, filename: chart.fileName, title: chart.title };
      const said = to.channel === undefined ? undefined : to.comment;
      const comment = said === undefined ? {} : { initial_comment: said };
      // @slack/web-api's argument types are a union per destination; one call per kind.
      const result =
        channel === undefined
          ? await client.files.uploadV2({
              ...common,
              alt_text: cut(chart.altText, UPLOAD_ALT_TEXT_MAX),
            })
          : to.channel === undefined || to.threadTs === undefined
            ? await client.files.uploadV2({ ...common, ...comment, channel_id: channel })
            : await client.files.uploadV2({
                ...common,
                ...comment,
                channel_id: channel,
                thread_ts: to.threadTs,
              });
      const uploaded = completedFile(result);
      if (!uploaded?.id) {
        throw new ChartUploadError(
          { key: "uploads.refused", values: { code: "no_file" } },
          undefined,
        );
      }
      logger.info({ file: uploaded.id, channel, kind: chart.kind }, "chart uploaded");
      return {
        fileId: uploaded.id,
        ...(uploaded.permalink ? { permalink: uploaded.permalink } : {}),
      };
    } catch (error) {
      if (error instanceof ChartUploadError) throw error;
      throw refusal(error, channel);
    }
  };
}

/** The first completed file of `files.uploadV2`'s answer (one completion per destination). */
function completedFile(result: unknown): { id?: string; permalink?: string } | undefined {
  const completions = (result as { files?: { files?: { id?: string; permalink?: string }[] }[] })
    .files;
  return completions?.[0]?.files?.[0];
}

/** What Slack's refusal means for the admin, as a ChartUploadError. */
function refusal(error: unknown, channel: string | undefined): ChartUploadError {
  const code = slackErrorCode(error);
  // A private channel the bot is not in does not exist for it: channel_not_found.
  if ((code === "not_in_channel" || code === "channel_not_found") && channel !== undefined) {
    return new ChartUploadError({ key: "uploads.notInChannel", values: { channel } }, code, {
      cause: error,
    });
  }
  if (code === "missing_scope") {
    return new ChartUploadError({ key: "uploads.missingScope" }, code, { cause: error });
  }
  return new ChartUploadError(
    { key: "uploads.refused", values: { code: code ?? "no_answer" } },
    code,
    { cause: error },
  );
}

/** At most `max` characters, the last one an ellipsis when cut. */
function cut(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join("")}…`;
}
