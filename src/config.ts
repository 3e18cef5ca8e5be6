import { z } from "zod";
import { BotError } from "./errors.js";

/**
 * The bot's configuration, read once from the environment by `src/main.ts`. Every variable is
 * documented in README.md and `.env.example`.
 */

/** Log levels, most to least verbose, plus `silent`. */
export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The shape of a Slack user id (members are U…, Enterprise Grid users W…). */
export const SLACK_USER_ID = /^[UW][A-Z0-9]{2,20}$/;

// An empty variable (`SLACK_APP_TOKEN=` in a .env file) means "not set", never "set to nothing".
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
  SYNCERROR_LOCAL_USER: optionalText(
    z.string().regex(SLACK_USER_ID, { error: "must be a Slack user id, such as U0123ABCD" }),
  ),
});

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
  | { readonly mode: "socket"; readonly botToken: string; readonly appToken: string }
  | { readonly mode: "local" };

/** The validated configuration. */
export interface Config {
  readonly slack: SlackConnection;
  /** Where the Web API client sends calls; undefined means Slack itself. */
  readonly slackApiUrl: string | undefined;
  /** `info` unless set; `warn` in local mode, where logs would crowd the console. */
  readonly logLevel: LogLevel;
  /** The Slack user the console acts as in local mode. */
  readonly localUser: string;
}

/** The environment did not hold a usable configuration; `problems` names each variable. */
export class ConfigError extends BotError {
  override readonly name = "ConfigError";
  constructor(readonly problems: readonly string[]) {
    super(
      "config_invalid",
      `The configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
}

/**
 * Validates the environment and reports every problem at once, each naming its variable.
 * Without SLACK_BOT_TOKEN the bot runs in local mode; with SLACK_APP_TOKEN it uses Socket Mode,
 * otherwise signed HTTP requests (which need SLACK_SIGNING_SECRET).
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  let slack: SlackConnection;
  if (!e.SLACK_BOT_TOKEN) {
    slack = { mode: "local" };
    if (e.SLACK_APP_TOKEN)
      problems.push("SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not; Socket Mode needs both");
  } else if (e.SLACK_APP_TOKEN) {
    slack = { mode: "socket", botToken: e.SLACK_BOT_TOKEN, appToken: e.SLACK_APP_TOKEN };
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
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    slack,
    slackApiUrl: e.SLACK_API_URL,
    logLevel: e.LOG_LEVEL ?? (slack.mode === "local" ? "warn" : "info"),
    localUser: e.SYNCERROR_LOCAL_USER ?? DEFAULT_LOCAL_USER,
  };
}
