import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rejection } from "../../test/fakes/rejection.js";
import { sandboxClient, TEST_TOKEN } from "../../test/fakes/slack-clients.js";
import { tinyPng } from "../../test/fakes/tiny-png.js";
import type { RenderedChart } from "../charts/chart.js";
import { userMessage } from "../errors.js";
import { translator } from "../i18n/translator.js";
import { createLogger } from "../logger.js";
import { SlackSandbox } from "../sandbox/slack/sandbox.js";
import { image } from "./blocks/builders.js";
import { validateBlocks } from "./blocks/validate.js";
import { type ChartUploadError, createChartUploader } from "./upload-chart.js";

let sandbox: SlackSandbox;
const logger = createLogger({ level: "error", destination: { write: () => {} } as never });
const chart: RenderedChart = {
  kind: "breakdown",
  png: tinyPng(),
  width: 4,
  height: 3,
  title: "Open errors by type",
  altText: "Open errors by type: INVALID_EMAIL 12, DUPLICATE 3.",
  fileName: "syncerror-breakdown-2026-12-04.png",
};

beforeEach(async () => {
  sandbox = await SlackSandbox.start({ botToken: TEST_TOKEN, validateBlocks });
  await sandbox.inviteBot("C0SANDBOX");
});

afterEach(async () => {
  await sandbox.close();
});

describe("createChartUploader against the Slack sandbox", () => {
  it("shares a chart in the channel and in a thread; its slack_file shows there only", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const upload = createChartUploader(client, logger);
    const shared = await upload(chart, { channel: "C0SANDBOX", comment: "The breakdown" });
    const [message] = sandbox.messages("C0SANDBOX");
    expect(message).toMatchObject({ text: "The breakdown", files: [shared.fileId] });
    expect(sandbox.file(shared.fileId)?.content.equals(Buffer.from(chart.png))).toBe(true);
    expect(sandbox.file(shared.fileId)?.title).toBe(chart.title);
    expect(shared.permalink).toContain(shared.fileId);

    const inThread = await upload(chart, { channel: "C0SANDBOX", threadTs: message?.ts });
    expect(sandbox.messages("C0SANDBOX")[1]).toMatchObject({
      threadTs: message?.ts,
      files: [inThread.fileId],
    });

    const blocks = [image({ source: { fileId: shared.fileId }, altText: chart.altText })];
    await client.chat.postMessage({ channel: "C0SANDBOX", text: "chart", blocks });
    sandbox.addChannel({ id: "C0OTHER", name: "other" });
    await sandbox.inviteBot("C0OTHER");
    const refused = await rejection<{ data: { error: string } }>(
      client.chat.postMessage({ channel: "C0OTHER", text: "chart", blocks }),
    );
    expect(refused.data.error).toBe("invalid_blocks");
    sandbox.reset();
  });

  it("keeps a chart private with its alt text: refused in a channel, shown on the Home tab", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const uploaded = await createChartUploader(client, logger)(chart, {});
    expect(sandbox.messages("C0SANDBOX")).toEqual([]);
    expect(sandbox.file(uploaded.fileId)?.altText).toBe(chart.altText);
    const blocks = [image({ source: { fileId: uploaded.fileId }, altText: chart.altText })];
    const refused = await rejection<{ data: { error: string } }>(
      client.chat.postMessage({ channel: "C0SANDBOX", text: "chart", blocks }),
    );
    expect(refused.data.error).toBe("invalid_blocks");
    await client.views.publish({ user_id: "U0ANNE", view: { type: "home", blocks } });
    expect(sandbox.homeView("U0ANNE")?.blocks).toEqual(blocks);
    sandbox.reset();
  });

  it("says to invite the bot, or to add files:write, in English and Danish", async () => {
    sandbox.addChannel({ id: "C0OUTSIDE", name: "outside" });
    const upload = createChartUploader(sandboxClient(sandbox.apiUrl), logger);
    const outside = await rejection<ChartUploadError>(upload(chart, { channel: "C0OUTSIDE" }));
    expect(outside.code).toBe("chart_upload_failed");
    expect(outside.slackCode).toBe("not_in_channel");
    expect(userMessage(outside)).toContain("/invite @syncerror");
    expect(userMessage(outside, translator("da"))).toContain("Inviter mig");

    await sandbox.close();
    sandbox = await SlackSandbox.start({ botToken: TEST_TOKEN, scopes: ["chat:write"] });
    const noScope = await rejection<ChartUploadError>(
      createChartUploader(sandboxClient(sandbox.apiUrl), logger)(chart, {}),
    );
    expect(noScope.slackCode).toBe("missing_scope");
    expect(userMessage(noScope)).toContain("files:write");
    expect(userMessage(noScope, translator("da"))).toContain("files:write");
  });
});
