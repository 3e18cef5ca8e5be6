import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { App } from "@slack/bolt";
import { type QuietTypes, SpikeWatch } from "../alerts/spike-watch.js";
import type { Catalog } from "../catalog/catalog.js";
import { createChartRenderer } from "../charts/create-chart-renderer.js";
import {
  type AlertSettings,
  DEFAULT_IMPORT_MAX_BYTES,
  type DigestSettings,
  type LogLevel,
  loadConfig,
} from "../config.js";
import { type ChannelDigest, createChannelDigests } from "../digest/channel-digest.js";
import type { DigestRunner } from "../digest/digest-runner.js";
import type { HomeSettings } from "../home/home-settings.js";
import type { Language } from "../i18n/languages.js";
import { translator } from "../i18n/translator.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics/metrics.js";
import type { Routing } from "../routing/routing.js";
import type { SlackAppTarget } from "../sandbox/slack/requests.js";
import { DEFAULT_CHANNEL, type FileAccessDenied, SlackSandbox } from "../sandbox/slack/sandbox.js";
import type { Scanner } from "../scan/scanner.js";
import { createApp, homeRefresher, verifyBotToken } from "../slack/app.js";
import { validateBlocks } from "../slack/blocks/index.js";
import type { DigestChannelAccess } from "../slack/channel-access.js";
import type { ImportSettings, SlackCorrections, SlackResync } from "../slack/listeners/index.js";
import { PendingWork } from "../slack/pending-work.js";
import { slackSpikeAlerts } from "../slack/post-spike-alert.js";
import { openStore } from "../store/sqlite-store.js";
import type { Store } from "../store/types.js";

/** The real app, running in HTTP mode on loopback against a Slack sandbox. */
export interface SandboxedApp {
  readonly sandbox: SlackSandbox;
  readonly app: App;
  /** Where the sandbox sends signed requests, and the secret it signs them with. */
  readonly target: SlackAppTarget;
  /** The app's base URL, e.g. for /healthz. */
  readonly baseUrl: string;
  readonly botToken: string;
  readonly store: Store;
  /** Work the app goes on with after answering (long commands' final answers). */
  readonly pendingWork: PendingWork;
  /** The digest of the sandbox's channel, as the bot schedules it (the same runner the app's invite listener uses). */
  readonly digest: DigestRunner;
  /** What the bot knows of its membership of the digest channel. */
  readonly digestAccess: DigestChannelAccess;
  /**
   * Every channel's digest: the sandbox channel's first, then one per channel the routing sends
   * types to (each a sandbox channel too); the first alone without routing.
   */
  readonly digests: readonly ChannelDigest[];
  /**
   * The spike alerts' watch: told of each export shared in the channel; `checkNow()` checks after
   * an import or scan made another way. Polls only when `alerts.poll` asked it to.
   */
  readonly alerts: SpikeWatch;
  stop(): Promise<void>;
}

/** What the sandboxed app is built from. */
export interface SandboxedAppOptions {
  readonly catalog: Catalog;
  readonly logger: Logger;
  readonly logLevel: LogLevel;
  readonly version: string;
  /** The error store; a fresh in-memory one (closed on stop) when omitted. */
  readonly store?: Store;
  readonly importSettings?: ImportSettings;
  /** Resync from buttons (jobs on clients of the CRM sandboxes, and who may start one). */
  readonly resync?: SlackResync;
  /** Scans through the APIs, for `/syncerror scan`. */
  readonly scanner?: Scanner;
  /** "Not this type?": the book the catalog reads (loaded here from the store), and who may correct. */
  readonly corrections?: SlackCorrections;
  /**
   * Whether the bot was invited to the sandbox's channel before it started, as an installed bot
   * usually is (default true). False plays a bot nobody has invited yet.
   */
  readonly botInChannel?: boolean;
  /** The bot token's scopes in the sandbox; the manifest's unless given. */
  readonly slackScopes?: readonly string[];
  /** What a file download the token may not make gets from the sandbox. */
  readonly fileAccessDenied?: FileAccessDenied;
  /** The bot's metrics, served on `/metrics`; none served when omitted. */
  readonly metrics?: Metrics;
  /** BOT_LANGUAGE: the language of the bot's channel posts (the digest); English when omitted. */
  readonly botLanguage?: Language;
  /**
   * The routing file in effect: each routed channel gets its digest, and is made a sandbox channel
   * the bot is in (unless `botInChannel` is false) when the sandbox has none by that id or name.
   */
  readonly routing?: Routing;
  /** Spike alerts: the settings (the defaults unless given), the clock, the quiet types, polling. */
  readonly alerts?: {
    readonly settings?: AlertSettings;
    readonly now?: () => Date;
    readonly quietTypes?: QuietTypes;
    /** Look for imports and scans every `settings.pollMs` (local mode), not only when told. */
    readonly poll?: boolean;
  };
  /** What the Home tab says is configured (src/main.ts builds it from the configuration); nothing otherwise. */
  readonly homeSettings?: HomeSettings;
  /** The digest's settings and clock (tests move time); the defaults and the real clock otherwise. */
  readonly digest?: {
    readonly settings?: DigestSettings;
    readonly now?: () => Date;
    readonly sleep?: (ms: number) => Promise<void>;
  };
}

/**
 * Starts a Slack sandbox and the real app against it, both on 127.0.0.1 with free ports, with a
 * fresh bot token and signing secret. Local mode, the end-to-end tests and the benchmark all run
 * the bot this way: real signed HTTP requests in, real Web API calls out.
 */
export async function startSandboxedApp(options: SandboxedAppOptions): Promise<SandboxedApp> {
  const botToken = `xoxb-local-${randomBytes(12).toString("hex")}`;
  const signingSecret = randomBytes(32).toString("hex");
  const sandbox = await SlackSandbox.start({
    botToken,
    validateBlocks,
    ...(options.slackScopes ? { scopes: options.slackScopes } : {}),
    ...(options.fileAccessDenied ? { fileAccessDenied: options.fileAccessDenied } : {}),
  });
  // Local mode's bot was invited to its channel; a test can play one that was not.
  if (options.botInChannel ?? true) await sandbox.inviteBot(DEFAULT_CHANNEL.id);
  const ownStore = options.store === undefined;
  const store = options.store ?? (await openStore({ path: ":memory:" }));
  // The catalog holds the book; from here on it reads this store's corrections.
  await options.corrections?.book.attach(store);
  // The real start-up check, against the sandbox, which also gives Bolt the bot's ids.
  const identity = await verifyBotToken({
    botToken,
    slackApiUrl: sandbox.apiUrl,
    clientOptions: { retryConfig: { retries: 0 } },
  });
  const pendingWork = new PendingWork();
  // Charts as the bot draws them: the digest's thread, /syncerror chart and the Home tab.
  const charts = createChartRenderer({ store, catalog: options.catalog });
  // The digest as the bot runs it: its own client, which waits out rate limits itself.
  const digests = createChannelDigests({
    botToken,
    slackApiUrl: sandbox.apiUrl,
    channel: DEFAULT_CHANNEL.id,
    store,
    catalog: options.catalog,
    // The digest settings a bot gets with nothing configured, unless a test sets its own.
    settings: options.digest?.settings ?? loadConfig({}).digest,
    logger: options.logger,
    now: options.digest?.now ?? (() => new Date()),
    ...(options.digest?.sleep ? { sleep: options.digest.sleep } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.botLanguage ? { translator: translator(options.botLanguage) } : {}),
    routing: options.routing,
    charts,
  });
  for (const { channel } of digests.slice(1)) {
    if (sandbox.channelName(channel) !== undefined) continue;
    // A "#name" from the routing file gets an id made of its name; an id, a name made of its id.
    const name = channel.startsWith("#") ? channel.slice(1) : channel.toLowerCase();
    const id = channel.startsWith("#")
      ? `C0${name.toUpperCase().replace(/[^A-Z0-9]/g, "")}`
      : channel;
    sandbox.addChannel({ id, name });
    if (options.botInChannel ?? true) await sandbox.inviteBot(id);
  }
  const [main] = digests;
  if (!main) throw new Error("no digest: the sandbox channel always has one");
  const { runner: digest, access: digestAccess } = main;
  const slackDigest = (d: ChannelDigest) => ({
    access: d.access,
    postWaiting: () => d.runner.postWaiting(),
  });
  const digestNow = options.digest?.now;
  // Built after the app (it posts with the app's client); the app tells it of each import.
  let alerts: SpikeWatch | undefined;
  const app = createApp({
    onImported: () => {
      alerts
        ?.checkNow()
        .catch((error: unknown) => options.logger.warn({ err: error }, "the spike check failed"));
    },
    pendingWork,
    charts,
    identity,
    connection: { mode: "http", botToken, signingSecret, port: 0 },
    catalog: options.catalog,
    logger: options.logger,
    logLevel: options.logLevel,
    version: options.version,
    slackApiUrl: sandbox.apiUrl,
    // Files come from the sandbox's file host, another origin than its API, as on Slack.
    slackFilesUrl: sandbox.filesUrl,
    store,
    // The sandbox's one channel plays the digest channel: files dropped there are imported.
    digestChannel: DEFAULT_CHANNEL.id,
    importSettings: options.importSettings ?? { maxBytes: DEFAULT_IMPORT_MAX_BYTES, columns: {} },
    // The sandbox answers at once; retries would only hide a defect behind a long wait.
    clientOptions: { retryConfig: { retries: 0 } },
    ...(options.resync ? { resync: options.resync } : {}),
    ...(options.scanner ? { scanner: options.scanner } : {}),
    ...(options.corrections ? { corrections: options.corrections } : {}),
    ...(options.botLanguage ? { botLanguage: options.botLanguage } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    digest: { ...slackDigest(main), routed: digests.slice(1).map(slackDigest) },
    ...(options.routing ? { routing: options.routing } : {}),
    ...(options.homeSettings ? { homeSettings: options.homeSettings } : {}),
    // `/syncerror digest` previews on the digest's clock and in its zone.
    digestTimezone: (options.digest?.settings ?? loadConfig({}).digest).schedule.timezone,
    ...(digestNow ? { now: () => digestNow().getTime() } : {}),
  });
  const alertSettings = options.alerts?.settings ?? loadConfig({}).alerts;
  const alertNow = options.alerts?.now ?? digestNow ?? (() => new Date());
  alerts = new SpikeWatch({
    store,
    settings: alertSettings,
    now: alertNow,
    ...(options.alerts?.quietTypes ? { quietTypes: options.alerts.quietTypes } : {}),
    post: slackSpikeAlerts({
      client: app.client,
      store,
      catalog: options.catalog,
      routing: options.routing,
      digestChannel: DEFAULT_CHANNEL.id,
      translator: translator(options.botLanguage ?? "en"),
      settings: alertSettings,
      timeZone: (options.digest?.settings ?? loadConfig({}).digest).schedule.timezone,
    }),
    // As in src/main.ts: imports and scans the watch finds refresh the Home tabs.
    onActivity: () => {
      pendingWork.add(homeRefresher(app)());
    },
    logger: options.logger,
  });
  const stopPolling = options.alerts?.poll ? alerts.start() : async () => {};
  const watch = alerts;
  const stopAlerts = async () => {
    await stopPolling();
    await watch.idle();
  };
  let server: Awaited<ReturnType<App["start"]>>;
  try {
    server = await app.start({ port: 0, host: "127.0.0.1" });
  } catch (error) {
    await stopAlerts();
    await sandbox.close();
    if (ownStore) await store.close();
    throw error;
  }
  const { port } = (server as { address(): AddressInfo }).address();
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    sandbox,
    app,
    target: { appUrl: `${baseUrl}/slack/events`, signingSecret },
    baseUrl,
    botToken,
    store,
    pendingWork,
    digest,
    digestAccess,
    digests,
    alerts,
    async stop() {
      await stopAlerts();
      await app.stop();
      await sandbox.close();
      if (ownStore) await store.close();
    },
  };
}
