import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { DEFAULT_MAPPINGS } from "../mappings/default-mappings.js";
import { rules } from "../rules/index.js";
import { openStore } from "../store/index.js";
import { runScan } from "./run-scan.js";

const catalog = createCatalog(rules);

describe("runScan and the store", () => {
  it("waits for an import that holds the store, then stores the scan", async () => {
    const store = await openStore({ path: ":memory:" });
    const tx = await store.beginImport({
      fileName: "e.csv",
      contentHash: "h",
      importedBy: "test",
      importedAt: new Date(),
    });
    let stored = false;
    const scanning = runScan({
      store,
      catalog,
      hubspot: undefined,
      salesforce: undefined,
      mappings: DEFAULT_MAPPINGS,
      settings: { inclusionListId: undefined, graceMs: 3_600_000, overlapMs: 300_000 },
      now: () => new Date(),
      calls: () => ({ hubspot: 0, salesforce: 0 }),
    }).then((result) => {
      stored = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(stored).toBe(false);
    await tx.commit({ rowsRead: 0, rejected: 0, objectTypes: [], columns: {} });
    const { scan } = await scanning;
    expect((await store.lastScan())?.id).toBe(scan.id);
    await store.close();
  });
});
