import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sandboxClient, TEST_TOKEN } from "../../test/fakes/slack-clients.js";
import { createLogger } from "../logger.js";
import { SlackSandbox } from "../sandbox/slack/sandbox.js";
import { createUserLanguages, type UserLanguageOptions } from "./user-language.js";

let sandbox: SlackSandbox;
let warnings: string[];
let clock: number;

beforeEach(async () => {
  sandbox = await SlackSandbox.start({ botToken: TEST_TOKEN });
  sandbox.addUser({ id: "U0ANNE", locale: "da-DK" });
  sandbox.addUser({ id: "U0BOB", locale: "en-US" });
  warnings = [];
  clock = 1_800_000_000_000;
});

afterEach(() => sandbox.close());

function languages(options: Partial<UserLanguageOptions> = {}) {
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).trim().split("\n")) {
        const entry = JSON.parse(line) as { level: number; msg: string };
        if (entry.level === 40) warnings.push(entry.msg);
      }
      done();
    },
  });
  return createUserLanguages({
    client: sandboxClient(sandbox.apiUrl),
    logger: createLogger({ level: "warn", destination }),
    now: () => clock,
    ...options,
  });
}

describe("a person's language", () => {
  it("is Danish for a da-DK Slack locale and English for en-US, asked with include_locale", async () => {
    const languageOf = languages();
    expect(await languageOf("U0ANNE")).toBe("da");
    expect(await languageOf("U0BOB")).toBe("en");
    expect(sandbox.calls("users.info").map((call) => call.args)).toEqual([
      { user: "U0ANNE", include_locale: "true" },
      { user: "U0BOB", include_locale: "true" },
    ]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("is kept 24 hours: no second call within them, a new one after", async () => {
    const languageOf = languages();
    await languageOf("U0ANNE");
    clock += 24 * 60 * 60 * 1000 - 1;
    await languageOf("U0ANNE");
    expect(sandbox.calls("users.info")).toHaveLength(1);
    sandbox.addUser({ id: "U0ANNE", locale: "en-GB" });
    clock += 1;
    expect(await languageOf("U0ANNE")).toBe("en");
    expect(sandbox.calls("users.info")).toHaveLength(2);
  });

  it("asks once for lookups of one person at the same time", async () => {
    const languageOf = languages();
    const all = await Promise.all([
      languageOf("U0ANNE"),
      languageOf("U0ANNE"),
      languageOf("U0ANNE"),
    ]);
    expect(all).toEqual(["da", "da", "da"]);
    expect(sandbox.calls("users.info")).toHaveLength(1);
  });

  it("is English when Slack fails, with one warning, and asks again after 5 minutes", async () => {
    const languageOf = languages();
    sandbox.failNext("users.info", "user_not_found");
    expect(await languageOf("U0ANNE")).toBe("en");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("answering in English");
    expect(await languageOf("U0ANNE")).toBe("en");
    expect(sandbox.calls("users.info")).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    clock += 5 * 60 * 1000;
    expect(await languageOf("U0ANNE")).toBe("da");
    expect(sandbox.calls("users.info")).toHaveLength(2);
  });

  it("is English without users:read (missing_scope)", async () => {
    await sandbox.close();
    sandbox = await SlackSandbox.start({ botToken: TEST_TOKEN, scopes: ["commands"] });
    sandbox.addUser({ id: "U0ANNE", locale: "da-DK" });
    expect(await languages()("U0ANNE")).toBe("en");
    expect(warnings).toHaveLength(1);
  });

  it("keeps at most maxUsers people, forgetting the oldest first", async () => {
    sandbox.addUser({ id: "U0CARL", locale: "da-DK" });
    const languageOf = languages({ maxUsers: 2 });
    await languageOf("U0ANNE");
    await languageOf("U0BOB");
    await languageOf("U0CARL");
    await languageOf("U0CARL");
    await languageOf("U0BOB");
    expect(sandbox.calls("users.info")).toHaveLength(3);
    await languageOf("U0ANNE");
    expect(sandbox.calls("users.info")).toHaveLength(4);
  });

  it("does not hold an answer past the timeout, and keeps the late answer for next time", async () => {
    // A rate limit makes the client wait Retry-After (1 s) before asking again.
    sandbox.rateLimitNext("users.info", 1);
    const languageOf = createUserLanguages({
      client: sandboxClient(sandbox.apiUrl, { retryConfig: { retries: 1, factor: 1 } }),
      logger: createLogger({ level: "silent" }),
      timeoutMs: 50,
    });
    expect(await languageOf("U0ANNE")).toBe("en");
    await sandbox.waitFor((record) => record.method === "users.info" && record.status === 200, {
      timeoutMs: 3000,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await languageOf("U0ANNE")).toBe("da");
    expect(sandbox.calls("users.info")).toHaveLength(2);
  });
});
