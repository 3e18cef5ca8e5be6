import type { IncomingMessage, ServerResponse } from "node:http";
import { App, type CustomRoute, LogLevel } from "@slack/bolt";
import { WebClient, type WebClientOptions } from "@slack/web-api";
import type { Catalog } from "../catalog/catalog.js";
import type { ChartRenderer } from "../charts/chart.js";
import {
  DEFAULT_SLACK_FILES_URL,
  type LogLevel as OurLogLevel,
  type SlackConnection,
} from "../config.js";
import { BotError } from "../errors.js";
import type { HomeSettings } from "../home/home-settings.js";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/languages.js";
import { translator } from "../i18n/translator.js";
import { boltLogger, type Logger } from "../logger.js";
import type { Metrics } from "../metrics/metrics.js";
import type { Routing } from "../routing/routing.js";
import type { Scanner } from "../scan/scanner.js";
import type { Store } from "../store/types.js";
import { NOT_INVITED_CODES } from "./channel-access.js";
import type { ChartUploader } from "./chart-upload.js";
import { downloadSlackFile } from "./download-file.js";
import { refreshHomes } from "./home-publisher.js";
import {
  type ImportSettings,
  registerListeners,
  type SlackCorrections,
  type SlackDigest,
  type SlackResync,
} from "./listeners/index.js";
import { metricsRoute, timeSlackRequests } from "./metrics-http.js";
import type { PendingWork } from "./pending-work.js";
import { createResponseUrlClient, type Responder } from "./response-url.js";
import { slackErrorCode } from "./slack-error-code.js";
import { createChartUploader } from "./upload-chart.js";
import { createUserLanguages } from "./user-language.js";

/** What the Slack app is built from; `src/main.ts` supplies the real ones, tests their own. */
export interface SlackAppDeps {
  readonly connection: Exclude<SlackConnection, { mode: "local" }>;
  readonly catalog: Catalog;
  readonly logger: Logger;
  readonly logLevel: OurLogLevel;
  readonly version: string;
  /** Where the Web API client sends calls (a sandbox, a proxy); Slack itself when undefined. */
  readonly slackApiUrl?: string | undefined;
  /** Slack's file host (SLACK_FILES_URL); files.slack.com when undefined. */
  readonly slackFilesUrl?: string | undefined;
  /** Extra Web API client options, e.g. no retries in tests. */
  readonly clientOptions?: WebClientOptions;
  /** Who the bot is, from `verifyBotToken`; given to Bolt so it never asks Slack per request. */
  readonly identity: BotIdentity;
  readonly store: Store;
  readonly digestChannel?: string | undefined;
  readonly importSettings: ImportSettings;
  /** The digest's time zone (for `/syncerror digest` previews); UTC when omitted. */
  readonly digestTimezone?: string;
  /** BOT_LANGUAGE: the language of channel posts; English when omitted. */
  readonly botLanguage?: Language;
  /** Resync from buttons: the jobs and who may start one. Without it the buttons say it is off. */
  readonly resync?: SlackResync;
  /** Scans through the APIs, for `/syncerror scan`. */
  readonly scanner?: Scanner;
  /** The digest's channel membership and the digest waiting for the bot's invite. */
  readonly digest?: SlackDigest;
  /** The routing file in effect (ROUTES_PATH), for `/syncerror routes`. */
  readonly routing?: Routing | undefined;
  /** "Not this type?": the corrections the catalog reads, and who may correct. */
  readonly corrections?: SlackCorrections;
  /** Tracks work listeners go on with after answering, for a clean stop. */
  readonly pendingWork?: PendingWork;
  /** The bot's metrics, served on `/metrics`; none served without. */
  readonly metrics?: Metrics;
  /** Posts to response_urls; undici over a keep-alive pool unless given. */
  readonly respondTo?: (responseUrl: string) => Responder;
  /** True once the process is stopping: `/readyz` then answers 503 so no new work comes. */
  readonly stopping?: () => boolean;
  /** Milliseconds since the epoch; injected so health output is testable. */
  readonly now?: () => number;
  /** Told after an export shared in Slack is imported (the spike check runs at once). */
  readonly onImported?: () => void;
  /** What the Home tab says is configured or missing. */
  readonly homeSettings?: HomeSettings;
  /** Draws charts: `/syncerror chart` and the Home tab's; no charts without. */
  readonly charts?: ChartRenderer | undefined;
  /** Uploads charts; by default files.uploadV2 with the app's own client when `charts` is given. */
  readonly uploadChart?: ChartUploader | undefined;
}

/** Each app's refresh of the Home tabs (see homeRefresher). */
const HOME_REFRESHERS = new WeakMap<App, () => Promise<number>>();

/**
 * Refreshes the Home tab of everyone who opened it lately (each at most once a minute); resolves
 * to how many were published. For what the app's listeners do not see: an import by the command
 * line or another replica, a scan, found by the spike watch's poll.
 */
export function homeRefresher(app: App): () => Promise<number> {
  return HOME_REFRESHERS.get(app) ?? (async () => 0);
}

/** Where WebClient sends calls when no SLACK_API_URL is set. */
const SLACK_API_URL = "https://slack.com/api/";

const BOLT_LEVELS: Readonly<Record<OurLogLevel, LogLevel>> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/**
 * `GET /healthz`: JSON with ok, ready, version and uptime. Nothing secret, nothing slow. Before the
 * app starts, `startup-health.ts` answers 503 with `ready: false` and why.
 */
export function healthRoute(version: string, now: () => number): CustomRoute {
  const started = now();
  return {
    path: "/healthz",
    method: ["GET"],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(
        JSON.stringify({
          ok: true,
          ready: true,
          version,
          uptimeSeconds: Math.floor((now() - started) / 1000),
        }),
      );
    },
  };
}

/** How long `/readyz` waits for the database before it calls the replica not ready. */
const READY_TIMEOUT_MS = 2_000;

/**
 * `GET /readyz`: 200 when the database answers `store.ping()` within 2 s, 503 with the reason
 * otherwise (and while the process stops), so a load balancer sends Slack's requests only to a
 * replica that can serve them. `/healthz` stays 200 meanwhile: the process itself is alive.
 */
export function readyRoute(store: Store, stopping: () => boolean = () => false): CustomRoute {
  return {
    path: "/readyz",
    method: ["GET"],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      const answer = (status: number, body: object) => {
        res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
        res.end(JSON.stringify(body));
      };
      if (stopping()) {
        answer(503, { ready: false, reason: "stopping" });
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${READY_TIMEOUT_MS / 1000} s`)),
          READY_TIMEOUT_MS,
        );
      });
      Promise.race([store.ping(), timeout])
        .then(
          () => answer(200, { ready: true }),
          (error: unknown) =>
            answer(503, {
              ready: false,
              reason: `the database does not answer: ${error instanceof Error ? error.message : String(error)}`,
            }),
        )
        .finally(() => clearTimeout(timer));
    },
  };
}

/**
 * Builds the Bolt app, without starting it. HTTP mode verifies Slack's signatures on
 * `/slack/events` and serves `/healthz`, `/readyz`; Socket Mode connects with the app-level token. The
 * listeners are the same in both.
 */
export function createApp(deps: SlackAppDeps): App {
  const now = deps.now ?? Date.now;
  const clientOptions: WebClientOptions = {
    ...deps.clientOptions,
    ...(deps.slackApiUrl ? { slackApiUrl: deps.slackApiUrl } : {}),
  };
  const common = {
    token: deps.connection.botToken,
    logger: boltLogger(deps.logger),
    logLevel: BOLT_LEVELS[deps.logLevel],
    clientOptions,
    customRoutes: [
      healthRoute(deps.version, now),
      readyRoute(deps.store, deps.stopping),
      ...(deps.metrics ? [metricsRoute(deps.metrics, deps.logger)] : []),
    ],
    // The conversation store keeps per-conversation state the bot never reads; it costs a
    // lookup on every request.
    convoStore: false as const,
    // With the bot's ids given, Bolt never calls auth.test itself: not from the constructor
    // (unawaited, so a process stopping early crashed on it) and not on every request (which it
    // does when verification is off and the ids are missing). `verifyBotToken` asked once.
    botId: deps.identity.botId,
    botUserId: deps.identity.botUserId,
    tokenVerificationEnabled: false,
  };
  const app =
    deps.connection.mode === "socket"
      ? new App({
          ...common,
          socketMode: true,
          appToken: deps.connection.appToken,
          // The Socket Mode client has its own Web API client (for apps.connections.open). The
          // port is where Bolt serves the custom routes (/healthz, /readyz, /metrics): 3000
          // unless given, which two replicas on one host cannot share.
          installerOptions: { clientOptions, port: deps.connection.port },
        })
      : new App({ ...common, signingSecret: deps.connection.signingSecret });

  // Slack serves files from its file host, not its API host; the token may go to either, and
  // nowhere else.
  const fileOrigins = [
    new URL(deps.slackFilesUrl ?? DEFAULT_SLACK_FILES_URL).origin,
    new URL(deps.slackApiUrl ?? SLACK_API_URL).origin,
  ];
  // Before the listeners: middleware runs in the order it was added.
  if (deps.metrics) timeSlackRequests(app, deps.metrics);
  // One cache of people's languages for the process, asked through the app's own client.
  const userLanguage = createUserLanguages({ client: app.client, logger: deps.logger, now });
  const listenerDeps: Parameters<typeof registerListeners>[1] = {
    catalog: deps.catalog,
    logger: deps.logger,
    respondTo: deps.respondTo ?? createResponseUrlClient(),
    store: deps.store,
    digestChannel: deps.digestChannel,
    importSettings: deps.importSettings,
    downloadFile: (url, fileName) =>
      downloadSlackFile(url, {
        botToken: deps.connection.botToken,
        allowedOrigins: fileOrigins,
        maxBytes: deps.importSettings.maxBytes,
        fileName,
      }),
    now: () => new Date(now()),
    translatorOf: async (userId) => translator(await userLanguage(userId)),
    channelTranslator: translator(deps.botLanguage ?? DEFAULT_LANGUAGE),
    digestTimezone: deps.digestTimezone ?? "UTC",
    resync: deps.resync,
    scanner: deps.scanner,
    pendingWork: deps.pendingWork,
    metrics: deps.metrics,
    digest: deps.digest,
    routing: deps.routing,
    corrections: deps.corrections,
    // The Home tabs refresh after an import shared in Slack and a job's end, beside the spike check.
    onImported: () => {
      deps.onImported?.();
      refresh();
    },
    onJobEnded: () => refresh(),
    homeSettings: deps.homeSettings,
    charts: deps.charts,
    uploadChart:
      deps.uploadChart ?? (deps.charts ? createChartUploader(app.client, deps.logger) : undefined),
  };
  const refreshNow = () => refreshHomes(listenerDeps, app.client);
  HOME_REFRESHERS.set(app, refreshNow);
  // Work after the answer: tracked for a clean stop; a failure is logged inside.
  const refresh = () => {
    const work = refreshNow();
    deps.pendingWork?.add(work);
  };
  registerListeners(app, listenerDeps);
  app.error(async (error) => {
    // A post in a channel the bot was never invited to (or was removed from) is not a defect.
    const cause = (error as { original?: unknown }).original ?? error;
    const code = slackErrorCode(cause);
    if (code !== undefined && NOT_INVITED_CODES.includes(code)) {
      deps.logger.warn(
        { code, hint: "invite the bot: type /invite @syncerror in the channel it should post in" },
        "Slack refused a post: the bot is not in the channel",
      );
      return;
    }
    deps.logger.error(
      { err: error, code: (error as { code?: string }).code },
      "unhandled error in a listener",
    );
  });
  return app;
}

/** Slack refused the bot token (revoked, mistyped, another workspace's). */
export class SlackAuthError extends BotError {
  override readonly name = "SlackAuthError";
}

/** Slack did not answer auth.test (no connection, a timeout, a 5xx): worth trying again. */
export class SlackUnreachableError extends BotError {
  override readonly name = "SlackUnreachableError";
}

/**
 * Why a Web API call got no answer from Slack, or undefined when Slack answered. @slack/web-api
 * throws `slack_webapi_request_error` when the request failed (its `original` is the network
 * error, whose cause has the network's code) and `slack_webapi_http_error` for a non-200 status;
 * only a 5xx of those is Slack's trouble rather than a refusal. Source: @slack/web-api 8's
 * dist/errors.js (WebAPIRequestError with `original`, WebAPIHTTPError with `statusCode`).
 */
function unreachable(error: unknown): string | undefined {
  const e = error as {
    code?: string;
    original?: { code?: string; message?: string; cause?: { code?: string } };
    statusCode?: number;
  };
  // fetch says only "fetch failed"; the network's code (ECONNREFUSED, ENOTFOUND) is its cause's.
  if (e.code === "slack_webapi_request_error")
    return e.original?.cause?.code ?? e.original?.code ?? e.original?.message ?? "no answer";
  if (e.code === "slack_webapi_http_error" && (e.statusCode ?? 0) >= 500)
    return `HTTP ${e.statusCode}`;
  return undefined;
}

/** The bot user and bot ids behind a token, and its workspace. */
export interface BotIdentity {
  readonly team: string;
  readonly botUserId: string;
  readonly botId: string;
  /**
   * The scopes Slack says the token has (its `x-oauth-scopes` header, which @slack/web-api reads
   * into `response_metadata.scopes`); undefined when Slack sent none.
   */
  readonly scopes?: readonly string[];
}

/**
 * The bot scopes manifest.yml asks for (a test keeps the two equal). A token without one of them
 * works in part only, so the bot says at start which are missing.
 */
export const BOT_SCOPES: readonly string[] = [
  "commands",
  "chat:write",
  "files:read",
  "files:write",
  "usergroups:read",
  "channels:read",
  "groups:read",
  "users:read",
];

/** The manifest's scopes a token lacks; empty when Slack did not say which it has. */
export function missingScopes(identity: BotIdentity): string[] {
  const granted = identity.scopes;
  return granted ? BOT_SCOPES.filter((scope) => !granted.includes(scope)) : [];
}

/**
 * Asks Slack who the token belongs to (auth.test), so a bad SLACK_BOT_TOKEN stops the bot at
 * start with a clear message instead of failing the first command.
 */
export async function verifyBotToken(options: {
  readonly botToken: string;
  readonly slackApiUrl?: string | undefined;
  readonly clientOptions?: WebClientOptions;
}): Promise<BotIdentity> {
  const client = new WebClient(options.botToken, {
    ...options.clientOptions,
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
  });
  let result: Awaited<ReturnType<WebClient["auth"]["test"]>>;
  try {
    result = await client.auth.test();
  } catch (error) {
    const reason = unreachable(error);
    if (reason !== undefined) {
      throw new SlackUnreachableError("slack_unreachable", `Cannot reach Slack (${reason}).`, {
        cause: error,
      });
    }
    const code = slackErrorCode(error) ?? (error as Error).message;
    throw new SlackAuthError(
      "slack_auth_failed",
      `Slack refused SLACK_BOT_TOKEN (${code}). Check the token in OAuth & Permissions.`,
      {
        cause: error,
      },
    );
  }
  if (!result.user_id || !result.bot_id) {
    throw new SlackAuthError(
      "slack_auth_failed",
      "SLACK_BOT_TOKEN is not a bot token (auth.test names no bot). Use the Bot User OAuth Token.",
    );
  }
  const scopes = result.response_metadata?.scopes;
  return {
    team: String(result.team ?? result.team_id ?? "?"),
    botUserId: result.user_id,
    botId: result.bot_id,
    ...(scopes ? { scopes } : {}),
  };
}
