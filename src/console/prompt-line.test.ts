import { createInterface } from "node:readline";
import { PassThrough } from "node:stream";
import { stripVTControlCharacters } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { PromptLine } from "./prompt-line.js";

// A terminal's two ends: what the person types, and what the screen receives (escape codes too).
function terminal() {
  const input = new PassThrough();
  const output = Object.assign(new PassThrough(), { columns: 80, isTTY: true });
  let screen = "";
  output.on("data", (chunk) => (screen += chunk));
  const lines = createInterface({ input, output, terminal: true, prompt: "syncerror> " });
  return { input, output, lines, screen: () => screen, clear: () => (screen = "") };
}

// The characters the screen shows, in order, without the escape sequences that move the cursor.
const visible = (text: string) => stripVTControlCharacters(text);

let close = () => {};
afterEach(() => close());

describe("PromptLine", () => {
  it("writes an update above the prompt and redraws it with what was typed so far", async () => {
    const t = terminal();
    close = () => t.lines.close();
    const promptLine = new PromptLine(t.lines, t.output, true);
    promptLine.prompt();
    t.input.write("/syncerror expl");
    await new Promise((resolve) => setImmediate(resolve));
    t.clear();

    promptLine.write("Resync of Invalid email finished: 6 accepted.\n");

    const shown = t.screen();
    // The half-typed line is cleared first, so the update starts at the left edge…
    expect(shown.indexOf("\u001b[2K")).toBeLessThan(shown.indexOf("Resync of"));
    // …and the prompt comes back after it, with the person's unfinished command.
    expect(visible(shown)).toMatch(
      /Resync of Invalid email finished: 6 accepted\.\n[\s\S]*syncerror> \/syncerror expl$/,
    );
    expect(t.lines.line).toBe("/syncerror expl");
  });

  it("writes answers to a sent line as they are, with no prompt in between", () => {
    const t = terminal();
    close = () => t.lines.close();
    const promptLine = new PromptLine(t.lines, t.output, true);
    promptLine.prompt();
    promptLine.answered();
    t.clear();
    promptLine.write("Type mismatch\n");
    expect(t.screen()).toBe("Type mismatch\n");
  });

  it("never draws a prompt when the input is piped", () => {
    const t = terminal();
    close = () => t.lines.close();
    const promptLine = new PromptLine(t.lines, t.output, false);
    promptLine.prompt();
    t.clear();
    promptLine.write("Scan finished.\n");
    expect(t.screen()).toBe("Scan finished.\n");
  });
});
