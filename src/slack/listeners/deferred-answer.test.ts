import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../errors.js";
import { translator } from "../../i18n/translator.js";
import { createLogger } from "../../logger.js";
import { buildMessage, type SlackMessage, section } from "../blocks/index.js";
import { DeferredAnswer } from "./deferred-answer.js";

// The end of a long command's answer (a scan's), in the asker's language when it fails.

const logger = createLogger({ level: "silent" });
const message = (text: string) => buildMessage({ text, blocks: [section(text)] });

async function finalOf(final: Promise<SlackMessage>, t = translator("da")) {
  const sent: SlackMessage[] = [];
  const answer = new DeferredAnswer(
    { immediate: message("…"), final },
    async (reply) => {
      sent.push(reply);
    },
    logger,
    {},
    t,
  );
  answer.firstAnswered();
  await answer.finish();
  return sent;
}

describe("DeferredAnswer", () => {
  it("says a failed final answer in the asker's language", async () => {
    const sent = await finalOf(
      Promise.reject(new InvalidInputError({ key: "commands.scanNotConfigured" })),
    );
    expect(sent.map((m) => m.text)).toEqual([
      "En scanning kræver HubSpot eller Salesforce: angiv HUBSPOT_ACCESS_TOKEN og SALESFORCE_-variablerne, og genstart botten.",
    ]);
  });

  it("apologises in the asker's language for a defect, with a reference", async () => {
    const [sent] = await finalOf(Promise.reject(new Error("boom")));
    expect(sent?.text).toMatch(/^Noget gik galt inde i syncerror\. .* \(reference [0-9a-f]{8}\)$/);
  });

  it("sends the final answer as it is", async () => {
    const sent = await finalOf(Promise.resolve(message("done")));
    expect(sent.map((m) => m.text)).toEqual(["done"]);
  });
});
