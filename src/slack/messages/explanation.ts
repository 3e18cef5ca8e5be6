import type { KnownBlock } from "@slack/types";
import type { Catalog } from "../../catalog/catalog.js";
import type { ExplainResult } from "../../catalog/explain.js";
import {
  ACTOR_LABELS,
  DIRECTION_LABELS,
  RESYNC_LABELS,
  SYSTEM_LABELS,
  whoActs,
} from "../../catalog/labels.js";
import type { CorrectionChance } from "../../corrections/correction-offers.js";
import type { Offer } from "../../resync/resync-offers.js";
import { CATEGORIES, type SyncErrorRule } from "../../rules/types.js";
import type { SlackMessage } from "../blocks/index.js";
import {
  actions,
  buildMessage,
  button,
  context,
  escapeMrkdwn,
  header,
  section,
} from "../blocks/index.js";
import { CORRECTION_ACTIONS, notThisTypeButton } from "./correction-messages.js";
import { resyncButton } from "./resync-messages.js";
import { encodeShareValue } from "./share-value.js";

/** Action ids of the explanation's buttons; the listeners route on these. */
export const EXPLAIN_ACTIONS = {
  /** "Share in channel": posts the same explanation visibly. */
  share: "explain_share",
  /** A "Did you mean" suggestion: `explain_rule:<n>`, the value is a rule id. */
  suggestionPrefix: "explain_rule:",
} as const;

/** Matches every suggestion button's action id. */
export const SUGGESTION_ACTION_PATTERN = /^explain_rule:\d+$/;

const categoryName = (id: string) => CATEGORIES.find((c) => c.id === id)?.name ?? id;

/** What the classifier found when the explanation came from a pasted message. */
export interface ClassifiedMessage {
  readonly statusCode: string | null;
  readonly inner: SyncErrorRule | null;
  /** Absent when re-shown from a button, where the original confidence is not kept. */
  readonly confidence?: number;
  /** True when no platform wording matched and the message read as a person's own sentence. */
  readonly plainSentence?: boolean;
}

/** How the explanation came about, for the line above the cause. */
export interface ExplanationContext {
  /** Set when the query was a raw message. */
  readonly classified?: ClassifiedMessage | undefined;
  /** Set when the query resembled the name without matching it exactly. */
  readonly similarity?: number | undefined;
  /** Set when the query described the problem and the rules' text matched the description. */
  readonly described?: boolean | undefined;
  /** Show "Share in channel" (not on a message that is already shared). */
  readonly shareable: boolean;
  /** The Slack user who shared it into the channel. */
  readonly sharedBy?: string;
  /** A resync of the type's open errors, offered with a button, when there are any. */
  readonly resyncOffer?: Offer | undefined;
  /** "Not this type?", when the bot read the query as a message an admin may correct. */
  readonly correction?: CorrectionChance | undefined;
}

/** The full explanation of one error type: what it is, why, the fix, who acts, resync advice. */
export function explanationMessage(
  rule: SyncErrorRule,
  catalog: Catalog,
  options: ExplanationContext,
): SlackMessage {
  const blocks: KnownBlock[] = [
    header(rule.name),
    context([
      `*${categoryName(rule.category)}* · ${DIRECTION_LABELS[rule.direction]}`,
      rule.danishNameSource === "hubspot"
        ? `Danish: _${escapeMrkdwn(rule.danishName)}_`
        : `Danish: _${escapeMrkdwn(rule.danishName)}_ (our translation; HubSpot shows the English name)`,
    ]),
  ];
  const classification = options.classified;
  if (classification) {
    const code = classification.statusCode ? ` (status code \`${classification.statusCode}\`)` : "";
    const confidence =
      classification.confidence === undefined ? "" : `, confidence ${classification.confidence}`;
    blocks.push(
      section(
        classification.plainSentence
          ? `No Salesforce or HubSpot wording matched, and the message reads like a sentence someone wrote, so it is most likely a validation rule's own message: *${escapeMrkdwn(rule.name)}*${confidence}.`
          : `I read the message as *${escapeMrkdwn(rule.name)}*${code}${confidence}.`,
      ),
    );
    if (classification.inner) {
      blocks.push(
        section(
          `*Inner error: ${escapeMrkdwn(classification.inner.name)}*\nThe automation failed on this error: ` +
            `${escapeMrkdwn(classification.inner.cause)} Run \`/syncerror explain ${classification.inner.name}\` for its fix.`,
        ),
      );
    }
  } else if (options.described) {
    blocks.push(
      context([
        "The error type whose description fits your words best. If it is not the one, `/syncerror list` shows them all.",
      ]),
    );
  } else if (options.similarity !== undefined) {
    blocks.push(
      context([`Closest error type to what you typed (confidence ${options.similarity}).`]),
    );
  }
  blocks.push(
    section(`*Cause*\n${escapeMrkdwn(rule.cause)}`),
    section(
      `*Fix*\n${rule.fix
        .map(
          (step, i) =>
            `${i + 1}. ${escapeMrkdwn(step.text)} _(${ACTOR_LABELS[step.actor]}, in ${SYSTEM_LABELS[step.system]})_`,
        )
        .join("\n")}`,
    ),
    section(`*Resync:* ${RESYNC_LABELS[rule.resync]}`),
  );
  const related = rule.related.map((id) => catalog.ruleById(id)?.name ?? id);
  blocks.push(
    context([
      `Who acts: ${whoActs(rule)}`,
      ...(related.length > 0 ? [`Related: ${escapeMrkdwn(related.join(", "))}`] : []),
      `<${rule.helpUrl}|HubSpot help article>`,
    ]),
  );
  if (options.sharedBy) blocks.push(context([`Shared by <@${options.sharedBy}>`]));
  const buttons = [];
  if (options.shareable) {
    buttons.push(
      button({
        text: "Share in channel",
        actionId: EXPLAIN_ACTIONS.share,
        value: encodeShareValue({
          rule: rule.id,
          inner: classification?.inner?.id,
          code: classification?.statusCode ?? undefined,
        }),
      }),
    );
  }
  if (options.resyncOffer) {
    blocks.push(context([`${options.resyncOffer.size.errors.toLocaleString("en")} open now.`]));
    buttons.push(resyncButton(options.resyncOffer, 0, { named: false }));
  }
  if (options.correction) buttons.push(notThisTypeButton(options.correction));
  if (buttons.length > 0) blocks.push(actions(buttons));
  return buildMessage({ text: `${rule.name}: ${rule.cause}`, blocks });
}

/** "No match", with up to three suggestion buttons that explain the suggested type. */
export function noMatchMessage(result: ExplainResult, correction?: CorrectionChance): SlackMessage {
  const query = result.query.trim();
  const blocks: KnownBlock[] = [
    section(
      `No error type matches *${escapeMrkdwn(query)}*.` +
        (result.suggestions.length > 0 ? " Did you mean one of these?" : ""),
    ),
  ];
  const buttons = result.suggestions.map((s, i) =>
    button({
      text: s.rule.name,
      actionId: `${EXPLAIN_ACTIONS.suggestionPrefix}${i}`,
      value: s.rule.id,
    }),
  );
  // A message nothing placed: an admin can say which type it is, and I answer so from then on.
  if (correction) {
    buttons.push(
      button({
        text: "Which type is it?",
        actionId: CORRECTION_ACTIONS.offer,
        value: correction.key,
      }),
    );
  }
  if (buttons.length > 0) blocks.push(actions(buttons));
  blocks.push(
    context([
      "`/syncerror list` shows every error type. You can also paste a raw error message after `/syncerror explain`.",
    ]),
  );
  return buildMessage({ text: `No error type matches "${query}".`, blocks });
}

/** The answer to `/syncerror explain <query>`. */
export function explainResultMessage(
  result: ExplainResult,
  catalog: Catalog,
  resyncOffer?: Offer,
  correction?: CorrectionChance,
): SlackMessage {
  if (!result.match) return noMatchMessage(result, correction);
  const { match } = result;
  const c = match.matchedBy === "message" ? match.classification : null;
  return explanationMessage(match.rule, catalog, {
    classified: c
      ? {
          statusCode: c.statusCode,
          inner: c.inner,
          confidence: c.confidence,
          plainSentence: c.evidence === "plain-sentence",
        }
      : undefined,
    similarity: match.matchedBy === "similar-name" ? match.confidence : undefined,
    described: match.matchedBy === "description",
    shareable: true,
    resyncOffer,
    correction,
  });
}
