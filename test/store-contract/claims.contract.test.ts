/**
 * The claims' contract (who is on which error type), run against SQLite and PostgreSQL: one owner
 * per type at a time, takeovers that name the owner they replace, every change in the audit log,
 * and two takes at once from two handles giving one owner.
 */
import { describe, expect, it } from "vitest";
import { BACKENDS, type ContractStore, storeHandles } from "./backends.js";

const T0 = new Date("2026-12-04T10:02:00Z");
const T1 = new Date("2026-12-04T11:00:00Z");
const T2 = new Date("2026-12-04T12:00:00Z");

describe.each(BACKENDS)("claims contract: %s", (backend, suite) => {
  suite(`claims contract (${backend})`, (fresh) => {
    const { freshStore, open } = storeHandles(fresh);
    const claimLines = async (store: ContractStore) =>
      (await store.auditLog(50))
        .filter((line) => line.action.startsWith("claim."))
        .map((line) => [line.action, line.who, line.ruleId, line.outcome, line.at.toISOString()])
        .reverse();

    it("gives a type one owner; a second take leaves it with the first", async () => {
      const store = await freshStore();
      expect(await store.claims()).toEqual([]);
      const first = await store.takeClaim("r-a", "U-ANN", T0);
      expect(first).toEqual({ taken: true, claim: { ruleId: "r-a", owner: "U-ANN", since: T0 } });
      const second = await store.takeClaim("r-a", "U-BOB", T1);
      expect(second).toEqual({ taken: false, claim: first.claim });
      // Taking one's own type again changes nothing either.
      expect(await store.takeClaim("r-a", "U-ANN", T1)).toEqual({
        taken: false,
        claim: first.claim,
      });
      await store.takeClaim("r-b", "U-BOB", T1);
      expect((await store.claims()).map((c) => [c.ruleId, c.owner])).toEqual([
        ["r-a", "U-ANN"],
        ["r-b", "U-BOB"],
      ]);
      expect(await claimLines(store)).toEqual([
        ["claim.take", "U-ANN", "r-a", "taken", T0.toISOString()],
        ["claim.take", "U-BOB", "r-b", "taken", T1.toISOString()],
      ]);
    });

    it("is released by its owner only, and can then be taken again", async () => {
      const store = await freshStore();
      await store.takeClaim("r-a", "U-ANN", T0);
      expect(await store.releaseClaim("r-a", "U-BOB", T1)).toBeNull();
      expect(await store.releaseClaim("r-a", "U-ANN", T1)).toEqual({
        ruleId: "r-a",
        owner: "U-ANN",
        since: T0,
      });
      expect(await store.releaseClaim("r-a", "U-ANN", T1)).toBeNull();
      expect(await store.claims()).toEqual([]);
      expect((await store.takeClaim("r-a", "U-BOB", T2)).taken).toBe(true);
      expect(await claimLines(store)).toEqual([
        ["claim.take", "U-ANN", "r-a", "taken", T0.toISOString()],
        ["claim.release", "U-ANN", "r-a", "released", T1.toISOString()],
        ["claim.take", "U-BOB", "r-a", "taken", T2.toISOString()],
      ]);
    });

    it("is taken over from the owner named, and not once the owner changed", async () => {
      const store = await freshStore();
      await store.takeClaim("r-a", "U-ANN", T0);
      // Bob saw Ann as the owner, but Cy took it over first: Bob's takeover fails.
      expect(await store.takeOverClaim("r-a", "U-CY", "U-ANN", T1)).toEqual({
        taken: true,
        claim: { ruleId: "r-a", owner: "U-CY", since: T1 },
      });
      expect(await store.takeOverClaim("r-a", "U-BOB", "U-ANN", T2)).toEqual({
        taken: false,
        claim: { ruleId: "r-a", owner: "U-CY", since: T1 },
      });
      await store.releaseClaim("r-a", "U-CY", T2);
      expect(await store.takeOverClaim("r-a", "U-BOB", "U-CY", T2)).toEqual({
        taken: false,
        claim: null,
      });
      const lines = await claimLines(store);
      expect(lines[1]).toEqual([
        "claim.takeover",
        "U-CY",
        "r-a",
        "took over from U-ANN",
        T1.toISOString(),
      ]);
      expect(lines).toHaveLength(3);
    });

    it("gives one owner when two take the same type at once, from two handles", async () => {
      const store = await freshStore();
      const other = await open();
      for (const ruleId of ["r-a", "r-b", "r-c"]) {
        const results = await Promise.all([
          store.takeClaim(ruleId, "U-ANN", T0),
          other.takeClaim(ruleId, "U-BOB", T0),
        ]);
        expect(results.filter((r) => r.taken)).toHaveLength(1);
        const winner = results.find((r) => r.taken)?.claim;
        expect(results.find((r) => !r.taken)?.claim).toEqual(winner);
      }
      // Two takeovers naming the same owner at once: one wins.
      const owner = (await store.claims())[0]?.owner ?? "";
      const results = await Promise.all([
        store.takeOverClaim("r-a", "U-CY", owner, T1),
        other.takeOverClaim("r-a", "U-DI", owner, T1),
      ]);
      expect(results.filter((r) => r.taken)).toHaveLength(1);
      expect((await claimLines(store)).filter((l) => l[0] === "claim.take")).toHaveLength(3);
      expect((await claimLines(store)).filter((l) => l[0] === "claim.takeover")).toHaveLength(1);
    });
  });
});
