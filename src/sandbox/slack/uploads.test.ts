import type { WebAPIPlatformError } from "@slack/web-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rejection } from "../../../test/fakes/rejection.js";
import { sandboxClient, TEST_TOKEN } from "../../../test/fakes/slack-clients.js";
import { tinyPng } from "../../../test/fakes/tiny-png.js";
import { SlackSandbox } from "./sandbox.js";

let sandbox: SlackSandbox;
const png = tinyPng();

beforeEach(async () => {
  sandbox = await SlackSandbox.start({ botToken: TEST_TOKEN });
  await sandbox.inviteBot("C0SANDBOX");
  sandbox.addChannel({ id: "C0OTHER", name: "other" });
  await sandbox.inviteBot("C0OTHER");
});

afterEach(async () => {
  await sandbox.close();
});

/** The blocks of a message showing one uploaded file. */
function imageOf(id: string, extra: Record<string, unknown> = {}) {
  return [{ type: "image", slack_file: { id }, alt_text: "a chart", ...extra }];
}

/** Uploads through files.uploadV2, as the bot does. */
async function upload(options: Record<string, unknown> = {}): Promise<string> {
  const result = await sandboxClient(sandbox.apiUrl).files.uploadV2({
    file: png,
    filename: "trend.png",
    title: "Trend",
    ...options,
  } as never);
  const files = (result as unknown as { files: { files: { id: string }[] }[] }).files;
  return files[0]?.files[0]?.id ?? "";
}

describe("files.uploadV2 against the sandbox", () => {
  it("uploads a PNG to a channel: one file message from the bot, the bytes kept", async () => {
    const id = await upload({ channel_id: "C0SANDBOX", initial_comment: "Here is the trend" });

    expect(id).toMatch(/^F[A-Z0-9]{8,}$/);
    const [message] = sandbox.messages("C0SANDBOX");
    expect(message).toMatchObject({ text: "Here is the trend", files: [id], via: "web_api" });
    const file = sandbox.file(id);
    expect(file).toMatchObject({ title: "Trend", filetype: "png", mimetype: "image/png" });
    expect(file?.content.equals(png)).toBe(true);
    expect(file?.shares).toEqual([{ channel: "C0SANDBOX", ts: message?.ts }]);
    const info = await sandboxClient(sandbox.apiUrl).files.info({ file: id });
    expect(info.file).toMatchObject({ id, channels: ["C0SANDBOX"], size: png.length });
    sandbox.assertNoUnexpectedCalls();
  });

  it("answers the completion before sharing: empty channels in its file objects", async () => {
    await upload({ channel_id: "C0SANDBOX" });
    const completion = await sandbox.waitFor("files.completeUploadExternal");
    expect(completion.response).toMatchObject({ ok: true, files: [{ channels: [], shares: {} }] });
  });

  it("uploads into a thread of the channel", async () => {
    const parent = await sandboxClient(sandbox.apiUrl).chat.postMessage({
      channel: "C0SANDBOX",
      text: "Digest",
    });
    const id = await upload({ channel_id: "C0SANDBOX", thread_ts: parent.ts });
    expect(sandbox.messages("C0SANDBOX")[1]).toMatchObject({ threadTs: parent.ts, files: [id] });
  });

  it("keeps a file uploaded without a channel private to the bot: no message, no share", async () => {
    const id = await upload({ alt_text: "Open errors by type" });
    expect(sandbox.messages("C0SANDBOX")).toEqual([]);
    expect(sandbox.file(id)).toMatchObject({ shares: [], altText: "Open errors by type" });
    const info = await sandboxClient(sandbox.apiUrl).files.info({ file: id });
    expect(info.file).toMatchObject({ alt_txt: "Open errors by type", channels: [] });
  });

  it("makes but does not share a file with alt text completed into a channel (Slack's defect)", async () => {
    const id = await upload({ channel_id: "C0SANDBOX", alt_text: "Open errors by type" });
    expect(sandbox.file(id)?.shares).toEqual([]);
    expect(sandbox.messages("C0SANDBOX")).toEqual([]);
  });

  it("refuses a channel the bot is not in, and one that does not exist", async () => {
    sandbox.addChannel({ id: "C0OUTSIDE", name: "outside" });
    const outside = await rejection<WebAPIPlatformError & { data: { errors?: string[] } }>(
      upload({ channel_id: "C0OUTSIDE" }),
    );
    expect(outside.data.error).toBe("not_in_channel");
    const missing = await rejection<WebAPIPlatformError & { data: { errors?: string[] } }>(
      upload({ channel_id: "C0NOPE" }),
    );
    expect(missing.data.error).toBe("channel_not_found");
  });

  it("needs files:write", async () => {
    await sandbox.close();
    sandbox = await SlackSandbox.start({ botToken: TEST_TOKEN, scopes: ["chat:write"] });
    const refused = await rejection<WebAPIPlatformError & { data: { errors?: string[] } }>(
      upload(),
    );
    expect(refused.data).toMatchObject({ error: "missing_scope", needed: "files:write" });
  });
});

describe("files.getUploadURLExternal and files.completeUploadExternal", () => {
  it("refuse a missing filename, a zero length and alt text over 1000 characters", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const call = (args: Record<string, unknown>) =>
      rejection<WebAPIPlatformError & { data: { errors?: string[] } }>(
        client.apiCall("files.getUploadURLExternal", args),
      );
    expect((await call({ length: 10 })).data.error).toBe("invalid_arguments");
    expect((await call({ filename: "a.png", length: 0 })).data.error).toBe("missing_argument");
    expect(
      (await call({ filename: "a.png", length: 10, alt_txt: "x".repeat(1001) })).data.error,
    ).toBe("alt_txt_too_large");
    expect(sandbox.unexpected()).toHaveLength(2);
  });

  it("gives an upload URL on the files host and a file id", async () => {
    const answer = await sandboxClient(sandbox.apiUrl).files.getUploadURLExternal({
      filename: "a.png",
      length: png.length,
    });
    expect(answer.upload_url?.startsWith(`${sandbox.filesUrl}/upload/v1/`)).toBe(true);
    expect(answer.file_id).toMatch(/^F[A-Z0-9]{8,}$/);
  });

  it("answers file_not_found for an upload never sent, and for one completed twice", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const { file_id: id, upload_url: url } = await client.files.getUploadURLExternal({
      filename: "a.png",
      length: png.length,
    });
    const complete = () => client.files.completeUploadExternal({ files: [{ id: id ?? "" }] });
    expect(
      (await rejection<WebAPIPlatformError & { data: { errors?: string[] } }>(complete())).data
        .error,
    ).toBe("file_not_found");
    const posted = await fetch(url ?? "", { method: "POST", body: new Uint8Array(png) });
    expect(await posted.text()).toBe(`OK - ${png.length}`);
    await complete();
    expect(sandbox.file(id ?? "")?.content.equals(png)).toBe(true);
    expect(
      (await rejection<WebAPIPlatformError & { data: { errors?: string[] } }>(complete())).data
        .error,
    ).toBe("file_not_found");
  });

  it("deletes the bot's own file, not a person's", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const id = await upload();
    await client.files.delete({ file: id });
    expect(sandbox.file(id)).toBeUndefined();
    // A person shares a file where the bot is not (so no event goes to an app).
    sandbox.addChannel({ id: "C0OUTSIDE", name: "outside" });
    const shared = await sandbox.shareFile(
      { appUrl: "http://127.0.0.1:9", signingSecret: "x" },
      {
        userId: "U0ANNE",
        channelId: "C0OUTSIDE",
        name: "a.csv",
        content: Buffer.from("a"),
      },
    );
    const refused = await rejection<WebAPIPlatformError & { data: { errors?: string[] } }>(
      client.files.delete({ file: shared.file.id }),
    );
    expect(refused.data.error).toBe("cant_delete_file");
  });
});

describe("slack_file in image blocks", () => {
  it("accepts a file shared in the channel, refuses it in another channel", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const id = await upload({ channel_id: "C0SANDBOX" });
    await client.chat.postMessage({ channel: "C0SANDBOX", text: "t", blocks: imageOf(id) });
    const refused = await rejection<WebAPIPlatformError & { data: { errors?: string[] } }>(
      client.chat.postMessage({ channel: "C0OTHER", text: "t", blocks: imageOf(id) }),
    );
    expect(refused.data).toMatchObject({
      error: "invalid_blocks",
      errors: ["invalid slack file [json-pointer:/blocks/0/slack_file]"],
    });
  });

  it("refuses a private file in a channel message but shows it on the bot's Home tab", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const id = await upload();
    const refused = await rejection<WebAPIPlatformError & { data: { errors?: string[] } }>(
      client.chat.postMessage({ channel: "C0SANDBOX", text: "t", blocks: imageOf(id) }),
    );
    expect(refused.data.error).toBe("invalid_blocks");
    await client.views.publish({ user_id: "U0ANNE", view: { type: "home", blocks: imageOf(id) } });
    expect(sandbox.homeView("U0ANNE")?.blocks).toEqual(imageOf(id));
  });

  it("refuses both id and url, neither, a bad id, an unknown file and one that is not an image", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const id = await upload({ channel_id: "C0SANDBOX" });
    const csv = await sandboxClient(sandbox.apiUrl).files.uploadV2({
      file: Buffer.from("a,b\n"),
      filename: "a.csv",
      channel_id: "C0SANDBOX",
    } as never);
    const csvId = (csv as unknown as { files: { files: { id: string }[] }[] }).files[0]?.files[0]
      ?.id;
    const url = String(
      sandbox.file(id) && (await client.files.info({ file: id })).file?.url_private,
    );
    for (const slackFile of [
      { id, url },
      {},
      { id: "f123" },
      { id: "F0UNKNOWN1" },
      { id: csvId },
    ]) {
      const blocks = [{ type: "image", slack_file: slackFile, alt_text: "a" }];
      const refused = await rejection<WebAPIPlatformError & { data: { errors?: string[] } }>(
        client.chat.postMessage({ channel: "C0SANDBOX", text: "t", blocks }),
      );
      expect(refused.data.errors, JSON.stringify(slackFile)).toEqual([
        "invalid slack file [json-pointer:/blocks/0/slack_file]",
      ]);
    }
    // By url_private it is accepted; in a context block's image element too.
    await client.chat.postMessage({
      channel: "C0SANDBOX",
      text: "t",
      blocks: [
        { type: "image", slack_file: { url }, alt_text: "a" },
        { type: "context", elements: [{ type: "image", slack_file: { id }, alt_text: "a" }] },
      ],
    });
  });

  it("checks image blocks' own limits: one of image_url or slack_file, lengths", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const id = await upload({ channel_id: "C0SANDBOX" });
    const problems = async (block: Record<string, unknown>) =>
      (
        await rejection<WebAPIPlatformError & { data: { errors?: string[] } }>(
          client.chat.postMessage({ channel: "C0SANDBOX", text: "t", blocks: [block] as never }),
        )
      ).data.errors;
    expect(await problems({ type: "image", alt_text: "a" })).toEqual([
      "missing required field: image_url [json-pointer:/blocks/0]",
    ]);
    expect(
      await problems({
        type: "image",
        alt_text: "a",
        image_url: "https://x.io/a.png",
        slack_file: { id },
      }),
    ).toContain("must provide only one of image_url or slack_file [json-pointer:/blocks/0]");
    expect(
      await problems({ type: "image", alt_text: "x".repeat(2001), slack_file: { id } }),
    ).toEqual(["must be less than 2001 characters [json-pointer:/blocks/0/alt_text]"]);
    expect(
      await problems({
        type: "image",
        alt_text: "a",
        image_url: `https://x.io/${"a".repeat(3000)}`,
      }),
    ).toEqual(["must be less than 3001 characters [json-pointer:/blocks/0/image_url]"]);
    expect(
      await problems({
        type: "image",
        alt_text: "a",
        slack_file: { id },
        title: { type: "plain_text", text: "t".repeat(2001) },
      }),
    ).toEqual(["must be less than 2001 characters [json-pointer:/blocks/0/title/text]"]);
  });

  it("checks slack_file in response_url posts against the bound channel", async () => {
    const id = await upload({ channel_id: "C0SANDBOX" });
    const other = sandbox.createResponseUrl({ channel: "C0OTHER", user: "U0ANNE" });
    const refused = await fetch(other, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "t", blocks: imageOf(id) }),
    });
    expect(refused.status).toBe(400);
    const here = sandbox.createResponseUrl({ channel: "C0SANDBOX", user: "U0ANNE" });
    const accepted = await fetch(here, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "t", blocks: imageOf(id) }),
    });
    expect(accepted.status).toBe(200);
  });
});
