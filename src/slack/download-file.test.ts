import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackSandbox } from "../sandbox/slack/sandbox.js";
import { validateBlocks } from "./blocks/index.js";
import { downloadSlackFile, FileDownloadError } from "./download-file.js";

const TOKEN = "xoxb-download-test";
let sandbox: SlackSandbox;
let app: Server;
let url: string;
beforeEach(async () => {
  sandbox = await SlackSandbox.start({ botToken: TOKEN, validateBlocks });
  // A share tells an app; this one only acknowledges. The download needs just the stored file.
  app = createServer((_req, res) => res.end());
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  const target = {
    appUrl: `http://127.0.0.1:${(app.address() as AddressInfo).port}/`,
    signingSecret: "x",
  };
  const shared = await sandbox.shareFile(target, {
    userId: "U1",
    channelId: "C0SANDBOX",
    name: "export.csv",
    content: Buffer.from("a,b\n1,2\n"),
  });
  url = `${sandbox.url}/files-pri/T0SANDBOX-${shared.file.id}/download/export.csv`;
});
afterEach(async () => {
  await sandbox.close();
  await new Promise((resolve) => app.close(resolve));
});

const options = (over: Partial<Parameters<typeof downloadSlackFile>[1]> = {}) => ({
  botToken: TOKEN,
  allowedOrigin: new URL(sandbox.url).origin,
  maxBytes: 1_000,
  fileName: "export.csv",
  ...over,
});

describe("downloadSlackFile", () => {
  it("fetches the file with the bot token into a temporary file, and cleans up", async () => {
    const file = await downloadSlackFile(url, options());
    expect(await readFile(file.path, "utf8")).toBe("a,b\n1,2\n");
    expect(file.bytes).toBe(8);
    await file.cleanup();
    expect(existsSync(file.path)).toBe(false);
    sandbox.assertNoUnexpectedCalls();
  });

  it("never sends the token to a host other than Slack's (or the configured API host)", async () => {
    const elsewhere = url.replace("127.0.0.1", "localhost");
    await expect(downloadSlackFile(elsewhere, options())).rejects.toThrow(
      /is hosted at http:\/\/localhost:\d+, not at http:\/\/127\.0\.0\.1/,
    );
    await expect(downloadSlackFile("not a url", options())).rejects.toBeInstanceOf(
      FileDownloadError,
    );
  });

  it("stops at the size limit and leaves nothing behind", async () => {
    await expect(downloadSlackFile(url, options({ maxBytes: 4 }))).rejects.toThrow(
      /over the limit/,
    );
  });

  it("says when Slack refuses the download", async () => {
    await expect(downloadSlackFile(url, options({ botToken: "xoxb-wrong" }))).rejects.toThrow(
      /Slack answered 403/,
    );
    expect(sandbox.unexpected()).toHaveLength(1);
  });
});
