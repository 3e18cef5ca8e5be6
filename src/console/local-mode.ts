import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Catalog } from "../catalog/catalog.js";
import { createHubSpotLimiter, createHubSpotSearchLimiter } from "../clients/hubspot-paced-call.js";
import { type Config, DEFAULT_DIGEST_CRON, type LogLevel, type ResyncAllowed } from "../config.js";
import type { CorrectionBook } from "../corrections/correction-book.js";
import { type Language, LOCALES } from "../i18n/languages.js";
import { translator } from "../i18n/translator.js";
import type { Logger } from "../logger.js";
import { DEFAULT_MAPPINGS } from "../mappings/default-mappings.js";
import { buildResyncDeps } from "../resync/resync-deps.js";
import { ResyncJobs } from "../resync/resync-jobs.js";
import type { Routing } from "../routing/routing.js";
import { DEFAULT_CHANNEL } from "../sandbox/slack/sandbox.js";
import { buildScanDeps } from "../scan/scan-deps.js";
import { Scanner } from "../scan/scanner.js";
import { openStore } from "../store/index.js";
import { banner, type ConfigSource } from "./banner.js";
import { ConsoleSession } from "./console-session.js";
import { startCrmSandboxes } from "./crm-sandboxes.js";
import { learnDemoChanges, plantDemoChanges } from "./demo-changes.js";
import { PromptLine } from "./prompt-line.js";
import { startSandboxedApp } from "./sandboxed-app.js";
import { postDemoDigest, seedDemoData, writeDemoSpike } from "./seed-demo-data.js";

/** What local mode runs with; `src/main.ts` passes the process's streams. */
export interface LocalModeOptions {
  /** The routing file in effect (ROUTES_PATH): the demo digest is split by it, one per channel. */
  readonly routing?: Routing;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Where the banner goes when input is piped, so that output holds only the answers. */
  readonly errorOutput: NodeJS.WritableStream;
  /** True when a person is typing (stdin is a terminal): prompt, history, colour. */
  readonly interactive: boolean;
  /** ANSI styles; normally `interactive` and stdout a terminal. */
  readonly color: boolean;
  readonly userId: string;
  /** Where charts the bot shares are written for the user to open (`./syncerror-charts`). */
  readonly imagesDir?: string | undefined;
  /**
   * The console person's Slack language (`--lang`): the sandbox gives them its locale, so the app
   * finds it through `users.info` as in Slack. Slack's default (English) when omitted. The
   * console's channel is theirs alone, so its posts (the digest) follow it too, as BOT_LANGUAGE.
   */
  readonly language?: Language;
  /** Who may start a resync: RESYNC_ALLOWED_* when set, else the default console user. */
  readonly resyncAllowed: ResyncAllowed;
  /** The resync triggers and limits, as configured (their defaults in a fresh checkout). */
  readonly resyncSettings: Config["resync"];
  /** The scan's settings (grace period, inclusion list). */
  readonly scanSettings: Config["scan"];
  readonly catalog: Catalog;
  /** The admins' corrections the catalog reads; kept in the local store from the start. */
  readonly correctionBook?: CorrectionBook;
  readonly logger: Logger;
  readonly logLevel: LogLevel;
  readonly version: string;
  /** Where the configuration came from (the environment, and which .env file), for the banner. */
  readonly configSource?: ConfigSource;
}

const PROMPT = "syncerror> ";
const LOCAL_API_LATENCY_MS = 400;

/**
 * Local mode: the real app in HTTP mode against the loopback Slack sandbox, with a terminal
 * console as the Slack client. Interactive, it prompts and keeps history; with piped input it
 * runs each line in turn, waits for each answer, and returns 0 at the end of the input.
 */
export async function runLocalMode(options: LocalModeOptions): Promise<number> {
  const store = await openStore({ path: ":memory:" });
  const demoNow = new Date();
  const demo = await seedDemoData(store, options.catalog, demoNow);
  // The planted spike: the same export again with a burst of one type, for `/syncerror import`.
  const spikeDir = await mkdtemp(join(tmpdir(), "syncerror-spike-"));
  const spikeFile = await writeDemoSpike(spikeDir, demoNow);
  // HubSpot and Salesforce on loopback, holding the demo errors' records, so a resync from the
  // console runs for real through the same clients and limits as against the real APIs.
  const crm = await startCrmSandboxes({
    store,
    ruleIds: options.catalog.rules.map((r) => r.id),
    triggers: options.resyncSettings,
    hubspotRateLimit: options.resyncSettings.hubspotRateLimit,
    scanDemo: { now: new Date() },
  });
  // The Setup change that started the demo's planted wave, and the bot learning it as a scan
  // would, so the first digest and /syncerror explain can tell the likely cause.
  plantDemoChanges(crm.salesforce, demoNow);
  await learnDemoChanges(store, crm.salesforceConnection, new Date());
  // Real APIs take a few hundred milliseconds a batch; so do these, so a resync's progress shows.
  crm.hubspot.latency(LOCAL_API_LATENCY_MS);
  crm.salesforce.latency(LOCAL_API_LATENCY_MS);
  // One limiter for resyncs and scans, as in the bot: the sandbox counts them all.
  const hubspotLimiter = createHubSpotLimiter(options.resyncSettings.hubspotRateLimit);
  const hubspotSearchLimiter = createHubSpotSearchLimiter();
  const jobs = new ResyncJobs({
    ...buildResyncDeps({
      hubspot: crm.hubspotClient,
      salesforce: crm.salesforceConnection,
      settings: options.resyncSettings,
      store,
      catalog: options.catalog,
      now: () => new Date(),
      mappings: DEFAULT_MAPPINGS,
      hubspotLimiter,
      hubspotSearchLimiter,
    }),
    logger: options.logger,
  });
  const scanner = new Scanner({
    ...buildScanDeps({
      hubspot: crm.hubspotClient,
      salesforce: crm.salesforceConnection,
      config: { scan: options.scanSettings, resync: options.resyncSettings },
      mappings: DEFAULT_MAPPINGS,
      hubspotLimiter,
      hubspotSearchLimiter,
      store,
      catalog: options.catalog,
      now: () => new Date(),
    }),
    logger: options.logger,
  });
  const env = await startSandboxedApp({
    ...options,
    store,
    resync: { jobs, allowed: options.resyncAllowed },
    ...(options.language ? { botLanguage: options.language } : {}),
    scanner,
    // The Home tab describes local mode as it is: its channel, the demo CRMs, its allowed users.
    homeSettings: {
      digest: {
        channel: DEFAULT_CHANNEL.id,
        cron: DEFAULT_DIGEST_CRON,
        timezone: "UTC",
      },
      resyncAllowed: options.resyncAllowed,
      scanCron: options.scanSettings.cron,
      hubspot: true,
      salesforce: true,
    },
    // Scans (the console's /syncerror scan) are checked for spikes at the next poll.
    alerts: { poll: true },
    // The people who may resync may correct error types too.
    ...(options.correctionBook
      ? { corrections: { book: options.correctionBook, allowed: options.resyncAllowed } }
      : {}),
  });
  if (options.language)
    env.sandbox.addUser({ id: options.userId, locale: LOCALES[options.language] });
  const lines = createInterface({
    input: options.input,
    output: options.interactive ? options.output : undefined,
    terminal: options.interactive,
    historySize: 500,
    prompt: PROMPT,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const promptLine = new PromptLine(lines, options.output, options.interactive);
  const nextLine = async (): Promise<string | null> => {
    const next = await iterator.next();
    promptLine.answered();
    return next.done ? null : next.value;
  };

  // The bot's updates may come while the prompt shows: they are written above it, and it redrawn.
  const write = (text: string) => promptLine.write(text);
  // Wrap between words to the terminal's width; piped output is left for the reader to wrap.
  const width = options.interactive ? (options.output as { columns?: number }).columns : undefined;
  // The console's own words follow the console person's language, as the bot's answers do.
  const t = translator(options.language ?? "en");
  const session = new ConsoleSession(
    env,
    options.userId,
    { write, color: options.color, width, imagesDir: options.imagesDir },
    async (question) => {
      write(question);
      const answer = await nextLine();
      if (!options.interactive) write(`${answer ?? ""}\n`);
      return isYes(answer ?? "");
    },
    t,
  );

  (options.interactive ? options.output : options.errorOutput).write(
    `${banner(options.userId, options.color, demo.newCount, t, options.configSource, spikeFile)}\n`,
  );
  try {
    // The morning digest of the demo data, posted through the same path as the scheduled one.
    await postDemoDigest(env);
    await session.settled();
    for (;;) {
      promptLine.prompt();
      const line = await nextLine();
      if (line === null) break;
      if ((await session.handle(line)) === "quit") break;
    }
    // A resync still running finishes first, and its summary is shown: stopping would leave it
    // half sent in a store that is about to be thrown away.
    if (jobs.running() || env.pendingWork.busy()) {
      (options.interactive ? options.output : options.errorOutput).write(
        `${t.t("console.waiting")}\n`,
      );
      await Promise.all([jobs.idle(), env.pendingWork.idle()]);
      await session.settled();
    }
  } finally {
    lines.close();
    await env.stop();
    await crm.stop();
    await store.close();
    await rm(spikeDir, { recursive: true, force: true });
  }
  if (options.interactive) write(`${t.t("console.bye")}\n`);
  return 0;
}

/** A yes to a [y/N] question: y or yes, or the Danish j or ja (the question asks [j/N] in Danish). */
export function isYes(answer: string): boolean {
  return /^(y(es)?|ja?)$/i.test(answer.trim());
}
