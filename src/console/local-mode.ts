import { createInterface } from "node:readline";
import type { Catalog } from "../catalog/catalog.js";
import type { LogLevel } from "../config.js";
import type { Logger } from "../logger.js";
import { startSandboxedApp } from "../sandbox/sandboxed-app.js";
import { banner } from "./banner.js";
import { ConsoleSession } from "./console-session.js";
import { postDemoDigest, seedDemoData } from "./seed-demo-data.js";

/** What local mode runs with; `src/main.ts` passes the process's streams. */
export interface LocalModeOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Where the banner goes when input is piped, so that output holds only the answers. */
  readonly errorOutput: NodeJS.WritableStream;
  /** True when a person is typing (stdin is a terminal): prompt, history, colour. */
  readonly interactive: boolean;
  /** ANSI styles; normally `interactive` and stdout a terminal. */
  readonly color: boolean;
  readonly userId: string;
  readonly catalog: Catalog;
  readonly logger: Logger;
  readonly logLevel: LogLevel;
  readonly version: string;
}

const PROMPT = "syncerror> ";

/**
 * Local mode: the real app in HTTP mode against the loopback Slack sandbox, with a terminal
 * console as the Slack client. Interactive, it prompts and keeps history; with piped input it
 * runs each line in turn, waits for each answer, and returns 0 at the end of the input.
 */
export async function runLocalMode(options: LocalModeOptions): Promise<number> {
  const env = await startSandboxedApp(options);
  const demo = await seedDemoData(env.store, options.catalog, new Date());
  const lines = createInterface({
    input: options.input,
    output: options.interactive ? options.output : undefined,
    terminal: options.interactive,
    historySize: 500,
    prompt: PROMPT,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const nextLine = async (): Promise<string | null> => {
    const next = await iterator.next();
    return next.done ? null : next.value;
  };

  const write = (text: string) => {
    options.output.write(text);
  };
  // Wrap between words to the terminal's width; piped output is left for the reader to wrap.
  const width = options.interactive ? (options.output as { columns?: number }).columns : undefined;
  const session = new ConsoleSession(
    env,
    options.userId,
    { write, color: options.color, width },
    async (question) => {
      write(question);
      const answer = await nextLine();
      if (!options.interactive) write(`${answer ?? ""}\n`);
      return /^y(es)?$/i.test(answer?.trim() ?? "");
    },
  );

  (options.interactive ? options.output : options.errorOutput).write(
    `${banner(options.userId, options.color, demo.newCount)}\n`,
  );
  try {
    // The morning digest of the demo data, posted through the same path as the scheduled one.
    await postDemoDigest(env, options);
    await session.settled();
    for (;;) {
      if (options.interactive) lines.prompt();
      const line = await nextLine();
      if (line === null) break;
      if ((await session.handle(line)) === "quit") break;
    }
  } finally {
    lines.close();
    await env.stop();
  }
  if (options.interactive) write("Bye.\n");
  return 0;
}
