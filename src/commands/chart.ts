import { parseChartArgs } from "../charts/chart-args.js";
import { InvalidInputError } from "../errors.js";
import { buildMessage, section } from "../slack/blocks/index.js";
import type { Subcommand } from "./command.js";

/**
 * `/syncerror chart [trend|breakdown|age] [category or type] [30d|90d]`: draws the chart from the
 * store and shares it in the channel it was asked in, where everyone can see it (a chart is for
 * the team), with the asker's request as its comment. The answer says it is coming at once, then
 * that it is posted; a channel the bot is not in gets the usual "invite me" refusal.
 */
export const chart: Subcommand = {
  name: "chart",
  usage: "chart [trend|breakdown|age] [category or type] [30d|90d]",
  summary: "A chart of the trend, the open errors by type, or their age, posted here",
  run(args, context) {
    const { translator: t, charts, uploadChart } = context;
    const usage = `/syncerror ${t.t("help.chartUsage")}`;
    // Read first: a typo is answered at once, before anything is drawn.
    const ask = parseChartArgs(args, context.catalog, t, usage);
    if (!charts || !uploadChart) throw new InvalidInputError({ key: "charts.notAvailable" });
    const drawing = t.t("charts.commandDrawing", { kind: ask.kind });
    const final = (async () => {
      const drawn = await charts.render(
        { ...ask, now: context.now(), timeZone: context.digestTimezone },
        t,
      );
      // The numbers in words go in the comment: Slack drops a channel upload that carries alt
      // text (see upload-chart.ts), and a screen reader reads the comment beside the image.
      const asked = t.t("charts.commandComment", { user: context.userId });
      await uploadChart(drawn, {
        channel: context.channelId,
        comment: `${asked}\n${drawn.altText}`,
      });
      const posted = t.t("charts.commandPosted", { title: drawn.title });
      return buildMessage({ text: posted, blocks: [section(posted)] });
    })();
    return { immediate: buildMessage({ text: drawing, blocks: [section(drawing)] }), final };
  },
};
