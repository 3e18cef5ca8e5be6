/**
 * The composition root: the only module that touches the process (arguments, standard streams,
 * exit code; later the environment, real API clients, cron and Bolt). Everything else is handed
 * what it needs.
 */
import { createCatalog } from "./catalog/catalog.js";
import { runCli } from "./cli/run-cli.js";
import { rules } from "./rules/index.js";

const catalog = createCatalog(rules);
process.exitCode = await runCli(process.argv.slice(2), process, { catalog });
