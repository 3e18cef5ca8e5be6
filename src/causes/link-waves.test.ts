import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { learntChange } from "../../test/fakes/learnt-changes.js";
import { importErrors } from "../../test/fakes/store-errors.js";
import { createCatalog } from "../catalog/catalog.js";
import { rules } from "../rules/index.js";
import { openStore } from "../store/index.js";
import type { LearntChange, Store } from "../store/types.js";
import { linkWaves } from "./link-waves.js";

const catalog = createCatalog(rules);
const HOUR = 3_600_000;
const NOW = new Date("2026-12-04T09:00:00Z");
const ago = (hours: number) => new Date(NOW.getTime() - hours * HOUR);
const biotech =
  "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Industry: bad value for restricted picklist field: Biotech";

function deactivated(at: Date): LearntChange {
  return learntChange({
    key: `deactivated-${at.getTime()}`,
    observedAt: NOW,
    happenedAt: at,
    kind: "picklist-value-deactivated",
    option: "Biotech",
    before: true,
    after: false,
    who: "Jane Doe",
    source: "audit-trail",
  });
}

/** `n` Restricted picklist value errors, one every `everyMinutes` from `from` on. */
function errors(n: number, from: Date, everyMinutes: number, message: string, tag: string) {
  return Array.from({ length: n }, (_, i) => ({
    ruleId: "restricted-picklist-value",
    hubspotId: `${tag}-${i}`,
    message,
    occurredAt: new Date(from.getTime() + i * everyMinutes * 60_000),
  }));
}

describe("linkWaves on a real store", () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore({ path: ":memory:" });
  });
  afterEach(async () => {
    await store.close();
  });

  it("links a wave to the change before it, read from the change on past a trickle of old errors", async () => {
    // A type with errors every few hours for days, then a value deactivated at 05:00 and a wave.
    const trickle = errors(
      12,
      ago(60),
      300,
      "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Lead Source: bad value for restricted picklist field: Fax",
      "t",
    );
    const wave = errors(45, new Date(ago(4).getTime() + 11 * 60_000), 2, biotech, "w");
    await importErrors(store, catalog, [...trickle, ...wave], { at: NOW });
    const change = deactivated(ago(4));
    await store.recordChanges([change]);

    const digest = await linkWaves(store, { since: ago(24), until: NOW });
    const linked = digest.get("restricted-picklist-value");
    expect(linked?.causes.map((c) => c.change.key)).toEqual([change.key]);
    expect(linked?.wave.count).toBe(45);
    expect(linked?.causes[0]?.evidence.leadMs).toBe(11 * 60_000);

    // The explanation's week finds the same wave.
    const week = await linkWaves(store, {
      since: ago(7 * 24),
      until: NOW,
      ruleIds: ["restricted-picklist-value"],
    });
    expect(week.get("restricted-picklist-value")?.wave.count).toBe(45);
  });

  it("links nothing to a change after which the errors did not rise", async () => {
    // One error an hour for two days, as many after the change at 12 hours ago as before it.
    await importErrors(store, catalog, errors(48, ago(48), 60, biotech, "a"), { at: NOW });
    await store.recordChanges([deactivated(ago(12))]);
    expect((await linkWaves(store, { since: ago(24), until: NOW })).size).toBe(0);
  });

  it("links nothing to a change made after the wave began", async () => {
    await importErrors(store, catalog, errors(30, ago(6), 5, biotech, "b"), { at: NOW });
    await store.recordChanges([deactivated(ago(3))]);
    expect((await linkWaves(store, { since: ago(24), until: NOW })).size).toBe(0);
  });

  it("reads no errors on a day no change was learnt", async () => {
    await importErrors(store, catalog, errors(30, ago(3), 1, biotech, "c"), { at: NOW });
    let reads = 0;
    const counting = {
      changesSince: store.changesSince.bind(store),
      waveFacts: (...args: Parameters<Store["waveFacts"]>) => {
        reads++;
        return store.waveFacts(...args);
      },
    };
    expect((await linkWaves(counting, { since: ago(24), until: NOW })).size).toBe(0);
    expect(reads).toBe(0);
  });
});
