import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sandboxClient, TEST_TOKEN } from "../../test/fakes/slack-clients.js";
import { createCatalog } from "../catalog/catalog.js";
import { checkRoutes } from "../routing/check-routes.js";
import { rules } from "../rules/index.js";
import { SlackSandbox } from "../sandbox/slack/sandbox.js";
import { checkRoutesInSlack } from "./routes-in-slack.js";

const catalog = createCatalog(rules);
let sandbox: SlackSandbox;

beforeEach(async () => {
  sandbox = await SlackSandbox.start({ botToken: TEST_TOKEN });
});
afterEach(async () => {
  await sandbox.close();
});

const routing = (lines: string[]) => checkRoutes(["routes:", ...lines, ""].join("\n"), catalog);

describe("checkRoutesInSlack", () => {
  it("finds a #name past the first pages of conversations.list, and stops once all are found", async () => {
    // 450 channels: #far is on the third page of 200; #missing on none.
    for (let i = 0; i < 450; i++) sandbox.addChannel({ id: `C0N${i}`, name: `n${i}` });
    sandbox.addChannel({ id: "C0FAR", name: "far" });
    await sandbox.inviteBot("C0FAR");
    const { routing: far, problems } = routing([
      '  - channel: "#far"',
      "    types: [invalid-email]",
    ]);
    expect(problems).toEqual([]);
    const client = sandboxClient(sandbox.apiUrl);
    expect((await checkRoutesInSlack(client, far)).problems).toEqual([]);
    expect(sandbox.calls("conversations.list")).toHaveLength(3);
    expect(sandbox.calls("conversations.list")[0]?.args).toMatchObject({
      types: "public_channel,private_channel",
      limit: "200",
    });

    sandbox.reset();
    const { routing: both } = routing([
      '  - channel: "C0SANDBOX"',
      "    types: [invalid-email]",
      '  - channel: "#missing"',
      "    types: [custom-code]",
    ]);
    const checked = await checkRoutesInSlack(client, both, { usergroups: false });
    expect(checked.problems.map((p) => [p.line, p.code])).toEqual([
      [2, "bot-not-in-channel"],
      [4, "channel-not-found"],
    ]);
    expect(checked.channels).toEqual(["C0SANDBOX", "#missing"]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("asks nothing of what it is told to leave, and nothing at all for a routing without mentions", async () => {
    const { routing: plain } = routing(['  - channel: "C0SANDBOX"', "    types: [invalid-email]"]);
    const client = sandboxClient(sandbox.apiUrl);
    await checkRoutesInSlack(client, plain, { channels: false });
    expect(sandbox.calls()).toEqual([]);
  });
});
