import { BotError } from "../errors.js";
import type { Logger } from "../logger.js";
import { SlackUnreachableError } from "./app.js";

/** The first wait between attempts to reach Slack at start; each next one doubles, up to the cap. */
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 15_000;

/**
 * The waits between attempts that fit in `timeoutMs`: 1 s, 2 s, 4 s… up to 15 s each, until the
 * next would pass the timeout. One attempt more than waits.
 */
export function retryDelays(timeoutMs: number): number[] {
  const delays: number[] = [];
  let total = 0;
  let next = FIRST_DELAY_MS;
  while (total + next <= timeoutMs) {
    delays.push(next);
    total += next;
    next = Math.min(next * 2, MAX_DELAY_MS);
  }
  return delays;
}

/** Slack stayed out of reach for the whole start timeout. */
export class SlackStartTimeoutError extends BotError {
  override readonly name = "SlackStartTimeoutError";
}

/**
 * Runs `attempt` (the bot's auth.test) until Slack answers, within `timeoutMs`: each attempt that
 * cannot reach Slack logs one line saying so and when the next comes, and after the last one it
 * throws `SlackStartTimeoutError`. Anything else (Slack refusing the token) is thrown at once.
 */
export async function reachSlack<T>(options: {
  readonly attempt: () => Promise<T>;
  /** Where the bot calls Slack, for the messages. */
  readonly apiUrl: string;
  readonly timeoutMs: number;
  readonly logger: Logger;
  readonly sleep?: (ms: number) => Promise<void>;
}): Promise<T> {
  const delays = retryDelays(options.timeoutMs);
  const attempts = delays.length + 1;
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let k = 1; ; k++) {
    try {
      return await options.attempt();
    } catch (error) {
      if (!(error instanceof SlackUnreachableError)) throw error;
      const reason = error.message;
      const delay = delays[k - 1];
      if (delay === undefined) {
        const seconds = Math.round(options.timeoutMs / 1000);
        throw new SlackStartTimeoutError(
          "slack_unreachable",
          `Cannot reach Slack at ${options.apiUrl}: ${attempts} ${attempts === 1 ? "attempt" : "attempts"} over ${seconds}s failed (last: ${reason.replace(/^Cannot reach Slack \((.*)\)\.$/, "$1")}). Check the network, a proxy or firewall, and SLACK_API_URL; SLACK_START_TIMEOUT sets how long to try.`,
          { cause: error },
        );
      }
      options.logger.warn(
        { url: options.apiUrl, attempt: k, attempts, retryInSeconds: delay / 1000, reason },
        `cannot reach Slack at ${options.apiUrl}, retrying in ${delay / 1000}s (attempt ${k} of ${attempts})`,
      );
      await sleep(delay);
    }
  }
}
