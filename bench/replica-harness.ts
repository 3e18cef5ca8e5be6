/**
 * Bot replicas as real processes (the built `bin/syncerror.js`) on one PostgreSQL database, with
 * the HubSpot and Slack sandboxes standing in for the services: what `npm run bench` times a
 * takeover with, and what the two-replica end-to-end test drives.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { HubSpotSandbox } from "../src/sandbox/hubspot/sandbox.js";
import type { SlackAppTarget } from "../src/sandbox/slack/requests.js";
import type { SlackSandbox } from "../src/sandbox/slack/sandbox.js";
import { freePort } from "./free-port.js";

/** The program, as `npx syncerror` runs it: from bench/ (tests) or dist/bench/ (`npm run bench`). */
const BIN = fileURLToPath(
  new URL(
    import.meta.url.includes("/dist/bench/") ? "../../bin/syncerror.js" : "../bin/syncerror.js",
    import.meta.url,
  ),
);

/** One `syncerror` process and what it printed. */
export interface ProgramProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** Settles with the exit code (null when killed by a signal). */
  readonly closed: Promise<number | null>;
  readonly output: () => string;
}

/** A bot replica: its process, and where Slack reaches it. */
export interface Replica {
  readonly bot: ProgramProcess;
  readonly target: SlackAppTarget;
}

/** What every process of the harness shares. */
export interface ReplicaHarnessOptions {
  readonly databaseUrl: string;
  /** The working folder: no `.env` in it (the program reads one from there). */
  readonly cwd: string;
  readonly hubspot: HubSpotSandbox;
  readonly hubspotToken: string;
  readonly slack: SlackSandbox;
  readonly botToken: string;
  readonly signingSecret: string;
}

/** Starts `syncerror` processes on one database and the sandboxes; kills what is left on `close`. */
export class ReplicaHarness {
  private readonly children: ChildProcessWithoutNullStreams[] = [];

  constructor(private readonly options: ReplicaHarnessOptions) {}

  /** `syncerror <args>` on the harness's database and sandboxes; `env` on top. */
  run(args: readonly string[], env: Record<string, string> = {}): ProgramProcess {
    const o = this.options;
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: o.cwd,
      env: {
        ...process.env,
        DATABASE_URL: o.databaseUrl,
        DATABASE_PATH: `${o.cwd}/unused.sqlite`,
        HUBSPOT_ACCESS_TOKEN: o.hubspotToken,
        HUBSPOT_BASE_URL: o.hubspot.url,
        SALESFORCE_INSTANCE_URL: "",
        SALESFORCE_ACCESS_TOKEN: "",
        SLACK_BOT_TOKEN: "",
        SLACK_APP_TOKEN: "",
        DIGEST_CHANNEL: "",
        LOG_LEVEL: "warn",
        ...env,
      },
    });
    this.children.push(child);
    let printed = "";
    child.stdout.on("data", (c) => (printed += c));
    child.stderr.on("data", (c) => (printed += c));
    return {
      child,
      closed: new Promise((resolve) => child.on("close", resolve)),
      output: () => printed,
    };
  }

  /** A bot replica in HTTP mode on a port of its own, once its /healthz answers 200. */
  async startReplica(env: Record<string, string> = {}): Promise<Replica> {
    const o = this.options;
    const port = await freePort();
    const bot = this.run([], {
      SLACK_BOT_TOKEN: o.botToken,
      SLACK_SIGNING_SECRET: o.signingSecret,
      SLACK_API_URL: o.slack.apiUrl,
      PORT: String(port),
      ...env,
    });
    await until(async () => {
      if (bot.child.exitCode !== null) return true;
      try {
        return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
      } catch {
        return false;
      }
    }).catch((error: Error) => {
      throw new Error(`${error.message} for a replica's /healthz; it printed:\n${bot.output()}`);
    });
    if (bot.child.exitCode !== null)
      throw new Error(`a replica exited with ${bot.child.exitCode} at start:\n${bot.output()}`);
    return {
      bot,
      target: { appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret: o.signingSecret },
    };
  }

  /** One query on the shared database. */
  async query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  }

  /** Kills every process still running (SIGKILL): nothing outlives a test or a bench. */
  close(): void {
    for (const child of this.children.splice(0)) child.kill("SIGKILL");
  }
}

/** Polls until the condition holds, for at most `ms`. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  ms = 20_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 30));
  }
}
