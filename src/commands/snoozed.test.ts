import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { englishWordsIn } from "../../test/english-words.js";
import { commandContext } from "../../test/fakes/command-context.js";
import { createCatalog } from "../catalog/catalog.js";
import { translator } from "../i18n/translator.js";
import { rules } from "../rules/index.js";
import { type SlackMessage, validateBlocks } from "../slack/blocks/index.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { snoozed } from "./snoozed.js";

// `/syncerror snoozed` as a plain function against a real store.

const catalog = createCatalog(rules);
const NOW = new Date("2026-12-04T12:00:00Z");
const DAY = 86_400_000;
let store: Store;

beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
  const at = new Date(NOW.getTime() - DAY);
  await store.snoozeType({
    ruleId: "invalid-email",
    by: "U1",
    at,
    reason: "Waiting for *the* SF admin",
    length: { kind: "until", until: new Date(NOW.getTime() + DAY) },
  });
  await store.snoozeType({
    ruleId: "custom-code",
    by: "U2",
    at: NOW,
    reason: null,
    length: { kind: "muted" },
  });
  // Ran out an hour ago: ended when listed, not shown.
  await store.snoozeType({
    ruleId: "string-too-long",
    by: "U2",
    at,
    reason: null,
    length: { kind: "until", until: new Date(NOW.getTime() - 3_600_000) },
  });
});
afterEach(() => store.close());

const textOf = (message: SlackMessage) =>
  message.blocks.map((b) => (b as { text?: { text: string } }).text?.text ?? "").join("\n");

describe("/syncerror snoozed", () => {
  it("lists current snoozes and mutes, oldest first, each with Unsnooze or Unmute; a run-out one ends", async () => {
    const answer = (await snoozed.run(
      "",
      commandContext(catalog, store, { now: () => NOW }),
    )) as SlackMessage;
    expect(validateBlocks(answer.blocks, "message")).toEqual([]);
    expect(answer.text).toBe("2 error types are snoozed or muted");
    const lines = textOf(answer).split("\n");
    expect(lines[0]).toBe("Snoozed and muted error types");
    expect(lines[1]).toMatch(
      /^• \*Invalid email\* · until <!date\^\d+\^.+> · by <@U1> since <!date\^\d+\^.+> · “Waiting for \*the\* SF admin”$/,
    );
    expect(lines[2]).toMatch(/^• \*Custom code[^*]*\* · muted · by <@U2> since .+$/);
    const buttons = answer.blocks.map(
      (b) => (b as { accessory?: { text: { text: string }; value: string } }).accessory,
    );
    expect(buttons.slice(1).map((b) => [b?.text.text, b?.value])).toEqual([
      ["Unsnooze", "invalid-email"],
      ["Unmute", "custom-code"],
    ]);
    expect((await store.endedSnoozes(new Date(0), NOW)).map((e) => [e.ruleId, e.why])).toEqual([
      ["string-too-long", "expired"],
    ]);
  });

  it("says so in Danish, and how to snooze when nothing is", async () => {
    const da = translator("da");
    const answer = (await snoozed.run(
      "",
      commandContext(catalog, store, { now: () => NOW, translator: da }),
    )) as SlackMessage;
    expect(answer.text).toBe("2 fejltyper er udsat eller dæmpet");
    const text = textOf(answer);
    expect(text).toMatch(/• \*Ugyldig e-mail\* · til .+ · af <@U1> siden/);
    expect(text).toMatch(/ · dæmpet · af <@U2> siden/);
    expect(
      englishWordsIn(text.replace(/<!date[^>]+>/g, "").replace(/“[^”]*”/g, ""), ["HubSpot"]),
    ).toEqual([]);
    await store.unsnoozeType("invalid-email", "U1", NOW);
    await store.unsnoozeType("custom-code", "U1", NOW);
    const none = (await snoozed.run(
      "",
      commandContext(catalog, store, { now: () => NOW, translator: da }),
    )) as SlackMessage;
    expect(none.text).toBe("Ingen fejltype er udsat eller dæmpet");
    expect(textOf(none)).toContain("Udsæt en fra ⋯-menuen på dens linje i oversigten");
  });
});
