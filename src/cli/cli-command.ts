import type { ParseArgsConfig } from "node:util";
import type { Catalog } from "../catalog/catalog.js";
import type { Config } from "../config.js";
import type { Store } from "../store/types.js";
import type { CliIo } from "./io.js";

/** What the command line hands its commands. Config and store open on first use only. */
export interface CliContext {
  readonly catalog: Catalog;
  /** The configuration from the environment; throws ConfigError when it is unusable. */
  readonly config: () => Config;
  /** The error store at DATABASE_PATH, opened (and migrated) on first use. */
  readonly store: () => Store;
  readonly now: () => Date;
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
  readonly summary: string;
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  /** Runs the command and resolves with the exit code. */
  run(args: CliArgs, io: CliIo, context: CliContext): Promise<number>;
}

/** The options every command has. */
export const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;
