import type { SyncErrorRule } from "../src/rules/types.js";

/**
 * A deterministic mix of what people type and paste: names, Danish names, aliases, status codes,
 * typos, shuffled words, raw messages from the rules' examples, the same messages buried in long
 * Apex stack traces, text that matches nothing, and (when given) real messages and questions.
 */
export function mixedInputs(
  rules: readonly SyncErrorRule[],
  count: number,
  real: readonly string[] = [],
  seed = 20261129,
): string[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  const names = rules.flatMap((r) => [
    r.name,
    ...(r.danishName ? [r.danishName] : []),
    ...r.aliases,
  ]);
  const codes = [...new Set(rules.flatMap((r) => r.signals.flatMap((s) => s.code ?? [])))];
  const messages = rules.flatMap((r) => [...r.examples.matches, ...r.examples.nearMisses]);
  const noise = [
    "the sync is broken again",
    "why did my leads stop",
    "Vi kan ikke finde posten",
    "connection reset by peer",
    "null",
  ];

  const makers: Array<() => string> = [
    () => pick(names),
    () => pick(names).toUpperCase(),
    () => typo(pick(names), random),
    () => typo(typo(pick(names), random), random),
    () => shuffleWords(pick(names), random),
    () => pick(codes),
    () => pick(codes).toLowerCase(),
    () => pick(messages),
    () => pick(messages),
    () => pick(messages).replace(/\b00[0-9A-Za-z]{13}\b/g, () => fakeId(random)),
    () => `${pick(messages)}\n${stackTrace(random, 2_000 + Math.floor(random() * 6_000))}`,
    () => pick(noise),
    ...(real.length > 0 ? [() => pick(real), () => pick(real)] : []),
  ];
  return Array.from({ length: count }, () => pick(makers)());
}

function typo(text: string, random: () => number): string {
  if (text.length < 3) return text;
  const i = 1 + Math.floor(random() * (text.length - 2));
  const kind = Math.floor(random() * 4);
  if (kind === 0) return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2); // swap
  if (kind === 1) return text.slice(0, i) + text.slice(i + 1); // drop
  if (kind === 2) return text.slice(0, i) + text[i] + text.slice(i); // double
  return `${text.slice(0, i)}x${text.slice(i + 1)}`; // replace
}

function shuffleWords(text: string, random: () => number): string {
  return text
    .split(" ")
    .map((word) => [random(), word] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, word]) => word)
    .join(" ");
}

function fakeId(random: () => number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return `00Q${Array.from({ length: 15 }, () => alphabet[Math.floor(random() * alphabet.length)]).join("")}`;
}

function stackTrace(random: () => number, length: number): string {
  const lines: string[] = [];
  let size = 0;
  while (size < length) {
    const line = `    at Class.LeadTriggerHandler.handle${Math.floor(random() * 100)}: line ${Math.floor(random() * 900)}, column 1`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n");
}

/** A small seeded PRNG, so every run benchmarks the same inputs. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
