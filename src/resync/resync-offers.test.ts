import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ErrorSpec, importErrors } from "../../test/fakes/store-errors.js";
import { createCatalog } from "../catalog/catalog.js";
import { rules } from "../rules/index.js";
import { openStore } from "../store/index.js";
import type { ObservedError, Store } from "../store/types.js";
import { findOffer, OFFER_TTL_MS, offeredErrors, offerResyncs } from "./resync-offers.js";

const catalog = createCatalog(rules);
const rule = (id: string) => catalog.ruleById(id) ?? (undefined as never);
const T0 = new Date("2026-11-29T09:00:00Z");
let store: Store;

beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
});
afterEach(() => store.close());

const importAt = async (
  at: Date,
  specs: readonly ErrorSpec[],
  objectTypes: ObservedError["objectType"][] = [],
) => await importErrors(store, catalog, specs, { at, objectTypes });

describe("resync offers", () => {
  it("offers each type with records to send, sized from the store, under an unguessable key", async () => {
    await importAt(T0, [
      ...Array.from({ length: 150 }, (_, i) => ({
        ruleId: "restricted-picklist-value",
        hubspotId: String(i),
      })),
      { ruleId: "restricted-picklist-value", objectType: "activity", hubspotId: "9" },
      // Nothing to send: no HubSpot id for a HubSpot→Salesforce type.
      { ruleId: "missing-required-country", hubspotId: null, salesforceId: "003D000000IqhSLIAZ" },
    ]);
    const offers = await offerResyncs(
      store,
      [rule("restricted-picklist-value"), rule("missing-required-country"), rule("invalid-email")],
      T0,
    );
    expect([...offers.keys()]).toEqual(["restricted-picklist-value"]);
    const offer = offers.get("restricted-picklist-value");
    expect(offer?.size).toEqual({ errors: 151, records: 150, batches: 2 });
    expect(offer?.key).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await findOffer(store, offer?.key, T0)).toMatchObject({
      ruleId: "restricted-picklist-value",
      count: 151,
      asOf: T0,
    });
  });

  it("stands for the errors open when shown: later ones are left out, resolved ones too", async () => {
    await importAt(
      T0,
      [
        { ruleId: "invalid-email", salesforceId: "00QD000000IqhSLIAZ" },
        { ruleId: "invalid-email", salesforceId: "00QD000000IqhSMIAZ" },
      ],
      ["contact"],
    );
    const offer = (await offerResyncs(store, [rule("invalid-email")], T0)).get("invalid-email");
    const stored = await findOffer(store, offer?.key, T0);
    if (!stored) throw new Error("no offer");
    // An hour later, one error is gone from the export and a new one has appeared.
    await importAt(
      new Date(T0.getTime() + 3_600_000),
      [
        { ruleId: "invalid-email", salesforceId: "00QD000000IqhSLIAZ" },
        { ruleId: "invalid-email", salesforceId: "00QD000000IqhSNIAZ" },
      ],
      ["contact"],
    );
    expect((await offeredErrors(store, stored)).map((e) => e.salesforceId)).toEqual([
      "00QD000000IqhSLIAZ",
    ]);
  });

  it("finds nothing for a malformed, unknown or expired key", async () => {
    await importAt(T0, [{ ruleId: "invalid-email", salesforceId: "00QD000000IqhSLIAZ" }]);
    const key = (await offerResyncs(store, [rule("invalid-email")], T0)).get("invalid-email")?.key;
    expect(await findOffer(store, undefined, T0)).toBeNull();
    expect(await findOffer(store, "x' OR 1=1 --", T0)).toBeNull();
    expect(await findOffer(store, "AAAAAAAAAAAAAAAA", T0)).toBeNull();
    expect(await findOffer(store, key, new Date(T0.getTime() + OFFER_TTL_MS - 1))).not.toBeNull();
    expect(await findOffer(store, key, new Date(T0.getTime() + OFFER_TTL_MS))).toBeNull();
  });

  it("forgets expired offers when new ones are made", async () => {
    await importAt(T0, [{ ruleId: "invalid-email", salesforceId: "00QD000000IqhSLIAZ" }]);
    const old = (await offerResyncs(store, [rule("invalid-email")], T0)).get("invalid-email")?.key;
    const later = new Date(T0.getTime() + OFFER_TTL_MS + 1);
    await offerResyncs(store, [rule("invalid-email")], later);
    // Even a clock turned back cannot revive it: the row is gone.
    expect(await findOffer(store, old, T0)).toBeNull();
  });
});
