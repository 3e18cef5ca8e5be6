import { describe, expect, it } from "vitest";
import { commandContext } from "../../test/fakes/command-context.js";
import { type ErrorSpec, importErrors } from "../../test/fakes/store-errors.js";
import { createCatalog } from "../catalog/catalog.js";
import { userMessage } from "../errors.js";
import { rules } from "../rules/index.js";
import type { SlackMessage } from "../slack/blocks/index.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { isDeferred } from "./command.js";
import { resync } from "./resync.js";

// `/syncerror resync` as a plain function over a real store: what it offers, never what it sends.

const catalog = createCatalog(rules);
const NOW = new Date("2026-11-30T08:00:00Z");

async function storeWith(errors: readonly ErrorSpec[]): Promise<Store> {
  const store = await openStore({ path: ":memory:" });
  await importErrors(store, catalog, errors, { at: NOW });
  return store;
}

const context = (store: Store) => commandContext(catalog, store, { now: () => NOW });

const run = async (args: string, store: Store): Promise<SlackMessage> => {
  const reply = await resync.run(args, context(store));
  if (isDeferred(reply)) throw new Error("resync answers at once");
  return reply;
};

async function refusal(args: string, store: Store): Promise<string> {
  try {
    await run(args, store);
  } catch (error) {
    return userMessage(error);
  }
  throw new Error("expected a refusal");
}

describe("/syncerror resync", () => {
  it("offers the type's open errors with a confirmed button carrying only a key", async () => {
    const store = await storeWith(
      Array.from({ length: 120 }, (_, i) => ({
        ruleId: "invalid-email",
        salesforceId: `00QD00000${String(i).padStart(9, "0")}`,
      })),
    );
    const message = await run("ugyldig e-mail", store);
    expect(message.text).toBe("120 open Invalid email errors: 120 records to resync in 2 batches.");
    const button = message.blocks
      .flatMap((b) => (b.type === "actions" ? b.elements : []))
      .find((e) => e.type === "button");
    expect(button).toMatchObject({
      action_id: "resync_offer:0",
      text: { text: "Resync 120 (2 batches)" },
    });
    expect((button as { confirm?: unknown }).confirm).toBeDefined();
    expect((await store.resyncOffer((button as { value: string }).value, NOW))?.ruleId).toBe(
      "invalid-email",
    );
  });

  it("asks for a type, and names the nearest ones for a type it does not know", async () => {
    const store = await storeWith([]);
    expect(await refusal("", store)).toContain("Name the error type to resync");
    expect(await refusal("frobnicate the widgets", store)).toContain(
      'No error type matches "frobnicate the widgets"',
    );
  });

  it("says so when there is nothing to resync, or no record has the id a resync needs", async () => {
    expect((await run("Invalid email", await storeWith([]))).text).toBe(
      "There are no open Invalid email errors to resync.",
    );
    const noIds = await storeWith([{ ruleId: "invalid-email", hubspotId: "7" }]);
    expect((await run("Invalid email", noIds)).text).toBe(
      "The open Invalid email error lacks the record id a resync needs.",
    );
  });

  it("shows the running job instead of a second offer", async () => {
    const store = await storeWith([
      { ruleId: "invalid-email", salesforceId: "00QD000000IqhSLIAZ" },
    ]);
    await store.startResyncJob({
      ruleId: "invalid-email",
      requestedBy: "U0ADMIN",
      requestedAt: NOW,
      triggerAt: NOW,
      records: [
        {
          batch: 0,
          system: "salesforce",
          object: "Lead",
          recordId: "00QD000000IqhSLIAZ",
          fingerprint: "f",
        },
      ],
    });
    const message = await run("Invalid email", store);
    expect(message.text).toContain(
      "A resync of Invalid email is already running (job 1, started by <@U0ADMIN>)",
    );
    expect(JSON.stringify(message.blocks)).not.toContain("resync_offer");
  });
});
