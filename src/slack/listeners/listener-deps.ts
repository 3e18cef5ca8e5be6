import type { Catalog } from "../../catalog/catalog.js";
import type { ChartRenderer } from "../../charts/chart.js";
import type { ResyncAllowed } from "../../config.js";
import type { CorrectionBook } from "../../corrections/correction-book.js";
import type { HomeSettings } from "../../home/home-settings.js";
import type { Translator } from "../../i18n/translator.js";
import type { ImportField } from "../../import/columns.js";
import type { Logger } from "../../logger.js";
import type { Metrics } from "../../metrics/metrics.js";
import type { ResyncJobs } from "../../resync/resync-jobs.js";
import type { Routing } from "../../routing/routing.js";
import type { Scanner } from "../../scan/scanner.js";
import type { Store } from "../../store/types.js";
import type { DigestChannelAccess } from "../channel-access.js";
import type { ChartUploader } from "../chart-upload.js";
import type { DownloadedFile } from "../download-file.js";
import type { PendingWork } from "../pending-work.js";
import type { Responder } from "../response-url.js";

/** What the Slack listeners need; built in `createApp`. */
export interface ListenerDeps {
  readonly catalog: Catalog;
  readonly logger: Logger;
  /** Replies through the response_url of a command or click. */
  readonly respondTo: (responseUrl: string) => Responder;
  readonly store: Store;
  /** Where digests go and exports are dropped; undefined until configured. */
  readonly digestChannel: string | undefined;
  readonly importSettings: ImportSettings;
  /** Fetches a private Slack file with the bot token into a temporary file. */
  readonly downloadFile: (url: string, fileName: string) => Promise<DownloadedFile>;
  readonly now: () => Date;
  /**
   * The translator of what one person sees, in their Slack language (`users.info`, cached a day;
   * English when Slack cannot say). Asked after the ack: it may call Slack.
   */
  readonly translatorOf: (userId: string) => Promise<Translator>;
  /** The language of what the bot posts in channels for everyone (BOT_LANGUAGE). */
  readonly channelTranslator: Translator;
  /** The digest's time zone, for previews. */
  readonly digestTimezone: string;
  /** Resync from buttons; undefined in a bot built without it, whose buttons then say so. */
  readonly resync: SlackResync | undefined;
  /** Scans through the APIs, for `/syncerror scan`. */
  readonly scanner: Scanner | undefined;
  /** Where listeners register work that goes on after their answer, for a clean stop. */
  readonly pendingWork?: PendingWork | undefined;
  /** Counts the rows of imports from shared files; nothing counted without. */
  readonly metrics?: Pick<Metrics, "importRows"> | undefined;
  /** The digest's membership of its channel and its waiting digest; undefined without a digest. */
  readonly digest?: SlackDigest | undefined;
  /** The routing file in effect (ROUTES_PATH), for `/syncerror routes`; undefined without one. */
  readonly routing?: Routing | undefined;
  /** "Not this type?": the corrections the catalog reads; undefined in a bot built without them. */
  readonly corrections?: SlackCorrections | undefined;
  /**
   * Told after an export shared in Slack is imported, so the spike check runs at once rather than
   * at its next poll; nothing without.
   */
  readonly onImported?: (() => void) | undefined;
  /** What the Home tab says is configured or missing; everything missing without. */
  readonly homeSettings?: HomeSettings | undefined;
  /** Draws the Home tab's breakdown chart; the tab has no image without it (or `uploadChart`). */
  readonly charts?: ChartRenderer | undefined;
  /** Uploads the Home tab's chart privately (no channel); the tab has no image without it. */
  readonly uploadChart?: ChartUploader | undefined;
  /**
   * Told after a resync job started from Slack ends (the Home tabs refresh); imports and scans
   * tell `onImported` and the spike watch's poll.
   */
  readonly onJobEnded?: (() => void) | undefined;
}

/** What the Slack side of corrections needs: the book the catalog reads, and who may correct. */
export interface SlackCorrections {
  readonly book: CorrectionBook;
  /** The people who may start resyncs: a correction changes the answers everyone gets. */
  readonly allowed: ResyncAllowed;
}

/** The digest's side of the app: whether the bot is in its channel, and the digest waiting for it. */
export interface SlackDigest {
  readonly access: DigestChannelAccess;
  /** Posts the digest that waited for the bot to be invited, if one waits. */
  postWaiting(): Promise<unknown>;
  /**
   * The digests of the channels the routing sends types to, each waiting for its own invite
   * (`access.channel` names the channel); none without routing.
   */
  readonly routed?: readonly SlackDigest[];
}

/** What the Slack side of resync needs: the jobs, and who may start one. */
export interface SlackResync {
  readonly jobs: ResyncJobs;
  readonly allowed: ResyncAllowed;
}

/** How exports are read. */
export interface ImportSettings {
  readonly maxBytes: number;
  readonly columns: Partial<Record<ImportField, string>>;
}
