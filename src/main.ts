/**
 * The composition root: the only module that touches the process (arguments, environment,
 * standard streams, signals, exit code) and builds the real clients. Everything else is handed
 * what it needs.
 *
 * `syncerror <command> …` runs the command line; `syncerror` alone (what `npm start` runs) runs
 * the bot: connected to Slack when SLACK_BOT_TOKEN is set, in the terminal otherwise.
 */
import { createCatalog } from "./catalog/catalog.js";
import { programHelp, runCli } from "./cli/run-cli.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { rules } from "./rules/index.js";
import { createApp } from "./slack/app.js";
import { packageVersion } from "./version.js";

const catalog = createCatalog(rules);
const argv = process.argv.slice(2);

if (argv.length > 0) {
  process.exitCode = await runCli(argv, process, { catalog });
} else {
  await runBot();
}

async function runBot(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`syncerror: ${error.message}\nSee README.md, "Configuration".\n`);
    process.exitCode = 2;
    return;
  }
  if (config.slack.mode === "local") {
    process.stdout.write(
      `${programHelp()}\n\nNo SLACK_BOT_TOKEN is set. To connect a Slack workspace, see README.md, "Connect to Slack".\n`,
    );
    return;
  }

  const connection = config.slack;
  const secrets =
    connection.mode === "http"
      ? [connection.botToken, connection.signingSecret]
      : [connection.botToken, connection.appToken];
  const logger = createLogger({ level: config.logLevel, secrets });
  const version = packageVersion();
  const app = createApp({
    connection,
    catalog,
    logger,
    logLevel: config.logLevel,
    version,
    slackApiUrl: config.slackApiUrl,
  });

  if (connection.mode === "http") {
    await app.start(connection.port);
    logger.info(
      { mode: "http", port: connection.port, version },
      "syncerror is listening for Slack on /slack/events",
    );
  } else {
    await app.start();
    logger.info({ mode: "socket", version }, "syncerror is connected to Slack in Socket Mode");
  }

  const stop = async (signal: string) => {
    logger.info({ signal }, "stopping");
    await app.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}
