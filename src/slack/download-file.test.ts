import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { type FileAccessDenied, SlackSandbox } from "../sandbox/slack/sandbox.js";
import { validateBlocks } from "./blocks/index.js";
import { downloadSlackFile, FileAccessError, FileDownloadError } from "./download-file.js";

// Downloads against the Slack sandbox's file host, which, like files.slack.com, is another origin
// than its API, and which answers a token that may not read files as Slack does: with its sign-in
// page or a redirect to it, never a 403.

const TOKEN = "xoxb-download-test";
const CONTENT = "a,b\n1,2\n";
let sandbox: SlackSandbox;

afterEach(async () => {
  await sandbox.close();
});

/** A sandbox holding one shared export; returns the file's `url_private_download`. */
async function start(
  options: { scopes?: readonly string[]; fileAccessDenied?: FileAccessDenied } = {},
): Promise<string> {
  sandbox = await SlackSandbox.start({ botToken: TOKEN, validateBlocks, ...options });
  // No app is listening: the bot is not in the channel, so the share sends no event anyway.
  const shared = await sandbox.shareFile(
    { appUrl: "http://127.0.0.1:9/slack/events", signingSecret: "x" },
    { userId: "U1", channelId: "C0SANDBOX", name: "export.csv", content: Buffer.from(CONTENT) },
  );
  return `${sandbox.filesUrl}/files-pri/T0SANDBOX-${shared.file.id}/download/export.csv`;
}

const options = (over: Partial<Parameters<typeof downloadSlackFile>[1]> = {}) => ({
  botToken: TOKEN,
  allowedOrigins: [new URL(sandbox.filesUrl).origin, new URL(sandbox.url).origin],
  maxBytes: 1_000,
  fileName: "export.csv",
  ...over,
});

describe("downloadSlackFile", () => {
  it("fetches the file from Slack's file host with the bot token, and cleans up", async () => {
    const url = await start();
    expect(new URL(url).origin).not.toBe(new URL(sandbox.apiUrl).origin);
    const file = await downloadSlackFile(url, options());
    expect(await readFile(file.path, "utf8")).toBe(CONTENT);
    expect(file.bytes).toBe(8);
    await file.cleanup();
    expect(existsSync(file.path)).toBe(false);
    sandbox.assertNoUnexpectedCalls();
  });

  it("never sends the token to a host other than Slack's file or API host", async () => {
    const url = await start();
    await expect(
      downloadSlackFile(url, options({ allowedOrigins: [new URL(sandbox.url).origin] })),
    ).rejects.toThrow(/is hosted at http:\/\/127\.0\.0\.1:\d+, not at http:\/\/127\.0\.0\.1/);
    const elsewhere = url.replace("127.0.0.1", "localhost");
    await expect(downloadSlackFile(elsewhere, options())).rejects.toThrow(
      /is hosted at http:\/\/localhost:\d+/,
    );
    await expect(downloadSlackFile("not a url", options())).rejects.toBeInstanceOf(
      FileDownloadError,
    );
  });

  it("stops at the size limit and leaves nothing behind", async () => {
    const url = await start();
    await expect(downloadSlackFile(url, options({ maxBytes: 4 }))).rejects.toThrow(
      /over the limit/,
    );
  });

  it("refuses Slack's sign-in page, which a token without files:read gets instead of the file", async () => {
    const url = await start({ scopes: ["commands", "chat:write"] });
    const error = await downloadSlackFile(url, options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileAccessError);
    expect((error as FileAccessError).code).toBe("file_access_denied");
    expect((error as Error).message).toMatch(/files:read.*reinstall the app/);
    // A missing scope is the workspace's state, not a request no app should make.
    sandbox.assertNoUnexpectedCalls();
  });

  it("refuses a redirect to Slack's sign-in page and does not follow it", async () => {
    const url = await start({ scopes: ["commands"], fileAccessDenied: "redirect" });
    await expect(downloadSlackFile(url, options())).rejects.toThrow(
      /sign-in page instead of the file \(a redirect to http:\/\/127\.0\.0\.1:\d+\)/,
    );
    sandbox.assertNoUnexpectedCalls();
  });

  it("refuses the sign-in page a wrong token gets, rather than importing it", async () => {
    const url = await start();
    await expect(downloadSlackFile(url, options({ botToken: "xoxb-wrong" }))).rejects.toThrow(
      FileAccessError,
    );
    expect(sandbox.unexpected()).toEqual([expect.stringMatching(/not the bot's/)]);
  });
});
