import { ruleWords } from "../catalog/labels.js";
import { offerResyncs } from "../resync/resync-offers.js";
import type { SyncErrorRule } from "../rules/types.js";
import { buildMessage, escapeMrkdwn, header, section } from "../slack/blocks/index.js";
import { fixedResyncButton } from "../slack/messages/spike-alert.js";
import { claimSince } from "../slack/messages/type-menu.js";
import type { Subcommand } from "./command.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Lines with a button each, at most: a message holds 50 blocks (the header takes one). */
const BUTTON_LINES = 45;

/**
 * `/syncerror mine`: the error types the asker is on (taken from a type's ⋯ menu), each with its
 * open errors and since when, oldest first, and "Fixed, resync now" on each type with records to
 * resend (the resync's confirm first, as on a spike alert); in the asker's language.
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
    const at = context.now();
    const now = at.getTime();
    const words = ruleWords(t);
    const owned = claims.map((claim) => ({ claim, rule: catalog.ruleById(claim.ruleId) }));
    const lines = owned.map(({ claim, rule }) =>
      t.t("claims.mineLine", {
        name: escapeMrkdwn(rule ? words.name(rule) : claim.ruleId),
        open: open.get(claim.ruleId) ?? 0,
        since: claimSince(claim.since, t),
        days: Math.max(0, Math.floor((now - claim.since.getTime()) / DAY_MS)),
      }),
    );
    // More types than a message has room for lines with buttons: the list alone, as before.
    if (owned.length > BUTTON_LINES)
      return buildMessage({ text, blocks: [header(title), section(lines.join("\n"))] });
    const rules = owned.flatMap(({ rule }) => (rule ? [rule] : [])) as SyncErrorRule[];
    const offers = rules.length > 0 ? await offerResyncs(store, rules, at) : new Map();
    return buildMessage({
      text,
      blocks: [
        header(title),
        ...owned.map(({ claim }, i) => {
          const offer = offers.get(claim.ruleId);
          return section(lines[i] ?? "", {
            ...(offer ? { accessory: fixedResyncButton(offer, i, t) } : {}),
          });
        }),
      ],
    });
  },
};
