import { UsageError } from "../../errors.js";
import { readRoutes } from "../../routing/load-routes.js";
import { sortByLine } from "../../routing/problems.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";
import { renderRoutesCheck, routesCheckJson } from "../render-routes.js";

/**
 * `syncerror routes check [file]`: the routing file (ROUTES_PATH, or the file named, to try one
 * before setting it) checked against the catalog, with the routes table and every problem; and,
 * with a bot token (SLACK_BOT_TOKEN), against Slack: each channel exists, is not archived and has
 * the bot in it, each user group exists and is enabled (channels:read, groups:read,
 * usergroups:read: the manifest's scopes).
 */
export const routes: CliCommand = {
  name: "routes",
  usage: [`${PROGRAM} routes check [file] [--json]`],
  summary:
    "Check the routing file against the catalog (and Slack, with a bot token) and show where each error type goes",
  options: { json: { type: "boolean" }, ...HELP_OPTION },
  async run({ values, positionals }, io, context) {
    const usage = routes.usage.join("\n");
    if (positionals[0] !== "check" || positionals.length > 2)
      throw new UsageError({ key: "routing.usage" }, usage);
    const file = positionals[1] ?? context.config().routesPath;
    if (file === undefined) throw new UsageError({ key: "routing.noFile" }, usage);
    const read = await readRoutes(file, context.catalog);
    // Slack only with a bot token: without one the output says how to have it checked.
    const client = await context.clients.slack();
    const slack = client
      ? await (await import("../../slack/routes-in-slack.js")).checkRoutesInSlack(
          client,
          read.routing,
        )
      : undefined;
    const check = slack
      ? { ...read, problems: sortByLine([...read.problems, ...slack.problems]) }
      : read;
    const out = values.json
      ? JSON.stringify(routesCheckJson(file, check, slack), null, 2)
      : renderRoutesCheck(file, check, context.catalog, context.translator, slack);
    await write(io.stdout, `${out}\n`);
    return check.problems.some((p) => p.severity === "error") ? EXIT.refused : EXIT.ok;
  },
};
