import { changes } from "./changes.js";
import { chart } from "./chart.js";
import type { Subcommand } from "./command.js";
import { digest } from "./digest.js";
import { explain } from "./explain.js";
import { createHelp } from "./help.js";
import { importCommand } from "./import.js";
import { list } from "./list.js";
import { mine } from "./mine.js";
import { resync } from "./resync.js";
import { routesCommand } from "./routes.js";
import { scan } from "./scan.js";
import { snoozed } from "./snoozed.js";
import { status } from "./status.js";

/** Every `/syncerror` subcommand, in the order help lists them. Adding one: a file, and a line here. */
export const subcommands: readonly Subcommand[] = [
  explain,
  list,
  status,
  mine,
  snoozed,
  chart,
  changes,
  digest,
  importCommand,
  resync,
  scan,
  routesCommand,
  createHelp(() => subcommands),
];

export type { CommandContext, DeferredReply, Subcommand } from "./command.js";
export { isDeferred } from "./command.js";
export { dispatch } from "./dispatch.js";
