import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MIGRATIONS } from "./migrations.js";
import { openStore } from "./sqlite-store.js";
import { StoreError } from "./store-error.js";
import type { CorrectionInput, Store } from "./types.js";

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-corrections-"));
  store = await openStore({ path: join(dir, "syncerror.db") });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));

function correction(key: string, ruleId: string, by = "U0ADMIN", day = 20): CorrectionInput {
  return {
    key,
    message: `${key.toUpperCase()}: as the admin pasted it`,
    ruleId,
    correctedBy: by,
    correctedAt: at(day),
  };
}

describe("corrections", () => {
  it("are saved, listed oldest first, and audited with who and when", async () => {
    const first = await store.saveCorrection(correction("bad region", "mismatched-options"));
    const second = await store.saveCorrection(
      correction("vat missing", "missing-required-value", "U2", 21),
    );
    expect(first).toEqual({
      record: { id: 1, ...correction("bad region", "mismatched-options") },
      previousRuleId: null,
      changed: true,
    });
    expect(second.record.id).toBe(2);
    expect((await store.corrections()).map((c) => [c.id, c.key, c.ruleId, c.correctedBy])).toEqual([
      [1, "bad region", "mismatched-options", "U0ADMIN"],
      [2, "vat missing", "missing-required-value", "U2"],
    ]);
    expect(await store.auditLog(10)).toEqual([
      {
        at: at(21),
        who: "U2",
        action: "correction.add",
        ruleId: "missing-required-value",
        jobId: null,
        count: null,
        outcome: "added",
        detail: "correction #2: VAT MISSING: as the admin pasted it",
      },
      expect.objectContaining({ who: "U0ADMIN", action: "correction.add", outcome: "added" }),
    ]);
  });

  it("keep one per key: a new type replaces the old one under its number, saying which it was", async () => {
    await store.saveCorrection(correction("bad region", "mismatched-options"));
    const again = await store.saveCorrection(correction("bad region", "invalid-value", "U2", 22));
    expect(again.previousRuleId).toBe("mismatched-options");
    expect(await store.corrections()).toEqual([
      { id: 1, ...correction("bad region", "invalid-value", "U2", 22) },
    ]);
    expect((await store.auditLog(1))[0]).toMatchObject({ outcome: "replaced mismatched-options" });
  });

  it("decide 'already so' in the save: the same type again writes and audits nothing", async () => {
    await store.saveCorrection(correction("bad region", "mismatched-options"));
    // Two clicks at once: both saves run; only the first changes anything.
    const [first, second] = await Promise.all([
      store.saveCorrection(correction("bad region", "invalid-value", "U2", 22)),
      store.saveCorrection(correction("bad region", "invalid-value", "U3", 23)),
    ]);
    expect([first.changed, second.changed]).toEqual([true, false]);
    expect(second.record).toMatchObject({ id: 1, ruleId: "invalid-value", correctedBy: "U2" });
    expect((await store.auditLog(10)).map((a) => a.outcome)).toEqual([
      "replaced mismatched-options",
      "added",
    ]);
  });

  it("are removed by number, audited; an unknown number removes nothing and audits nothing", async () => {
    await store.saveCorrection(correction("a", "invalid-value"));
    await store.saveCorrection(correction("b", "invalid-email"));
    expect(await store.removeCorrection(1, "cli", at(23))).toMatchObject({ id: 1, key: "a" });
    expect(await store.removeCorrection(1, "cli", at(23))).toBeNull();
    expect((await store.corrections()).map((c) => c.id)).toEqual([2]);
    const log = await store.auditLog(10);
    expect(log).toHaveLength(3);
    expect(log[0]).toEqual({
      at: at(23),
      who: "cli",
      action: "correction.remove",
      ruleId: "invalid-value",
      jobId: null,
      count: null,
      outcome: "removed",
      detail: "correction #1: A: as the admin pasted it",
    });
  });

  it("quote at most 200 characters of the message in the audit log", async () => {
    await store.saveCorrection({
      ...correction("long", "invalid-value"),
      message: "x".repeat(5_000),
    });
    expect((await store.auditLog(1))[0]?.detail).toHaveLength("correction #1: ".length + 200);
    expect((await store.corrections())[0]?.message).toHaveLength(5_000);
  });

  it("are not written in the middle of an import", async () => {
    await store.saveCorrection(correction("a", "invalid-value"));
    const tx = await store.beginImport({
      fileName: "x.csv",
      contentHash: "x",
      importedBy: "U1",
      importedAt: at(20),
    });
    await expect(store.saveCorrection(correction("b", "invalid-email"))).rejects.toThrow(
      StoreError,
    );
    await expect(store.removeCorrection(1, "U1", at(20))).rejects.toThrow(StoreError);
    await tx.rollback();
    expect(await store.removeCorrection(1, "U1", at(20))).not.toBeNull();
  });
});

describe("correction offers", () => {
  const offer = (key: string, createdDay: number) => ({
    key,
    message: "Our import rejected 0035g00000AbCdE: bad region",
    shownRuleId: "unknown-error",
    createdAt: at(createdDay),
    expiresAt: at(createdDay + 7),
  });

  it("are found by key until they expire, and forgotten once expired", async () => {
    await store.saveCorrectionOffer(offer("AAAAAAAAAAAAAAAA", 1));
    expect(await store.correctionOffer("AAAAAAAAAAAAAAAA", at(2))).toEqual(
      offer("AAAAAAAAAAAAAAAA", 1),
    );
    expect(await store.correctionOffer("AAAAAAAAAAAAAAAA", at(8))).toBeNull();
    expect(await store.correctionOffer("BBBBBBBBBBBBBBBB", at(2))).toBeNull();
    // Saving a later offer purges the expired one for good.
    await store.saveCorrectionOffer(offer("CCCCCCCCCCCCCCCC", 9));
    expect(await store.correctionOffer("AAAAAAAAAAAAAAAA", at(2))).toBeNull();
    expect(await store.correctionOffer("CCCCCCCCCCCCCCCC", at(9))).not.toBeNull();
  });
});

it("a database of the previous schema gets the corrections tables when opened", async () => {
  const path = join(dir, "v5.db");
  const old = new Database(path);
  for (const migration of MIGRATIONS.filter((m) => m.version <= 5)) old.exec(migration.sql);
  old.pragma("user_version = 5");
  old.close();
  const upgraded = await openStore({ path });
  try {
    expect(await upgraded.corrections()).toEqual([]);
    expect(await upgraded.correctionOffer("AAAAAAAAAAAAAAAA", new Date())).toBeNull();
  } finally {
    await upgraded.close();
  }
});
