import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackSandbox } from "../sandbox/slack/sandbox.js";
import { validateBlocks } from "./blocks/index.js";
import { createResponseUrlClient, ResponseUrlError } from "./response-url.js";

let sandbox: SlackSandbox;
beforeEach(async () => {
  sandbox = await SlackSandbox.start({ botToken: "xoxb-response-url-test", validateBlocks });
});
afterEach(async () => {
  await sandbox.close();
});

const message = { text: "hello", blocks: [] };

describe("the response_url client", () => {
  it("posts the message as JSON, as Slack expects", async () => {
    const url = sandbox.createResponseUrl({ channel: "C0SANDBOX", user: "U1" });
    await createResponseUrlClient()(url)({ ...message, response_type: "in_channel" });
    expect(sandbox.responses().at(-1)?.body).toEqual({
      text: "hello",
      blocks: [],
      response_type: "in_channel",
    });
  });

  it("throws a ResponseUrlError with the status when Slack refuses", async () => {
    const url = sandbox.createResponseUrl({ channel: "C0SANDBOX", user: "U1" });
    const respond = createResponseUrlClient()(url);
    for (let use = 0; use < 5; use++) await respond(message);
    const refused = respond(message);
    await expect(refused).rejects.toBeInstanceOf(ResponseUrlError);
    await expect(refused).rejects.toMatchObject({ code: "slack_response_failed", status: 404 });
  });
});
