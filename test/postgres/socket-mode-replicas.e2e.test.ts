import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { ReplicaHarness, until } from "../../bench/replica-harness.js";
import { HubSpotSandbox } from "../../src/sandbox/hubspot/sandbox.js";
import { blockActionPayload, findActionElement } from "../../src/sandbox/slack/payloads.js";
import { DEFAULT_CHANNEL, SlackSandbox } from "../../src/sandbox/slack/sandbox.js";
import { validateBlocks } from "../../src/slack/blocks/index.js";
import { SocketModeServer } from "../fakes/socket-mode-server.js";
import { describePostgres } from "./database.js";

// Two bot processes in Socket Mode on one PostgreSQL database, each with its own connection, as
// two replicas of one Slack app: Slack hands each envelope to one connection, so the command that
// offers a resync reaches one replica and the click on its button the other. The offer and its
// button key live in the database: the second replica starts the job, once.

const PROPERTY = "syncerror_resync_requested_at";
const APP_TOKEN = "xapp-1-A0SANDBOX-1-replicas";
const contacts = Array.from({ length: 300 }, (_, i) => String(80_000 + i));
const botToken = `xoxb-socket-replicas-${randomBytes(4).toString("hex")}`;
let dir: string;
let hubspot: HubSpotSandbox;
let slack: SlackSandbox;
let socket: SocketModeServer;
let harness: ReplicaHarness | undefined;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-socket-replicas-"));
  hubspot = await HubSpotSandbox.start({
    accessToken: "pat-na1-socket-replicas",
    objects: { contacts: contacts.map((id) => ({ id })) },
  });
  socket = await SocketModeServer.start();
  slack = await SlackSandbox.start({
    botToken,
    socketMode: { appToken: APP_TOKEN, url: socket.url },
    validateBlocks,
  });
  await slack.inviteBot(DEFAULT_CHANNEL.id);
  writeFileSync(
    join(dir, "export.csv"),
    `${["Object type,Record ID,Error type", ...contacts.map((id) => `Contact,${id},Restricted picklist value`)].join("\n")}\n`,
  );
});
afterEach(async () => {
  harness?.close();
  await socket.close();
  await hubspot.close();
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

describePostgres("two replicas in Socket Mode", (databases) => {
  it("start the job once when the offer reached one replica and the click the other", async () => {
    harness = new ReplicaHarness({
      databaseUrl: await databases.create(),
      cwd: dir,
      hubspot,
      hubspotToken: "pat-na1-socket-replicas",
      slack,
      botToken,
      signingSecret: randomBytes(16).toString("hex"),
    });
    expect((await harness.run(["import", join(dir, "export.csv")]).closed) ?? -1).toBe(0);
    await harness.run(["setup", "--create"]).closed;
    const env = { SLACK_APP_TOKEN: APP_TOKEN, RESYNC_ALLOWED_USERS: "U0ADMIN" };
    // One after the other, so the first connection is A's and the second B's.
    const a = await harness.startReplica(env);
    await socket.connected(1);
    const b = await harness.startReplica(env);
    await socket.connected(2);
    expect(slack.calls("apps.connections.open")).toHaveLength(2);

    // The command over the first connection: A offers the resync.
    const commandUrl = slack.createResponseUrl({ channel: DEFAULT_CHANNEL.id, user: "U0ADMIN" });
    const ack = await socket.send(
      "slash_commands",
      {
        command: "/syncerror",
        text: "resync Restricted picklist value",
        user_id: "U0ADMIN",
        channel_id: DEFAULT_CHANNEL.id,
        team_id: "T0SANDBOX",
        response_url: commandUrl,
        trigger_id: "1.2.3",
        api_app_id: "A0SANDBOX",
      },
      5000,
      0,
    );
    // An ack with a message is what Slack shows at once; an empty one, and the bot answers
    // through the response_url.
    const shown = ack.payload as { text?: string; blocks?: unknown } | undefined;
    if (shown?.text !== undefined || shown?.blocks !== undefined) {
      const posted = await fetch(commandUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(shown),
      });
      expect(posted.status).toBe(200);
    }
    await until(() => slack.ephemerals("U0ADMIN").length > 0);
    const offer = slack.ephemerals("U0ADMIN")[0];
    if (!offer) throw new Error("no offer");
    const button = findActionElement(offer.blocks, "resync_offer:0");
    expect(button).toBeDefined();

    // The click over the second connection: another process than the one that made the offer.
    hubspot.latency(150);
    const clickUrl = slack.createResponseUrl({
      channel: DEFAULT_CHANNEL.id,
      user: "U0ADMIN",
      sourceMessageTs: offer.ts,
    });
    await socket.send(
      "interactive",
      blockActionPayload({
        userId: "U0ADMIN",
        channelId: DEFAULT_CHANNEL.id,
        responseUrl: clickUrl,
        action: {
          actionId: "resync_offer:0",
          ...(button?.blockId ? { blockId: button.blockId } : {}),
          value: String(button?.element.value),
        },
        container: {
          type: "message",
          message_ts: offer.ts,
          channel_id: DEFAULT_CHANNEL.id,
          is_ephemeral: true,
        },
      }),
      5000,
      1,
    );
    await until(async () => (await harness?.query("SELECT 1 FROM resync_jobs"))?.length === 1);
    const [running] = await harness.query<{ lease_owner: string | null }>(
      "SELECT lease_owner FROM resync_jobs",
    );
    // B, which never saw the command, took the click with A's offer and runs the job.
    expect(running?.lease_owner?.split(":")[1]).toBe(String(b.bot.child.pid));
    expect(a.bot.child.exitCode).toBeNull();

    await until(
      async () =>
        ((await harness?.query("SELECT 1 FROM resync_jobs WHERE status = 'done'"))?.length ?? 0) >
        0,
      30_000,
    );
    expect(
      contacts.filter((id) => hubspot.record("contacts", id)?.properties[PROPERTY]).length,
    ).toBe(contacts.length);
    expect(await harness.query("SELECT 1 FROM resync_jobs")).toHaveLength(1);
    slack.assertNoUnexpectedCalls();
  }, 60_000);
});
