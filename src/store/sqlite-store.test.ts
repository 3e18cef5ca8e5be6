import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LATEST_VERSION } from "./migrations.js";
import { openStore } from "./sqlite-store.js";
import { StoreError } from "./store-error.js";
import type { ImportMeta, ObservedError, Store } from "./types.js";

let dir: string;
let store: Store | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-store-"));
});
afterEach(async () => {
  await store?.close();
  store = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const open = async () => {
  store = await openStore({ path: join(dir, "nested", "syncerror.db") });
  return store;
};

function error(
  hubspotId: string,
  ruleId = "invalid-email",
  objectType: ObservedError["objectType"] = "contact",
): ObservedError {
  return {
    ruleId,
    category: "property-values",
    direction: "salesforce-to-hubspot",
    objectType,
    hubspotId,
    salesforceId: null,
    recordName: `Record ${hubspotId}`,
    message: "INVALID_EMAIL_ADDRESS: Email: invalid email address: x@",
    statusCode: "INVALID_EMAIL_ADDRESS",
    occurredAt: new Date("2026-11-20T08:00:00Z"),
  };
}

function meta(day: number, hash = `hash-${day}`): ImportMeta {
  return {
    fileName: `export-${day}.csv`,
    contentHash: hash,
    importedBy: "U1",
    importedAt: new Date(Date.UTC(2026, 10, day, 9)),
  };
}

async function importAll(
  s: Store,
  day: number,
  errors: ObservedError[],
  objectTypes: ObservedError["objectType"][] = ["contact"],
) {
  const tx = await s.beginImport(meta(day));
  for (const e of errors) await tx.add(e);
  return await tx.commit({
    rowsRead: errors.length,
    rejected: 0,
    objectTypes,
    columns: { message: "Error message" },
  });
}

describe("the SQLite store", () => {
  it("creates its folder and file on first use, in WAL mode, at the latest schema", async () => {
    await open();
    const db = new Database(join(dir, "nested", "syncerror.db"), { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it("counts new errors by rule and records the import", async () => {
    const s = await open();
    const record = await importAll(s, 21, [error("1"), error("2"), error("3", "string-too-long")]);
    expect(record).toMatchObject({
      rowsRead: 3,
      newCount: 3,
      stillOpen: 0,
      resolved: 0,
      newByRule: { "invalid-email": 2, "string-too-long": 1 },
    });
    expect(await s.lastImport()).toEqual(record);
    expect(await s.openCounts()).toEqual({
      total: 3,
      byRule: new Map([
        ["invalid-email", 2],
        ["string-too-long", 1],
      ]),
    });
  });

  it("keeps one message per type among the errors an import opened: each type's first new row", async () => {
    const s = await open();
    const withMessage = (e: ObservedError, message: string): ObservedError => ({ ...e, message });
    const first = await importAll(s, 21, [
      withMessage(error("1"), "INVALID_EMAIL_ADDRESS: Email: invalid email address: one@"),
      withMessage(error("2"), "INVALID_EMAIL_ADDRESS: Email: invalid email address: two@"),
    ]);
    const second = await importAll(s, 22, [
      // Still open from the first import: not new, so not this import's sample.
      withMessage(error("1"), "INVALID_EMAIL_ADDRESS: Email: invalid email address: again@"),
      withMessage(error("3", "string-too-long"), "STRING_TOO_LONG: Name: data value too large"),
    ]);
    expect(await s.newErrorSamples(second.id)).toEqual(
      new Map([["string-too-long", "STRING_TOO_LONG: Name: data value too large"]]),
    );
    // The row's message as it is now: the second export reported error 1 in its own words.
    expect(await s.newErrorSamples(first.id)).toEqual(
      new Map([["invalid-email", "INVALID_EMAIL_ADDRESS: Email: invalid email address: again@"]]),
    );
    expect(await s.newErrorSamples(999)).toEqual(new Map());
  });

  it("treats an export as a snapshot: what vanished from its object types is resolved, other types are kept", async () => {
    const s = await open();
    await importAll(
      s,
      21,
      [error("1"), error("2"), error("9", "invalid-value", "deal")],
      ["contact", "deal"],
    );
    const second = await importAll(s, 22, [error("1"), error("4")], ["contact"]);
    expect(second).toMatchObject({ newCount: 1, stillOpen: 1, resolved: 1 });
    expect((await s.openCounts()).total).toBe(3);
  });

  it("counts an error that comes back after being resolved as new again", async () => {
    const s = await open();
    await importAll(s, 21, [error("1")]);
    await importAll(s, 22, []);
    expect((await s.openCounts()).total).toBe(0);
    expect(await importAll(s, 23, [error("1")])).toMatchObject({ newCount: 1, stillOpen: 0 });
  });

  it("counts a row listed twice in one export once", async () => {
    const s = await open();
    expect(await importAll(s, 21, [error("1"), error("1")])).toMatchObject({
      rowsRead: 2,
      newCount: 1,
    });
    expect(await importAll(s, 22, [error("1")])).toMatchObject({ newCount: 0, stillOpen: 1 });
  });

  it("writes nothing on rollback, not even the import", async () => {
    const s = await open();
    await importAll(s, 21, [error("1")]);
    const tx = await s.beginImport(meta(22));
    await tx.add(error("2"));
    await tx.rollback();
    expect((await s.openCounts()).total).toBe(1);
    expect((await s.lastImport())?.fileName).toBe("export-21.csv");
  });

  it("lets readers see the last committed state while an import writes", async () => {
    const s = await open();
    await importAll(s, 21, [error("1")]);
    const tx = await s.beginImport(meta(22));
    await tx.add(error("2"));
    expect((await s.openCounts()).total).toBe(1);
    await tx.commit({ rowsRead: 1, rejected: 0, objectTypes: [], columns: {} });
    expect((await s.openCounts()).total).toBe(2);
  });

  it("runs one import at a time", async () => {
    const s = await open();
    const tx = await s.beginImport(meta(21));
    await expect(s.beginImport(meta(22))).rejects.toThrow(StoreError);
    await tx.rollback();
    await (await s.beginImport(meta(22))).rollback();
  });

  it("upgrades an older database in place and keeps its data", async () => {
    const path = join(dir, "old.db");
    const old = new Database(path);
    old.exec("CREATE TABLE keep_me (x)");
    old.close();
    store = await openStore({ path });
    const db = new Database(path, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'keep_me'").get()).toBeDefined();
    db.close();
  });

  it("refuses a database whose tables are not the ones its version promises, saying what to do", async () => {
    const path = join(dir, "odd.db");
    const odd = new Database(path);
    odd.exec("CREATE TABLE sync_errors (fingerprint TEXT PRIMARY KEY) WITHOUT ROWID");
    odd.pragma(`user_version = ${LATEST_VERSION}`);
    odd.close();
    await expect(openStore({ path })).rejects.toThrow(
      /does not have the tables this syncerror expects .* Point DATABASE_PATH at another file/,
    );
  });

  it("refuses a database from a newer version, saying what to do", async () => {
    const path = join(dir, "new.db");
    const newer = new Database(path);
    newer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.close();
    await expect(openStore({ path })).rejects.toThrow(
      /written by a newer syncerror .* Upgrade syncerror, or point DATABASE_PATH at another file/,
    );
  });

  it("says where it failed when the path cannot be a database", async () => {
    await expect(openStore({ path: dir })).rejects.toThrow(StoreError);
    expect(existsSync(dir)).toBe(true);
  });
});

describe("errors an export does not list", () => {
  const many = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => error(String(from + i)));

  it("are left open with a question when the import asks, and the first answer is applied once", async () => {
    const s = await open();
    await importAll(s, 21, many(412));
    const partial = await s.beginImport(meta(22));
    for (const e of many(4, 1000)) await partial.add(e);
    const seen: Array<{ missing: number; open: number }> = [];
    const record = await partial.commit({
      rowsRead: 4,
      rejected: 0,
      objectTypes: ["contact"],
      columns: {},
      decideMissing: (count) => {
        seen.push(count);
        return "ask";
      },
    });
    expect(seen).toEqual([{ missing: 412, open: 412 }]);
    expect(record).toMatchObject({ resolved: 0, missing: { count: 412, decision: null } });
    expect((await s.openCounts()).total).toBe(416);
    expect((await s.lastImport())?.missing).toMatchObject({ importId: record.id, decision: null });

    const answer = await s.decideMissing(
      record.id,
      "resolve",
      "U2",
      new Date("2026-11-22T10:00:00Z"),
    );
    expect(answer).toMatchObject({
      already: false,
      resolution: { decision: "resolved", decidedBy: "U2", resolved: 412 },
    });
    expect((await s.openCounts()).total).toBe(4);
    expect(await s.lastImport()).toMatchObject({ resolved: 412 });
    const again = await s.decideMissing(record.id, "keep", "U3", new Date("2026-11-22T10:01:00Z"));
    expect(again).toMatchObject({
      already: true,
      resolution: { decision: "resolved", decidedBy: "U2" },
    });
    expect(await s.auditLog(5)).toMatchObject([
      { who: "U2", action: "import.missing", outcome: "resolved", count: 412 },
    ]);
    expect(await s.decideMissing(999, "keep", "U2", new Date())).toBeNull();
  });

  it("answered later leave alone what a later import listed again", async () => {
    const s = await open();
    await importAll(s, 21, many(100));
    const partial = await s.beginImport(meta(22));
    await partial.add(error("0"));
    const asked = await partial.commit({
      rowsRead: 1,
      rejected: 0,
      objectTypes: ["contact"],
      columns: {},
      decideMissing: () => "ask",
    });
    await importAll(s, 23, [error("0"), error("1"), error("2")], ["deal"]);
    const decided = await s.decideMissing(
      asked.id,
      "resolve",
      "U2",
      new Date("2026-11-24T10:00:00Z"),
    );
    expect(decided?.resolution.resolved).toBe(97);
    expect((await s.openCounts()).total).toBe(3);
  });

  it("are kept open, and recorded as kept, when the import says keep", async () => {
    const s = await open();
    await importAll(s, 21, many(60));
    const partial = await s.beginImport(meta(22));
    await partial.add(error("0"));
    const record = await partial.commit({
      rowsRead: 1,
      rejected: 0,
      objectTypes: ["contact"],
      columns: {},
      decideMissing: () => "keep",
    });
    expect(record.missing).toMatchObject({ count: 59, decision: "kept", decidedBy: "U1" });
    expect((await s.openCounts()).total).toBe(60);
    expect((await s.decideMissing(record.id, "resolve", "U2", new Date()))?.already).toBe(true);
  });
});

describe("digest slots", () => {
  it("hand a failed slot back to one caller, only while it is its channel's latest", async () => {
    const s = await open();
    const slot = (day: number) => new Date(Date.UTC(2026, 10, day, 7));
    const failed = await s.claimDigest(slot(21), "C1", false);
    if (!failed) throw new Error("not claimed");
    await s.markDigestFailed(failed.id, "not_in_channel");
    const [first, second] = await Promise.all([
      s.reclaimDigest(failed.id),
      s.reclaimDigest(failed.id),
    ]);
    expect([first, second]).toEqual([true, false]);
    await s.markDigestFailed(failed.id, "not_in_channel");
    // A later slot covers what the failed one would have shown: it no longer waits.
    await s.claimDigest(slot(22), "C1", false);
    expect(await s.reclaimDigest(failed.id)).toBe(false);
    // Another channel's slots are not in the way.
    const other = await s.claimDigest(slot(21), "C2", false);
    if (!other) throw new Error("not claimed");
    await s.markDigestFailed(other.id, "not_in_channel");
    expect(await s.reclaimDigest(other.id)).toBe(true);
  });
});
