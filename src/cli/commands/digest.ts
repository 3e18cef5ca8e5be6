import { UsageError, userMessage } from "../../errors.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";

/**
 * `syncerror digest`: the digest as it would be posted now, printed or posted; with `--weekly`,
 * each channel's Monday summary of the latest week, printed (never posted: the schedule posts it).
 */
export const digestCommand: CliCommand = {
  name: "digest",
  usage: [
    `${PROGRAM} digest [--print] [--json]`,
    `${PROGRAM} digest --post`,
    `${PROGRAM} digest --weekly [--json]`,
  ],
  summary: "Print the daily digest as it would be posted now, or post it now",
  options: {
    print: { type: "boolean" },
    json: { type: "boolean" },
    post: { type: "boolean" },
    weekly: { type: "boolean" },
    ...HELP_OPTION,
  },
  async run({ values, positionals }, io, context) {
    const usage = digestCommand.usage.join("\n       ");
    if (positionals.length > 0)
      throw new UsageError(
        { key: "cli.unexpectedArgument", values: { argument: positionals[0] ?? "" } },
        usage,
      );
    if (values.post && (values.print || values.json || values.weekly))
      throw new UsageError({ key: "cli.digestPostCombined" }, usage);
    const config = context.config();
    const store = await context.store();
    // The routing file (ROUTES_PATH): one with errors stops here, every problem listed.
    const { readRoutes } = await import("../../routing/load-routes.js");
    const { describeProblems, RoutingError } = await import("../../routing/problems.js");
    const read =
      config.routesPath === undefined
        ? undefined
        : await readRoutes(config.routesPath, context.catalog);
    if (
      read &&
      config.routesPath !== undefined &&
      read.problems.some((p) => p.severity === "error")
    ) {
      const error = new RoutingError(config.routesPath, read.problems);
      const lines = [
        userMessage(error, context.translator),
        ...describeProblems(read.problems, context.translator),
      ];
      await write(io.stderr, `${lines.join("\n  ")}\n`);
      return EXIT.usage;
    }
    const { digestScopes } = await import("../../digest/digest-scope.js");
    // DIGEST_CHANNEL's digest first, then one per channel the routing sends types to.
    const scopes = digestScopes(read?.routing, config.digestChannel ?? "");

    if (values.post) {
      const client = await context.clients.slack();
      if (!client || !config.digestChannel) {
        throw new UsageError({ key: "cli.digestPostNeeds" }, usage);
      }
      const { createDigestRunner } = await import("../../digest/digest-runner.js");
      const { floorToMinute } = await import("../../digest/schedule.js");
      const { createLogger } = await import("../../logger.js");
      const { translator } = await import("../../i18n/translator.js");
      const slot = floorToMinute(context.now());
      let refusedAny = false;
      for (const { channel, scope } of scopes) {
        const runner = createDigestRunner({
          store,
          catalog: context.catalog,
          client,
          channel,
          settings: config.digest,
          now: context.now,
          logger: createLogger({ level: "warn", destination: process.stderr }),
          // A post in the channel: the channel's language (BOT_LANGUAGE), as the running bot's.
          translator: translator(config.botLanguage),
          scope,
        });
        const outcome = await runner.post(slot, false);
        // Said to whoever runs it, in their language; the post itself is in the channel's.
        const t = context.translator;
        const said: Record<typeof outcome.status, () => string> = {
          posted: () => t.t("cli.digestPosted", { channel }),
          empty: () => t.t("cli.digestEmpty"),
          already: () => t.t("cli.digestAlready"),
          failed: () =>
            t.t("cli.digestFailed", { reason: "reason" in outcome ? outcome.reason : "" }),
          waiting: () => t.t("cli.digestWaiting", { channel }),
        };
        const refused = outcome.status === "failed" || outcome.status === "waiting";
        refusedAny ||= refused;
        // With routing, each line says whose digest it is about.
        const line =
          scopes.length > 1 ? `${channel}: ${said[outcome.status]()}` : said[outcome.status]();
        await write(refused ? io.stderr : io.stdout, `${line}\n`);
      }
      return refusedAny ? EXIT.refused : EXIT.ok;
    }

    const timezone = config.digest.schedule.timezone;
    if (values.weekly) {
      const { latestSummaryWeek } = await import("../../digest/week.js");
      const { weeklyFigures } = await import("../../digest/weekly-figures.js");
      const { weeklyMessage } = await import("../../digest/weekly-message.js");
      const { renderBlocks } = await import("../../console/render-blocks.js");
      const week = latestSummaryWeek(context.now(), timezone);
      const messages = [];
      for (const { channel, scope } of scopes) {
        const figures = await weeklyFigures({ store, catalog: context.catalog, week, scope });
        const message = weeklyMessage(figures, {
          catalog: context.catalog,
          timeZone: timezone,
          now: context.now(),
          scope,
          // Shown to whoever runs it: their language, as the digest's preview.
          translator: context.translator,
        });
        messages.push({ channel, ...message });
      }
      if (values.json) await write(io.stdout, `${JSON.stringify(messages, null, 2)}\n`);
      else
        for (const { channel, blocks } of messages) {
          const lines = renderBlocks(blocks, { color: false, nextNumber: () => 0 }).lines;
          await write(
            io.stdout,
            `${scopes.length > 1 ? `${channel}:\n` : ""}${lines.join("\n")}\n`,
          );
        }
      return EXIT.ok;
    }

    const { previewDigest, previewMessage } = await import("../../digest/preview-digest.js");
    const preview = await previewDigest({
      store,
      catalog: context.catalog,
      channel: config.digestChannel ?? "",
      timezone,
      now: context.now(),
      // Shown to whoever runs it: their language (--lang, SYNCERROR_LANG).
      translator: context.translator,
      // With routing, DIGEST_CHANNEL's digest: its own types, and where the routed ones went.
      ...(scopes[0] ? { scope: scopes[0].scope } : {}),
    });
    if (values.json) {
      const message = preview.next.message;
      await write(io.stdout, `${JSON.stringify(message ?? { blocks: [], text: "" }, null, 2)}\n`);
    } else {
      const { renderBlocks } = await import("../../console/render-blocks.js");
      let number = 1;
      // The next digest and, when one went out today, when (never a bare "nothing new").
      const message = previewMessage(preview, { timezone, translator: context.translator });
      const text = renderBlocks(message.blocks, {
        color: false,
        nextNumber: () => number++,
      }).lines.join("\n");
      await write(io.stdout, `${text}\n`);
    }
    return EXIT.ok;
  },
};
