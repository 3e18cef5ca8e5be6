import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttonBlocks, sandboxClient, TEST_TOKEN } from "../../../test/fakes/slack-clients.js";
import type { SlackAppTarget } from "./requests.js";
import { SlackSandbox } from "./sandbox.js";

/** A hand-written app: each test decides how it answers; the bodies it received are kept. */
type AppHandler = (fields: Record<string, unknown>, res: ServerResponse) => void;

let sandbox: SlackSandbox;
let appServer: Server;
let handler: AppHandler;
let target: SlackAppTarget;

beforeEach(async () => {
  sandbox = await SlackSandbox.start({ botToken: TEST_TOKEN });
  // The bot was invited to the channel it posts in.
  await sandbox.inviteBot("C0SANDBOX");
  handler = (_fields, res) => res.end();
  appServer = createServer(async (req: IncomingMessage, res) => {
    let body = "";
    for await (const chunk of req) body += String(chunk);
    const form = Object.fromEntries(new URLSearchParams(body));
    handler(typeof form.payload === "string" ? JSON.parse(form.payload) : form, res);
  });
  await new Promise<void>((resolve) => appServer.listen(0, "127.0.0.1", resolve));
  const port = (appServer.address() as AddressInfo).port;
  target = { appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret: "s" };
});

afterEach(async () => {
  appServer.closeAllConnections();
  await new Promise<void>((resolve) => appServer.close(() => resolve()));
  await sandbox.close();
});

function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("SlackSandbox.slash", () => {
  it("applies the ack before a respond() that overtook it, as Slack orders them", async () => {
    handler = (fields, res) => {
      // respond() leaves before the ack: without the sandbox's ordering it would land first.
      void postJson(String(fields.response_url), { replace_original: true, text: "Done" });
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ text: "Working…" }));
      }, 50);
    };
    await sandbox.slash(target, { text: "x", userId: "U1", channelId: "C0SANDBOX" });
    await sandbox.waitFor("response_url");
    expect(sandbox.ephemerals("U1")).toMatchObject([{ text: "Done", via: "ack", edited: true }]);
  });

  it("posts an in_channel ack visibly and shows nothing for an empty ack", async () => {
    handler = (fields, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        fields.text === "loud"
          ? JSON.stringify({ response_type: "in_channel", text: "Hi all" })
          : "",
      );
    };
    await sandbox.slash(target, { text: "loud", userId: "U1", channelId: "C0SANDBOX" });
    await sandbox.slash(target, { text: "quiet", userId: "U1", channelId: "C0SANDBOX" });
    expect(sandbox.messages("C0SANDBOX")).toMatchObject([{ text: "Hi all", via: "ack" }]);
    expect(sandbox.ephemerals("U1")).toEqual([]);
  });

  it("refuses a channel it does not know", async () => {
    await expect(
      sandbox.slash(target, { text: "", userId: "U1", channelId: "C0NONE" }),
    ).rejects.toThrowError(/no channel C0NONE/);
  });
});

describe("SlackSandbox.clickHome", () => {
  // https://docs.slack.dev/reference/interaction-payloads/block_actions-payload ("message or
  // view: the source app surface the user initiated the interaction from"): a Home tab click
  // carries the view and container {type: "view", view_id}, and no channel or response_url.
  it("sends the Home tab's view, a view container and a trigger_id; no channel, no response_url", async () => {
    const received: Record<string, unknown>[] = [];
    handler = (payload, res) => {
      received.push(payload);
      res.end();
    };
    const published = await sandboxClient(sandbox.apiUrl).views.publish({
      user_id: "U1",
      view: { type: "home", blocks: buttonBlocks("explain", "invalid-email", "Explain") },
    });
    await sandbox.clickHome(target, { userId: "U1", actionId: "explain" });
    const [payload] = received;
    expect(payload).toMatchObject({
      type: "block_actions",
      user: { id: "U1" },
      container: { type: "view", view_id: published.view?.id },
      view: { id: published.view?.id, type: "home", hash: published.view?.hash },
      actions: [{ action_id: "explain", value: "invalid-email", type: "button" }],
    });
    expect(String(payload?.trigger_id)).toMatch(/^\d+\.\d+\.[0-9a-f]+$/);
    for (const field of ["channel", "message", "response_url"])
      expect(payload).not.toHaveProperty(field);
    // The trigger opens a modal, as a message click's does.
    const opened = await sandboxClient(sandbox.apiUrl).views.open({
      trigger_id: String(payload?.trigger_id),
      view: { type: "modal", title: { type: "plain_text", text: "Explained" }, blocks: [] },
    });
    expect(opened.ok).toBe(true);
    expect(sandbox.openModal("U1")?.view).toMatchObject({ title: { text: "Explained" } });
  });

  it("refuses a person without a Home tab, and an action the tab lacks", async () => {
    await expect(sandbox.clickHome(target, { userId: "U9", actionId: "x" })).rejects.toThrowError(
      /no Home tab/,
    );
    await sandboxClient(sandbox.apiUrl).views.publish({
      user_id: "U1",
      view: { type: "home", blocks: buttonBlocks("explain", "v") },
    });
    await expect(
      sandbox.clickHome(target, { userId: "U1", actionId: "nope" }),
    ).rejects.toThrowError(/no element with action_id nope/);
  });
});

describe("SlackSandbox.click", () => {
  it("sends an ephemeral source without a message, flagged is_ephemeral", async () => {
    const received: Record<string, unknown>[] = [];
    handler = (payload, res) => {
      received.push(payload);
      res.end();
    };
    await sandboxClient(sandbox.apiUrl).chat.postEphemeral({
      channel: "C0SANDBOX",
      user: "U1",
      text: "Preview",
      blocks: buttonBlocks("confirm", "batch-9"),
    });
    const [preview] = sandbox.ephemerals("U1");
    if (!preview) throw new Error("no ephemeral");

    await sandbox.click(target, { userId: "U1", message: preview, actionId: "confirm" });
    expect(received[0]).not.toHaveProperty("message");
    expect(received[0]).toMatchObject({
      container: { message_ts: preview.ts, is_ephemeral: true },
      channel: { id: "C0SANDBOX", name: "sync-errors" },
      actions: [{ action_id: "confirm", value: "batch-9", block_id: "actions" }],
    });
    await expect(
      sandbox.click(target, { userId: "U2", message: preview, actionId: "confirm" }),
    ).rejects.toThrowError(/U2 cannot see ephemeral/);
  });

  it("chooses an overflow menu option by value", async () => {
    const received: Record<string, unknown>[] = [];
    handler = (payload, res) => {
      received.push(payload);
      res.end();
    };
    const option = (value: string) => ({
      text: { type: "plain_text" as const, text: value.toUpperCase() },
      value,
    });
    await sandboxClient(sandbox.apiUrl).chat.postMessage({
      channel: "C0SANDBOX",
      text: "Pick",
      blocks: [
        {
          type: "section",
          text: { type: "mrkdwn", text: "Category" },
          accessory: {
            type: "overflow",
            action_id: "category",
            options: [option("email"), option("owner")],
          },
        },
      ],
    });
    const [message] = sandbox.messages("C0SANDBOX");
    if (!message) throw new Error("no message");

    await sandbox.click(target, { userId: "U1", message, actionId: "category", value: "owner" });
    expect(received[0]).toMatchObject({
      actions: [{ type: "overflow", selected_option: { value: "owner", text: { text: "OWNER" } } }],
    });
    await expect(
      sandbox.click(target, { userId: "U1", message, actionId: "nope" }),
    ).rejects.toThrowError(/no element with action_id nope/);
  });

  // Every block_actions payload carries `state.values`: each stateful element of the message as
  // the person sees it (https://api.slack.com/changelog/2020-09-full-state-on-view-submisson-and-block-actions);
  // a select sends a payload when an option is chosen, and its choice stays in the person's client
  // (https://docs.slack.dev/reference/interaction-payloads/block_actions-payload).
  it("keeps each person's choice in a message's selects and sends it as state with every click", async () => {
    const received: Record<string, unknown>[] = [];
    handler = (payload, res) => {
      received.push(payload);
      res.end();
    };
    const option = (value: string) => ({
      text: { type: "plain_text" as const, text: value },
      value,
    });
    const select = (field: string, initial?: string) => ({
      type: "static_select" as const,
      action_id: `pick:${field}`,
      placeholder: { type: "plain_text" as const, text: field },
      options: [option("none"), option("c0"), option("c1")],
      ...(initial ? { initial_option: option(initial) } : {}),
    });
    const client = sandboxClient(sandbox.apiUrl);
    const posted = await client.chat.postMessage({
      channel: "C0SANDBOX",
      text: "Which columns?",
      blocks: [
        {
          type: "section",
          block_id: "type",
          text: { type: "mrkdwn", text: "Type" },
          accessory: select("type", "c0"),
        },
        { type: "section", text: { type: "mrkdwn", text: "Id" }, accessory: select("id") },
        ...buttonBlocks("go", "x", "Import"),
      ],
    });
    const current = () => sandbox.messages("C0SANDBOX").find((m) => m.ts === posted.ts);
    const message = current();
    if (!message) throw new Error("no message");

    await sandbox.click(target, { userId: "U1", message, actionId: "go" });
    const untouched = received.at(-1)?.state as { values: Record<string, Record<string, unknown>> };
    // Untouched, a select reports nothing chosen, even with an initial option (assumed; see
    // stateValues in interact.ts).
    expect(untouched.values.type).toEqual({
      "pick:type": { type: "static_select", selected_option: null },
    });
    // A block sent without an id gets one from Slack, the same at every click.
    const [generated] = Object.keys(untouched.values).filter((id) => id !== "type");
    expect(generated).toMatch(/^[\w-]{5}$/);
    expect(untouched.values[generated as string]).toEqual({
      "pick:id": { type: "static_select", selected_option: null },
    });

    await sandbox.click(target, { userId: "U1", message, actionId: "pick:id", value: "c1" });
    expect(received.at(-1)).toMatchObject({
      actions: [
        {
          type: "static_select",
          action_id: "pick:id",
          block_id: generated,
          selected_option: { value: "c1", text: { text: "c1" } },
        },
      ],
      state: {
        values: { [generated as string]: { "pick:id": { selected_option: option("c1") } } },
      },
    });
    await sandbox.click(target, { userId: "U1", message, actionId: "pick:type", value: "c1" });
    await sandbox.click(target, { userId: "U1", message, actionId: "go" });
    expect(received.at(-1)).toMatchObject({
      state: {
        values: {
          type: { "pick:type": { selected_option: option("c1") } },
          [generated as string]: { "pick:id": { selected_option: option("c1") } },
        },
      },
    });
    // Another person sees the message as posted.
    await sandbox.click(target, { userId: "U2", message, actionId: "go" });
    expect(received.at(-1)).toMatchObject({
      state: { values: { [generated as string]: { "pick:id": { selected_option: null } } } },
    });
    // An edit shows the new blocks with their initial options: earlier choices are gone.
    await client.chat.update({
      channel: "C0SANDBOX",
      ts: message.ts,
      text: "Again",
      blocks: message.blocks as never,
    });
    const edited = current();
    if (!edited) throw new Error("no message");
    await sandbox.click(target, { userId: "U1", message: edited, actionId: "go" });
    expect(received.at(-1)).toMatchObject({
      state: { values: { [generated as string]: { "pick:id": { selected_option: null } } } },
    });
    await expect(
      sandbox.click(target, { userId: "U1", message: edited, actionId: "pick:id", value: "c9" }),
    ).rejects.toThrowError(/pick:id has no option with value c9/);
  });
});
