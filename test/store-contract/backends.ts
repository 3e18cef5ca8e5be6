/**
 * The store backends the contract suites run against, each behind the same small interface: a
 * fresh database per test, opened as many times as a test needs (two handles stand for two
 * processes or replicas).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe } from "vitest";
import { openPostgresStore } from "../../src/store/postgres/pg-store.js";
import { openStore } from "../../src/store/sqlite-store.js";
import type { Store } from "../../src/store/types.js";
import { describePostgres } from "../postgres/database.js";

/** What the contract covers: the whole store, either backend. */
export type ContractStore = Store;

/** A fresh database; `open` gives another handle on it each time. */
export interface ContractDatabase {
  open(): Promise<ContractStore>;
}

/** Declares a suite for one backend; `fresh` makes an empty database. */
export type BackendSuite = (
  name: string,
  body: (fresh: () => Promise<ContractDatabase>) => void,
) => void;

const sqliteSuite: BackendSuite = (name, body) =>
  describe(name, () => {
    const dir = mkdtempSync(join(tmpdir(), "syncerror-contract-"));
    let count = 0;
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    body(async () => {
      const path = join(dir, `store-${count++}.db`);
      return { open: async () => openStore({ path }) };
    });
  });

const postgresSuite: BackendSuite = (name, body) =>
  describePostgres(name, (databases) =>
    body(async () => {
      const url = await databases.create();
      return { open: () => openPostgresStore({ url }) };
    }),
  );

/** Both backends, for `describe.each`. */
export const BACKENDS: ReadonlyArray<readonly [string, BackendSuite]> = [
  ["sqlite", sqliteSuite],
  ["postgres", postgresSuite],
];

/**
 * The stores a suite's tests open, each closed after its test: `freshStore()` opens an empty
 * database, `open()` another handle on the latest one (a second process or replica).
 */
export function storeHandles(fresh: () => Promise<ContractDatabase>): {
  readonly freshStore: () => Promise<ContractStore>;
  readonly open: () => Promise<ContractStore>;
  /** Closes a store now (a test of what meets a closed store); it is not closed again after. */
  readonly close: (store: ContractStore) => Promise<void>;
} {
  const opened: ContractStore[] = [];
  let database: ContractDatabase | undefined;
  const open = async () => {
    if (!database) throw new Error("open() before freshStore()");
    const store = await database.open();
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });
  return {
    open,
    close: async (store) => {
      opened.splice(opened.indexOf(store), 1);
      await store.close();
    },
    freshStore: async () => {
      database = await fresh();
      return open();
    },
  };
}
