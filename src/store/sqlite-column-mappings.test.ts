import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MIGRATIONS } from "./migrations.js";
import { openStore } from "./sqlite-store.js";
import { StoreError } from "./store-error.js";
import type { ColumnMappingInput, Store } from "./types.js";

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-mappings-"));
  store = await openStore({ path: join(dir, "syncerror.db") });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function mapping(key: string, by = "U1", day = 20): ColumnMappingInput {
  return {
    headerKey: key,
    headers: key.split("|").map((h) => h.toUpperCase()),
    columns: { hubspotId: { index: 0, header: "POSTID" }, message: { index: 1, header: "FEJL" } },
    confirmedBy: by,
    confirmedAt: new Date(Date.UTC(2026, 10, day, 9)),
  };
}

/** An import of nothing that remembers `remembered` at its commit, or rolls back. */
async function importRemembering(remembered: ColumnMappingInput, commit = true): Promise<void> {
  const tx = await store.beginImport({
    fileName: "eksport.csv",
    contentHash: `hash-${Math.random()}`,
    importedBy: remembered.confirmedBy,
    importedAt: remembered.confirmedAt,
  });
  if (commit)
    await tx.commit({
      rowsRead: 0,
      rejected: 0,
      objectTypes: [],
      columns: {},
      columnMapping: remembered,
    });
  else await tx.rollback();
}

describe("remembered column mappings", () => {
  it("are written by the import's commit, and found by their header row", async () => {
    await importRemembering(mapping("postid|fejl"));
    expect(await store.columnMapping("postid|fejl")).toEqual({ id: 1, ...mapping("postid|fejl") });
    expect(await store.columnMapping("postid|fejl|dato")).toBeNull();
  });

  it("are not remembered when the import rolls back", async () => {
    await importRemembering(mapping("postid|fejl"), false);
    expect(await store.columnMappings()).toEqual([]);
  });

  it("keep one per header row: a new confirmation replaces the old one under its number", async () => {
    await importRemembering(mapping("postid|fejl"));
    await importRemembering(mapping("recordid|message", "cli", 21));
    await importRemembering(mapping("postid|fejl", "U2", 22));
    expect((await store.columnMappings()).map((m) => [m.id, m.headerKey, m.confirmedBy])).toEqual([
      [1, "postid|fejl", "U2"],
      [2, "recordid|message", "cli"],
    ]);
  });

  it("are forgotten one by one or all at once", async () => {
    await importRemembering(mapping("a|b"));
    await importRemembering(mapping("c|d"));
    await importRemembering(mapping("e|f"));
    expect(await store.forgetColumnMapping(2)).toBe(true);
    expect(await store.forgetColumnMapping(2)).toBe(false);
    expect((await store.columnMappings()).map((m) => m.id)).toEqual([1, 3]);
    expect(await store.forgetColumnMappings()).toBe(2);
    expect(await store.columnMappings()).toEqual([]);
  });

  it("are not forgotten in the middle of an import", async () => {
    await importRemembering(mapping("a|b"));
    const tx = await store.beginImport({
      fileName: "x.csv",
      contentHash: "x",
      importedBy: "U1",
      importedAt: new Date(),
    });
    await expect(store.forgetColumnMapping(1)).rejects.toThrow(StoreError);
    await expect(store.forgetColumnMappings()).rejects.toThrow(StoreError);
    await tx.rollback();
    expect(await store.forgetColumnMapping(1)).toBe(true);
  });

  it("get their table when a database of the previous schema is opened", async () => {
    const path = join(dir, "v4.db");
    const old = new Database(path);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 4)) old.exec(migration.sql);
    old.pragma("user_version = 4");
    old.close();
    const upgraded = await openStore({ path });
    try {
      expect(await upgraded.columnMappings()).toEqual([]);
    } finally {
      await upgraded.close();
    }
  });
});
