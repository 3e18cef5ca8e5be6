import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { verifySlackRequest } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttonBlocks } from "../../../test/fakes/slack-clients.js";
import {
  blockActionPayload,
  type SlackAppTarget,
  sendBlockAction,
  sendEvent,
  sendSlashCommand,
  signSlackRequest,
} from "./requests.js";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

/** Runs Bolt's own check on a body and the headers we produced. */
function verify(
  body: string,
  headers: { "x-slack-request-timestamp": string; "x-slack-signature": string },
) {
  verifySlackRequest({
    signingSecret: SECRET,
    body,
    headers: {
      "x-slack-signature": headers["x-slack-signature"],
      "x-slack-request-timestamp": Number(headers["x-slack-request-timestamp"]),
    },
  });
}

describe("signSlackRequest", () => {
  it("produces headers Bolt accepts", () => {
    const body = "command=%2Fsyncerror&text=explain";
    expect(() => verify(body, signSlackRequest(SECRET, body))).not.toThrow();
  });

  it("fails Bolt's check when the body changes after signing", () => {
    const headers = signSlackRequest(SECRET, "text=explain");
    expect(() => verify("text=explain+more", headers)).toThrowError(/signature mismatch/);
  });

  it("fails Bolt's check when the timestamp is over five minutes old", () => {
    const old = Math.floor(Date.now() / 1000) - 301;
    expect(() => verify("x", signSlackRequest(SECRET, "x", old))).toThrowError(/stale/);
  });
});

describe("blockActionPayload", () => {
  it("fills block_id, value and label from the message it was clicked in", () => {
    const payload = blockActionPayload({
      userId: "U1",
      channelId: "C0SANDBOX",
      responseUrl: "http://127.0.0.1:1/respond/x",
      action: { actionId: "resync" },
      message: {
        ts: "1700000000.000100",
        text: "Digest",
        blocks: buttonBlocks("resync", "batch-7", "Resync 7"),
      },
    });
    expect(payload).toMatchObject({
      type: "block_actions",
      user: { id: "U1" },
      team: { id: "T0SANDBOX" },
      channel: { id: "C0SANDBOX" },
      container: {
        type: "message",
        message_ts: "1700000000.000100",
        channel_id: "C0SANDBOX",
        is_ephemeral: false,
      },
      message: { ts: "1700000000.000100", text: "Digest" },
      response_url: "http://127.0.0.1:1/respond/x",
      actions: [
        {
          type: "button",
          action_id: "resync",
          block_id: "actions",
          value: "batch-7",
          text: { text: "Resync 7" },
        },
      ],
    });
  });

  it("needs a message or a container", () => {
    expect(() =>
      blockActionPayload({
        userId: "U1",
        channelId: "C1",
        responseUrl: "http://x/",
        action: { actionId: "a" },
      }),
    ).toThrowError(/message or a container/);
  });
});

describe("senders", () => {
  let server: Server;
  let received: { headers: IncomingMessage["headers"]; body: string }[];
  let target: SlackAppTarget;

  beforeEach(async () => {
    received = [];
    server = createServer(async (req, res) => {
      let body = "";
      for await (const chunk of req) body += String(chunk);
      received.push({ headers: req.headers, body });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ text: "ack" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    target = {
      appUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
      signingSecret: SECRET,
    };
  });

  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("sends a signed form-encoded slash command, without a charset", async () => {
    const reply = await sendSlashCommand(target, {
      text: "explain DUPLICATE_VALUE",
      userId: "U1",
      channelId: "C0SANDBOX",
      responseUrl: "http://127.0.0.1:1/respond/x",
    });
    expect(reply).toEqual({ status: 200, body: { text: "ack" } });
    const request = received[0];
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    const fields = new URLSearchParams(request?.body);
    expect(Object.fromEntries(fields)).toMatchObject({
      command: "/syncerror",
      text: "explain DUPLICATE_VALUE",
      user_id: "U1",
      channel_id: "C0SANDBOX",
      team_id: "T0SANDBOX",
      response_url: "http://127.0.0.1:1/respond/x",
    });
    expect(() =>
      verify(request?.body ?? "", {
        "x-slack-request-timestamp": String(request?.headers["x-slack-request-timestamp"]),
        "x-slack-signature": String(request?.headers["x-slack-signature"]),
      }),
    ).not.toThrow();
  });

  it("sends the tampered body but signs the original", async () => {
    await sendSlashCommand(
      target,
      { text: "a", userId: "U1", channelId: "C1", responseUrl: "http://x/" },
      { tamper: (body) => body.replace("text=a", "text=b") },
    );
    const request = received[0];
    expect(request?.body).toContain("text=b");
    expect(() =>
      verify(request?.body ?? "", {
        "x-slack-request-timestamp": String(request?.headers["x-slack-request-timestamp"]),
        "x-slack-signature": String(request?.headers["x-slack-signature"]),
      }),
    ).toThrowError(/signature mismatch/);
  });

  it("sends interactions as a JSON payload form field", async () => {
    await sendBlockAction(target, { type: "block_actions", actions: [] });
    expect(received[0]?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(JSON.parse(new URLSearchParams(received[0]?.body).get("payload") ?? "")).toEqual({
      type: "block_actions",
      actions: [],
    });
  });

  it("sends events as JSON in an event_callback envelope, with retry headers when asked", async () => {
    await sendEvent(
      target,
      { type: "app_home_opened", user: "U1", tab: "home" },
      { retryNum: 1, retryReason: "http_timeout" },
    );
    const request = received[0];
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.headers["x-slack-retry-num"]).toBe("1");
    expect(JSON.parse(request?.body ?? "")).toMatchObject({
      type: "event_callback",
      team_id: "T0SANDBOX",
      event: { type: "app_home_opened", user: "U1", tab: "home", event_ts: expect.any(String) },
      authorizations: [{ user_id: "U0SANDBOXBOT", is_bot: true }],
    });
  });
});
