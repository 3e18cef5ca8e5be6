import { changesSince } from "../change-list/changes-since.js";
import { changeDays } from "../change-list/period.js";
import { changesMessage } from "../slack/messages/changes-message.js";
import type { Subcommand } from "./command.js";

/**
 * `/syncerror changes [7d|30d|Nd]`: the changes to Salesforce's and HubSpot's setup the bot learnt
 * of in the period (a week unless told), newest first, each with the waves of errors it likely
 * started; only the asker sees it, in their language. A period it cannot read is refused first.
 */
export const changes: Subcommand = {
  name: "changes",
  usage: "changes [7d|30d|Nd]",
  summary: "What changed in Salesforce's and HubSpot's setup lately, and the errors it started",
  async run(args, context) {
    const { translator: t } = context;
    const days = changeDays(args, `/syncerror ${t.t("help.changesUsage")}`);
    const period = await changesSince(context.store, { days, now: context.now() });
    return changesMessage(period, t, context.catalog);
  },
};
