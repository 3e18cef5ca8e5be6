import { Writable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import { sendSlashCommand, signSlackRequest } from "../src/sandbox/slack/requests.js";
import { DEFAULT_CHANNEL, type SandboxResponse } from "../src/sandbox/slack/sandbox.js";
import { bodyOf } from "./fakes/slack-responses.js";

// The real Bolt app over real signed HTTP requests, answering through the real WebClient and
// response_url into the loopback Slack sandbox.

const logLines: string[] = [];
const logSink = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(String(chunk));
    done();
  },
});
let env: SandboxedApp;
const USER = "U0TESTUSER";

beforeAll(async () => {
  const logger = createLogger({ level: "trace", destination: logSink });
  env = await startSandboxedApp({
    catalog: createCatalog(rules),
    logger,
    logLevel: "debug",
    version: "1.2.3-test",
  });
});

afterEach(() => {
  env.sandbox.assertNoUnexpectedCalls();
});

afterAll(async () => {
  await env.stop();
});

async function slash(text: string): Promise<SandboxResponse> {
  const reply = await env.sandbox.slash(env.target, {
    text,
    userId: USER,
    channelId: DEFAULT_CHANNEL.id,
  });
  expect(reply.status).toBe(200);
  return env.sandbox.waitFor(
    (r) => r.type === "response" && r.url === reply.responseUrl,
  ) as Promise<SandboxResponse>;
}

const headerOf = (response: SandboxResponse) => bodyOf(response).blocks[0]?.text?.text;
const allText = (response: SandboxResponse) => JSON.stringify(bodyOf(response).blocks);

describe("/syncerror explain over signed HTTP", () => {
  it("acks, then answers tpye mismatch with an ephemeral Block Kit explanation of Type mismatch", async () => {
    const response = await slash("explain tpye mismatch");
    expect(bodyOf(response).response_type).toBe("ephemeral");
    expect(headerOf(response)).toBe("Type mismatch");
    expect(allText(response)).toContain("*Fix*");
    expect(env.sandbox.ephemerals(USER).at(-1)?.blocks).toEqual(bodyOf(response).blocks);
  });

  it.each([
    ["by name", "explain Restricted picklist value", "Restricted picklist value"],
    ["by Danish name", "explain ugyldig e-mail", "Invalid email"],
    ["by our Danish name", "explain Uoverensstemmende typer", "Type mismatch"],
    [
      "by our Danish name in lower case",
      "explain begrænset picklisteværdi",
      "Restricted picklist value",
    ],
    ["by status code", "explain STRING_TOO_LONG", "String too long"],
    [
      "by raw message",
      "explain STRING_TOO_LONG: Last Name: data value too large: Xy (max length=80)",
      "String too long",
    ],
    ["by a Danish question", "explain hvad betyder ugyldig e-mail?", "Invalid email"],
    ["by shorthand", "explain SFDC dupe rule", "Salesforce duplicate rule"],
    [
      "by a pasted Japanese required-field message",
      "explain 必須フィールドが見つかりません：[Product_Type__c]",
      "Missing required value",
    ],
    [
      "by a description",
      "explain the integration user lacks permissions",
      "Insufficient Salesforce access",
    ],
  ])("explains %s", async (_how, text, name) => {
    expect(headerOf(await slash(text))).toBe(name);
  });

  it("answers help, and help with a did-you-mean for a mistyped subcommand", async () => {
    expect(allText(await slash("help"))).toContain("/syncerror explain");
    expect(allText(await slash("lsit"))).toContain("Did you mean `/syncerror list`?");
  });

  it("shares an explanation in the channel for everyone", async () => {
    const answer = await slash("explain Invalid email");
    const ephemeral = env.sandbox.ephemerals(USER).at(-1);
    if (!ephemeral) throw new Error("no ephemeral answer");
    const click = await env.sandbox.click(env.target, {
      userId: USER,
      message: ephemeral,
      actionId: "explain_share",
    });
    expect(click.status).toBe(200);
    const shared = await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === click.responseUrl,
    );
    expect((shared as SandboxResponse).body).toMatchObject({
      response_type: "in_channel",
      replace_original: false,
    });
    const posted = env.sandbox.messages(DEFAULT_CHANNEL.id).at(-1);
    expect(posted?.ephemeral).toBe(false);
    expect(JSON.stringify(posted?.blocks)).toContain(`Shared by <@${USER}>`);
    expect(JSON.stringify(posted?.blocks)).not.toContain("explain_share");
    expect(headerOf(answer)).toBe("Invalid email");
  });

  it("shares an answer once: a second click says it was already shared and posts nothing", async () => {
    await slash("explain Invalid email");
    const ephemeral = env.sandbox.ephemerals(USER).at(-1);
    if (!ephemeral) throw new Error("no ephemeral answer");
    const share = () =>
      env.sandbox.click(env.target, {
        userId: USER,
        message: ephemeral,
        actionId: "explain_share",
      });
    const first = await share();
    await env.sandbox.waitFor((r) => r.type === "response" && r.url === first.responseUrl);
    const postedBefore = env.sandbox.messages(DEFAULT_CHANNEL.id).length;

    const second = await share();
    const answer = (await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === second.responseUrl,
    )) as SandboxResponse;
    expect(bodyOf(answer).response_type).toBe("ephemeral");
    expect(allText(answer)).toContain("You already shared this explanation in the channel");
    expect(env.sandbox.messages(DEFAULT_CHANNEL.id)).toHaveLength(postedBefore);
  });

  it("offers suggestions for no match, and a suggestion explains its type in place", async () => {
    const answer = await slash("explain email");
    const buttons = bodyOf(answer).blocks.flatMap((b) => b.elements ?? []);
    const suggestion = buttons.find((b) => b.action_id === "explain_rule:0");
    expect(suggestion?.value).toBeDefined();
    const ephemeral = env.sandbox.ephemerals(USER).at(-1);
    if (!ephemeral) throw new Error("no ephemeral answer");
    const click = await env.sandbox.click(env.target, {
      userId: USER,
      message: ephemeral,
      actionId: "explain_rule:0",
    });
    const replaced = (await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === click.responseUrl,
    )) as SandboxResponse;
    expect(bodyOf(replaced).replace_original).toBe(true);
    expect(headerOf(replaced)).toBe(createCatalog(rules).ruleById(suggestion?.value ?? "")?.name);
  });

  it("refuses a tampered share button quietly: an ephemeral error, nothing posted to the channel", async () => {
    await slash("explain Invalid email");
    const ephemeral = env.sandbox.ephemerals(USER).at(-1);
    if (!ephemeral) throw new Error("no ephemeral answer");
    const before = env.sandbox.messages(DEFAULT_CHANNEL.id).length;
    const click = await env.sandbox.click(env.target, {
      userId: USER,
      message: ephemeral,
      actionId: "explain_share",
      value: '{"rule":"../../etc/passwd"}',
    });
    const answer = (await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === click.responseUrl,
    )) as SandboxResponse;
    expect(bodyOf(answer)).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(bodyOf(answer).text).toContain("This button's data is not valid");
    expect(env.sandbox.messages(DEFAULT_CHANNEL.id)).toHaveLength(before);
  });

  it("publishes the Home tab when it is opened", async () => {
    const reply = await env.sandbox.openHome(env.target, { userId: USER });
    expect(reply.status).toBe(200);
    await env.sandbox.waitFor("views.publish");
    expect(JSON.stringify(env.sandbox.homeView(USER)?.blocks)).toContain("Sync errors at a glance");
  });
});

describe("request verification", () => {
  const fields = (responseUrl: string) => ({
    text: "explain Type mismatch",
    userId: USER,
    channelId: DEFAULT_CHANNEL.id,
    responseUrl,
  });

  async function post(headers: Record<string, string>, body: string) {
    const response = await fetch(env.target.appUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body,
    });
    return response.status;
  }

  it.each([
    ["no signature", () => ({})],
    ["a wrong signature", () => signSlackRequest("0".repeat(64), "text=explain")],
    [
      "a signature older than 5 minutes",
      () =>
        signSlackRequest(
          env.target.signingSecret,
          "text=explain",
          Math.floor(Date.now() / 1000) - 301,
        ),
    ],
  ])("answers 401 to a request with %s, and runs no handler", async (_label, headers) => {
    const responseUrl = env.sandbox.createResponseUrl({ channel: DEFAULT_CHANNEL.id, user: USER });
    const body = new URLSearchParams({
      command: "/syncerror",
      text: "explain Type mismatch",
      user_id: USER,
      response_url: responseUrl,
    }).toString();
    expect(await post(headers(), body)).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(env.sandbox.responses().some((r) => r.url === responseUrl)).toBe(false);
  });

  it("answers 401 to a body altered after signing", async () => {
    const responseUrl = env.sandbox.createResponseUrl({ channel: DEFAULT_CHANNEL.id, user: USER });
    const reply = await sendSlashCommand(env.target, fields(responseUrl), {
      tamper: (body) => body.replace("Type+mismatch", "Invalid+email"),
    });
    expect(reply.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(env.sandbox.responses().some((r) => r.url === responseUrl)).toBe(false);
  });
});

describe("GET /healthz", () => {
  it("answers ok, the version and the uptime, and nothing secret", async () => {
    const response = await fetch(`${env.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      ok: true,
      ready: true,
      version: "1.2.3-test",
      uptimeSeconds: expect.any(Number),
    });
  });
});

describe("Slack calls", () => {
  it("asked who the bot is once, at start, and never again per request", () => {
    expect(env.sandbox.calls("auth.test")).toHaveLength(1);
  });
});

describe("the logs of the whole run", () => {
  it("hold records, but never the bot token or the signing secret", () => {
    const logs = logLines.join("");
    expect(logs).toContain("command answered");
    expect(logs).not.toContain(env.botToken);
    expect(logs).not.toContain(env.target.signingSecret);
  });
});
