/**
 * Every area's messages, by area: a message's key is `area.key` (`common.records`). Adding an
 * area: a file in this folder, and a line here (catalogs.test.ts fails on a file left out).
 */
import { actions } from "./actions.js";
import { commands } from "./commands.js";
import { common } from "./common.js";
import { corrections } from "./corrections.js";
import { digest } from "./digest.js";
import { errors } from "./errors.js";
import { explain } from "./explain.js";
import { help } from "./help.js";
import { importing } from "./import.js";
import { languages } from "./languages.js";
import { routing } from "./routing.js";
import { scan } from "./scan.js";
import { status } from "./status.js";

export const CATALOGS = {
  actions,
  commands,
  common,
  corrections,
  digest,
  errors,
  explain,
  help,
  import: importing,
  languages,
  routing,
  scan,
  status,
} as const;
