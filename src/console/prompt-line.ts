import { clearLine, cursorTo, type Interface } from "node:readline";

/**
 * The console's output around its prompt. What the bot says while the prompt is showing (a
 * resync's progress, a scan's summary) arrives on its own time: it is written above the prompt,
 * on a line cleared for it, and the prompt is drawn again with what the person had typed so far
 * and the cursor where it was, as a shell does. Piped (not interactive), text is written as is.
 */
export class PromptLine {
  private showing = false;

  constructor(
    private readonly lines: Interface,
    private readonly output: NodeJS.WritableStream,
    private readonly interactive: boolean,
  ) {}

  /** Shows the prompt; it counts as showing until the person sends the line. */
  prompt(): void {
    if (!this.interactive) return;
    this.showing = true;
    this.lines.prompt();
  }

  /** The person sent the line: output now goes below it until the next prompt. */
  answered(): void {
    this.showing = false;
  }

  write(text: string): void {
    if (!this.showing) {
      this.output.write(text);
      return;
    }
    clearLine(this.output, 0);
    cursorTo(this.output, 0);
    this.output.write(text.endsWith("\n") ? text : `${text}\n`);
    // `true` keeps the cursor where it was in the line being typed.
    this.lines.prompt(true);
  }
}
