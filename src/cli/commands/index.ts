import type { CliCommand } from "../cli-command.js";
import { audit } from "./audit.js";
import { changesCommand } from "./changes.js";
import { chartCommand } from "./chart.js";
import { classify } from "./classify.js";
import { columns } from "./columns.js";
import { corrections } from "./corrections.js";
import { db } from "./db.js";
import { demoData } from "./demo-data.js";
import { digestCommand } from "./digest.js";
import { evalCommand } from "./eval.js";
import { explain } from "./explain.js";
import { importCommand } from "./import.js";
import { list } from "./list.js";
import { mappings } from "./mappings.js";
import { resync } from "./resync.js";
import { routes } from "./routes.js";
import { scan } from "./scan.js";
import { setup } from "./setup.js";
import { status } from "./status.js";

/** Every `syncerror` command, in the order help lists them. Adding one: a file, and a line here. */
export const cliCommands: readonly CliCommand[] = [
  explain,
  classify,
  evalCommand,
  list,
  importCommand,
  columns,
  status,
  chartCommand,
  changesCommand,
  digestCommand,
  setup,
  resync,
  scan,
  mappings,
  routes,
  audit,
  corrections,
  demoData,
  db,
];
