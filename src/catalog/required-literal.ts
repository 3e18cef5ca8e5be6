/**
 * The longest piece of plain text that every match of a regular expression must contain, or null
 * when there is none worth checking: `/\bexecution of (?:Before|After) caused by\b/i` must contain
 * "execution of". Checking a lower-cased message for that piece with `includes` costs a fraction
 * of running the expression, and most messages fail it; only those that pass run the expression.
 *
 * Deliberately conservative: anything it does not understand (a top-level alternative, a class, a
 * group) ends the current piece, so the piece is always text the expression cannot match without.
 */
export function requiredLiteral(pattern: RegExp, minLength = 4): string | null {
  const source = pattern.source;
  let depth = 0;
  let inClass = false;
  let run = "";
  let best = "";
  const endRun = () => {
    const piece = run.trim();
    if (piece.length > best.length) best = piece;
    run = "";
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    const next = source[i + 1];
    if (inClass) {
      if (char === "\\") i++;
      else if (char === "]") inClass = false;
      continue;
    }
    if (char === "\\") {
      // An escaped punctuation mark is itself; a class escape (\b, \s, \d, \p{…}) ends the piece.
      const escaped = next ?? "";
      i++;
      if (
        depth === 0 &&
        /[.,:;'"!?()[\]{}/\\|*+^$-]/.test(escaped) &&
        !isQuantifier(source[i + 1])
      ) {
        run += escaped;
      } else {
        endRun();
        i = skipEscapeBody(source, i, escaped);
      }
      continue;
    }
    if (char === "[") {
      endRun();
      inClass = true;
      continue;
    }
    if (char === "(") {
      endRun();
      depth++;
      continue;
    }
    if (char === ")") {
      depth--;
      continue;
    }
    if (char === "|") {
      // A top-level alternative: no piece is common to every match.
      if (depth === 0) return null;
      continue;
    }
    if (depth > 0) continue;
    if (isQuantifier(char) || char === "^" || char === "$" || char === ".") {
      endRun();
      if (char === "{") i = skipBraces(source, i);
      continue;
    }
    if (isQuantifier(next)) {
      // The character before a quantifier may be absent or repeated: it is not required as is.
      endRun();
      continue;
    }
    run += char;
  }
  endRun();
  return best.length >= minLength ? best.toLowerCase() : null;
}

function isQuantifier(char: string | undefined): boolean {
  return char === "?" || char === "*" || char === "+" || char === "{";
}

/** Past the body of an escape such as \u00e9, \u{1F600}, \x41, \p{L} or \cJ. */
function skipEscapeBody(source: string, at: number, escaped: string): number {
  if (source[at + 1] === "{" && "pPuk".includes(escaped)) return skipBraces(source, at + 1);
  if (escaped === "u") return at + 4;
  if (escaped === "x") return at + 2;
  if (escaped === "c") return at + 1;
  return at;
}

function skipBraces(source: string, from: number): number {
  if (source[from + 1] !== "{" && source[from] !== "{") return from;
  const close = source.indexOf("}", from);
  return close === -1 ? from : close;
}
