import { randomBytes } from "node:crypto";
import type { KnownBlock } from "@slack/types";
import { tokenize } from "../../catalog/normalize.js";
import { InvalidInputError } from "../../errors.js";
import { type Translator, translator } from "../../i18n/translator.js";
import { IMPORT_FIELDS, type ImportField } from "../../import/columns.js";
import type { ColumnQuestion } from "../../import/columns-needed-error.js";
import { fieldScore } from "../../import/guess-columns.js";
import {
  actions,
  buildMessage,
  button,
  context,
  escapeMrkdwn,
  OPTION_TEXT_MAX,
  SELECT_OPTIONS_MAX,
  type SelectOptionSpec,
  type SlackMessage,
  section,
  staticSelect,
  truncateText,
} from "../blocks/index.js";

/** The action ids of the question: one menu per field, and the Import button. */
export const COLUMN_ACTIONS = {
  /** `import_column:<field>`: a menu; Slack keeps the choice, the Import click reads it. */
  selectPattern: /^import_column:[a-zA-Z]+$/,
  import: "import_columns",
} as const;

/** The fields in the order the question asks them: the needed ones first. */
const ASKED: readonly ImportField[] = [
  "errorType",
  "message",
  "hubspotId",
  "salesforceId",
  "objectType",
  "recordName",
  "occurredAt",
];

/** The value of a menu's option "not in this file". */
const NOT_IN_FILE = "none";
/** How many of the file's columns a menu can offer beside "not in this file". */
export const OFFERED_COLUMNS = SELECT_OPTIONS_MAX - 1;

/** What the Import button carries: the file, and a fingerprint of the header row shown. */
export interface ColumnAnswerTarget {
  readonly fileId: string;
  readonly headerDigest: string;
}

const TARGET = /^(F[A-Z0-9]{2,40})\.([0-9a-f]{16})$/;
const POSITION = /^c(\d{1,4})$/;

/**
 * The question posted in a dropped file's thread when the importer could not place a needed field:
 * one menu per field listing the file's columns, the best guesses chosen, and an Import button.
 * `problem` (an import with the person's choice failed) is shown on top, with their choice kept.
 * In `t`'s language: the thread's readers', the channel's (English without).
 */
export function columnQuestionMessage(input: {
  readonly fileName: string;
  readonly fileId: string;
  readonly question: ColumnQuestion;
  readonly problem?: string;
  readonly t?: Translator;
}): SlackMessage {
  const { headers, guesses, headerDigest } = input.question;
  const t = input.t ?? translator("en");
  const notInFile: SelectOptionSpec = { text: t.t("columns.notInFile"), value: NOT_IN_FILE };
  const file = escapeMrkdwn(input.fileName);
  // New block ids for each version of the question: Slack keeps a menu's choice by block id.
  const tag = randomBytes(3).toString("hex");
  const blocks: KnownBlock[] = [
    section(
      input.problem
        ? t.t("columns.failed", { file, problem: escapeMrkdwn(input.problem) })
        : t.t("columns.ask", { file }),
    ),
  ];
  for (const field of ASKED) {
    const chosen = guesses[field]?.index;
    const label = t.t("columns.label", { field });
    blocks.push(
      section(t.t("columns.fieldLine", { label, hint: t.t("columns.hint", { field }) }), {
        blockId: `column:${field}:${tag}`,
        accessory: staticSelect({
          actionId: `import_column:${field}`,
          placeholder: t.t("columns.placeholder", { label }),
          options: [notInFile, ...columnOptions(headers, field, chosen, t)],
          initial: chosen === undefined ? NOT_IN_FILE : `c${chosen}`,
        }),
      }),
    );
  }
  blocks.push(
    actions(
      [
        button({
          text: t.t("columns.importButton"),
          actionId: COLUMN_ACTIONS.import,
          value: `${input.fileId}.${headerDigest}`,
          style: "primary",
        }),
      ],
      `column:import:${tag}`,
    ),
  );
  if (headers.length > OFFERED_COLUMNS) {
    blocks.push(
      context([
        t.t("columns.manyColumns", {
          count: String(headers.length),
          offered: String(OFFERED_COLUMNS),
        }),
      ]),
    );
  }
  return buildMessage({
    text: t.t("columns.text", { file: input.fileName }),
    blocks,
  });
}

/**
 * The file's columns as a menu's options, in file order. Past {@link OFFERED_COLUMNS} columns, the
 * ones whose names fit the field best are offered (the chosen one always). An option's text is the
 * header, cut to fit; an empty, repeated or cut header says which column it is.
 */
function columnOptions(
  headers: readonly string[],
  field: ImportField,
  chosen: number | undefined,
  t: Translator,
): SelectOptionSpec[] {
  let offered = headers.map((_header, index) => index);
  if (offered.length > OFFERED_COLUMNS) {
    const score = (index: number) =>
      index === chosen ? 2 : fieldScore(field, tokenize(headers[index] ?? ""));
    offered = offered
      .map((index) => ({ index, score: score(index) }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, OFFERED_COLUMNS)
      .map((entry) => entry.index)
      .sort((a, b) => a - b);
  }
  const seen = new Map<string, number>();
  for (const header of headers) {
    const key = header.toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return offered.map((index) => {
    const header = headers[index] ?? "";
    const position = String(index + 1);
    if (header === "") return { text: t.t("columns.unnamed", { position }), value: `c${index}` };
    const repeated = (seen.get(header.toLowerCase()) ?? 0) > 1;
    if (!repeated && header.length <= OPTION_TEXT_MAX) return { text: header, value: `c${index}` };
    // The room the words around the header take, in this language.
    const room = OPTION_TEXT_MAX - t.t("columns.numbered", { header: "", position }).length;
    return {
      text: t.t("columns.numbered", { header: truncateText(header, room), position }),
      value: `c${index}`,
    };
  });
}

/** Reads the Import button's value; a value syncerror did not make is refused. */
export function decodeColumnAnswerTarget(value: string | undefined): ColumnAnswerTarget {
  const match = TARGET.exec(value ?? "");
  if (!match) {
    throw new InvalidInputError({ key: "columns.notOurButton" });
  }
  return { fileId: match[1] as string, headerDigest: match[2] as string };
}

/** A menu's state as Slack reports it in `state.values`. */
type StateValues = Readonly<
  Record<string, Readonly<Record<string, { readonly selected_option?: { value?: string } | null }>>>
>;

/**
 * The column chosen in each menu of the question: what the person chose, from the click's
 * `state.values`, and for a menu they did not touch, the option the question showed chosen, from
 * the message's blocks (Slack may leave untouched menus, or their initial options, out of the
 * state). A field set to "not in this file" is left out; a value the menus never offered is
 * refused.
 */
export function readColumnAnswer(
  values: StateValues | undefined,
  blocks: readonly unknown[] = [],
): Partial<Record<ImportField, number>> {
  const chosen = new Map<string, string | undefined>();
  for (const block of blocks) {
    const accessory = isRecord(block) ? block.accessory : undefined;
    if (!isRecord(accessory) || typeof accessory.action_id !== "string") continue;
    if (!COLUMN_ACTIONS.selectPattern.test(accessory.action_id)) continue;
    const initial = isRecord(accessory.initial_option) ? accessory.initial_option.value : undefined;
    chosen.set(accessory.action_id, typeof initial === "string" ? initial : undefined);
  }
  for (const block of Object.values(values ?? {})) {
    for (const [actionId, state] of Object.entries(block)) {
      if (!COLUMN_ACTIONS.selectPattern.test(actionId)) continue;
      const value = state.selected_option?.value;
      if (value !== undefined) chosen.set(actionId, value);
      else if (!chosen.has(actionId)) chosen.set(actionId, undefined);
    }
  }
  const answer: Partial<Record<ImportField, number>> = {};
  for (const [actionId, value] of chosen) {
    const field = actionId.slice(actionId.indexOf(":") + 1);
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) throw tampered();
    if (value === undefined || value === NOT_IN_FILE) continue;
    const position = POSITION.exec(value);
    if (!position) throw tampered();
    answer[field as ImportField] = Number(position[1]);
  }
  return answer;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const tampered = () => new InvalidInputError({ key: "columns.notOffered" });
