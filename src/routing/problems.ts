import { BotError, sayUserText, type UserText } from "../errors.js";
import { type MessageKey, type Translator, translator } from "../i18n/translator.js";

/**
 * What can be wrong with a routing file, as a stable code (tests and `--json` key on it). All but
 * `routes-nothing` are errors; `routes-nothing` is a warning: the file works, but a route in it has
 * no effect.
 */
export type RoutingProblemCode =
  | "unreadable"
  | "not-yaml"
  | "no-routes"
  | "unknown-field"
  | "missing-channel"
  | "unquoted-channel"
  | "unquoted-mention"
  | "bad-channel"
  | "bad-mention"
  | "not-text"
  | "not-names"
  | "not-route"
  | "empty-route"
  | "unknown-type"
  | "unknown-category"
  | "unknown-actor"
  | "routed-twice"
  | "routes-nothing"
  // What Slack says of the file's channels and user groups (routes check with a bot token).
  | "channel-not-found"
  | "channel-archived"
  | "bot-not-in-channel"
  | "usergroup-not-found"
  | "usergroup-disabled"
  | "slack-unanswered";

/** One problem of a routing file: where (its line, from 1, when it has one) and what. */
export interface RoutingProblem {
  readonly code: RoutingProblemCode;
  readonly severity: "error" | "warning";
  readonly line: number | undefined;
  readonly text: UserText;
}

/** A problem, as the routing modules make them: an error unless said otherwise. */
export function problem(
  code: RoutingProblemCode,
  line: number | undefined,
  key: MessageKey,
  values: Readonly<Record<string, string | number>> = {},
  severity: "error" | "warning" = "error",
): RoutingProblem {
  return { code, severity, line, text: { key, values } };
}

/** Problems in the order of the file; those without a line last (stable otherwise). */
export function sortByLine(problems: readonly RoutingProblem[]): RoutingProblem[] {
  return [...problems].sort(
    (a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER),
  );
}

/** The file's problems in a reader's language, one line each, in the order of the file. */
export function describeProblems(problems: readonly RoutingProblem[], t: Translator): string[] {
  return problems.map((problem) => {
    const text = sayUserText(problem.text, t);
    return problem.line === undefined
      ? t.t(problem.severity === "error" ? "routing.problem" : "routing.warning", { text })
      : t.t(problem.severity === "error" ? "routing.problemAt" : "routing.warningAt", {
          line: problem.line,
          text,
        });
  });
}

/**
 * ROUTES_PATH cannot be used: every error in it, at once. The catalog message is the headline (the
 * file and how many problems); `problems` says each in any language (`describeProblems`), and the
 * English `message` carries them all, for logs.
 */
export class RoutingError extends BotError {
  override readonly name = "RoutingError";
  constructor(
    readonly file: string,
    readonly problems: readonly RoutingProblem[],
  ) {
    super("config_invalid", {
      key: "routing.invalidFile",
      values: { file, count: problems.filter((p) => p.severity === "error").length },
    });
    this.message = [this.message, ...describeProblems(problems, translator("en"))].join("\n  ");
  }
}
