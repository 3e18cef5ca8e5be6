import { SoqlError } from "./soql-error.js";

/** One SOQL token; `at` is its offset in the query text. */
export type Token =
  | { readonly kind: "word"; readonly text: string; readonly at: number }
  | {
      readonly kind: "string";
      readonly value: string;
      /** The literal as a LIKE pattern: a RegExp source with `%` and `_` as wildcards. */
      readonly like: string;
      readonly text: string;
      readonly at: number;
    }
  | { readonly kind: "number"; readonly value: number; readonly text: string; readonly at: number }
  | {
      readonly kind: "datetime";
      readonly value: number;
      readonly text: string;
      readonly at: number;
    }
  | { readonly kind: "date"; readonly value: string; readonly text: string; readonly at: number }
  | { readonly kind: "op"; readonly text: CompareOp; readonly at: number }
  | { readonly kind: "punct"; readonly text: "," | "(" | ")"; readonly at: number }
  | { readonly kind: "eof"; readonly text: "<EOF>"; readonly at: number };

/** The comparison operators of the subset; `<>` is SOQL's other spelling of `!=`. */
export type CompareOp = "=" | "!=" | "<>" | "<" | "<=" | ">" | ">=";

// A dotted word is a relationship path (`Owner.Name`); the parser rejects it with a precise error.
const WORD = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/y;
// SOQL's dateTime formats, plus the milliseconds and `+0000` Salesforce itself writes.
const DATETIME =
  /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(Z|([+-])(\d{2}):?(\d{2}))(?![\w:.])/y;
const DATE = /(\d{4})-(\d{2})-(\d{2})(?![\w:.])/y;
const DATE_LIKE = /\d{4}-\d{2}-\d{2}/y;
const NUMBER = /[+-]?\d+(?:\.\d+)?(?![\w.])/y;
const OPS: readonly CompareOp[] = ["<=", ">=", "!=", "<>", "=", "<", ">"];
/** The escapes SOQL string literals allow (`\%` and `\_` are handled apart: LIKE needs them). */
const ESCAPES: Readonly<Record<string, string>> = {
  n: "\n",
  r: "\r",
  t: "\t",
  b: "\b",
  f: "\f",
  '"': '"',
  "'": "'",
  "\\": "\\",
};

function regexEscape(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Whether the numbers name a real calendar day and time (`2026-02-30` does not). */
function realDate(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi &&
    date.getUTCSeconds() === s
  );
}

function readString(soql: string, start: number): Token {
  let value = "";
  let like = "";
  let i = start + 1;
  for (;;) {
    if (i >= soql.length) {
      throw new SoqlError("MALFORMED_QUERY", start, "unterminated string literal");
    }
    const char = soql.charAt(i);
    if (char === "'") break;
    if (char === "\\") {
      const next = soql.charAt(i + 1);
      if (next === "%" || next === "_") {
        value += next;
        like += next;
      } else {
        const escaped = ESCAPES[next.toLowerCase()]; // \N is \n, as in Salesforce
        if (escaped === undefined) {
          throw new SoqlError("MALFORMED_QUERY", i, `Invalid string literal escape: \\${next}`);
        }
        value += escaped;
        like += regexEscape(escaped);
      }
      i += 2;
      continue;
    }
    value += char;
    like += char === "%" ? ".*" : char === "_" ? "." : regexEscape(char);
    i++;
  }
  return { kind: "string", value, like, text: soql.slice(start, i + 1), at: start };
}

function readTemporal(soql: string, at: number): Token | undefined {
  const full = sticky(DATETIME, soql, at);
  if (full) {
    const [text, y, mo, d, h, mi, s, ms, zone, sign, zh, zm] = full;
    const parts = [y, mo, d, h, mi, s].map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (!realDate(...parts))
      throw new SoqlError("MALFORMED_QUERY", at, `invalid datetime: ${text}`);
    const offsetMinutes =
      zone === "Z" ? 0 : (sign === "-" ? -1 : 1) * (Number(zh) * 60 + Number(zm));
    const utc = Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]);
    const millis = Number((ms ?? "").padEnd(3, "0"));
    return { kind: "datetime", value: utc + millis - offsetMinutes * 60_000, text, at };
  }
  const day = sticky(DATE, soql, at);
  if (day) {
    const [text, y, mo, d] = day;
    if (!realDate(Number(y), Number(mo), Number(d))) {
      throw new SoqlError("MALFORMED_QUERY", at, `invalid date: ${text}`);
    }
    return { kind: "date", value: text, text, at };
  }
  if (sticky(DATE_LIKE, soql, at)) {
    throw new SoqlError(
      "MALFORMED_QUERY",
      at,
      "invalid date or dateTime literal (dateTimes need seconds and a zone: 2026-11-29T09:00:00Z)",
    );
  }
  return undefined;
}

/** Splits SOQL into tokens, or throws a MALFORMED_QUERY SoqlError at the first bad character. */
export function tokenize(soql: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < soql.length) {
    const char = soql.charAt(at);
    if (/\s/.test(char)) {
      at++;
      continue;
    }
    if (char === "'") {
      const token = readString(soql, at);
      tokens.push(token);
      at += token.kind === "string" ? token.text.length : 1;
      continue;
    }
    if (char === "," || char === "(" || char === ")") {
      tokens.push({ kind: "punct", text: char, at });
      at++;
      continue;
    }
    const op = OPS.find((candidate) => soql.startsWith(candidate, at));
    const temporal = /\d/.test(char) ? readTemporal(soql, at) : undefined;
    const number = temporal ? null : sticky(NUMBER, soql, at);
    const word = sticky(WORD, soql, at);
    if (temporal) {
      tokens.push(temporal);
      at += temporal.text.length;
    } else if (number) {
      tokens.push({ kind: "number", value: Number(number[0]), text: number[0], at });
      at += number[0].length;
    } else if (op) {
      tokens.push({ kind: "op", text: op, at });
      at += op.length;
    } else if (word) {
      tokens.push({ kind: "word", text: word[0], at });
      at += word[0].length;
    } else if (char === ":") {
      // Real SOQL, but not the subset: Apex binds (`:ids`) and `LAST_N_DAYS:7`-style literals.
      const what = "bind variables and date literals such as LAST_N_DAYS:n";
      const detail = `unexpected token: ':' (${what} are not modelled by the Salesforce sandbox)`;
      throw new SoqlError("MALFORMED_QUERY", at, detail, true);
    } else {
      // `*` and anything else SOQL does not have.
      throw new SoqlError("MALFORMED_QUERY", at, `unexpected token: '${char}'`);
    }
  }
  tokens.push({ kind: "eof", text: "<EOF>", at: soql.length });
  return tokens;
}
