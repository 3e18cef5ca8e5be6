import type { Translator } from "../i18n/translator.js";

/**
 * The charts the bot draws (issue 18): new and resolved per day with the open count (trend), open
 * errors by type (breakdown), and how long open errors have been open (age).
 */
export const CHART_KINDS = ["trend", "breakdown", "age"] as const;

/** One of the charts the bot draws. */
export type ChartKind = (typeof CHART_KINDS)[number];

/** The longest trend the bot draws, in days: the `90d` of `/syncerror chart`. */
export const MAX_CHART_DAYS = 90;

/** The trend's length when none is asked for. */
export const DEFAULT_CHART_DAYS = 30;

/** What to draw. */
export interface ChartRequest {
  readonly kind: ChartKind;
  /**
   * Only these error types (rule ids), with the name the person used for them (a category's or a
   * type's, shown in the title and the alt text); every type when absent.
   */
  readonly scope?: { readonly ruleIds: readonly string[]; readonly label: string } | undefined;
  /** How many days back the trend goes (1 to MAX_CHART_DAYS); the other charts show now. */
  readonly days: number;
  readonly now: Date;
  /** Days run from midnight to midnight in this zone (the digest's, DIGEST_TIMEZONE). */
  readonly timeZone: string;
}

/** A chart drawn as a PNG, with what Slack and screen readers show for it. */
export interface RenderedChart {
  readonly kind: ChartKind;
  readonly png: Uint8Array;
  /** In pixels. */
  readonly width: number;
  readonly height: number;
  /** One line: what the chart shows, for the file's title and the image block's title. */
  readonly title: string;
  /** The numbers the chart shows, in words (Slack's alt text: at most 2,000 characters). */
  readonly altText: string;
  /** A file name for the upload or the command line's default (`syncerror-trend-2026-12-04.png`). */
  readonly fileName: string;
}

/** Draws charts from the store, in the reader's language. */
export interface ChartRenderer {
  render(request: ChartRequest, t: Translator): Promise<RenderedChart>;
}
