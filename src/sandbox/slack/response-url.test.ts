import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttonBlocks, sandboxClient, TEST_TOKEN } from "../../../test/fakes/slack-clients.js";
import { RESPONSE_URL_TTL_MS } from "./response-url.js";
import { SlackSandbox } from "./sandbox.js";

let sandbox: SlackSandbox;
let now: Date;

beforeEach(async () => {
  now = new Date("2026-03-02T09:00:00Z");
  sandbox = await SlackSandbox.start({ botToken: TEST_TOKEN, clock: { now: () => now } });
  // The bot was invited to the channel it posts in.
  await sandbox.inviteBot("C0SANDBOX");
});

afterEach(async () => {
  await sandbox.close();
});

/** Posts to a response_url exactly as Bolt's `respond()` does. */
async function respond(url: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe("response_url", () => {
  it("posts a visible message for response_type in_channel", async () => {
    const url = sandbox.createResponseUrl({ channel: "C0SANDBOX", user: "U1" });
    expect(url).toMatch(new RegExp(`^${sandbox.url}/respond/[0-9a-f]+$`));
    const reply = await respond(url, {
      response_type: "in_channel",
      text: "Digest",
      blocks: buttonBlocks("a", "b"),
    });

    expect(reply).toEqual({ status: 200, body: { ok: true } });
    expect(sandbox.messages("C0SANDBOX")).toMatchObject([
      { text: "Digest", via: "response_url", ephemeral: false },
    ]);
    expect(sandbox.ephemerals("U1")).toEqual([]);
    expect(sandbox.responses()).toMatchObject([{ url, status: 200, body: { text: "Digest" } }]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("posts an ephemeral for the user by default", async () => {
    const url = sandbox.createResponseUrl({ channel: "C0SANDBOX", user: "U1" });
    await respond(url, { text: "Only you" });
    expect(sandbox.ephemerals("U1")).toMatchObject([
      { text: "Only you", channel: "C0SANDBOX", user: "U1" },
    ]);
    expect(sandbox.messages("C0SANDBOX")).toEqual([]);
  });

  it("replaces the source message with replace_original, keeping where it lives", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const posted = await client.chat.postMessage({
      channel: "C0SANDBOX",
      text: "Resync?",
      blocks: buttonBlocks("go", "1"),
    });
    const url = sandbox.createResponseUrl({
      channel: "C0SANDBOX",
      user: "U1",
      sourceMessageTs: posted.ts as string,
    });

    await respond(url, {
      replace_original: true,
      response_type: "ephemeral",
      text: "Resync started",
    });
    expect(sandbox.messages("C0SANDBOX")).toMatchObject([
      { ts: posted.ts, text: "Resync started", blocks: [], edited: true, ephemeral: false },
    ]);
    expect(sandbox.ephemerals("U1")).toEqual([]);
  });

  it("replaces an ephemeral source, which chat.update cannot do", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const ephemeral = await client.chat.postEphemeral({
      channel: "C0SANDBOX",
      user: "U1",
      text: "Preview",
    });
    const url = sandbox.createResponseUrl({
      channel: "C0SANDBOX",
      user: "U1",
      sourceMessageTs: ephemeral.message_ts as string,
    });
    await respond(url, { replace_original: "true", text: "Confirmed" });
    expect(sandbox.ephemerals("U1")).toMatchObject([
      { ts: ephemeral.message_ts, text: "Confirmed", edited: true },
    ]);
  });

  it("treats the first message posted through a command's url as the original", async () => {
    const url = sandbox.createResponseUrl({ channel: "C0SANDBOX", user: "U1" });
    await respond(url, { text: "Working…" });
    await respond(url, { replace_original: true, text: "Done" });
    expect(sandbox.ephemerals("U1")).toMatchObject([{ text: "Done" }]);
  });

  it("deletes the source message with delete_original", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const events: string[] = [];
    sandbox.on("message", (event) => events.push(event.kind));
    const posted = await client.chat.postMessage({ channel: "C0SANDBOX", text: "Resync?" });
    const url = sandbox.createResponseUrl({
      channel: "C0SANDBOX",
      user: "U1",
      sourceMessageTs: posted.ts as string,
    });

    expect((await respond(url, { delete_original: true })).status).toBe(200);
    expect(sandbox.messages("C0SANDBOX")).toEqual([]);
    expect(events).toEqual(["posted", "deleted"]);
    expect(await respond(url, { delete_original: true })).toMatchObject({
      status: 404,
      body: { error: "message_not_found" },
    });
  });

  it("accepts five posts per url, then answers 404 used_url", async () => {
    const url = sandbox.createResponseUrl({ channel: "C0SANDBOX", user: "U1" });
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) statuses.push((await respond(url, { text: `#${i}` })).status);

    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    expect(sandbox.responses()[5]).toMatchObject({ status: 404, error: "used_url" });
    expect(sandbox.ephemerals("U1")).toHaveLength(5);
    sandbox.assertNoUnexpectedCalls();
  });

  it("answers 404 expired_url after 30 minutes", async () => {
    const url = sandbox.createResponseUrl({ channel: "C0SANDBOX", user: "U1" });
    now = new Date(now.getTime() + RESPONSE_URL_TTL_MS + 1);
    expect(await respond(url, { text: "late" })).toMatchObject({
      status: 404,
      body: { error: "expired_url" },
    });
  });

  it("answers 404 to an id it never issued, and calls it unexpected", async () => {
    const reply = await respond(`${sandbox.url}/respond/0123abcd`, { text: "hi" });
    expect(reply.status).toBe(404);
    expect(sandbox.unexpected()).toEqual([
      `response_url ${sandbox.url}/respond/0123abcd: POST to unknown response_url id 0123abcd`,
    ]);
  });

  it("answers 400 invalid_blocks to bad blocks", async () => {
    const url = sandbox.createResponseUrl({ channel: "C0SANDBOX", user: "U1" });
    const reply = await respond(url, { text: "x", blocks: [{ text: "no type" }] });
    expect(reply).toMatchObject({
      status: 400,
      body: {
        ok: false,
        error: "invalid_blocks",
        response_metadata: {
          messages: ["[ERROR] missing required field: type [json-pointer:/blocks/0]"],
        },
      },
    });
    expect(sandbox.ephemerals("U1")).toEqual([]);
    expect(sandbox.unexpected()).toHaveLength(1);
  });

  it("can be awaited with waitFor", async () => {
    const url = sandbox.createResponseUrl({ channel: "C0SANDBOX", user: "U1" });
    const waiting = sandbox.waitFor("response_url");
    await respond(url, { text: "hi" });
    await expect(waiting).resolves.toMatchObject({ type: "response", context: { user: "U1" } });
  });
});
