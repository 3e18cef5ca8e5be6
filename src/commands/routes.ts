import type { KnownBlock } from "@slack/types";
import { ruleWords } from "../catalog/labels.js";
import type { Translator } from "../i18n/translator.js";
import type { RouteOfType, Routing } from "../routing/routing.js";
import type { Actor, CategoryId } from "../rules/types.js";
import {
  buildMessage,
  context,
  escapeMrkdwn,
  header,
  type SlackMessage,
  section,
} from "../slack/blocks/index.js";
import { channelRef, mentionRef } from "../slack/messages/routing-refs.js";
import type { CommandContext, Subcommand } from "./command.js";

/**
 * Why types went where they did, grouped: "by error type", "category Duplicates", "fixed by the
 * Salesforce admin", each with its types' names, in the routing's order.
 */
function reasons(
  types: readonly string[],
  routing: Routing,
  { catalog, translator }: Pick<CommandContext, "catalog" | "translator">,
): string[] {
  const words = ruleWords(translator);
  const groups = new Map<string, { route: RouteOfType; names: string[] }>();
  for (const id of types) {
    const route = routing.routeOf(id);
    const rule = catalog.ruleById(id);
    if (!route || !rule) continue;
    const key = `${route.by}:${route.name}`;
    const group = groups.get(key) ?? { route, names: [] };
    group.names.push(escapeMrkdwn(words.name(rule)));
    groups.set(key, group);
  }
  return [...groups.values()].map(({ route, names }) =>
    translator.t("routing.slackReason", {
      by: route.by,
      category: route.by === "categories" ? words.category(route.name as CategoryId) : "",
      actor: route.by === "actors" ? words.actor(route.name as Actor) : "",
      types: names.join(", "),
    }),
  );
}

/** The routing as the asker reads it: each routed channel with its types, then the main digest. */
function routesMessage(routing: Routing, ctx: CommandContext): SlackMessage {
  const t: Translator = ctx.translator;
  const words = ruleWords(t);
  const channels = routing.routesByChannel();
  const blocks: KnownBlock[] = [
    header(t.t("routing.slackTitle")),
    ...channels.map((c) =>
      section(
        [
          t.t("routing.slackChannel", {
            channel: channelRef(c.channel),
            mentions: c.mentions.length === 0 ? "none" : c.mentions.map(mentionRef).join(" "),
            count: c.types.length,
          }),
          ...reasons(c.types, routing, ctx).map((line) => `• ${line}`),
        ].join("\n"),
      ),
    ),
  ];
  const unrouted = routing.unrouted.flatMap((id) => {
    const rule = ctx.catalog.ruleById(id);
    return rule ? [escapeMrkdwn(words.name(rule))] : [];
  });
  blocks.push(
    section(
      [
        t.t("routing.slackMain", {
          channel: ctx.digestChannel ? channelRef(ctx.digestChannel) : "none",
          count: unrouted.length,
        }),
        unrouted.length === 0 ? t.t("routing.allRouted") : unrouted.join(", "),
      ].join("\n"),
    ),
    context([t.t("routing.precedence")]),
  );
  return buildMessage({ text: t.t("routing.slackTitle"), blocks });
}

/**
 * `/syncerror routes`: where each error type goes with the routing file in effect (ROUTES_PATH):
 * each routed channel, the group it mentions and why each type went there; the rest stay in the
 * main digest. Without a routing file, how to set one up. In the asker's language.
 */
export const routesCommand: Subcommand = {
  name: "routes",
  usage: "routes",
  summary: "Where each error type's digest goes (the routing file)",
  run(_args, ctx) {
    const routing = ctx.routing;
    if (!routing || routing.routes.length === 0) {
      const text = ctx.translator.t("routing.slackNone");
      return buildMessage({ text, blocks: [section(text)] });
    }
    return routesMessage(routing, ctx);
  },
};
