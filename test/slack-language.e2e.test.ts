import { Writable } from "node:stream";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import { DEFAULT_CHANNEL, type SandboxResponse } from "../src/sandbox/slack/sandbox.js";
import { bodyOf } from "./fakes/slack-responses.js";

// Who gets which language (issue 16): the real Bolt app over signed HTTP asks Slack (the sandbox)
// for each person's locale after the ack, and answers /syncerror help in it.

const warnings: string[] = [];
const logSink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).trim().split("\n")) {
      const entry = JSON.parse(line) as { level: number; msg: string };
      if (entry.level === 40) warnings.push(entry.msg);
    }
    done();
  },
});
let env: SandboxedApp;

beforeAll(async () => {
  env = await startSandboxedApp({
    catalog: createCatalog(rules),
    logger: createLogger({ level: "warn", destination: logSink }),
    logLevel: "warn",
    version: "test",
  });
  env.sandbox.addUser({ id: "U0DANSK", locale: "da-DK" });
  env.sandbox.addUser({ id: "U0ENGLISH", locale: "en-US" });
  env.sandbox.addUser({ id: "U0NOLOOKUP", locale: "da-DK" });
});

beforeEach(() => {
  env.sandbox.reset();
  warnings.length = 0;
});

afterEach(() => {
  env.sandbox.assertNoUnexpectedCalls();
});

afterAll(async () => {
  await env.stop();
});

async function slash(userId: string, text: string): Promise<SandboxResponse> {
  const reply = await env.sandbox.slash(env.target, {
    text,
    userId,
    channelId: DEFAULT_CHANNEL.id,
  });
  expect(reply.status).toBe(200);
  return env.sandbox.waitFor(
    (r) => r.type === "response" && r.url === reply.responseUrl,
  ) as Promise<SandboxResponse>;
}

const textOf = (response: SandboxResponse) => JSON.stringify(bodyOf(response).blocks);

describe("/syncerror help in the person's Slack language", () => {
  it("answers someone whose Slack is in Danish (da-DK) in Danish, asking Slack once a day", async () => {
    const help = await slash("U0DANSK", "help");
    expect(textOf(help)).toContain("Synkroniseringsfejl mellem HubSpot og Salesforce, forklaret.");
    expect(textOf(help)).toContain(
      "`/syncerror resync &lt;fejltype&gt;`: Synkroniser de åbne fejl",
    );
    expect(bodyOf(help).text).toBe("Sådan bruger du /syncerror");
    expect(env.sandbox.calls("users.info").map((call) => call.args)).toEqual([
      { user: "U0DANSK", include_locale: "true" },
    ]);
    // The second command of the same person: the language is remembered, Slack not asked again.
    const typo = await slash("U0DANSK", "lsit");
    expect(textOf(typo)).toContain(
      "Der findes ingen `/syncerror lsit`. Mente du `/syncerror list`?",
    );
    expect(env.sandbox.calls("users.info")).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it("answers someone whose Slack is in English (en-US) in English", async () => {
    const help = await slash("U0ENGLISH", "help");
    expect(textOf(help)).toContain("HubSpot–Salesforce sync errors, explained.");
    expect(textOf(help)).toContain(
      "`/syncerror resync &lt;error type&gt;`: Resync the open errors",
    );
    expect(bodyOf(help).text).toBe("How to use /syncerror");
  });

  it("answers in English, with a warning, when Slack cannot say the person's language", async () => {
    env.sandbox.failNext("users.info", "user_not_visible");
    const help = await slash("U0NOLOOKUP", "help");
    expect(textOf(help)).toContain("HubSpot–Salesforce sync errors, explained.");
    expect(env.sandbox.calls("users.info")).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("answering in English");
  });

  it("shows the Home tab's help in the viewer's language", async () => {
    await env.sandbox.openHome(env.target, { userId: "U0DANSK" });
    const published = await env.sandbox.waitFor("views.publish");
    expect(JSON.stringify(published.args.view)).toContain(
      "Synkroniseringsfejl mellem HubSpot og Salesforce, forklaret.",
    );
    // Known from the first test: no new lookup.
    expect(env.sandbox.calls("users.info")).toHaveLength(0);
  });
});
