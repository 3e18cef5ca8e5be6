/**
 * Every area's messages, by area: a message's key is `area.key` (`common.records`). Adding an
 * area: a file in this folder, and a line here (catalogs.test.ts fails on a file left out).
 */
import { actions } from "./actions.js";
import { alerts } from "./alerts.js";
import { auditTrail } from "./audit-trail.js";
import { causes } from "./causes.js";
import { changeList } from "./change-list.js";
import { changes } from "./changes.js";
import { charts } from "./charts.js";
import { claims } from "./claims.js";
import { cli } from "./cli.js";
import { columns } from "./columns.js";
import { commands } from "./commands.js";
import { common } from "./common.js";
import { consoleMessages } from "./console.js";
import { corrections } from "./corrections.js";
import { digest } from "./digest.js";
import { errors } from "./errors.js";
import { explain } from "./explain.js";
import { files } from "./files.js";
import { help } from "./help.js";
import { home } from "./home.js";
import { importing } from "./import.js";
import { languages } from "./languages.js";
import { resolution } from "./resolution.js";
import { resync } from "./resync.js";
import { routing } from "./routing.js";
import { scan } from "./scan.js";
import { setup } from "./setup.js";
import { snooze } from "./snooze.js";
import { status } from "./status.js";
import { uploads } from "./uploads.js";

export const CATALOGS = {
  actions,
  alerts,
  "audit-trail": auditTrail,
  causes,
  "change-list": changeList,
  changes,
  charts,
  claims,
  commands,
  columns,
  common,
  corrections,
  cli,
  console: consoleMessages,
  digest,
  errors,
  explain,
  files,
  help,
  home,
  import: importing,
  languages,
  resolution,
  resync,
  routing,
  scan,
  setup,
  snooze,
  status,
  uploads,
} as const;
