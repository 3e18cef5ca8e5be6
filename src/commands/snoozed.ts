import { ruleWords } from "../catalog/labels.js";
import { buildMessage, button, escapeMrkdwn, header, section } from "../slack/blocks/index.js";
import {
  SNOOZE_LIFT_ACTION,
  slackDateTime,
  snoozeState,
} from "../slack/messages/snooze-messages.js";
import { snoozesNow } from "../snooze/current-snoozes.js";
import type { Subcommand } from "./command.js";

/** The longest reason a list line quotes in full; the store keeps up to 280. */
const REASON_SHOWN = 200;

/**
 * `/syncerror snoozed`: the current snoozes and mutes, oldest first: the type, until when, who
 * snoozed it since when, and why, each with Unsnooze (Unmute); in the asker's language. Snoozes
 * that ran out meanwhile are ended first (and then announced by the next digest).
 */
export const snoozed: Subcommand = {
  name: "snoozed",
  usage: "snoozed",
  summary: "The snoozed and muted error types: until when, by whom and why",
  // Words after `snoozed` are ignored, as after `mine`.
  async run(_args, context) {
    const { store, catalog, translator: t } = context;
    const snoozes = [...(await snoozesNow(store, context.now())).values()];
    const title = t.t("snooze.listTitle");
    const text = t.t("snooze.listText", { count: snoozes.length });
    if (snoozes.length === 0)
      return buildMessage({ text, blocks: [header(title), section(t.t("snooze.listNone"))] });
    const words = ruleWords(t);
    const lines = snoozes.map((snooze) => {
      const rule = catalog.ruleById(snooze.ruleId);
      const reason = snooze.reason ?? "";
      const line = t.t("snooze.listLine", {
        name: escapeMrkdwn(rule ? words.name(rule) : snooze.ruleId),
        state: snoozeState(snooze, t),
        by: `<@${snooze.by}>`,
        since: slackDateTime(snooze.at, t),
        reason:
          reason === ""
            ? "none"
            : escapeMrkdwn(
                reason.length > REASON_SHOWN ? `${reason.slice(0, REASON_SHOWN)}…` : reason,
              ),
      });
      const lift = snooze.length.kind === "muted" ? "snooze.menuUnmute" : "snooze.menuUnsnooze";
      return section(line, {
        accessory: button({ text: t.t(lift), actionId: SNOOZE_LIFT_ACTION, value: snooze.ruleId }),
      });
    });
    return buildMessage({ text, blocks: [header(title), ...lines] });
  },
};
