import type { Catalog } from "../catalog/catalog.js";
import type { ChartRenderer } from "../charts/chart.js";
import type { Translator } from "../i18n/translator.js";
import type { Routing } from "../routing/routing.js";
import type { Scanner } from "../scan/scanner.js";
import type { SlackMessage } from "../slack/blocks/index.js";
import type { ChannelAccess } from "../slack/channel-access.js";
import type { ChartUploader } from "../slack/chart-upload.js";
import type { Store } from "../store/types.js";

/** What a subcommand may use. */
export interface CommandContext {
  readonly catalog: Catalog;
  /** The Slack user who typed the command. */
  readonly userId: string;
  /** The channel it was typed in. */
  readonly channelId: string;
  readonly store: Store;
  /** Where digests go and exports are dropped; undefined until configured. */
  readonly digestChannel: string | undefined;
  /** The largest export the importer accepts, in bytes. */
  readonly importMaxBytes: number;
  /** The digest's time zone (DIGEST_TIMEZONE). */
  readonly digestTimezone: string;
  readonly now: () => Date;
  /**
   * The language of the answer: the person's (their Slack locale) for what only they see. Texts
   * come from its catalogs, numbers and dates in its format (issue 16).
   */
  readonly translator: Translator;
  /** Scans through the APIs; undefined when neither HubSpot nor Salesforce is configured. */
  readonly scanner?: Scanner | undefined;
  /** Whether the bot is in the digest channel, as last seen; undefined without a digest. */
  readonly digestChannelAccess?: ChannelAccess | undefined;
  /** The routing file in effect (ROUTES_PATH); undefined without one. */
  readonly routing?: Routing | undefined;
  /** Whether answers that classify a message offer "Not this type?" (the bot keeps corrections). */
  readonly offerCorrections?: boolean | undefined;
  /**
   * A link to a message the bot posted (Slack's chat.getPermalink), or undefined when Slack gives
   * none; absent where there is no Slack to ask.
   */
  readonly messageLink?: ((channel: string, ts: string) => Promise<string | undefined>) | undefined;
  /** Draws charts for `/syncerror chart`; absent in a bot built without them. */
  readonly charts?: ChartRenderer | undefined;
  /** Shares a drawn chart in a channel (files.uploadV2); absent where there is no Slack. */
  readonly uploadChart?: ChartUploader | undefined;
}

/**
 * One `/syncerror` subcommand. `run` turns the text after the subcommand's name into the reply
 * message; it never talks to Slack itself, so it is tested as a plain function.
 */
export interface Subcommand {
  readonly name: string;
  /** The arguments, as shown after `/syncerror <name>`. */
  readonly usage: string;
  /** One line for help. */
  readonly summary: string;
  run(
    args: string,
    context: CommandContext,
  ): SlackMessage | DeferredReply | Promise<SlackMessage | DeferredReply>;
}

/**
 * The answer to long work (a scan): a message at once ("scanning…"), and the one that replaces it
 * when the work is done. A rejected `final` is shown as an error in its place.
 */
export interface DeferredReply {
  readonly immediate: SlackMessage;
  readonly final: Promise<SlackMessage>;
  /**
   * Registers where progress goes while the work runs: each message replaces the answer. The
   * subcommand keeps them few (a response_url takes five posts).
   */
  readonly onProgress?: (report: (message: SlackMessage) => void) => void;
}

/** Whether a reply is deferred. */
export function isDeferred(reply: SlackMessage | DeferredReply): reply is DeferredReply {
  return "immediate" in reply && "final" in reply;
}
