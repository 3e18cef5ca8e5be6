import type { KnownBlock } from "@slack/types";
import type { Catalog } from "../../catalog/catalog.js";
import type { ExplainResult } from "../../catalog/explain.js";
import { ruleWords } from "../../catalog/labels.js";
import type { LinkedWave } from "../../causes/link-waves.js";
import type { CorrectionChance } from "../../corrections/correction-offers.js";
import { type Translator, translator } from "../../i18n/translator.js";
import type { Offer } from "../../resync/resync-offers.js";
import type { SyncErrorRule } from "../../rules/types.js";
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
import { causeBlocks } from "./cause-line.js";
import { CORRECTION_ACTIONS, notThisTypeButton } from "./correction-messages.js";
import { translatedResyncButton } from "./resync-button.js";
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

/** English, for the buttons' answers until they pass the clicker's translator. */
const ENGLISH = translator("en");

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
  /** The answer's language; English when absent. */
  readonly translator?: Translator | undefined;
  /** The change that likely started the type's recent errors, in the team's time zone. */
  readonly likelyCause?: LikelyCauseContext | undefined;
}

/** A likely cause to tell under the type's cause: the linked wave and the zone for its times. */
export interface LikelyCauseContext {
  readonly linked: LinkedWave;
  readonly timeZone: string;
}

/**
 * The full explanation of one error type: what it is, why, the fix, who acts, resync advice, in
 * the answer's language (in Danish the type's Danish name, with HubSpot's English one beside it,
 * and the rule's Danish cause and fix).
 */
export function explanationMessage(
  rule: SyncErrorRule,
  catalog: Catalog,
  options: ExplanationContext,
): SlackMessage {
  const t = options.translator ?? ENGLISH;
  const words = ruleWords(t);
  const name = words.name(rule);
  const blocks: KnownBlock[] = [
    header(name),
    context([
      `*${words.category(rule.category)}* · ${words.direction(rule.direction)}`,
      t.t(rule.danishNameSource === "hubspot" ? "explain.otherName" : "explain.otherNameFaithful", {
        name: escapeMrkdwn(words.otherName(rule)),
      }),
    ]),
  ];
  const classification = options.classified;
  if (classification) {
    const confidence = {
      hasConfidence: classification.confidence === undefined ? "no" : "yes",
      confidence: classification.confidence ?? 0,
    };
    blocks.push(
      section(
        classification.plainSentence
          ? t.t("explain.readAsPlainSentence", { name: escapeMrkdwn(name), ...confidence })
          : t.t("explain.readAs", {
              name: escapeMrkdwn(name),
              hasCode: classification.statusCode ? "yes" : "no",
              code: classification.statusCode ?? "",
              ...confidence,
            }),
      ),
    );
    if (classification.inner) {
      const inner = classification.inner;
      blocks.push(
        section(
          t.t("explain.innerError", {
            name: escapeMrkdwn(words.name(inner)),
            cause: escapeMrkdwn(words.cause(inner)),
            command: words.name(inner),
          }),
        ),
      );
    }
  } else if (options.described) {
    blocks.push(context([t.t("explain.described")]));
  } else if (options.similarity !== undefined) {
    blocks.push(context([t.t("explain.similar", { confidence: options.similarity })]));
  }
  const steps = words.fixSteps(rule);
  blocks.push(
    section(t.t("explain.cause", { cause: escapeMrkdwn(words.cause(rule)) })),
    ...causeBlocks(options.likelyCause?.linked, rule, options.likelyCause?.timeZone ?? "UTC", t),
    section(
      t.t("explain.fix", {
        steps: rule.fix
          .map((step, i) =>
            t.t("explain.fixStep", {
              number: i + 1,
              text: escapeMrkdwn(steps[i] ?? step.text),
              actor: words.actor(step.actor),
              system: words.system(step.system),
            }),
          )
          .join("\n"),
      }),
    ),
    section(t.t("explain.resync", { advice: words.resync(rule.resync) })),
  );
  const related = rule.related.map((id) => {
    const other = catalog.ruleById(id);
    return other ? words.name(other) : id;
  });
  blocks.push(
    context([
      t.t("explain.whoActs", { actors: words.whoActs(rule) }),
      ...(related.length > 0
        ? [t.t("explain.related", { names: escapeMrkdwn(related.join(", ")) })]
        : []),
      `<${rule.helpUrl}|${t.t("explain.helpArticle")}>`,
    ]),
  );
  if (options.sharedBy) {
    blocks.push(context([t.t("explain.sharedBy", { user: `<@${options.sharedBy}>` })]));
  }
  const buttons = [];
  if (options.shareable) {
    buttons.push(
      button({
        text: t.t("explain.share"),
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
    blocks.push(context([t.t("explain.openNow", { count: options.resyncOffer.size.errors })]));
    buttons.push(translatedResyncButton(options.resyncOffer, 0, t));
  }
  if (options.correction) {
    buttons.push(notThisTypeButton(options.correction, t.t("explain.notThisType")));
  }
  if (buttons.length > 0) blocks.push(actions(buttons));
  return buildMessage({ text: `${name}: ${words.cause(rule)}`, blocks });
}

/** "No match", with up to three suggestion buttons that explain the suggested type. */
export function noMatchMessage(
  result: ExplainResult,
  correction?: CorrectionChance,
  t: Translator = ENGLISH,
): SlackMessage {
  const query = result.query.trim();
  const words = ruleWords(t);
  const blocks: KnownBlock[] = [
    section(
      t.t("explain.noMatch", {
        query: escapeMrkdwn(query),
        hasSuggestions: result.suggestions.length > 0 ? "yes" : "no",
      }),
    ),
  ];
  const buttons = result.suggestions.map((s, i) =>
    button({
      text: words.name(s.rule),
      actionId: `${EXPLAIN_ACTIONS.suggestionPrefix}${i}`,
      value: s.rule.id,
    }),
  );
  // A message nothing placed: an admin can say which type it is, and I answer so from then on.
  if (correction) {
    buttons.push(
      button({
        text: t.t("explain.whichType"),
        actionId: CORRECTION_ACTIONS.offer,
        value: correction.key,
      }),
    );
  }
  if (buttons.length > 0) blocks.push(actions(buttons));
  blocks.push(context([t.t("explain.noMatchHint")]));
  return buildMessage({ text: t.t("explain.noMatchText", { query }), blocks });
}

/** The answer to `/syncerror explain <query>`. */
export function explainResultMessage(
  result: ExplainResult,
  catalog: Catalog,
  resyncOffer?: Offer,
  correction?: CorrectionChance,
  t: Translator = ENGLISH,
  likelyCause?: LikelyCauseContext,
): SlackMessage {
  if (!result.match) return noMatchMessage(result, correction, t);
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
    translator: t,
    likelyCause,
  });
}
