import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { boltLogger, createLogger, scrubSecrets } from "./logger.js";

function memoryLogger(secrets: string[] = []) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).trim().split("\n"));
      done();
    },
  });
  const logger = createLogger({ level: "debug", destination, secrets });
  return {
    logger,
    lines: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
    raw: () => lines.join("\n"),
  };
}

describe("the logger", () => {
  it("writes JSON lines with the fields first and a constant message", () => {
    const { logger, lines } = memoryLogger();
    logger.info({ user: "U1", subcommand: "explain" }, "command answered");
    expect(lines()[0]).toMatchObject({
      level: 30,
      app: "syncerror",
      user: "U1",
      subcommand: "explain",
      msg: "command answered",
    });
  });

  it("redacts secret-bearing fields", () => {
    const { logger, raw } = memoryLogger();
    logger.info(
      {
        token: "xoxb-1-2-3",
        config: { signingSecret: "abc123abc123", botToken: "xoxb-9" },
        headers: { authorization: "Bearer xoxb-7" },
      },
      "x",
    );
    expect(raw()).not.toMatch(/xoxb-|abc123abc123/);
    expect(raw()).toContain("[redacted]");
  });

  it("scrubs token-shaped strings and configured secrets from free text", () => {
    const { logger, raw } = memoryLogger(["0123456789abcdef0123"]);
    logger.warn(
      "call failed with xoxb-111-222-abc and secret 0123456789abcdef0123 and xapp-1-A2-3",
    );
    expect(raw()).not.toMatch(/xoxb-|xapp-|0123456789abcdef0123/);
  });

  it("gives Bolt a logger that writes to the same stream, scrubbed", () => {
    const { logger, lines } = memoryLogger(["supersecretvalue"]);
    const bolt = boltLogger(logger);
    bolt.error("token", "xoxb-123-456", new Error("supersecretvalue leaked"));
    bolt.debug({ a: 1 });
    const [error, debug] = lines();
    expect(error).toMatchObject({
      level: 50,
      component: "bolt",
      msg: "token [redacted] [redacted] leaked",
    });
    expect(debug).toMatchObject({ level: 20, msg: '{"a":1}' });
  });

  it("scrubs nothing but secrets", () => {
    expect(scrubSecrets("plain words, xoxb and 00Q5g00000AbCdE")).toBe(
      "plain words, xoxb and 00Q5g00000AbCdE",
    );
  });
});
