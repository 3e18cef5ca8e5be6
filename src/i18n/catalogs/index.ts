/**
 * Every area's messages, by area: a message's key is `area.key` (`common.records`). Adding an
 * area: a file in this folder, and a line here (catalogs.test.ts fails on a file left out).
 */
import { cli } from "./cli.js";
import { common } from "./common.js";
import { consoleMessages } from "./console.js";
import { digest } from "./digest.js";
import { errors } from "./errors.js";
import { explain } from "./explain.js";
import { help } from "./help.js";
import { importing } from "./import.js";
import { languages } from "./languages.js";
import { scan } from "./scan.js";
import { status } from "./status.js";

export const CATALOGS = {
  cli,
  common,
  console: consoleMessages,
  digest,
  errors,
  explain,
  help,
  import: importing,
  languages,
  scan,
  status,
} as const;
