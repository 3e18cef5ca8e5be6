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
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-corrections-"));
  store = openStore({ path: join(dir, "syncerror.db") });
});
afterEach(() => {
  store.close();
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
  it("are saved, listed oldest first, and audited with who and when", () => {
    const first = store.saveCorrection(correction("bad region", "mismatched-options"));
    const second = store.saveCorrection(
      correction("vat missing", "missing-required-value", "U2", 21),
    );
    expect(first).toEqual({
      record: { id: 1, ...correction("bad region", "mismatched-options") },
      previousRuleId: null,
    });
    expect(second.record.id).toBe(2);
    expect(store.corrections().map((c) => [c.id, c.key, c.ruleId, c.correctedBy])).toEqual([
      [1, "bad region", "mismatched-options", "U0ADMIN"],
      [2, "vat missing", "missing-required-value", "U2"],
    ]);
    expect(store.auditLog(10)).toEqual([
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

  it("keep one per key: a new type replaces the old one under its number, saying which it was", () => {
    store.saveCorrection(correction("bad region", "mismatched-options"));
    const again = store.saveCorrection(correction("bad region", "invalid-value", "U2", 22));
    expect(again.previousRuleId).toBe("mismatched-options");
    expect(store.corrections()).toEqual([
      { id: 1, ...correction("bad region", "invalid-value", "U2", 22) },
    ]);
    expect(store.auditLog(1)[0]).toMatchObject({ outcome: "replaced mismatched-options" });
  });

  it("are removed by number, audited; an unknown number removes nothing and audits nothing", () => {
    store.saveCorrection(correction("a", "invalid-value"));
    store.saveCorrection(correction("b", "invalid-email"));
    expect(store.removeCorrection(1, "cli", at(23))).toMatchObject({ id: 1, key: "a" });
    expect(store.removeCorrection(1, "cli", at(23))).toBeNull();
    expect(store.corrections().map((c) => c.id)).toEqual([2]);
    const log = store.auditLog(10);
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

  it("quote at most 200 characters of the message in the audit log", () => {
    store.saveCorrection({ ...correction("long", "invalid-value"), message: "x".repeat(5_000) });
    expect(store.auditLog(1)[0]?.detail).toHaveLength("correction #1: ".length + 200);
    expect(store.corrections()[0]?.message).toHaveLength(5_000);
  });

  it("are not written in the middle of an import", () => {
    store.saveCorrection(correction("a", "invalid-value"));
    const tx = store.beginImport({
      fileName: "x.csv",
      contentHash: "x",
      importedBy: "U1",
      importedAt: at(20),
    });
    expect(() => store.saveCorrection(correction("b", "invalid-email"))).toThrow(StoreError);
    expect(() => store.removeCorrection(1, "U1", at(20))).toThrow(StoreError);
    tx.rollback();
    expect(store.removeCorrection(1, "U1", at(20))).not.toBeNull();
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

  it("are found by key until they expire, and forgotten once expired", () => {
    store.saveCorrectionOffer(offer("AAAAAAAAAAAAAAAA", 1));
    expect(store.correctionOffer("AAAAAAAAAAAAAAAA", at(2))).toEqual(offer("AAAAAAAAAAAAAAAA", 1));
    expect(store.correctionOffer("AAAAAAAAAAAAAAAA", at(8))).toBeNull();
    expect(store.correctionOffer("BBBBBBBBBBBBBBBB", at(2))).toBeNull();
    // Saving a later offer purges the expired one for good.
    store.saveCorrectionOffer(offer("CCCCCCCCCCCCCCCC", 9));
    expect(store.correctionOffer("AAAAAAAAAAAAAAAA", at(2))).toBeNull();
    expect(store.correctionOffer("CCCCCCCCCCCCCCCC", at(9))).not.toBeNull();
  });
});

it("a database of the previous schema gets the corrections tables when opened", () => {
  const path = join(dir, "v5.db");
  const old = new Database(path);
  for (const migration of MIGRATIONS.filter((m) => m.version <= 5)) old.exec(migration.sql);
  old.pragma("user_version = 5");
  old.close();
  const upgraded = openStore({ path });
  try {
    expect(upgraded.corrections()).toEqual([]);
    expect(upgraded.correctionOffer("AAAAAAAAAAAAAAAA", new Date())).toBeNull();
  } finally {
    upgraded.close();
  }
});
