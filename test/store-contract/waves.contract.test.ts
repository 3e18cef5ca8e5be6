/**
 * Issue 19's waves in the store, run against SQLite and PostgreSQL: per asked type, the errors
 * opened in a window [since, until) and in the window of the same length before it, the first
 * one's time, and the messages and object types of the window's oldest few.
 */
import { describe, expect, it } from "vitest";
import { createCatalog } from "../../src/catalog/catalog.js";
import { rules } from "../../src/rules/index.js";
import type { WaveQuery } from "../../src/store/types.js";
import { type ErrorSpec, importErrors } from "../fakes/store-errors.js";
import { BACKENDS, type ContractStore, storeHandles } from "./backends.js";

const catalog = createCatalog(rules);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const S = Date.parse("2026-12-04T06:00:00Z");
const UNTIL = S + 6 * HOUR;
const at = (ms: number) => new Date(ms);

const PICKLIST = "restricted-picklist-value";
const EMAIL = "email-already-in-use";
const CODE = "custom-code";
const OWNER = "inactive-salesforce-owner";

let next = 0;
/** An error of `ruleId` opened at `ms` (when it happened, as the export says). */
const opened = (ruleId: string, ms: number, more: Partial<ErrorSpec> = {}): ErrorSpec => ({
  ruleId,
  hubspotId: `hs-${next++}`,
  occurredAt: at(ms),
  message: `${ruleId} at ${new Date(ms).toISOString()}`,
  ...more,
});

// The picklist type's window: at since (inclusive), two at the same millisecond an hour in, the
// last just before until; one at until is outside. Before it: one at the before-window's start
// (inclusive) and one just before since; one a millisecond earlier is in neither.
const pFirst = opened(PICKLIST, S, { message: "first", objectType: "contact" });
const pTieA = opened(PICKLIST, S + HOUR, { message: "tie a", objectType: "deal" });
const pTieB = opened(PICKLIST, S + HOUR, { message: "tie b", objectType: "contact" });
const pCompany = opened(PICKLIST, S + 2 * HOUR, { message: "company", objectType: "company" });
const pActivity = opened(PICKLIST, S + 3 * HOUR, { message: "activity", objectType: "activity" });
const pLast = opened(PICKLIST, UNTIL - 1, { message: "last" });
const pAtUntil = opened(PICKLIST, UNTIL, { message: "at until" });
const pBeforeStart = opened(PICKLIST, S - 6 * HOUR, { message: "before start" });
const pBeforeEnd = opened(PICKLIST, S - 1, { message: "before end" });
const pTooEarly = opened(PICKLIST, S - 6 * HOUR - 1, { message: "too early" });

/**
 * Imported out of time order (ids do not follow opened_at): the later errors first, then those
 * an hour in (tie a before tie b), then the window's first. No export covers a type's objects, so
 * nothing is resolved by a later import.
 */
async function seed(store: ContractStore) {
  await importErrors(
    store,
    catalog,
    [
      pActivity,
      pCompany,
      pLast,
      pAtUntil,
      pBeforeEnd,
      pTooEarly,
      // Another type only before the window, one only in it, one in it but never asked for.
      opened(EMAIL, S - HOUR),
      opened(EMAIL, S - 2 * HOUR),
      opened(CODE, S + 30 * MINUTE, { message: "code", objectType: "deal" }),
      opened(OWNER, S + HOUR),
    ],
    { at: at(UNTIL + HOUR) },
  );
  await importErrors(store, catalog, [pTieA, pTieB], { at: at(UNTIL + 2 * HOUR) });
  await importErrors(store, catalog, [pFirst, pBeforeStart], { at: at(UNTIL + 3 * HOUR) });
}

const query = (ruleIds: readonly string[], sampleSize = 4): WaveQuery => ({
  since: at(S),
  until: at(UNTIL),
  ruleIds,
  sampleSize,
});

describe.each(BACKENDS)("waves contract: %s", (backend, suite) => {
  suite(`waves contract (${backend})`, (fresh) => {
    const { freshStore, open } = storeHandles(fresh);

    it("counts a type's errors in the window and the one before, since inclusive, until exclusive", async () => {
      const store = await freshStore();
      await seed(store);
      const [picklist] = await store.waveFacts(query([PICKLIST]));
      // In the window: first, tie a, tie b, company, activity, last (not the one at until).
      // Before: the one at its start and the one just before since (not the one before that).
      expect(picklist).toEqual({
        ruleId: PICKLIST,
        count: 6,
        before: 2,
        firstAt: at(S),
        // The four oldest, oldest first; of two at the same moment, the one imported first.
        messages: ["first", "tie a", "tie b", "company"],
        // Of those four, each type once in the order first met (not the activity's, unsampled).
        objectTypes: ["contact", "deal", "company"],
      });
    });

    it("samples at most sampleSize errors, all of them when fewer, none for 0", async () => {
      const store = await freshStore();
      await seed(store);
      const [all] = await store.waveFacts(query([PICKLIST], 50));
      expect(all?.messages).toEqual(["first", "tie a", "tie b", "company", "activity", "last"]);
      expect(all?.objectTypes).toEqual(["contact", "deal", "company", "activity"]);
      const [one] = await store.waveFacts(query([PICKLIST], 1));
      expect(one).toMatchObject({ count: 6, messages: ["first"], objectTypes: ["contact"] });
      const [none] = await store.waveFacts(query([PICKLIST], 0));
      expect(none).toMatchObject({ count: 6, before: 2, messages: [], objectTypes: [] });
    });

    it("gives the asked types with errors in the window, in the order asked", async () => {
      const store = await freshStore();
      await seed(store);
      // The email type had errors only before the window, "no-such-type" none; the owner type,
      // in the window, was not asked for. Another handle (a replica) reads the same.
      const facts = await (await open()).waveFacts(
        query([CODE, EMAIL, "no-such-type", PICKLIST], 2),
      );
      expect(facts).toEqual([
        {
          ruleId: CODE,
          count: 1,
          before: 0,
          firstAt: at(S + 30 * MINUTE),
          messages: ["code"],
          objectTypes: ["deal"],
        },
        {
          ruleId: PICKLIST,
          count: 6,
          before: 2,
          firstAt: at(S),
          messages: ["first", "tie a"],
          objectTypes: ["contact", "deal"],
        },
      ]);
      expect((await store.waveFacts(query([PICKLIST, CODE], 0))).map((f) => f.ruleId)).toEqual([
        PICKLIST,
        CODE,
      ]);
    });

    it("moves with the window: the before-window is as long as the window and ends at since", async () => {
      const store = await freshStore();
      await seed(store);
      // An hour-long window from since + 1 h: tie a and tie b in it; before it [since, since + 1 h)
      // holds only the first.
      const facts = await store.waveFacts({
        since: at(S + HOUR),
        until: at(S + 2 * HOUR),
        ruleIds: [PICKLIST, CODE],
        sampleSize: 5,
      });
      expect(facts).toEqual([
        {
          ruleId: PICKLIST,
          count: 2,
          before: 1,
          firstAt: at(S + HOUR),
          messages: ["tie a", "tie b"],
          objectTypes: ["deal", "contact"],
        },
      ]);
    });

    it("gives nothing for no types, and nothing from an empty store", async () => {
      const store = await freshStore();
      expect(await store.waveFacts(query([PICKLIST, EMAIL]))).toEqual([]);
      await seed(store);
      expect(await store.waveFacts(query([]))).toEqual([]);
    });
  });
});
