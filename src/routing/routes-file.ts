import { type Document, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { didYouMean } from "../did-you-mean.js";
import type { MessageKey } from "../i18n/translator.js";
import { problem, type RoutingProblem } from "./problems.js";

/**
 * The routing file's format (ROUTES_PATH, YAML): a list of routes, each sending the error types it
 * selects to one Slack channel, and optionally mentioning one user group there.
 *
 * ```yaml
 * routes:
 *   - channel: "#sf-admins"          # a channel id (C0123ABCD) or "#name", in quotes
 *     mention: "@salesforce-admins"  # optional: a user group's id (S0123ABCD) or @handle
 *     actors: salesforce-admin       # the types the Salesforce admin fixes
 *   - channel: C0123ABCD
 *     categories: [duplicates]
 *     types: [invalid-email]
 * ```
 *
 * `types` are rule ids, `categories` category ids, `actors` who acts in the fix steps; each takes
 * one name or a list. This module reads the shape only, with every value's line; whether the names
 * exist is the catalog's to say (check-routes.ts).
 */

/** A route field's names, as the route writes them. */
export const SELECTORS = ["types", "categories", "actors"] as const;
/** Which of a route's lists a name came from. */
export type Selector = (typeof SELECTORS)[number];

/** The fields a route may have, for "did you mean" on a mistyped one. */
const ROUTE_FIELDS = ["channel", "mention", ...SELECTORS] as const;

/** A channel id (public C…, private G…) or `#name` in Slack's lower-case channel-name alphabet. */
const CHANNEL = /^(?:[CG][A-Z0-9]{2,20}|#[a-z0-9][a-z0-9._-]{0,79})$/;
/** A user group's id (S…) or its @handle. */
const MENTION = /^(?:S[A-Z0-9]{2,20}|@[a-z0-9][a-z0-9._-]{0,79})$/;

/** A schema's error as the catalog key of the problem, so a zod issue becomes a translated message. */
const says = (key: MessageKey) => ({ error: key });

const Names = z.preprocess(
  // One name needs no list: `actors: salesforce-admin`.
  (value) => (typeof value === "string" ? [value] : value),
  z.array(z.string(says("routing.notNames")), says("routing.notNames")),
);
const Route = z.strictObject(
  {
    channel: z.string(says("routing.notText")).trim().regex(CHANNEL, says("routing.badChannel")),
    mention: z
      .string(says("routing.notText"))
      .trim()
      .regex(MENTION, says("routing.badMention"))
      .optional(),
    types: Names.optional(),
    categories: Names.optional(),
    actors: Names.optional(),
  },
  says("routing.notRoute"),
);
const RoutesFile = z.strictObject(
  {
    // `routes:` with every route commented out (or an empty file) is no routing, not an error.
    routes: z.preprocess((value) => value ?? [], z.array(z.unknown(), says("routing.noRoutes"))),
  },
  says("routing.noRoutes"),
);

/** A name in a route, with its line, so a problem with it can point there. */
export interface LocatedName {
  readonly name: string;
  readonly line: number | undefined;
}

/** A route of the file, in the shape it must have; its names are not checked yet. */
export interface RouteEntry {
  /** The route's position in the file's list, from 0. */
  readonly index: number;
  /** The line the route starts on. */
  readonly line: number | undefined;
  /**
   * False when the route has a problem of its own (a wrong channel, an unknown field): its names
   * are still checked, but it routes nothing.
   */
  readonly usable: boolean;
  /** Empty when the route is not usable. */
  readonly channel: string;
  readonly mention: string | undefined;
  /** The lines of `channel` and `mention`, for a problem Slack has with them (routes check). */
  readonly channelLine: number | undefined;
  readonly mentionLine: number | undefined;
  readonly names: Readonly<Record<Selector, readonly LocatedName[]>>;
}

/** The file's routes (each marked usable or not), and every problem of shape. */
export interface ParsedRoutes {
  readonly routes: readonly RouteEntry[];
  readonly problems: readonly RoutingProblem[];
}

type Path = readonly (string | number)[];

/** The parsed file with what finding a line needs. */
interface Source {
  readonly doc: Document;
  readonly lines: readonly string[];
  /** The line (from 1) of an offset in the text. */
  readonly lineAt: (offset: number) => number;
}

/**
 * Reads a routing file's text. Every problem of shape is reported, each with its line; a route with
 * one is kept but not usable, so its names are checked too.
 */
export function parseRoutesFile(text: string): ParsedRoutes {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineAt = (offset: number) => lines.linePos(offset).line;
  const source: Source = { doc, lines: text.split(/\r?\n/), lineAt };
  if (doc.errors.length > 0) {
    // Past a syntax error the tree is a guess; its shape would only add confusing problems.
    return {
      routes: [],
      problems: doc.errors.map((error) =>
        // `mention: @sf-admins` unquoted: YAML reserves @ at the start of a value.
        error.code === "BAD_SCALAR_START" &&
        /:\s*@/.test(source.lines[lineAt(error.pos[0]) - 1] ?? "")
          ? problem("unquoted-mention", lineAt(error.pos[0]), "routing.unquotedMention")
          : problem("not-yaml", lineAt(error.pos[0]), "routing.notYaml", { reason: error.message }),
      ),
    };
  }
  const data: unknown = doc.toJS() ?? {};
  const file = RoutesFile.safeParse(data);
  if (!file.success) {
    return { routes: [], problems: file.error.issues.flatMap((i) => issueProblems(i, [], source)) };
  }
  const routes: RouteEntry[] = [];
  const problems: RoutingProblem[] = [];
  file.data.routes.forEach((raw, index) => {
    const at: Path = ["routes", index];
    const route = Route.safeParse(raw);
    if (!route.success)
      problems.push(...route.error.issues.flatMap((i) => issueProblems(i, at, source)));
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return;
    // The names of a route with a wrong channel or field are checked too: every problem at once.
    const fields = raw as Record<string, unknown>;
    const names = {} as Record<Selector, LocatedName[]>;
    let named = false;
    for (const selector of SELECTORS) {
      const list = Names.optional().safeParse(fields[selector]);
      // A field that is there but wrong has its own problem; the route is not empty then.
      if (!list.success || (list.data?.length ?? 0) > 0) named = true;
      names[selector] = (list.success ? (list.data ?? []) : []).map((name, i) => ({
        name: name.trim(),
        // A single name is the field's scalar; a list's items are its elements.
        line: lineOf(
          source,
          isSeq(doc.getIn([...at, selector])) ? [...at, selector, i] : [...at, selector],
        ),
      }));
    }
    const line = lineOf(source, at);
    const channel = route.success ? route.data.channel : undefined;
    if (!named)
      problems.push(
        problem("empty-route", line, "routing.emptyRoute", { channel: channel ?? "none" }),
      );
    routes.push({
      index,
      line,
      usable: route.success,
      channel: channel ?? "",
      mention: route.success ? route.data.mention : undefined,
      channelLine: lineOf(source, [...at, "channel"]),
      mentionLine: lineOf(source, [...at, "mention"]),
      names,
    });
  });
  return { routes, problems };
}

/** The line of the node at `path`, or of the nearest node above it that exists. */
function lineOf({ doc, lineAt }: Source, path: Path): number | undefined {
  for (let end = path.length; end >= 0; end--) {
    const node = end === 0 ? doc.contents : doc.getIn(path.slice(0, end), true);
    if (isNode(node) && node.range) return lineAt(node.range[0]);
  }
  return undefined;
}

/** The line of a mapping's key, for a field that should not be there. */
function keyLine(source: Source, path: Path, key: string): number | undefined {
  const { doc, lineAt } = source;
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isMap(map)) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (isNode(pair?.key) && pair.key.range) return lineAt(pair.key.range[0]);
  }
  return lineOf(source, path);
}

/** What a zod issue means for the person who wrote the file. */
function issueProblems(issue: z.core.$ZodIssue, at: Path, source: Source): RoutingProblem[] {
  const path: Path = [...at, ...(issue.path as (string | number)[])];
  if (issue.code === "unrecognized_keys") {
    // The top-level map knows only `routes`; a route, its five fields.
    const known: readonly string[] =
      at.length === 0 && issue.path.length === 0 ? ["routes"] : ROUTE_FIELDS;
    return issue.keys.map((field) =>
      problem("unknown-field", keyLine(source, path, field), "routing.unknownField", {
        field,
        known: known.join(", "),
        suggestion: didYouMean(field, known) ?? "none",
      }),
    );
  }
  const line = lineOf(source, path);
  const value = source.doc.getIn(path);
  // The route's field the problem is in (`types`, not the list index after it).
  const field = String(path[2] ?? path.at(-1) ?? "routes");
  switch (issue.message) {
    case "routing.badChannel":
      return [problem("bad-channel", line, "routing.badChannel", { value: String(value) })];
    case "routing.badMention":
      return [problem("bad-mention", line, "routing.badMention", { value: String(value) })];
    case "routing.notNames":
      return [problem("not-names", line, "routing.notNames", { field })];
    case "routing.notRoute":
      return [problem("not-route", line, "routing.notRoute")];
    case "routing.notText":
      if (value === undefined && field === "channel")
        return [problem("missing-channel", line, "routing.missingChannel")];
      // `channel: #sf-admins` unquoted: YAML reads everything from # on as a comment.
      if (
        value === null &&
        field === "channel" &&
        /:\s*#/.test(source.lines[(line ?? 0) - 1] ?? "")
      )
        return [problem("unquoted-channel", line, "routing.unquotedChannel")];
      return [problem("not-text", line, "routing.notText", { field })];
    default:
      return [problem("no-routes", line, "routing.noRoutes")];
  }
}
