import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { WebAPIPlatformError } from "@slack/web-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rejection } from "../../../test/fakes/rejection.js";
import { sandboxClient, TEST_TOKEN } from "../../../test/fakes/slack-clients.js";
import type { SlackAppTarget } from "./requests.js";
import { SlackSandbox } from "./sandbox.js";

// views.open and view_submission in the Slack sandbox (modals.ts, submit-view.ts), through the
// official WebClient; each rule's reference is in those files.

let sandbox: SlackSandbox;
let app: Server;
let target: SlackAppTarget;
let payloads: Array<Record<string, unknown>>;
/** What the fake app answers a view_submission with. */
let answer: string;
let now = new Date("2026-12-04T10:00:00Z");

beforeEach(async () => {
  payloads = [];
  answer = "";
  app = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += String(chunk);
    const payload = JSON.parse(new URLSearchParams(body).get("payload") ?? "{}");
    payloads.push(payload);
    if (payload.type === "view_submission" && answer !== "") {
      res.setHeader("content-type", "application/json");
      res.end(answer);
    } else res.end();
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  target = {
    appUrl: `http://127.0.0.1:${(app.address() as AddressInfo).port}/slack/events`,
    signingSecret: "s",
  };
  sandbox = await SlackSandbox.start({ botToken: TEST_TOKEN, clock: { now: () => now } });
  await sandbox.inviteBot("C0SANDBOX");
});

afterEach(async () => {
  app.closeAllConnections();
  await new Promise<void>((resolve) => app.close(() => resolve()));
  await sandbox.close();
});

const client = () => sandboxClient(sandbox.apiUrl);
const error = (promise: Promise<unknown>) =>
  rejection<WebAPIPlatformError>(promise).then((e) => e.data);

const view = {
  type: "modal" as const,
  callback_id: "snooze",
  private_metadata: "r-a",
  title: { type: "plain_text" as const, text: "Snooze" },
  submit: { type: "plain_text" as const, text: "Snooze" },
  blocks: [
    {
      type: "input",
      block_id: "length",
      label: { type: "plain_text", text: "For how long" },
      element: {
        type: "radio_buttons",
        action_id: "length",
        options: [
          { text: { type: "plain_text", text: "1 day" }, value: "1d" },
          { text: { type: "plain_text", text: "Until a date" }, value: "date" },
        ],
      },
    },
    {
      type: "input",
      block_id: "date",
      optional: true,
      label: { type: "plain_text", text: "Date" },
      element: { type: "datepicker", action_id: "date" },
    },
    {
      type: "input",
      block_id: "reason",
      optional: true,
      label: { type: "plain_text", text: "Why" },
      element: { type: "plain_text_input", action_id: "reason", max_length: 10 },
    },
  ],
};

/** Clicks a button so the app gets a trigger_id; returns it. */
async function clickForTrigger(user = "U0ANN"): Promise<string> {
  await client().chat.postMessage({
    channel: "C0SANDBOX",
    text: "x",
    blocks: [
      {
        type: "actions",
        elements: [{ type: "button", action_id: "go", text: { type: "plain_text", text: "Go" } }],
      },
    ],
  });
  const message = sandbox.messages("C0SANDBOX").at(-1);
  if (!message) throw new Error("no message");
  await sandbox.click(target, { userId: user, message, actionId: "go" });
  return String(payloads.at(-1)?.trigger_id);
}

describe("views.open", () => {
  it("opens a modal once per trigger, within 3 s of the click", async () => {
    const trigger = await clickForTrigger();
    const opened = await client().views.open({ trigger_id: trigger, view });
    expect(opened.view).toMatchObject({
      type: "modal",
      callback_id: "snooze",
      state: { values: {} },
    });
    expect(sandbox.openModal("U0ANN")?.id).toBe(opened.view?.id);
    expect(await error(client().views.open({ trigger_id: trigger, view }))).toMatchObject({
      error: "exchanged_trigger_id",
    });
    const late = await clickForTrigger();
    now = new Date(now.getTime() + 3001);
    expect(await error(client().views.open({ trigger_id: late, view }))).toMatchObject({
      error: "expired_trigger_id",
    });
    expect(await error(client().views.open({ trigger_id: "1.2.abc", view }))).toMatchObject({
      error: "invalid_trigger_id",
    });
    expect(sandbox.unexpected()).toEqual([]);
  });

  it("refuses a view over Slack's limits as invalid_arguments, naming each", async () => {
    const trigger = await clickForTrigger();
    const data = await error(
      client().views.open({
        trigger_id: trigger,
        view: {
          ...view,
          title: { type: "plain_text", text: "A title of twenty-five ch" },
          close: { type: "plain_text", text: "x".repeat(25) },
          private_metadata: "m".repeat(3001),
          callback_id: "c".repeat(256),
        },
      }),
    );
    expect(data.error).toBe("invalid_arguments");
    expect(data.response_metadata?.messages).toEqual([
      "[ERROR] must be less than 25 characters [json-pointer:/view/title/text]",
      "[ERROR] must be less than 25 characters [json-pointer:/view/close/text]",
      "[ERROR] must be less than 3001 characters [json-pointer:/view/private_metadata]",
      "[ERROR] must be less than 256 characters [json-pointer:/view/callback_id]",
    ]);
    const { submit: _submit, ...noSubmit } = view;
    const missing = await error(client().views.open({ trigger_id: trigger, view: noSubmit }));
    expect(missing.response_metadata?.messages).toEqual([
      "[ERROR] missing required field: submit [json-pointer:/view/submit]",
    ]);
    // A refused view does not spend the trigger.
    await client().views.open({ trigger_id: trigger, view });
    sandbox.reset();
  });
});

describe("view_submission", () => {
  it("sends the state of every input, and closes on an empty answer", async () => {
    await client().views.open({ trigger_id: await clickForTrigger(), view });
    const reply = await sandbox.submitView(target, {
      userId: "U0ANN",
      values: { length: "date", date: "2026-12-24" },
    });
    expect(reply.closed).toBe(true);
    const payload = payloads.at(-1) as { type: string; view: Record<string, unknown> };
    expect(payload.type).toBe("view_submission");
    expect(payload.view).toMatchObject({
      callback_id: "snooze",
      private_metadata: "r-a",
      state: {
        values: {
          length: {
            length: {
              type: "radio_buttons",
              selected_option: {
                text: { type: "plain_text", text: "Until a date" },
                value: "date",
              },
            },
          },
          date: { date: { type: "datepicker", selected_date: "2026-12-24" } },
          reason: { reason: { type: "plain_text_input", value: null } },
        },
      },
    });
    expect(sandbox.openModal("U0ANN")).toBeUndefined();
  });

  it("keeps the modal open with the app's errors; refuses what the person could not submit", async () => {
    await client().views.open({ trigger_id: await clickForTrigger(), view });
    await expect(sandbox.submitView(target, { userId: "U0ANN", values: {} })).rejects.toThrow(
      /length is required/,
    );
    await expect(
      sandbox.submitView(target, {
        userId: "U0ANN",
        values: { length: "1d", reason: "x".repeat(11) },
      }),
    ).rejects.toThrow(/0 to 10/);
    answer = JSON.stringify({ response_action: "errors", errors: { date: "Pick a date" } });
    const reply = await sandbox.submitView(target, { userId: "U0ANN", values: { length: "date" } });
    expect(reply).toMatchObject({ closed: false, errors: { date: "Pick a date" } });
    expect(sandbox.openModal("U0ANN")).toBeDefined();
    expect(sandbox.unexpected()).toEqual([]);
  });
});
