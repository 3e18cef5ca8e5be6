import type { ParseArgsConfig } from "node:util";
import type { Client as HubSpotClient } from "@hubspot/api-client";
import type { WebClient } from "@slack/web-api";
import type { Connection } from "jsforce";
import type { Catalog } from "../catalog/catalog.js";
import type { Config } from "../config.js";
import type { Translator } from "../i18n/translator.js";
import type { ReplicaIdentity } from "../replica-id.js";
import type { DatabaseMigration } from "../store/migrate-database.js";
import type { Store } from "../store/types.js";
import type { CliIo } from "./io.js";

/** What the command line hands its commands. Config and store open on first use only. */
export interface CliContext {
  readonly catalog: Catalog;
  /** The configuration from the environment; throws ConfigError when it is unusable. */
  readonly config: () => Config;
  /** The error store at DATABASE_PATH, opened (and migrated) on first use. */
  readonly store: () => Promise<Store>;
  /** Migrates the configured database (DATABASE_URL, else DATABASE_PATH) without opening a store. */
  readonly migrateDatabase: () => Promise<DatabaseMigration>;
  readonly now: () => Date;
  /**
   * This process's name among the processes sharing the database (made in `src/main.ts`): the
   * owner of the resync job it runs (its lease) and of the scan lock, so that bot replicas leave
   * a job or scan of the terminal alone, and show whose it is.
   */
  readonly replica: ReplicaIdentity;
  /** The real API clients, built by `src/main.ts` from the configuration on first use. */
  readonly clients: CliClients;
  /**
   * The language of the answers: `--lang`, else SYNCERROR_LANG, else English. Texts come from its
   * catalogs as each area is translated (issue 16); JSON output keeps its English keys.
   */
  readonly translator: Translator;
}

/** Each is undefined when its system is not configured. */
export interface CliClients {
  /** Slack's Web API, rejecting rate-limited calls so the caller waits them out itself. */
  slack(): Promise<WebClient | undefined>;
  hubspot(): Promise<HubSpotClient | undefined>;
  /** Logged in already when the configuration uses the username-password flow. */
  salesforce(): Promise<Connection | undefined>;
}

/** Parsed arguments: the options a command declared, and the words after them. */
export interface CliArgs {
  readonly values: Readonly<
    Record<string, string | boolean | ReadonlyArray<string | boolean> | undefined>
  >;
  readonly positionals: readonly string[];
}

/** One `syncerror <name>` command. Adding one: a file in commands/, and a line in its index. */
export interface CliCommand {
  readonly name: string;
  /** Synopsis lines after "Usage:". */
  readonly usage: readonly string[];
  /**
   * What it does, in English; the help says it in the reader's language from the cli catalog
   * (`cli.summary…`, by the command's name, in usage.ts: a new command needs its line there).
   */
  readonly summary: string;
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  /** Runs the command and resolves with the exit code. */
  run(args: CliArgs, io: CliIo, context: CliContext): Promise<number>;
}

/** The options every command has. */
export const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;
