import type { RenderedChart } from "../charts/chart.js";

/**
 * Where an uploaded chart goes: shared in a channel (or a thread of it), with a comment; or, with
 * no channel, kept private to the bot, for an image block of the Home tab (`slack_file`).
 */
export type ChartDestination =
  | {
      readonly channel: string;
      readonly threadTs?: string | undefined;
      /** The file message's text (Slack's `initial_comment`). */
      readonly comment?: string | undefined;
    }
  | { readonly channel?: undefined };

/** A chart Slack holds now. */
export interface UploadedChart {
  /** Slack's file id (`F…`), what an image block's `slack_file` names. */
  readonly fileId: string;
  /** The file's permalink, when Slack gave one. */
  readonly permalink?: string | undefined;
}

/**
 * Uploads a chart as a PNG (files.uploadV2: files.getUploadURLExternal, the upload, then
 * files.completeUploadExternal), with its title and alt text. Rejects with a BotError saying what
 * Slack refused (not in the channel, missing scope, …).
 */
export type ChartUploader = (chart: RenderedChart, to: ChartDestination) => Promise<UploadedChart>;
