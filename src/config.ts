import cron from "node-cron";
import { z } from "zod";
import type { SalesforceAuth } from "./clients/salesforce-session.js";
import type { DigestSchedule } from "./digest/schedule.js";
import { BotError } from "./errors.js";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, parseLanguage } from "./i18n/languages.js";
import { type ImportField, parseColumnOverride } from "./import/columns.js";
import { count } from "./plural.js";
import { isTimeZone } from "./zoned-time.js";

/**
 * The bot's configuration, read once from the environment by `src/main.ts`. Every variable is
 * documented in README.md and `.env.example`.
 */

/** Log levels, most to least verbose, plus `silent`. */
export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The shape of a Slack user id (members are U…, Enterprise Grid users W…). */
export const SLACK_USER_ID = /^[UW][A-Z0-9]{2,20}$/;

/** Where the error store lives unless DATABASE_PATH says otherwise. */
export const DEFAULT_DATABASE_PATH = "./data/syncerror.db";

/** The largest export the importer reads unless IMPORT_MAX_BYTES says otherwise (200 MB). */
export const DEFAULT_IMPORT_MAX_BYTES = 200 * 1024 * 1024;
/** Slack's file host: `url_private_download` points here, while the Web API is on slack.com. */
export const DEFAULT_SLACK_FILES_URL = "https://files.slack.com/";

// An empty variable (`SLACK_APP_TOKEN=` in a .env file) means "not set", never "set to nothing".
// "90s", "30m", "1h", "2d": the units a person writes a grace period in.
const DURATION = /^\s*(\d+)\s*(s|m|h|d)\s*$/;
const UNIT_MS: Readonly<Record<string, number>> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};
const durationMs = (text: string): number => {
  const [, amount = "0", unit = "s"] = DURATION.exec(text) ?? [];
  return Number(amount) * (UNIT_MS[unit] ?? 1000);
};

const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    schema.optional(),
  );

// Messages never echo the value: a mistyped secret must not end up in a terminal or a log.
const Env = z.object({
  SLACK_BOT_TOKEN: optionalText(
    z.string().startsWith("xoxb-", { error: "must be a bot token, starting with xoxb-" }),
  ),
  SLACK_SIGNING_SECRET: optionalText(
    z.string().regex(/^[0-9a-f]{16,}$/i, {
      error: "must be the app's signing secret (hexadecimal, from Basic Information)",
    }),
  ),
  SLACK_APP_TOKEN: optionalText(
    z.string().startsWith("xapp-", {
      error: "must be an app-level token, starting with xapp- (needed for Socket Mode)",
    }),
  ),
  SLACK_API_URL: optionalText(
    z.url({
      protocol: /^https?$/,
      error: "must be an http(s) URL, such as https://slack.com/api/",
    }),
  ),
  SLACK_START_TIMEOUT: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "must be a number of seconds, such as 120" })
      .min(1, { error: "must be between 1 and 3600 seconds" })
      .max(3600, { error: "must be between 1 and 3600 seconds" })
      .default(120),
  ),
  SLACK_FILES_URL: optionalText(
    z.url({
      protocol: /^https?$/,
      error: "must be an http(s) URL, such as https://files.slack.com/",
    }),
  ),
  PORT: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "must be a port number" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be between 1 and 65535" })
      .max(65_535, { error: "must be between 1 and 65535" })
      .default(3000),
  ),
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === "string" ? value.trim().toLowerCase() || undefined : value),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).optional(),
  ),
  DATABASE_PATH: optionalText(z.string()),
  DATABASE_URL: optionalText(
    z.url({
      protocol: /^postgres(ql)?$/,
      error:
        "must be a postgres:// or postgresql:// URL, such as postgres://syncerror@db.example.com:5432/syncerror",
    }),
  ),
  IMPORT_MAX_BYTES: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "must be a number of bytes, such as 209715200 (200 MB)" })
      .int({ error: "must be a whole number of bytes" })
      .min(1_000, { error: "must be at least 1000 bytes" })
      .default(DEFAULT_IMPORT_MAX_BYTES),
  ),
  IMPORT_COLUMNS: optionalText(z.string()),
  DIGEST_CHANNEL: optionalText(
    z.string().regex(/^[CGD][A-Z0-9]{2,20}$/, {
      error: "must be a Slack channel id, such as C0123ABCD (not #name)",
    }),
  ),
  DIGEST_CRON: optionalText(
    z.string().refine((expression) => cron.validate(expression), {
      error: "must be a cron expression, such as 0 9 * * 1-5 (09:00 on weekdays)",
    }),
  ),
  DIGEST_TIMEZONE: optionalText(
    z
      .string()
      .refine(isTimeZone, { error: "must be an IANA time zone, such as Europe/Copenhagen" }),
  ),
  DIGEST_CATCHUP_HOURS: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "must be a number of hours, such as 12" })
      .min(0, { error: "must be between 0 and 72" })
      .max(72, { error: "must be between 0 and 72" })
      .default(12),
  ),
  DIGEST_CHART: z.preprocess(
    (value) => (typeof value === "string" ? value.trim().toLowerCase() || undefined : value),
    z
      .enum(["mondays", "daily", "off"], { error: "must be mondays, daily or off" })
      .default("mondays"),
  ),
  DIGEST_SKIP_EMPTY: z.preprocess(
    (value) => (typeof value === "string" ? value.trim().toLowerCase() || undefined : value),
    z.enum(["true", "false", "yes", "no", "1", "0"], { error: "must be true or false" }).optional(),
  ),
  HUBSPOT_ACCESS_TOKEN: optionalText(
    z.string().min(10, { error: "must be a private app access token" }),
  ),
  HUBSPOT_BASE_URL: optionalText(
    z.url({
      protocol: /^https?$/,
      error: "must be an http(s) URL, such as https://api.hubapi.com",
    }),
  ),
  SALESFORCE_INSTANCE_URL: optionalText(
    z.url({
      protocol: /^https?$/,
      error: "must be an http(s) URL, such as https://acme.my.salesforce.com",
    }),
  ),
  SALESFORCE_ACCESS_TOKEN: optionalText(z.string()),
  SALESFORCE_LOGIN_URL: optionalText(
    z.url({
      protocol: /^https?$/,
      error: "must be an http(s) URL, such as https://login.salesforce.com",
    }),
  ),
  SALESFORCE_USERNAME: optionalText(z.string()),
  SALESFORCE_PASSWORD: optionalText(z.string()),
  SALESFORCE_CLIENT_ID: optionalText(z.string()),
  SALESFORCE_CLIENT_SECRET: optionalText(z.string()),
  SALESFORCE_PRIVATE_KEY_PATH: optionalText(z.string()),
  SALESFORCE_API_VERSION: optionalText(
    z.string().regex(/^\d{2,3}\.0$/, { error: "must be an API version such as 62.0" }),
  ),
  RESYNC_HUBSPOT_PROPERTY: optionalText(
    z.string().regex(/^[a-z][a-z0-9_]{0,99}$/, {
      error: "must be a HubSpot property internal name (lower case, digits, _)",
    }),
  ),
  RESYNC_SALESFORCE_FIELD: optionalText(
    z.string().regex(/^[A-Za-z][A-Za-z0-9_]*__c$/, {
      error: "must be a Salesforce custom field API name ending in __c",
    }),
  ),
  HUBSPOT_RATE_LIMIT: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "must be a number of requests per 10 seconds, such as 190" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be between 1 and 1000" })
      .max(1000, { error: "must be between 1 and 1000" })
      .default(190),
  ),
  RESYNC_SALESFORCE_RESERVE: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "must be a share of the daily allocation, such as 0.2" })
      .min(0, { error: "must be between 0 and 0.9" })
      .max(0.9, { error: "must be between 0 and 0.9" })
      .default(0.2),
  ),
  RESYNC_LEASE_SECONDS: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "must be a number of seconds, such as 30" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be between 1 and 3600" })
      .max(3600, { error: "must be between 1 and 3600" })
      .optional(),
  ),
  RESYNC_ALLOWED_USERS: optionalText(
    z
      .string()
      .transform((value) =>
        value
          .split(/[\s,]+/)
          .map((id) => id.trim())
          .filter((id) => id !== ""),
      )
      .refine((ids) => ids.every((id) => SLACK_USER_ID.test(id)), {
        error: "must be Slack user ids separated by commas, such as U0123ABCD,U0456EFGH",
      }),
  ),
  RESYNC_ALLOWED_USERGROUP: optionalText(
    z.string().regex(/^S[A-Z0-9]{2,20}$/, {
      error: "must be a Slack user group id, such as S0123ABCD",
    }),
  ),
  MAPPINGS_PATH: optionalText(z.string()),
  ROUTES_PATH: optionalText(z.string()),
  HUBSPOT_INCLUSION_LIST_ID: optionalText(
    z.string().regex(/^\d+$/, {
      error:
        "must be the list's ILS list ID (digits), such as 42; to give the list's name, set HUBSPOT_INCLUSION_LIST instead",
    }),
  ),
  HUBSPOT_INCLUSION_LIST: optionalText(z.string().trim()),
  SCAN_GRACE: optionalText(
    z
      .string()
      .regex(DURATION, { error: "must be a duration such as 1h, 30m or 90s" })
      .transform(durationMs),
  ),
  RESYNC_COOLDOWN: optionalText(
    z
      .string()
      .regex(/^\s*(0|\d+\s*[smhd])\s*$/, {
        error: "must be a duration such as 1h, 30m or 90s, or 0 to turn it off",
      })
      .transform(durationMs),
  ),
  SCAN_CRON: optionalText(
    z.string().refine((expression) => cron.validate(expression), {
      error: "must be a cron expression, such as 0 * * * * (hourly)",
    }),
  ),
  BOT_LANGUAGE: optionalText(
    z
      .string()
      .refine((text) => parseLanguage(text) !== undefined, {
        error: `must be a language the bot speaks: ${LANGUAGES.join(" or ")} (English or Danish)`,
      })
      .transform((text) => parseLanguage(text) ?? DEFAULT_LANGUAGE),
  ),
  ALERT_FACTOR: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "must be a number, such as 3 (alert above 3 times the usual hourly rate)" })
      .min(1, { error: "must be between 1 and 100" })
      .max(100, { error: "must be between 1 and 100" })
      .default(3),
  ),
  ALERT_MIN_RECORDS: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "must be a number of new errors, such as 20" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be between 1 and 1000000" })
      .max(1_000_000, { error: "must be between 1 and 1000000" })
      .default(20),
  ),
  ALERT_BASELINE_DAYS: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "must be a number of days, such as 14" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be between 1 and 90" })
      .max(90, { error: "must be between 1 and 90" })
      .default(14),
  ),
  ALERT_COOLDOWN: optionalText(
    z
      .string()
      .regex(/^\s*(0|\d+\s*[smhd])\s*$/, {
        error: "must be a duration such as 6h, 30m or 90s, or 0 for an alert at every spike",
      })
      .transform(durationMs),
  ),
  ALERT_POLL: optionalText(
    z
      .string()
      .regex(DURATION, { error: "must be a duration such as 30s or 1m" })
      .transform(durationMs)
      .refine((ms) => ms >= 1000, { error: "must be at least 1s" }),
  ),
  SYNCERROR_LOCAL_USER: optionalText(
    z.string().regex(SLACK_USER_ID, { error: "must be a Slack user id, such as U0123ABCD" }),
  ),
});

/** The scan's defaults: hourly, and an hour's grace before a record counts as stuck. */
export const DEFAULT_SCAN_CRON = "0 * * * *";
export const DEFAULT_SCAN_GRACE_MS = 60 * 60 * 1000;

/** How long a resynced record is left alone by the next resync unless RESYNC_COOLDOWN says. */
export const DEFAULT_RESYNC_COOLDOWN_MS = 60 * 60 * 1000;

/** At most one spike alert per type this often unless ALERT_COOLDOWN says (6 h). */
export const DEFAULT_ALERT_COOLDOWN_MS = 6 * 60 * 60 * 1000;
/** How often the bot looks for imports and scans it did not run unless ALERT_POLL says. */
export const DEFAULT_ALERT_POLL_MS = 30_000;

/** Who the console user is in local mode unless told otherwise. */
export const DEFAULT_LOCAL_USER = "U0LOCALUSER";

/** How the bot reaches Slack. */
export type SlackConnection =
  | {
      readonly mode: "http";
      readonly botToken: string;
      readonly signingSecret: string;
      readonly port: number;
    }
  | {
      readonly mode: "socket";
      readonly botToken: string;
      readonly appToken: string;
      /** Where /healthz, /readyz and /metrics are served (PORT): replicas on one host differ. */
      readonly port: number;
    }
  | { readonly mode: "local" };

/** The validated configuration. */
export interface Config {
  readonly slack: SlackConnection;
  /** Where the Web API client sends calls; undefined means Slack itself. */
  readonly slackApiUrl: string | undefined;
  /** Slack's file host, where shared files are downloaded from (the API host is trusted too). */
  readonly slackFilesUrl: string;
  /** How long the bot tries to reach Slack at start before it gives up, in milliseconds. */
  readonly slackStartTimeoutMs: number;
  /** `info` unless set; `warn` in local mode, where logs would crowd the console. */
  readonly logLevel: LogLevel;
  /** The Slack user the console acts as in local mode. */
  readonly localUser: string;
  /**
   * BOT_LANGUAGE: the language of what the bot posts in channels (the digest, a resync's progress
   * and summary), which many read; `en` unless set. What one person sees comes in their own
   * Slack language.
   */
  readonly botLanguage: Language;
  /** The SQLite file of the error store. */
  readonly databasePath: string;
  /**
   * DATABASE_URL: a PostgreSQL database for the store instead of the SQLite file; undefined when
   * not set. It may hold a password: print it only through `redactUrl`.
   */
  readonly databaseUrl: string | undefined;
  readonly import: {
    readonly maxBytes: number;
    /** Field → header overrides for the importer's column detection. */
    readonly columns: Partial<Record<ImportField, string>>;
  };
  /** The channel digests go to and exports are dropped in; undefined until configured. */
  readonly digestChannel: string | undefined;
  /**
   * ROUTES_PATH: the routing file, which sends error types to other channels than DIGEST_CHANNEL;
   * undefined: no routing, every type in the main digest.
   */
  readonly routesPath: string | undefined;
  readonly digest: DigestSettings;
  /** Spike alerts: when a type's last hour is news, and how often it may be said. */
  readonly alerts: AlertSettings;
  /** Finding sync errors through the APIs. */
  readonly scan: {
    /** MAPPINGS_PATH: the field mapping file; the standard mappings when undefined. */
    readonly mappingsPath: string | undefined;
    /**
     * The inclusion list as configured: its ILS list ID or its name (HUBSPOT_INCLUSION_LIST, or the
     * older HUBSPOT_INCLUSION_LIST_ID); resolved with HubSpot at start and at each scan.
     */
    readonly inclusionListId: string | undefined;
    readonly graceMs: number;
    readonly cron: string;
  };
  /** HubSpot's API; undefined when HUBSPOT_ACCESS_TOKEN is not set. */
  readonly hubspot:
    | { readonly accessToken: string; readonly baseUrl: string | undefined }
    | undefined;
  /** Salesforce's API; undefined when not configured. */
  readonly salesforce: SalesforceSettings | undefined;
  /** The triggers a resync sets (domain.md §6). */
  readonly resync: {
    readonly hubspotProperty: string;
    readonly salesforceField: string;
    /** HubSpot requests per rolling 10 seconds, for everything the bot sends (HUBSPOT_RATE_LIMIT). */
    readonly hubspotRateLimit: number;
    /** The share of Salesforce's daily allocation a job must leave (RESYNC_SALESFORCE_RESERVE). */
    readonly salesforceReserve: number;
    /** Who may start a resync; with neither set, nobody may (resync is off). */
    readonly allowed: ResyncAllowed;
    /**
     * RESYNC_COOLDOWN: records a job sent within this long are skipped by the next resync unless
     * it is forced ("Resync anyway", --force); 0 turns this off.
     */
    readonly cooldownMs: number;
    /**
     * RESYNC_LEASE_SECONDS: how long a replica's claim on a running job holds without renewal;
     * another replica takes over a job this long after its replica died. Unset: 30 s.
     */
    readonly leaseMs?: number;
  };
}

/** Who may start a resync: RESYNC_ALLOWED_USERS and RESYNC_ALLOWED_USERGROUP. */
export interface ResyncAllowed {
  /** Slack user ids. */
  readonly users: readonly string[];
  /** A Slack user group id (S…) whose members may. */
  readonly usergroup: string | undefined;
}

/**
 * How the bot reaches Salesforce: a ready session (it cannot be renewed), or a login it repeats
 * when Salesforce ends the session: OAuth JWT bearer, client credentials, or the legacy
 * username-password flow. The shape the Salesforce client's `connectSalesforce` takes.
 */
export type SalesforceSettings = SalesforceAuth;

/** When and how the daily digest goes out. */
export interface DigestSettings {
  readonly schedule: DigestSchedule;
  /** A missed slot younger than this is posted late at start (node-cron does not catch up). */
  readonly catchupHours: number;
  /** Post nothing at all on a day without new errors. */
  readonly skipEmpty: boolean;
  /**
   * DIGEST_CHART: when the digest's thread gets the trend chart of its channel's types: on
   * Mondays' digests (the default), every digest, or never.
   */
  readonly chart: DigestChartSetting;
}

/** When the digest's thread gets the trend chart (DIGEST_CHART). */
export type DigestChartSetting = "mondays" | "daily" | "off";

/**
 * Spike alerts (issue 17): a type alerts when its new errors in the last hour are more than
 * `factor` times its usual hourly rate (the median hour of the last `baselineDays` days) and at
 * least `minRecords`; at most once per `cooldownMs`.
 */
export interface AlertSettings {
  /** ALERT_FACTOR (3). */
  readonly factor: number;
  /** ALERT_MIN_RECORDS (20). */
  readonly minRecords: number;
  /** ALERT_BASELINE_DAYS (14). */
  readonly baselineDays: number;
  /** ALERT_COOLDOWN (6h). */
  readonly cooldownMs: number;
  /**
   * ALERT_POLL (30s): how often the bot looks for imports and scans it did not run itself (the
   * command line's, another replica's) to check them for spikes.
   */
  readonly pollMs: number;
}

/** The digest's default schedule: 09:00 on weekdays. */
export const DEFAULT_DIGEST_CRON = "0 9 * * 1-5";

/** The environment did not hold a usable configuration; `problems` names each variable. */
export class ConfigError extends BotError {
  override readonly name = "ConfigError";
  constructor(readonly problems: readonly string[]) {
    super(
      "config_invalid",
      `The configuration has ${count(problems.length, "problem", "problems")}:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
}

/**
 * Validates the environment and reports every problem at once, each naming its variable.
 * Without SLACK_BOT_TOKEN the bot runs in local mode; with SLACK_APP_TOKEN it uses Socket Mode,
 * otherwise signed HTTP requests (which need SLACK_SIGNING_SECRET).
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const problems: string[] = [];
  const e = checkEach(env, problems);
  let slack: SlackConnection;
  if (!e.SLACK_BOT_TOKEN) {
    slack = { mode: "local" };
    if (e.SLACK_APP_TOKEN)
      problems.push("SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not; Socket Mode needs both");
  } else if (e.SLACK_APP_TOKEN) {
    slack = {
      mode: "socket",
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      port: e.PORT,
    };
  } else if (e.SLACK_SIGNING_SECRET) {
    slack = {
      mode: "http",
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      port: e.PORT,
    };
  } else {
    slack = { mode: "local" };
    problems.push(
      "SLACK_SIGNING_SECRET is required to receive Slack's signed HTTP requests (or set SLACK_APP_TOKEN for Socket Mode)",
    );
  }
  const salesforce = salesforceSettings(e, problems);
  let columns: Partial<Record<ImportField, string>> = {};
  try {
    columns = parseColumnOverride(e.IMPORT_COLUMNS);
  } catch (error) {
    problems.push(
      `IMPORT_COLUMNS ${(error as Error).message.replace(/^The column override /, "entry ")}`,
    );
  }
  if (e.HUBSPOT_INCLUSION_LIST && e.HUBSPOT_INCLUSION_LIST_ID) {
    problems.push(
      "HUBSPOT_INCLUSION_LIST and HUBSPOT_INCLUSION_LIST_ID are both set; keep HUBSPOT_INCLUSION_LIST (the list's ILS list ID or its name)",
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    slack,
    slackApiUrl: e.SLACK_API_URL,
    slackFilesUrl: e.SLACK_FILES_URL ?? DEFAULT_SLACK_FILES_URL,
    slackStartTimeoutMs: e.SLACK_START_TIMEOUT * 1000,
    logLevel: e.LOG_LEVEL ?? (slack.mode === "local" ? "warn" : "info"),
    localUser: e.SYNCERROR_LOCAL_USER ?? DEFAULT_LOCAL_USER,
    botLanguage: e.BOT_LANGUAGE ?? DEFAULT_LANGUAGE,
    databasePath: e.DATABASE_PATH ?? DEFAULT_DATABASE_PATH,
    databaseUrl: e.DATABASE_URL,
    import: { maxBytes: e.IMPORT_MAX_BYTES, columns },
    digestChannel: e.DIGEST_CHANNEL,
    routesPath: e.ROUTES_PATH,
    digest: {
      schedule: {
        cron: e.DIGEST_CRON ?? DEFAULT_DIGEST_CRON,
        timezone: e.DIGEST_TIMEZONE ?? "UTC",
      },
      catchupHours: e.DIGEST_CATCHUP_HOURS,
      skipEmpty: ["true", "yes", "1"].includes(e.DIGEST_SKIP_EMPTY ?? ""),
      chart: e.DIGEST_CHART,
    },
    alerts: {
      factor: e.ALERT_FACTOR,
      minRecords: e.ALERT_MIN_RECORDS,
      baselineDays: e.ALERT_BASELINE_DAYS,
      cooldownMs: e.ALERT_COOLDOWN ?? DEFAULT_ALERT_COOLDOWN_MS,
      pollMs: e.ALERT_POLL ?? DEFAULT_ALERT_POLL_MS,
    },
    scan: {
      mappingsPath: e.MAPPINGS_PATH,
      inclusionListId: e.HUBSPOT_INCLUSION_LIST ?? e.HUBSPOT_INCLUSION_LIST_ID,
      graceMs: e.SCAN_GRACE ?? DEFAULT_SCAN_GRACE_MS,
      cron: e.SCAN_CRON ?? DEFAULT_SCAN_CRON,
    },
    hubspot: e.HUBSPOT_ACCESS_TOKEN
      ? { accessToken: e.HUBSPOT_ACCESS_TOKEN, baseUrl: e.HUBSPOT_BASE_URL }
      : undefined,
    salesforce,
    resync: {
      hubspotProperty: e.RESYNC_HUBSPOT_PROPERTY ?? "syncerror_resync_requested_at",
      salesforceField: e.RESYNC_SALESFORCE_FIELD ?? "HubSpot_Resync_Requested__c",
      hubspotRateLimit: e.HUBSPOT_RATE_LIMIT,
      salesforceReserve: e.RESYNC_SALESFORCE_RESERVE,
      allowed: {
        users: e.RESYNC_ALLOWED_USERS ?? [],
        usergroup: e.RESYNC_ALLOWED_USERGROUP,
      },
      cooldownMs: e.RESYNC_COOLDOWN ?? DEFAULT_RESYNC_COOLDOWN_MS,
      ...(e.RESYNC_LEASE_SECONDS === undefined ? {} : { leaseMs: e.RESYNC_LEASE_SECONDS * 1000 }),
    },
  };
}

/**
 * Checks each variable on its own, adding a problem for each bad one, and returns the variables
 * for the checks between them. A bad variable is still set there, as its own text, so that it is
 * not reported missing as well; with any problem, loadConfig throws before building a Config, so
 * no bad value is used.
 */
function checkEach(
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
): z.infer<typeof Env> {
  const parsed = Env.safeParse(env);
  if (parsed.success) return parsed.data;
  problems.push(...parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`));
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const rest = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([k]) => !bad.has(k))));
  if (!rest.success) throw new ConfigError(problems);
  return {
    ...rest.data,
    ...Object.fromEntries([...bad].map((name) => [name, env[name]])),
  } as z.infer<typeof Env>;
}

/** Where the JWT bearer and username-password flows log in unless SALESFORCE_LOGIN_URL says. */
export const DEFAULT_SALESFORCE_LOGIN_URL = "https://login.salesforce.com";

/** Salesforce's shared login hosts, which do not serve the client credentials flow. */
const SHARED_LOGIN_HOST = /^(login|test)\.salesforce\.com$/i;

/**
 * Salesforce is configured by a session (SALESFORCE_INSTANCE_URL and SALESFORCE_ACCESS_TOKEN) or
 * by one login, told apart by the variable only it has: SALESFORCE_PRIVATE_KEY_PATH (JWT bearer),
 * SALESFORCE_PASSWORD (username-password), or SALESFORCE_CLIENT_SECRET without a username (client
 * credentials). Each problem names the variables to set or unset.
 */
function salesforceSettings(
  e: z.infer<typeof Env>,
  problems: string[],
): SalesforceSettings | undefined {
  const version = e.SALESFORCE_API_VERSION ?? "62.0";
  const login = {
    SALESFORCE_LOGIN_URL: e.SALESFORCE_LOGIN_URL,
    SALESFORCE_CLIENT_ID: e.SALESFORCE_CLIENT_ID,
    SALESFORCE_CLIENT_SECRET: e.SALESFORCE_CLIENT_SECRET,
    SALESFORCE_USERNAME: e.SALESFORCE_USERNAME,
    SALESFORCE_PASSWORD: e.SALESFORCE_PASSWORD,
    SALESFORCE_PRIVATE_KEY_PATH: e.SALESFORCE_PRIVATE_KEY_PATH,
  };
  const setNames = (group: Record<string, string | undefined>) =>
    Object.keys(group).filter((k) => group[k]);
  const missing = (needed: Record<string, string | undefined>) =>
    Object.keys(needed).filter((k) => !needed[k]);
  const loginSet = setNames(login);

  if (e.SALESFORCE_ACCESS_TOKEN || (e.SALESFORCE_INSTANCE_URL && loginSet.length === 0)) {
    if (loginSet.length > 0) {
      problems.push(
        `SALESFORCE_ACCESS_TOKEN and ${loginSet.join(", ")} are both set: configure a session or a login, not both (a login is renewed when Salesforce ends the session; a token is not)`,
      );
      return undefined;
    }
    const gaps = missing({
      SALESFORCE_INSTANCE_URL: e.SALESFORCE_INSTANCE_URL,
      SALESFORCE_ACCESS_TOKEN: e.SALESFORCE_ACCESS_TOKEN,
    });
    if (gaps.length > 0) {
      problems.push(`${gaps.join(" and ")} must be set too, for a Salesforce session`);
      return undefined;
    }
    return {
      kind: "token",
      instanceUrl: e.SALESFORCE_INSTANCE_URL as string,
      accessToken: e.SALESFORCE_ACCESS_TOKEN as string,
      version,
    };
  }
  if (loginSet.length === 0) return undefined;
  if (e.SALESFORCE_INSTANCE_URL) {
    problems.push(
      "SALESFORCE_INSTANCE_URL is only for a session with SALESFORCE_ACCESS_TOKEN; a login learns the instance from Salesforce, so unset it (client credentials take the My Domain URL in SALESFORCE_LOGIN_URL)",
    );
    return undefined;
  }
  const loginUrl = e.SALESFORCE_LOGIN_URL ?? DEFAULT_SALESFORCE_LOGIN_URL;
  const complete = (flow: string, needed: Record<string, string | undefined>): boolean => {
    const gaps = missing(needed);
    if (gaps.length > 0) problems.push(`${gaps.join(", ")} must be set too, for ${flow}`);
    return gaps.length === 0;
  };

  if (e.SALESFORCE_PRIVATE_KEY_PATH) {
    if (e.SALESFORCE_PASSWORD) {
      problems.push(
        "SALESFORCE_PRIVATE_KEY_PATH and SALESFORCE_PASSWORD are both set: use the JWT bearer login (unset SALESFORCE_PASSWORD) or the username-password one, not both",
      );
      return undefined;
    }
    const ok = complete("the Salesforce OAuth JWT bearer login", {
      SALESFORCE_CLIENT_ID: e.SALESFORCE_CLIENT_ID,
      SALESFORCE_USERNAME: e.SALESFORCE_USERNAME,
    });
    if (!ok) return undefined;
    return {
      kind: "jwt",
      loginUrl,
      clientId: e.SALESFORCE_CLIENT_ID as string,
      username: e.SALESFORCE_USERNAME as string,
      privateKeyPath: e.SALESFORCE_PRIVATE_KEY_PATH,
      version,
    };
  }
  if (e.SALESFORCE_PASSWORD) {
    const ok = complete("the Salesforce OAuth username-password login", {
      SALESFORCE_USERNAME: e.SALESFORCE_USERNAME,
      SALESFORCE_CLIENT_ID: e.SALESFORCE_CLIENT_ID,
      SALESFORCE_CLIENT_SECRET: e.SALESFORCE_CLIENT_SECRET,
    });
    if (!ok) return undefined;
    return {
      kind: "password",
      loginUrl,
      username: e.SALESFORCE_USERNAME as string,
      password: e.SALESFORCE_PASSWORD,
      clientId: e.SALESFORCE_CLIENT_ID as string,
      clientSecret: e.SALESFORCE_CLIENT_SECRET as string,
      version,
    };
  }
  if (e.SALESFORCE_USERNAME) {
    problems.push(
      "SALESFORCE_USERNAME is set without SALESFORCE_PRIVATE_KEY_PATH (the JWT bearer login) or SALESFORCE_PASSWORD (the username-password login); the client credentials login takes no username",
    );
    return undefined;
  }
  if (e.SALESFORCE_CLIENT_SECRET) {
    const ok = complete("the Salesforce OAuth client credentials login", {
      SALESFORCE_CLIENT_ID: e.SALESFORCE_CLIENT_ID,
      SALESFORCE_LOGIN_URL: e.SALESFORCE_LOGIN_URL,
    });
    if (!ok) return undefined;
    if (URL.canParse(loginUrl) && SHARED_LOGIN_HOST.test(new URL(loginUrl).hostname)) {
      problems.push(
        "SALESFORCE_LOGIN_URL must be the org's My Domain URL (https://<domain>.my.salesforce.com) for the client credentials login; login.salesforce.com and test.salesforce.com do not serve it",
      );
      return undefined;
    }
    return {
      kind: "client-credentials",
      loginUrl,
      clientId: e.SALESFORCE_CLIENT_ID as string,
      clientSecret: e.SALESFORCE_CLIENT_SECRET,
      version,
    };
  }
  problems.push(
    `${loginSet.join(" and ")} ${loginSet.length === 1 ? "is" : "are"} set, but no Salesforce login is complete: add SALESFORCE_PRIVATE_KEY_PATH and SALESFORCE_USERNAME (JWT bearer) or SALESFORCE_CLIENT_SECRET with the My Domain URL in SALESFORCE_LOGIN_URL (client credentials), with SALESFORCE_CLIENT_ID`,
  );
  return undefined;
}
