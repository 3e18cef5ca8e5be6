import { createInterface } from "node:readline";
import type { CliIo } from "./io.js";

/**
 * Asks a yes/no question on the terminal (the question on stderr, so stdout stays the command's
 * output) and resolves with the answer: true only for y or yes (or Danish j or ja, whatever the
 * question's language: the answer is unambiguous); no answer (end of input) is no.
 */
export async function askYesNo(io: CliIo, question: string): Promise<boolean> {
  const lines = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
  io.stderr.write(question);
  try {
    for await (const line of lines) return /^\s*(?:y(?:es)?|ja?)\s*$/i.test(line);
    return false;
  } finally {
    lines.close();
  }
}
