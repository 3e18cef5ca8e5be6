import { ruleWords } from "../catalog/labels.js";
import { buildMessage, escapeMrkdwn, header, section } from "../slack/blocks/index.js";
import { claimSince } from "../slack/messages/type-menu.js";
import type { Subcommand } from "./command.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `/syncerror mine`: the error types the asker is on (taken from a type's ⋯ menu), each with its
 * open errors and since when, oldest first; in the asker's language.
 */
export const mine: Subcommand = {
  name: "mine",
  usage: "mine",
  summary: "The error types you're on, with their open errors and since when",
  // Words after `mine` are ignored, as after `digest`.
  async run(_args, context) {
    const { store, catalog, translator: t, userId } = context;
    const claims = (await store.claims()).filter((claim) => claim.owner === userId);
    const title = t.t("claims.mineTitle");
    const text = t.t("claims.mineText", { count: claims.length });
    if (claims.length === 0)
      return buildMessage({ text, blocks: [header(title), section(t.t("claims.mineNone"))] });
    const open = (await store.openCounts()).byRule;
    const now = context.now().getTime();
    const words = ruleWords(t);
    const lines = claims.map((claim) => {
      const rule = catalog.ruleById(claim.ruleId);
      return t.t("claims.mineLine", {
        name: escapeMrkdwn(rule ? words.name(rule) : claim.ruleId),
        open: open.get(claim.ruleId) ?? 0,
        since: claimSince(claim.since, t),
        days: Math.max(0, Math.floor((now - claim.since.getTime()) / DAY_MS)),
      });
    });
    return buildMessage({ text, blocks: [header(title), section(lines.join("\n"))] });
  },
};
