import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HubSpotSandbox } from "../src/sandbox/hubspot/sandbox.js";
import { DEFAULT_CHANNEL, type SlackMessage, SlackSandbox } from "../src/sandbox/slack/sandbox.js";
import {
  createDatabase,
  findPostgresBinaries,
  INSTALL_HINT,
  type PostgresServer,
  startPostgres,
} from "./postgres-server.js";
import { ReplicaHarness, until } from "./replica-harness.js";
import { printTable } from "./table.js";

const LEASE_SECONDS = 10;
const RECORDS = 6_000;
/** HubSpot's answer time: 60 batches of 100 take longer than a lease and its takeover. */
const LATENCY_MS = 400;
const PROPERTY = "syncerror_resync_requested_at";
const TOKEN = "pat-na1-bench-takeover";

/** How one kill -9 went: when the survivor held the job, and what reached HubSpot. */
interface Takeover {
  readonly seconds: number;
  readonly lost: number;
  readonly sentTwice: number;
  readonly finished: boolean;
}

/**
 * Issue 15: two bot processes on one PostgreSQL database; the one running a resync is killed with
 * SIGKILL after its first confirmed batch, and the time until the other holds the job's lease is
 * measured, then the job is followed to its end. Twice: with the dead replica on this machine (the
 * survivor sees its pid gone and takes over at its next look) and as if it ran on another machine
 * (its lease row names another host, so only the lease's end frees it: the case the goal is for).
 */
export async function benchTakeover(): Promise<void> {
  const title = `Takeover after kill -9: two bot processes on PostgreSQL, RESYNC_LEASE_SECONDS=${LEASE_SECONDS}`;
  const bindir = process.env.SYNCERROR_SKIP_POSTGRES === "1" ? undefined : findPostgresBinaries();
  if (!bindir) {
    const why =
      process.env.SYNCERROR_SKIP_POSTGRES === "1"
        ? "SYNCERROR_SKIP_POSTGRES=1"
        : `no PostgreSQL server found. ${INSTALL_HINT}`;
    console.log(`\n${title}\nskipped: ${why}`);
    return;
  }
  const server = await startPostgres(bindir);
  try {
    const local = await killAndTakeOver(server, "takeover_local", false);
    const remote = await killAndTakeOver(server, "takeover_remote", true);
    const goal = `< ${LEASE_SECONDS + 5} s`;
    printTable(title, [
      ["dead replica on this machine: held by the survivor", `${local.seconds.toFixed(1)} s`, goal],
      [
        "dead replica on another machine: held by the survivor",
        `${remote.seconds.toFixed(1)} s`,
        goal,
      ],
      [
        "job finished by the survivor",
        `${local.finished && remote.finished ? "yes" : "NO"}, both runs`,
        "yes",
      ],
      [
        `records lost (of ${RECORDS.toLocaleString("en")} a run)`,
        `${local.lost + remote.lost}`,
        "0",
      ],
      [
        "records sent twice (only the batch in flight may be)",
        `${local.sentTwice} and ${remote.sentTwice}`,
        "≤ 100 a run",
      ],
    ]);
  } finally {
    await server.stop();
  }
}

async function killAndTakeOver(
  server: PostgresServer,
  database: string,
  asIfElsewhere: boolean,
): Promise<Takeover> {
  const url = await createDatabase(server.url, database);
  const dir = mkdtempSync(join(tmpdir(), "syncerror-bench-takeover-"));
  const contacts = Array.from({ length: RECORDS }, (_, i) => String(900_000 + i));
  const botToken = `xoxb-bench-${randomBytes(4).toString("hex")}`;
  const hubspot = await HubSpotSandbox.start({
    accessToken: TOKEN,
    objects: { contacts: contacts.map((id) => ({ id })) },
  });
  const slack = await SlackSandbox.start({ botToken });
  const harness = new ReplicaHarness({
    databaseUrl: url,
    cwd: dir,
    hubspot,
    hubspotToken: TOKEN,
    slack,
    botToken,
    signingSecret: randomBytes(16).toString("hex"),
  });
  try {
    await slack.inviteBot(DEFAULT_CHANNEL.id);
    writeFileSync(
      join(dir, "export.csv"),
      `${["Object type,Record ID,Error type", ...contacts.map((id) => `Contact,${id},Restricted picklist value`)].join("\n")}\n`,
    );
    if ((await harness.run(["import", join(dir, "export.csv")]).closed) !== 0)
      throw new Error("the bench's import failed");
    await harness.run(["setup", "--create"]).closed;
    const env = { RESYNC_ALLOWED_USERS: "U0ADMIN", RESYNC_LEASE_SECONDS: String(LEASE_SECONDS) };
    const [a, b] = await Promise.all([harness.startReplica(env), harness.startReplica(env)]);
    if (!a || !b) throw new Error("replicas");

    await slack.slash(a.target, {
      text: "resync Restricted picklist value",
      userId: "U0ADMIN",
      channelId: DEFAULT_CHANNEL.id,
    });
    await until(() => slack.ephemerals("U0ADMIN").length > 0);
    hubspot.latency(LATENCY_MS);
    await slack.click(a.target, {
      userId: "U0ADMIN",
      message: slack.ephemerals("U0ADMIN")[0] as SlackMessage,
      actionId: "resync_offer:0",
    });
    const accepted = async () =>
      Number(
        (
          await harness.query<{ n: string }>(
            "SELECT count(*) AS n FROM resync_records WHERE status = 'accepted'",
          )
        )[0]?.n,
      );
    await until(async () => (await accepted()) >= 100, 60_000);
    const [job] = await harness.query<{ lease_owner: string }>(
      "SELECT lease_owner FROM resync_jobs WHERE status = 'running'",
    );
    const owner = job?.lease_owner ?? "";
    const runner = String(a.bot.child.pid) === owner.split(":")[1] ? a : b;
    const killedAt = performance.now();
    runner.bot.child.kill("SIGKILL");
    await runner.bot.closed;
    if (asIfElsewhere) {
      // What a survivor sees of a replica on another machine: an owner of another host, whose pid
      // it cannot check. The lease's end stays the dead replica's last renewal.
      await harness.query(
        `UPDATE resync_jobs SET lease_owner = 'elsewhere:1:${randomBytes(3).toString("hex")}'
         WHERE status = 'running' AND lease_owner = '${owner}'`,
      );
    }
    await until(async () => {
      const [now] = await harness.query<{ lease_owner: string | null }>(
        "SELECT lease_owner FROM resync_jobs",
      );
      const holder = now?.lease_owner ?? "";
      return holder !== "" && holder !== owner && !holder.startsWith("elsewhere:");
    }, 60_000);
    const seconds = (performance.now() - killedAt) / 1000;
    // Taken over: the rest may go as fast as HubSpot answers.
    hubspot.latency(0);
    await until(
      async () =>
        (await harness.query("SELECT 1 FROM resync_jobs WHERE status = 'done'")).length > 0,
      120_000,
    );
    const sends = new Map<string, number>();
    for (const call of hubspot.calls("batch/update").filter((c) => c.status === 200))
      for (const input of (call.body as { inputs: Array<{ id: string }> }).inputs)
        sends.set(input.id, (sends.get(input.id) ?? 0) + 1);
    return {
      seconds,
      lost: contacts.filter((id) => !hubspot.record("contacts", id)?.properties[PROPERTY]).length,
      sentTwice: [...sends.values()].filter((n) => n > 1).length,
      finished: (await accepted()) === RECORDS,
    };
  } finally {
    harness.close();
    await hubspot.close();
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
