/**
 * A strict parser for the SOQL subset the sandbox answers:
 *
 *     SELECT f1, f2, … FROM Object
 *       [WHERE cond [AND cond …] | cond [OR cond …]]   (parentheses group; AND and OR only mix
 *                                                      across parentheses, as in Salesforce)
 *       [ORDER BY field [ASC|DESC], …]
 *       [LIMIT n]
 *
 * with `cond` one of `field op value` (op `=`, `!=`, `<>`, `<`, `<=`, `>`, `>=`),
 * `field [NOT] IN (value, …)` or `field LIKE 'pattern'`, and values string literals, numbers,
 * `true`/`false`, `null`, dateTimes and dates. Keywords are case-insensitive. Everything else
 * SOQL has (functions, subqueries, relationship paths, GROUP BY, OFFSET, date literals such as
 * TODAY, …) throws a SoqlError marked `notModelled`, so a test meets it instead of a quiet guess.
 */

import { SoqlError } from "./soql-error.js";
import { type CompareOp, type Token, tokenize } from "./soql-lexer.js";

/** A field or object name as written, with its offset for error messages. */
export interface Name {
  readonly text: string;
  readonly at: number;
}

/** A value in a condition. */
export type Literal =
  | Extract<Token, { kind: "string" | "number" | "datetime" | "date" }>
  | {
      readonly kind: "boolean";
      readonly value: boolean;
      readonly text: string;
      readonly at: number;
    }
  | { readonly kind: "null"; readonly text: string; readonly at: number };

/** A WHERE clause, as a tree. */
export type Condition =
  | { readonly kind: "and" | "or"; readonly parts: readonly Condition[] }
  | {
      readonly kind: "compare";
      readonly field: Name;
      readonly op: CompareOp;
      readonly value: Literal;
    }
  | {
      readonly kind: "in";
      readonly field: Name;
      readonly negated: boolean;
      readonly values: readonly Literal[];
    }
  | {
      readonly kind: "like";
      readonly field: Name;
      readonly pattern: Extract<Literal, { kind: "string" }>;
    };

/** One ORDER BY key. */
export interface OrderKey {
  readonly field: Name;
  readonly descending: boolean;
}

/** A parsed query. */
export interface SoqlQuery {
  readonly fields: readonly Name[];
  readonly object: Name;
  readonly where?: Condition;
  readonly orderBy: readonly OrderKey[];
  readonly limit?: number;
}

/** Words that end a clause or start another; never field names. */
const RESERVED = new Set(
  (
    "select from where and or not in like order by asc desc limit null true false group having " +
    "offset with for using typeof nulls includes excludes update view reference scope rollup cube"
  ).split(" "),
);
/** Clauses real SOQL has after FROM that the sandbox does not model. */
const UNMODELLED_CLAUSES: Readonly<Record<string, string>> = {
  with: "WITH",
  group: "GROUP BY",
  having: "HAVING",
  offset: "OFFSET",
  for: "FOR VIEW/REFERENCE/UPDATE",
  using: "USING SCOPE",
};

/** Where an error points: a token or literal. */
interface Spot {
  readonly text: string;
  readonly at: number;
}

function unexpected(token: Spot): SoqlError {
  return new SoqlError("MALFORMED_QUERY", token.at, `unexpected token: '${token.text}'`);
}

function notModelled(token: Spot, what: string): SoqlError {
  return new SoqlError(
    "MALFORMED_QUERY",
    token.at,
    `unexpected token: '${token.text}' (${what} is not modelled by the Salesforce sandbox)`,
    true,
  );
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): SoqlQuery {
    this.keyword("select");
    const fields = this.selectList();
    this.keyword("from");
    const object = this.name("an object name");
    const next = this.peek();
    if (next.kind === "word" && !RESERVED.has(next.text.toLowerCase())) {
      throw notModelled(next, "an object alias");
    }
    const where = this.accept("where") ? this.condition() : undefined;
    this.rejectUnmodelledClause();
    const orderBy = this.accept("order") ? this.orderBy() : [];
    this.rejectUnmodelledClause();
    const limit = this.accept("limit") ? this.limit() : undefined;
    this.rejectUnmodelledClause();
    const end = this.peek();
    if (end.kind !== "eof") throw unexpected(end);
    return {
      fields,
      object,
      orderBy,
      ...(where === undefined ? {} : { where }),
      ...(limit === undefined ? {} : { limit }),
    };
  }

  private selectList(): Name[] {
    const fields: Name[] = [];
    do {
      const token = this.peek();
      if (token.kind === "punct" && token.text === "(") throw notModelled(token, "a subquery");
      if (this.isKeyword("typeof")) throw notModelled(token, "TYPEOF");
      const field = this.name("a field name");
      const after = this.peek();
      if (after.kind === "punct" && after.text === "(") {
        throw notModelled(after, `the function ${field.text}()`);
      }
      fields.push(field);
    } while (this.comma());
    return fields;
  }

  /** `a AND b AND c` or `a OR b OR c`; mixing them needs parentheses, as in Salesforce. */
  private condition(): Condition {
    const first = this.term();
    const joiner = this.isKeyword("and") ? "and" : this.isKeyword("or") ? "or" : undefined;
    if (joiner === undefined) return first;
    const parts = [first];
    while (this.isKeyword(joiner)) {
      this.take();
      parts.push(this.term());
    }
    if (this.isKeyword("and") || this.isKeyword("or")) throw unexpected(this.peek());
    return { kind: joiner, parts };
  }

  private term(): Condition {
    const token = this.peek();
    if (token.kind === "punct" && token.text === "(") {
      this.take();
      const inner = this.condition();
      this.punct(")");
      return inner;
    }
    if (this.isKeyword("not")) throw notModelled(token, "NOT before a condition");
    const field = this.name("a field name");
    const op = this.take();
    if (op.kind === "op") return { kind: "compare", field, op: op.text, value: this.literal() };
    const word = op.kind === "word" ? op.text.toLowerCase() : "";
    if (word === "like") {
      const pattern = this.literal();
      if (pattern.kind !== "string") throw unexpected(pattern);
      return { kind: "like", field, pattern };
    }
    const negated = word === "not";
    if (negated && !this.isKeyword("in")) throw unexpected(this.peek());
    if (negated || word === "in") {
      if (negated) this.take();
      this.punct("(");
      if (this.isKeyword("select")) throw notModelled(this.peek(), "a semi-join subquery");
      const values: Literal[] = [];
      do values.push(this.literal());
      while (this.comma());
      this.punct(")");
      return { kind: "in", field, negated, values };
    }
    if (word === "includes" || word === "excludes") throw notModelled(op, op.text.toUpperCase());
    throw unexpected(op);
  }

  private literal(): Literal {
    const token = this.take();
    if (token.kind === "string" || token.kind === "number") return token;
    if (token.kind === "datetime" || token.kind === "date") return token;
    if (token.kind === "word") {
      const word = token.text.toLowerCase();
      if (word === "true" || word === "false") {
        return { kind: "boolean", value: word === "true", text: token.text, at: token.at };
      }
      if (word === "null") return { kind: "null", text: token.text, at: token.at };
      if (/^[A-Z_]+$/i.test(token.text) && !RESERVED.has(word)) {
        throw notModelled(token, "a date literal such as TODAY or LAST_N_DAYS:n");
      }
    }
    throw unexpected(token);
  }

  private orderBy(): OrderKey[] {
    this.keyword("by");
    const keys: OrderKey[] = [];
    do {
      const field = this.name("a field name");
      const direction = this.isKeyword("asc") || this.isKeyword("desc") ? this.take() : undefined;
      if (this.isKeyword("nulls")) throw notModelled(this.peek(), "NULLS FIRST/LAST");
      keys.push({ field, descending: direction?.text.toLowerCase() === "desc" });
    } while (this.comma());
    return keys;
  }

  private limit(): number {
    const token = this.take();
    if (token.kind !== "number" || !Number.isSafeInteger(token.value) || token.value < 0) {
      throw unexpected(token);
    }
    return token.value;
  }

  private rejectUnmodelledClause(): void {
    const token = this.peek();
    const clause = token.kind === "word" ? UNMODELLED_CLAUSES[token.text.toLowerCase()] : undefined;
    if (clause !== undefined) throw notModelled(token, clause);
  }

  private name(what: string): Name {
    const token = this.take();
    if (token.kind !== "word" || RESERVED.has(token.text.toLowerCase())) {
      throw new SoqlError(
        "MALFORMED_QUERY",
        token.at,
        `unexpected token: '${token.text}' (expected ${what})`,
      );
    }
    return { text: token.text, at: token.at };
  }

  private keyword(word: string): void {
    const token = this.take();
    if (token.kind !== "word" || token.text.toLowerCase() !== word) throw unexpected(token);
  }

  private punct(text: "(" | ")"): void {
    const token = this.take();
    if (token.kind !== "punct" || token.text !== text) throw unexpected(token);
  }

  private comma(): boolean {
    const token = this.peek();
    if (token.kind !== "punct" || token.text !== ",") return false;
    this.take();
    return true;
  }

  /** Takes the next token if it is the keyword `word`. */
  private accept(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.take();
    return true;
  }

  private isKeyword(word: string): boolean {
    const token = this.peek();
    return token.kind === "word" && token.text.toLowerCase() === word;
  }

  private peek(): Token {
    return this.tokens[this.index] ?? this.eof();
  }

  private take(): Token {
    const token = this.peek();
    if (token.kind !== "eof") this.index++;
    return token;
  }

  private eof(): Token {
    const last = this.tokens[this.tokens.length - 1];
    return { kind: "eof", text: "<EOF>", at: last?.at ?? 0 };
  }
}

/** Parses SOQL of the sandbox's subset; throws a SoqlError (with the offset) otherwise. */
export function parseSoql(soql: string): SoqlQuery {
  return new Parser(tokenize(soql)).parse();
}
