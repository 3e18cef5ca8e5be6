import type { Catalog } from "../catalog/catalog.js";
import { ruleWords } from "../catalog/labels.js";
import { sayUserText } from "../errors.js";
import { type Translator, translator } from "../i18n/translator.js";
import type { RoutesCheck } from "../routing/check-routes.js";
import { describeProblems } from "../routing/problems.js";
import type { Actor, CategoryId } from "../rules/types.js";

/**
 * What the routes check learned from Slack: the channels and user groups it asked about, or
 * undefined when it did not ask (no SLACK_BOT_TOKEN). Its problems are in the check's.
 */
export interface SlackChecked {
  readonly channels: readonly string[];
  readonly usergroups: readonly string[];
}

/**
 * `syncerror routes check` as text, in the translator's language: each routed channel with its
 * types and why each went there (with the line that sent it), the main digest's types, whether
 * Slack was asked (and how to have it asked), then every problem and the verdict.
 */
export function renderRoutesCheck(
  file: string,
  check: RoutesCheck,
  catalog: Catalog,
  t: Translator,
  slack?: SlackChecked,
): string {
  const words = ruleWords(t);
  const { routing, problems } = check;
  const channels = routing.routesByChannel();
  const nameOf = (id: string) => {
    const rule = catalog.ruleById(id);
    return rule ? words.name(rule) : id;
  };
  const width = Math.max(0, ...catalog.rules.map((rule) => words.name(rule).length)) + 2;
  const lines = [
    t.t("routing.summary", { file, routes: routing.routes.length, channels: channels.length }),
    t.t("routing.precedence"),
    "",
  ];
  for (const channel of channels) {
    lines.push(
      t.t("routing.channel", {
        channel: channel.channel,
        mentions: channel.mentions.length > 0 ? t.list(channel.mentions) : "none",
      }),
    );
    if (channel.types.length === 0) lines.push(`  ${t.t("routing.noTypes")}`);
    for (const id of channel.types) {
      const to = routing.routeOf(id);
      if (!to) continue;
      const line = to.line ?? 0;
      const why =
        to.by === "types"
          ? t.t("routing.byType", { line })
          : to.by === "categories"
            ? t.t("routing.byCategory", { category: words.category(to.name as CategoryId), line })
            : t.t("routing.byActor", { actor: words.actor(to.name as Actor), line });
      lines.push(`  ${nameOf(id).padEnd(width)}${why}`);
    }
  }
  lines.push(t.t("routing.mainDigest"));
  if (routing.unrouted.length === 0) lines.push(`  ${t.t("routing.allRouted")}`);
  for (const id of routing.unrouted) lines.push(`  ${nameOf(id)}`);
  lines.push(
    "",
    slack
      ? t.t("routing.inSlackChecked", {
          channels: slack.channels.length,
          usergroups: slack.usergroups.length,
        })
      : t.t("routing.inSlackSkipped"),
  );
  const errors = problems.filter((p) => p.severity === "error").length;
  if (problems.length > 0) {
    lines.push("", t.t("routing.problems", { errors, warnings: problems.length - errors }));
    for (const problem of describeProblems(problems, t)) lines.push(`  ${problem}`);
  }
  lines.push("", errors === 0 ? t.t("routing.valid") : t.t("routing.invalid", { errors }));
  return lines.join("\n");
}

/**
 * `syncerror routes check --json`: the same, with stable codes and English messages; `slack` says
 * whether Slack was asked (`checked`), and about which channels and user groups.
 */
export function routesCheckJson(file: string, check: RoutesCheck, slack?: SlackChecked) {
  const { routing, problems } = check;
  const english = translator("en");
  return {
    file,
    valid: problems.every((p) => p.severity !== "error"),
    routes: routing.routes.map((route) => ({
      line: route.line ?? null,
      channel: route.channel,
      mention: route.mention ?? null,
      types: route.types.map((n) => n.name),
      categories: route.categories.map((n) => n.name),
      actors: route.actors.map((n) => n.name),
    })),
    channels: routing.routesByChannel().map((channel) => ({
      channel: channel.channel,
      mentions: channel.mentions,
      types: channel.types.map((id) => {
        const to = routing.routeOf(id);
        return { id, by: to?.by ?? null, name: to?.name ?? null, line: to?.line ?? null };
      }),
    })),
    unrouted: routing.unrouted,
    slack: slack
      ? { checked: true, channels: slack.channels, usergroups: slack.usergroups }
      : { checked: false, channels: [], usergroups: [] },
    problems: problems.map((problem) => ({
      line: problem.line ?? null,
      severity: problem.severity,
      code: problem.code,
      message: sayUserText(problem.text, english),
    })),
  };
}
