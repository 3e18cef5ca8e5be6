import type { Logger as BoltLogger, LogLevel as BoltLogLevel } from "@slack/bolt";
import { type DestinationStream, type Logger as PinoLogger, pino } from "pino";
import type { LogLevel } from "./config.js";

/** The bot's structured logger: fields first, a constant message second (pino). */
export type Logger = PinoLogger;

// Object paths that may hold secrets in anything we log; pino replaces them before writing.
const REDACTED_PATHS = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "authorization",
  "*.token",
  "*.botToken",
  "*.appToken",
  "*.signingSecret",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
];
const TOKEN_LIKE = /\b(?:xox[abpers]|xapp)-[A-Za-z0-9-]+/g;
const REDACTED = "[redacted]";

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  readonly level: LogLevel;
  /** Where JSON lines go; standard output when omitted. */
  readonly destination?: DestinationStream;
  /**
   * Secret values to scrub from free text (Bolt logs strings, which path redaction cannot see).
   * Token-shaped strings are scrubbed whether listed or not.
   */
  readonly secrets?: readonly string[];
}

/** Creates the process's logger. Only `src/main.ts` (and tests) call this. */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 8);
  return pino(
    {
      level: options.level,
      base: { app: "syncerror" },
      redact: { paths: REDACTED_PATHS, censor: REDACTED },
      hooks: {
        // Scrub secrets from the message strings and string arguments of every call.
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) =>
              typeof arg === "string" ? scrubSecrets(arg, secrets) : arg,
            ) as Parameters<typeof method>,
          );
        },
      },
    },
    options.destination ?? pino.destination(1),
  );
}

/** Replaces secrets and token-shaped strings in text. */
export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  let clean = text.replace(TOKEN_LIKE, REDACTED);
  for (const secret of secrets) clean = clean.split(secret).join(REDACTED);
  return clean;
}

const BOLT_TO_PINO: Readonly<Record<BoltLogLevel, LogLevel>> = {
  debug: "debug",
  info: "info",
  warn: "warn",
  error: "error",
} as Readonly<Record<BoltLogLevel, LogLevel>>;

/**
 * Bolt's logger interface on top of ours, so Bolt's own messages land in the same JSON stream,
 * scrubbed like everything else.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ component: "bolt" });
  const text = (parts: unknown[]) =>
    parts
      .map((part) =>
        typeof part === "string"
          ? part
          : part instanceof Error
            ? part.message
            : JSON.stringify(part),
      )
      .join(" ");
  // Bolt logs at debug on every request; format only what will be written.
  const at =
    (level: "debug" | "info" | "warn" | "error") =>
    (...parts: unknown[]) => {
      if (child.isLevelEnabled(level)) child[level](text(parts));
    };
  return {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    setLevel: (level: BoltLogLevel) => {
      child.level = BOLT_TO_PINO[level] ?? child.level;
    },
    getLevel: () =>
      (["debug", "info", "warn", "error"].includes(child.level)
        ? child.level
        : "error") as BoltLogLevel,
    setName: (name: string) => {
      child = logger.child({ component: name });
    },
  };
}
