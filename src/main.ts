/**
 * The composition root: the only module that touches the process (arguments, environment,
 * standard streams, signals, exit code) and builds the real clients. Everything else is handed
 * what it needs.
 *
 * `syncerror <command> …` runs the command line; `syncerror [--user <id>]` (what `npm start`
 * runs) runs the bot: connected to Slack when SLACK_BOT_TOKEN is set, in the terminal otherwise.
 */

import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { resolve as resolvePath } from "node:path";
import { setTimeout as sleepFor } from "node:timers/promises";
import type { SpikeWatch } from "./alerts/spike-watch.js";
import { createCatalog } from "./catalog/catalog.js";
import type { CliClients } from "./cli/cli-command.js";
import { chooseLanguage } from "./cli/cli-language.js";
import { EXIT } from "./cli/exit-codes.js";
import { OptionsProblem, parseOptions } from "./cli/parse-options.js";
import { isCliCommand, runCli } from "./cli/run-cli.js";
import { type Config, ConfigError, loadConfig, SLACK_USER_ID } from "./config.js";
import { type ConfigSource, describeConfigSource } from "./console/banner.js";
import { CorrectionBook } from "./corrections/correction-book.js";
import type { ChannelDigest } from "./digest/channel-digest.js";
import { type EnvFileRead, readEnvFile } from "./env-file.js";
import { BotError, type ErrorText, sayUserText, UsageError, userMessage } from "./errors.js";
import { type Language, parseLanguage } from "./i18n/languages.js";
import { translator as translatorOf } from "./i18n/translator.js";
import { createLogger } from "./logger.js";
import type { Metrics } from "./metrics/metrics.js";
import { ownerIsGone, replicaIdentity } from "./replica-id.js";
import type { Routing } from "./routing/routing.js";
import { rules } from "./rules/index.js";
import { migrateDatabase, openConfiguredStore, redactUrl, type Store } from "./store/index.js";
import { packageVersion } from "./version.js";

/**
 * How long a stopping bot waits for the work in flight (a resync batch, answers being sent)
 * before it exits anyway: under Kubernetes' default grace period of 30 s, after which it kills.
 */
const STOP_TIMEOUT_MS = 25_000;

/**
 * This process's name among the replicas sharing a database: the owner of the resync jobs it runs
 * (their lease) and of the scan lock. The random part tells a restarted container (same host name,
 * often the same pid 1) from the one before it.
 */
const REPLICA = replicaIdentity(hostname(), process.pid, randomBytes(3).toString("hex"));
const REPLICA_ID = REPLICA.id;

/** Set when a stop gave up waiting: something may still hold the event loop, so exit outright. */
let exitNow = false;

const BOT_USAGE =
  "syncerror [--user <slack user id>] [--lang en|da]   (the bot; see syncerror --help for the commands)";

// The admins' corrections, read by the catalog; loaded once a store is open (until then, none).
const corrections = new CorrectionBook();
const catalog = createCatalog(rules, { corrections });
const argv = process.argv.slice(2);

// A reader that stops reading (`syncerror classify --json < big.txt | head`) closes the pipe: the
// program stops there, quietly and with exit 0, like a Unix tool ended by SIGPIPE. That is not a
// failure of ours, and a pipeline with pipefail should not fail because `head` had enough.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
}

// `.env` in the working folder, under the environment: a variable set in both keeps the
// environment's value. A missing file is fine; one that cannot be read or parsed stops here.
let envFile: EnvFileRead | undefined;
let envFileFailed = false;
try {
  envFile = readEnvFile(".env", process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`syncerror: ${error.message}\nSee README.md, "Configuration".\n`);
  envFileFailed = true;
}

if (envFileFailed) {
  process.exitCode = 2;
} else if (isCliCommand(argv)) {
  let store: Store | undefined;
  process.exitCode = await runCli(argv, process, {
    catalog,
    config: () => loadConfig(process.env),
    store: async () => {
      if (!store) {
        const config = loadConfig(process.env);
        store = await openConfiguredStore({ url: config.databaseUrl, path: config.databasePath });
        await corrections.attach(store);
      }
      return store;
    },
    now: () => new Date(),
    replica: REPLICA,
    migrateDatabase: () => {
      const config = loadConfig(process.env);
      return migrateDatabase({ url: config.databaseUrl, path: config.databasePath });
    },
    clients: buildApiClients(() => loadConfig(process.env)),
    language: process.env.SYNCERROR_LANG,
  });
  await store?.close();
} else {
  process.exitCode = await runBot(argv);
  if (exitNow) process.exit();
}

/**
 * Refuses the bot's arguments with the usage, exit 2: in --lang's language when it was given and
 * is one the bot speaks, else SYNCERROR_LANG's, else English (the mistake may be in --lang itself).
 */
function refuseBotArgs(text: ErrorText, lang: string | undefined): number {
  const asked = parseLanguage(lang ?? process.env.SYNCERROR_LANG ?? "") ?? "en";
  const t = translatorOf(asked);
  const message = typeof text === "string" ? text : sayUserText(text, t);
  process.stderr.write(`syncerror: ${t.t("cli.botUsage", { message, usage: BOT_USAGE })}\n`);
  return 2;
}

async function runBot(args: string[]): Promise<number> {
  let user: string | undefined;
  let lang: string | undefined;
  try {
    const parsed = parseOptions(args, { user: { type: "string" }, lang: { type: "string" } });
    user = parsed.values.user as string | undefined;
    lang = parsed.values.lang as string | undefined;
    if (parsed.positionals.length > 0)
      throw new OptionsProblem({
        key: "cli.botNoWords",
        values: { word: parsed.positionals[0] as string },
      });
  } catch (error) {
    if (!(error instanceof OptionsProblem)) throw error;
    return refuseBotArgs(error.userText ?? error.message, lang);
  }
  // Local mode's person: --lang, else SYNCERROR_LANG, else English (as on the command line).
  let language: Language;
  try {
    language = chooseLanguage(lang, process.env.SYNCERROR_LANG);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`syncerror: ${error.message}\nUsage: ${BOT_USAGE}\n`);
    return 2;
  }
  if (user !== undefined && !SLACK_USER_ID.test(user))
    return refuseBotArgs({ key: "cli.botUserId" }, lang);

  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`syncerror: ${error.message}\nSee README.md, "Configuration".\n`);
    return 2;
  }
  const version = packageVersion();
  const configSource: ConfigSource = {
    ...(envFile ? { envFile } : {}),
    folder: process.cwd(),
  };

  if (lang !== undefined && config.slack.mode !== "local") {
    process.stderr.write(
      "syncerror: --lang is for local mode and the command line: in Slack the bot answers each person in their Slack language, and BOT_LANGUAGE sets the channel posts'.\n",
    );
    return 2;
  }
  // The routing file, before anything slow: one with errors stops the start, every problem listed
  // at once, as a configuration error does; its warnings (a route that takes nothing) are logged.
  let routesRead: { routing: Routing; warnings: string[] } | undefined;
  // Local mode shows routing from the start: the demo's routing file unless ROUTES_PATH says.
  const { routesPathFor } = await import("./demo/demo-routes.js");
  const routesPath = routesPathFor(config.routesPath, config.slack.mode === "local");
  if (routesPath !== undefined) {
    const { readRoutes } = await import("./routing/load-routes.js");
    const { describeProblems, RoutingError } = await import("./routing/problems.js");
    const read = await readRoutes(routesPath, catalog);
    if (read.problems.some((p) => p.severity === "error")) {
      const error = new RoutingError(routesPath, read.problems);
      process.stderr.write(`syncerror: ${error.message}\nSee README.md, "Configuration".\n`);
      return 2;
    }
    routesRead = {
      routing: read.routing,
      warnings: describeProblems(read.problems, translatorOf("en")),
    };
  }
  if (config.slack.mode === "local") {
    // Loaded only for the bot: Bolt alone takes half a second to load, which commands need not pay.
    const { runLocalMode } = await import("./console/local-mode.js");
    const interactive = process.stdin.isTTY === true;
    // Logs go to stderr here: stdout is the conversation.
    const localLogger = createLogger({ level: config.logLevel, destination: process.stderr });
    for (const warning of routesRead?.warnings ?? [])
      localLogger.warn({ file: routesPath }, warning);
    return runLocalMode({
      input: process.stdin,
      output: process.stdout,
      errorOutput: process.stderr,
      interactive,
      color: interactive && process.stdout.isTTY === true && !process.env.NO_COLOR,
      userId: user ?? config.localUser,
      // Charts are written beside where the console was started, where a user looks for them.
      imagesDir: resolvePath("syncerror-charts"),
      language,
      // Locally, the console's own user may resync unless RESYNC_ALLOWED_* say otherwise, so
      // `--user` someone else shows the refusal.
      resyncAllowed:
        config.resync.allowed.users.length > 0 || config.resync.allowed.usergroup
          ? config.resync.allowed
          : { users: [config.localUser], usergroup: undefined },
      resyncSettings: config.resync,
      scanSettings: config.scan,
      catalog,
      correctionBook: corrections,
      // ROUTES_PATH: each routed channel's digest shows as a post in that channel.
      ...(routesRead ? { routing: routesRead.routing } : {}),
      logger: localLogger,
      logLevel: config.logLevel,
      version,
      configSource,
    });
  }

  const { createApp, missingScopes, verifyBotToken } = await import("./slack/app.js");
  type BotIdentity = Awaited<ReturnType<typeof verifyBotToken>>;
  const connection = config.slack;
  const secrets = [
    ...(connection.mode === "http"
      ? [connection.botToken, connection.signingSecret]
      : [connection.botToken, connection.appToken]),
    ...salesforceSecrets(config),
  ];
  const logger = createLogger({ level: config.logLevel, secrets });
  logger.info(
    { envFile: envFile?.path ?? null },
    `configuration read from ${describeConfigSource(configSource, translatorOf("en"))}`,
  );
  if (routesRead) {
    for (const warning of routesRead.warnings) logger.warn({ file: config.routesPath }, warning);
    logger.info(
      {
        file: config.routesPath,
        channels: routesRead.routing.routesByChannel().map((c) => c.channel),
        unrouted: routesRead.routing.unrouted.length,
      },
      "routing read: routed error types get their own digest in their channel",
    );
  }
  const routing = routesRead?.routing;
  // Heard from here on, before anything slow: a SIGTERM while the bot still waits for Slack (a
  // rollout replacing a pod that never became ready) ends it cleanly with 0, not Node's 143.
  const shutdown = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (!shutdown.signal.aborted) {
      shutdown.abort(signal);
      return;
    }
    // A second signal (Ctrl-C again): the person does not want to wait.
    logger.warn({ signal }, "stopping at once, without waiting for the work in flight");
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const stopRequested = new Promise<never>((_resolve, reject) =>
    shutdown.signal.addEventListener("abort", () => reject(shutdown.signal.reason), {
      once: true,
    }),
  );
  // Only ever raced against; its rejection is the signal, not an error.
  stopRequested.catch(() => {});
  let store: Store;
  try {
    store = await openConfiguredStore({ url: config.databaseUrl, path: config.databasePath });
    await corrections.attach(store);
    logger.info(
      { database: config.databaseUrl === undefined ? "sqlite" : "postgres" },
      config.databaseUrl === undefined
        ? `store: SQLite at ${config.databasePath}`
        : `store: PostgreSQL at ${redactUrl(config.databaseUrl)}`,
    );
  } catch (error) {
    process.stderr.write(`syncerror: ${userMessage(error)}\n`);
    return 2;
  }
  // HTTP mode answers /healthz (503, not ready) from now on, while the bot waits for Slack.
  const { startStartupHealth } = await import("./slack/startup-health.js");
  let health: Awaited<ReturnType<typeof startStartupHealth>> | undefined;
  if (connection.mode === "http") {
    try {
      health = await startStartupHealth({
        port: connection.port,
        version,
        reason: "waiting for Slack",
      });
    } catch (error) {
      await store.close();
      const code = (error as { code?: string }).code ?? (error as Error).message;
      process.stderr.write(`syncerror: cannot listen on PORT ${connection.port} (${code}).\n`);
      return EXIT.refused;
    }
  }
  const stopEarly = async (error: unknown, exitCode: number): Promise<number> => {
    await health?.close();
    await store.close();
    process.stderr.write(`syncerror: ${userMessage(error)}\n`);
    return exitCode;
  };
  // Stopped by a signal before the bot served anything: nothing is in flight.
  const stopBeforeReady = async (): Promise<number> => {
    logger.info({ signal: shutdown.signal.reason }, "stopped before the bot started");
    await health?.close();
    await store.close();
    return 0;
  };
  const { reachSlack, SlackStartTimeoutError } = await import("./slack/wait-for-slack.js");
  const apiUrl = config.slackApiUrl ?? "https://slack.com/api/";
  // The client's own warnings ("http request failed") would only repeat ours, without the plan.
  const { LogLevel: SlackLogLevel } = await import("@slack/web-api");
  let identity: BotIdentity;
  try {
    logger.info({ url: apiUrl }, `checking the bot token with Slack at ${apiUrl}`);
    // One attempt per call, none longer than 10 s: reachSlack retries, saying so, for at most
    // SLACK_START_TIMEOUT (the client's own retries would go on silently for many minutes).
    const reaching = reachSlack({
      // A stop cuts the wait between attempts short.
      sleep: (ms) => sleepFor(ms, undefined, { signal: shutdown.signal }),
      attempt: () =>
        verifyBotToken({
          botToken: connection.botToken,
          slackApiUrl: config.slackApiUrl,
          clientOptions: {
            retryConfig: { retries: 0 },
            timeout: 10_000,
            logLevel: SlackLogLevel.ERROR,
          },
        }),
      apiUrl,
      timeoutMs: config.slackStartTimeoutMs,
      logger,
    });
    reaching.catch(() => {});
    identity = await Promise.race([reaching, stopRequested]);
    health?.setReason("starting");
    logger.info({ team: identity.team, botUserId: identity.botUserId }, "bot token verified");
    const missing = missingScopes(identity);
    if (missing.length > 0) {
      // e.g. without files:read Slack sends its sign-in page instead of a shared export.
      logger.warn(
        { missing },
        `the bot token lacks scopes manifest.yml asks for (${missing.join(", ")}): add them to the app and reinstall it to the workspace`,
      );
    }
  } catch (error) {
    if (shutdown.signal.aborted) return stopBeforeReady();
    // Slack out of reach for the whole timeout is EX_UNAVAILABLE; a refused token is a setting.
    return stopEarly(
      error,
      error instanceof SlackStartTimeoutError ? EXIT.unavailable : EXIT.usage,
    );
  }
  const { createMetrics } = await import("./metrics/metrics.js");
  const { openErrorsByCategory } = await import("./metrics/open-errors.js");
  const { runningJobLeases } = await import("./metrics/running-jobs.js");
  const metrics = createMetrics({
    processMetrics: true,
    openErrorsByCategory: openErrorsByCategory(store, catalog),
    runningJobs: runningJobLeases(store),
  });
  let work: Awaited<ReturnType<typeof buildApiWork>>;
  try {
    work = await buildApiWork(config, store, logger, metrics);
  } catch (error) {
    // A mapping file that cannot be read or is invalid stops the bot at start, saying why.
    return stopEarly(error, EXIT.usage);
  }
  if (shutdown.signal.aborted) return stopBeforeReady();
  // Channel posts (the digest, resync progress) are read by many: BOT_LANGUAGE, not anyone's own.
  const { translator } = await import("./i18n/translator.js");
  const channelTranslator = translator(config.botLanguage);
  // Charts (issue 18): drawn from the store for the digest's thread, `/syncerror chart` and Home.
  const { createChartRenderer } = await import("./charts/create-chart-renderer.js");
  const charts = createChartRenderer({ store, catalog });
  // The digest exists before the app: the app's invite listener posts a digest that waited for it.
  const { createChannelDigests } = await import("./digest/channel-digest.js");
  // DIGEST_CHANNEL's digest first, then one per channel the routing sends types to.
  const digests = config.digestChannel
    ? createChannelDigests({
        botToken: connection.botToken,
        slackApiUrl: config.slackApiUrl,
        channel: config.digestChannel,
        store,
        catalog,
        settings: config.digest,
        logger,
        now: () => new Date(),
        metrics,
        translator: channelTranslator,
        routing,
        charts,
      })
    : undefined;
  if (routing && !config.digestChannel)
    logger.warn({}, "ROUTES_PATH is set but DIGEST_CHANNEL is not: no digest is posted anywhere");
  // What the app's invite listener and /syncerror status need of a channel's digest.
  const slackDigest = (digest: ChannelDigest) => ({
    access: digest.access,
    postWaiting: () => digest.runner.postWaiting(),
  });
  const { PendingWork } = await import("./slack/pending-work.js");
  const pendingWork = new PendingWork();
  let stopping = false;
  // The spike alerts' watch posts with the app's client, so it is built after the app; the app
  // tells it of each export shared in Slack, and it polls for the command line's and replicas'.
  let spikeWatch: SpikeWatch | undefined;
  const app = createApp({
    onImported: () => {
      spikeWatch
        ?.checkNow()
        .catch((error: unknown) => logger.warn({ err: error }, "the spike check failed"));
    },
    metrics,
    pendingWork,
    // /readyz answers 503 from the moment a stop begins, so the load balancer sends no more.
    stopping: () => stopping,
    connection,
    identity,
    catalog,
    logger,
    logLevel: config.logLevel,
    version,
    slackApiUrl: config.slackApiUrl,
    slackFilesUrl: config.slackFilesUrl,
    store,
    digestChannel: config.digestChannel,
    importSettings: config.import,
    digestTimezone: config.digest.schedule.timezone,
    homeSettings: {
      digest: config.digestChannel
        ? {
            channel: config.digestChannel,
            cron: config.digest.schedule.cron,
            timezone: config.digest.schedule.timezone,
          }
        : undefined,
      resyncAllowed: config.resync.allowed,
      scanCron: work.scanner ? config.scan.cron : undefined,
      hubspot: config.hubspot !== undefined,
      salesforce: config.salesforce !== undefined,
    },
    botLanguage: config.botLanguage,
    resync: { jobs: work.jobs, allowed: config.resync.allowed },
    // The people who may resync may correct error types: a correction changes everyone's answers.
    corrections: { book: corrections, allowed: config.resync.allowed },
    ...(work.scanner ? { scanner: work.scanner } : {}),
    routing,
    charts,
    ...(digests?.[0]
      ? {
          digest: {
            ...slackDigest(digests[0]),
            routed: digests.slice(1).map(slackDigest),
          },
        }
      : {}),
  });

  const { SpikeWatch } = await import("./alerts/spike-watch.js");
  const { homeRefresher } = await import("./slack/app.js");
  const { slackSpikeAlerts } = await import("./slack/post-spike-alert.js");
  spikeWatch = new SpikeWatch({
    store,
    settings: config.alerts,
    now: () => new Date(),
    post: slackSpikeAlerts({
      client: app.client,
      store,
      catalog,
      routing,
      digestChannel: config.digestChannel,
      translator: channelTranslator,
      settings: config.alerts,
      timeZone: config.digest.schedule.timezone,
    }),
    logger,
    // Imports, scans and resync jobs found by the poll (the command line's, another replica's, here)
    // refresh the Home tabs of the people who opened them lately.
    onActivity: () => {
      pendingWork.add(homeRefresher(app)());
    },
  });

  if (connection.mode === "http") {
    // The app answers /healthz (200, ready) from here on.
    await health?.close();
    await app.start(connection.port);
    logger.info(
      { mode: "http", port: connection.port, version },
      "syncerror is listening for Slack on /slack/events",
    );
  } else {
    await app.start();
    logger.info({ mode: "socket", version }, "syncerror is connected to Slack in Socket Mode");
  }
  // Jobs a stopped process left running are finished in the background while the bot serves,
  // in the progress messages they had.
  const { followResumedJobs } = await import("./slack/resync-progress.js");
  const { jobs, scanner } = work;
  const followJobs = (resumed: Parameters<typeof followResumedJobs>[2]) =>
    followResumedJobs(app.client, jobs, resumed, {
      store,
      catalog,
      logger,
      now: () => new Date(),
      corrections: { book: corrections, allowed: config.resync.allowed },
      pendingWork,
      channelTranslator,
    });
  followJobs(await jobs.resumeUnfinished());
  // A replica that died leaves its jobs with a lease nobody renews: one of the others takes each
  // over once it expires, in the same progress message.
  const stopTakeover = jobs.watchForAbandoned(followJobs);

  // Imports and scans this process did not run (the command line's, another replica's) are
  // checked for spikes at the next poll; the first poll checks the latest at start.
  const stopAlerts = spikeWatch.start();

  let stopScan = async () => {};
  if (scanner) {
    const { scheduleScan } = await import("./scan/schedule-scan.js");
    stopScan = scheduleScan(scanner, config.scan.cron, logger);
  }

  let stopDigest = async () => {};
  if (digests) {
    const { checkDigestChannel } = await import("./slack/channel-access.js");
    const { scheduleDigest } = await import("./digest/schedule-digest.js");
    // Says at start when the bot must be invited to DIGEST_CHANNEL or a routed channel.
    for (const [i, digest] of digests.entries())
      await checkDigestChannel(
        digest.client,
        digest.access,
        logger,
        i === 0 ? "DIGEST_CHANNEL" : "a channel of ROUTES_PATH",
      );
    // The routing's user groups: a mention of one Slack lacks or disabled reaches nobody. Said,
    // not stopped for: the digests work without it (`syncerror routes check` checks it all).
    if (routing && digests[0]) {
      const { checkRoutesInSlack } = await import("./slack/routes-in-slack.js");
      const { describeProblems } = await import("./routing/problems.js");
      const { problems } = await checkRoutesInSlack(digests[0].client, routing, {
        channels: false,
      });
      for (const line of describeProblems(problems, translator("en")))
        logger.warn({ file: config.routesPath }, `routing file: ${line}`);
    }
    stopDigest = await scheduleDigest(
      digests.map((digest) => digest.runner),
      config.digest,
      logger,
    );
  } else {
    logger.warn(
      {},
      "DIGEST_CHANNEL is not set: no digest will be posted and shared exports are only read from direct messages",
    );
  }

  await stopRequested.catch(() => {});
  const signal = shutdown.signal.reason as string;
  logger.info({ signal }, "stopping: taking no new work, waiting for the work in flight");
  stopping = true;
  // In order: no new work (schedules, then Slack's requests), then what is in flight: a resync
  // stops after its batch in flight and stays running for the next process; answers being sent
  // are sent. A scan in flight is not waited for: it writes nothing until its end, and the next
  // one reads what it would have.
  const drained = (async () => {
    stopTakeover();
    await Promise.all([stopDigest(), stopScan(), stopAlerts()]);
    await app.stop();
    await jobs.stop();
    await pendingWork.idle();
    return true;
  })().catch((error: unknown) => {
    // A step that failed (the server would not close) must not keep the store from closing.
    logger.error({ err: error }, "a step of the stop failed");
    return true;
  });
  const timedOut = sleepFor(STOP_TIMEOUT_MS, false, { ref: false });
  if (!(await Promise.race([drained, timedOut]))) {
    logger.warn(
      {
        signal,
        timeoutSeconds: STOP_TIMEOUT_MS / 1000,
        resyncInFlight: jobs.running(),
        answersInFlight: pendingWork.busy(),
        scanRunningSince: scanner?.runningSince()?.toISOString() ?? null,
      },
      "stopping without waiting longer: work in flight was cut off (a resync batch cut off is sent again by the next process)",
    );
    exitNow = true;
    await store.close().catch(() => {});
    return 0;
  }
  const left = await store.unfinishedJobs();
  logger.info(
    {
      signal,
      resyncJobsLeftRunning: left.map((j) => j.id),
      scanCutOff: scanner?.runningSince() !== undefined,
    },
    left.length > 0
      ? `stopped cleanly; the next process resumes resync job${left.length === 1 ? "" : "s"} ${left.map((j) => j.id).join(", ")}`
      : "stopped cleanly",
  );
  await store.close();
  return 0;
}

/**
 * The real API clients for the command line, from the configuration, each built on first use and
 * loaded lazily (jsforce and the HubSpot client are slow to load and most commands need neither).
 */
function buildApiClients(config: () => Config, onRenewed?: (flow: string) => void): CliClients {
  return {
    async slack() {
      const c = config();
      if (c.slack.mode === "local") return undefined;
      const { WebClient } = await import("@slack/web-api");
      return new WebClient(c.slack.botToken, {
        ...(c.slackApiUrl ? { slackApiUrl: c.slackApiUrl } : {}),
        rejectRateLimitedCalls: true,
        retryConfig: { retries: 0 },
      });
    },
    async hubspot() {
      const { hubspot } = config();
      if (!hubspot) return undefined;
      const { Client } = await import("@hubspot/api-client");
      // One attempt: the resync port paces and retries itself, once, for everything it sends.
      return new Client({
        accessToken: hubspot.accessToken,
        numberOfApiCallRetries: 1,
        ...(hubspot.baseUrl ? { basePath: hubspot.baseUrl } : {}),
      });
    },
    async salesforce() {
      const { salesforce } = config();
      if (!salesforce) return undefined;
      // Logs in with the configured flow; a flow that can log in again renews ended sessions.
      const { connectSalesforce } = await import("./clients/salesforce-session.js");
      return connectSalesforce(salesforce, onRenewed ? { onRenewed } : {});
    },
  };
}

/** The Salesforce values that must never reach a log line. */
function salesforceSecrets(config: Config): string[] {
  const s = config.salesforce;
  if (!s) return [];
  if (s.kind === "token") return [s.accessToken];
  if (s.kind === "client-credentials") return [s.clientSecret];
  if (s.kind === "password") return [s.password, s.clientSecret];
  return [];
}

/**
 * The bot's resync jobs and scanner, on the real clients from the configuration, sharing one
 * HubSpot limiter. A Salesforce login that fails here is logged and leaves Salesforce out, so the
 * bot still serves everything else. An unreadable MAPPINGS_PATH, or an inclusion list HubSpot does
 * not know, throws (the bot refuses to start).
 */
async function buildApiWork(
  config: Config,
  store: Store,
  logger: ReturnType<typeof createLogger>,
  metrics: Metrics,
) {
  const { buildResyncDeps } = await import("./resync/resync-deps.js");
  const { buildScanDeps } = await import("./scan/scan-deps.js");
  const { loadMappings } = await import("./mappings/load-mappings.js");
  const { ResyncJobs } = await import("./resync/resync-jobs.js");
  const { Scanner } = await import("./scan/scanner.js");
  const { createHubSpotLimiters } = await import("./clients/hubspot-paced-call.js");
  const clients = buildApiClients(
    () => config,
    (flow) => logger.info({ flow }, "Salesforce ended the session; logged in again"),
  );
  const hubspot = await clients.hubspot();
  const salesforce = await clients.salesforce().catch((error: unknown) => {
    // An unusable private key is the configuration's fault: the bot refuses to start, saying so.
    if (error instanceof BotError && error.code === "config_invalid") throw error;
    logger.error({ err: error }, "Salesforce login failed; resyncs and scans leave Salesforce out");
    return undefined;
  });
  if (salesforce) {
    const { reportApiUsageTo } = await import("./clients/salesforce-http.js");
    reportApiUsageTo(salesforce, metrics);
  }
  const mappings = await loadMappings(config.scan.mappingsPath);
  // Searches count against HubSpot's per-second search limit instead: one limiter for them all.
  // On PostgreSQL, which replicas share, both limits are one budget for every replica, kept in the
  // database; on SQLite one process runs, and its own limiters in memory cost no query per call.
  const {
    limiter: hubspotLimiter,
    searchLimiter: hubspotSearchLimiter,
    pacing,
  } = createHubSpotLimiters(
    config.resync.hubspotRateLimit,
    config.databaseUrl === undefined ? undefined : store,
  );
  logger.info(
    { pacing, hubspotRateLimit: config.resync.hubspotRateLimit },
    pacing === "shared"
      ? "HubSpot calls paced by one budget shared by every replica on the database"
      : "HubSpot calls paced in this process",
  );
  if (hubspot && config.scan.inclusionListId) {
    // A list HubSpot does not know (a legacy id, a misspelt name) stops the bot at start, saying so.
    const { hubspotScanPort } = await import("./clients/hubspot-scan-port.js");
    const { checkInclusionListAtStart } = await import("./scan/inclusion-list.js");
    const pacing = { limiter: hubspotLimiter, searchLimiter: hubspotSearchLimiter, metrics };
    await checkInclusionListAtStart(
      hubspotScanPort(hubspot, pacing),
      config.scan.inclusionListId,
      logger,
    );
  }
  const now = () => new Date();
  const { DEFAULT_LEASE_MS } = await import("./resync/job-lease.js");
  const resyncDeps = buildResyncDeps({
    hubspot,
    salesforce,
    settings: config.resync,
    store,
    catalog,
    now,
    mappings,
    hubspotLimiter,
    hubspotSearchLimiter,
    metrics,
  });
  // Once, in the background: the Home tab knows the resync triggers before the first resync or
  // `syncerror setup`. It never rejects; a failure is logged and start-up goes on.
  const { checkTriggersAtStart } = await import("./resync/check-triggers-at-start.js");
  void checkTriggersAtStart({
    ...resyncDeps.setup,
    triggers: config.resync,
    store,
    now,
    logger,
  });
  const jobs = new ResyncJobs({
    ...resyncDeps,
    logger,
    lease: {
      owner: REPLICA_ID,
      ms: config.resync.leaseMs ?? DEFAULT_LEASE_MS,
      isGone: (owner) => ownerIsGone(owner, REPLICA),
    },
  });
  const scanner =
    hubspot || salesforce
      ? new Scanner({
          ...buildScanDeps({
            hubspot,
            salesforce,
            config,
            mappings,
            store,
            catalog,
            now,
            hubspotLimiter,
            hubspotSearchLimiter,
            metrics,
          }),
          logger,
          metrics,
          replica: REPLICA_ID,
        })
      : undefined;
  return { jobs, scanner };
}
