import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { ReplicaHarness, until } from "../../bench/replica-harness.js";
import { HubSpotSandbox } from "../../src/sandbox/hubspot/sandbox.js";
import {
  DEFAULT_CHANNEL,
  type SlackMessage,
  SlackSandbox,
} from "../../src/sandbox/slack/sandbox.js";
import { validateBlocks } from "../../src/slack/blocks/index.js";
import { describePostgres } from "./database.js";

// Two built bot processes on one PostgreSQL database, as two replicas behind one Slack app: a
// resync clicked twice (once on each) runs once; the replica running it killed with SIGKILL, the
// other takes it over once the lease runs out and finishes it in the same progress message; and
// both catching up the same digest slot at once post it once.

const PROPERTY = "syncerror_resync_requested_at";
const LEASE_SECONDS = 2;
const contacts = Array.from({ length: 400 }, (_, i) => String(70_000 + i));
const botToken = `xoxb-replicas-${randomBytes(4).toString("hex")}`;
const signingSecret = randomBytes(16).toString("hex");
let dir: string;
let hubspot: HubSpotSandbox;
let slack: SlackSandbox;
const harnesses: ReplicaHarness[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-replicas-"));
  hubspot = await HubSpotSandbox.start({
    accessToken: "pat-na1-replicas",
    objects: { contacts: contacts.map((id) => ({ id })) },
  });
  slack = await SlackSandbox.start({ botToken, validateBlocks });
  await slack.inviteBot(DEFAULT_CHANNEL.id);
  writeFileSync(
    join(dir, "export.csv"),
    `${["Object type,Record ID,Error type", ...contacts.map((id) => `Contact,${id},Restricted picklist value`)].join("\n")}\n`,
  );
});
afterEach(async () => {
  for (const harness of harnesses.splice(0)) harness.close();
  await hubspot.close();
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Processes on the test's database and sandboxes; replicas resync with a short lease. */
function harnessOn(databaseUrl: string): ReplicaHarness {
  const made = new ReplicaHarness({
    databaseUrl,
    cwd: dir,
    hubspot,
    hubspotToken: "pat-na1-replicas",
    slack,
    botToken,
    signingSecret,
  });
  harnesses.push(made);
  return made;
}

const REPLICA_ENV = {
  RESYNC_ALLOWED_USERS: "U0ADMIN",
  RESYNC_LEASE_SECONDS: String(LEASE_SECONDS),
};

const updated = () =>
  contacts.filter((id) => hubspot.record("contacts", id)?.properties[PROPERTY]).length;
const batchCalls = () => hubspot.calls("batch/update");
const idsOf = (call: { body: unknown }) =>
  (call.body as { inputs: Array<{ id: string }> }).inputs.map((input) => input.id);

describePostgres("two replicas on one PostgreSQL database", (databases) => {
  it("run a resync clicked on both once, and the survivor of a SIGKILL finishes it in the same message", async () => {
    const harness = harnessOn(await databases.create());
    expect((await harness.run(["import", join(dir, "export.csv")]).closed) ?? -1).toBe(0);
    await harness.run(["setup", "--create"]).closed;
    const [a, b] = await Promise.all([
      harness.startReplica(REPLICA_ENV),
      harness.startReplica(REPLICA_ENV),
    ]);

    await slack.slash(a.target, {
      text: "resync Restricted picklist value",
      userId: "U0ADMIN",
      channelId: DEFAULT_CHANNEL.id,
    });
    await until(() => slack.ephemerals("U0ADMIN").length > 0);
    const offer = slack.ephemerals("U0ADMIN")[0] as SlackMessage;
    // Slow answers keep the job running while the second click comes, and a batch in flight.
    hubspot.latency(250);
    // A double click reaching both replicas at once (Slack sends each click to any replica).
    await Promise.all(
      [a, b].map((replica) =>
        slack.click(replica.target, {
          userId: "U0ADMIN",
          message: offer,
          actionId: "resync_offer:0",
        }),
      ),
    );
    await until(() => batchCalls().length >= 1);

    // A's first batch confirmed in the store, then A dies without a word.
    await until(
      async () =>
        Number(
          (
            await harness.query<{ n: string }>(
              "SELECT count(*) AS n FROM resync_records WHERE status = 'accepted'",
            )
          )[0]?.n,
        ) >= 100,
    );
    const jobs = await harness.query<{ status: string; lease_owner: string }>(
      "SELECT status, lease_owner FROM resync_jobs",
    );
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.status).toBe("running");
    // The replica id is host:pid:random; "A" is whichever replica won the job.
    const owner = jobs[0]?.lease_owner.split(":")[1];
    const [runner, other] = String(a.bot.child.pid) === owner ? [a, b] : [b, a];
    expect(String(runner.bot.child.pid)).toBe(owner);
    const sentByA = batchCalls().length;
    const killedAt = Date.now();
    runner.bot.child.kill("SIGKILL");
    await runner.bot.closed;
    expect(updated()).toBeLessThan(contacts.length);
    const progress = slack.messages(DEFAULT_CHANNEL.id).find((m) => m.text.startsWith("Resyncing"));
    expect(progress).toBeDefined();

    // B's first batch: a call after A's (A's batch in flight, if any, is answered within the
    // latency and carries ids A already sent or claimed).
    await new Promise((r) => setTimeout(r, 400));
    const seenAfterKill = batchCalls().length;
    await until(() => batchCalls().length > seenAfterKill, 30_000);
    const takeoverMs = Date.now() - killedAt;
    process.stderr.write(
      `two replicas: takeover ${takeoverMs} ms after SIGKILL (lease ${LEASE_SECONDS} s, answers 250 ms)\n`,
    );
    expect(takeoverMs).toBeLessThan(LEASE_SECONDS * 1000 + 5_000);

    await until(
      () =>
        slack
          .messages(DEFAULT_CHANNEL.id)
          .some((m) => m.ts === progress?.ts && m.text.includes("finished")),
      30_000,
    );
    expect(updated()).toBe(contacts.length);
    const [job] = await harness.query<{ status: string; lease_owner: string | null }>(
      "SELECT status, lease_owner FROM resync_jobs",
    );
    expect(job?.status).toBe("done");
    // The replicas paced their HubSpot calls by the budget they share in the database.
    expect(await harness.query("SELECT DISTINCT name FROM rate_slots")).toContainEqual({
      name: "hubspot",
    });
    expect(
      await harness.query("SELECT 1 FROM resync_records WHERE status <> 'accepted'"),
    ).toHaveLength(0);
    // Each record reached HubSpot at most twice, and only those of one batch A had sent.
    const seen = new Map<string, number>();
    for (const call of batchCalls())
      for (const id of idsOf(call)) seen.set(id, (seen.get(id) ?? 0) + 1);
    expect(seen.size).toBe(contacts.length);
    const twice = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    expect(Math.max(...seen.values())).toBeLessThanOrEqual(2);
    expect(twice.length).toBeLessThanOrEqual(100);
    if (twice.length > 0) {
      const aBatches = batchCalls()
        .slice(0, sentByA + 1)
        .map(idsOf);
      expect(aBatches.some((ids) => twice.every((id) => ids.includes(id)))).toBe(true);
    }
    process.stderr.write(`two replicas: ${twice.length} records sent twice\n`);
    // The summary went into the message A posted, not a new one.
    expect(slack.messages(DEFAULT_CHANNEL.id).find((m) => m.ts === progress?.ts)?.text).toBe(
      "Resync of Restricted picklist value finished: 400 accepted, 0 failed again, 0 skipped.",
    );
    expect(
      slack.messages(DEFAULT_CHANNEL.id).filter((m) => m.text.includes("Restricted picklist")),
    ).toHaveLength(1);
    other.bot.child.kill("SIGTERM");
    expect(await other.bot.closed).toBe(0);
  }, 90_000);

  it("post one digest when both catch up the same slot at once", async () => {
    const harness = harnessOn(await databases.create());
    expect((await harness.run(["import", join(dir, "export.csv")]).closed) ?? -1).toBe(0);
    // An hourly slot two minutes ago: in the past, within the catch-up window, and the next one
    // an hour away (a slot every minute could come due during the test and post again).
    const minute = (new Date().getUTCMinutes() + 58) % 60;
    const env = {
      ...REPLICA_ENV,
      DIGEST_CHANNEL: DEFAULT_CHANNEL.id,
      DIGEST_CRON: `${minute} * * * *`,
      DIGEST_TIMEZONE: "UTC",
    };
    const since = Math.max(0, ...slack.calls().map((c) => c.seq));
    const [a, b] = await Promise.all([harness.startReplica(env), harness.startReplica(env)]);
    await until(
      async () =>
        (await harness.query("SELECT 1 FROM digests")).length > 0 &&
        slack.calls("chat.postMessage").some((c) => c.seq > since),
    );
    // Time for a second post, had there been one.
    await new Promise((r) => setTimeout(r, 1_500));
    const posts = slack.calls("chat.postMessage").filter((c) => c.seq > since && c.status === 200);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.text).toMatch(/^Sync errors .*: 400 new, 0 resolved, 400 open$/);
    expect(await harness.query("SELECT 1 FROM digests")).toHaveLength(1);
    for (const replica of [a, b]) replica.bot.child.kill("SIGTERM");
    await Promise.all([a.bot.closed, b.bot.closed]);
  }, 60_000);
});
