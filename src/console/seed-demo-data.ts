import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Catalog } from "../catalog/catalog.js";
import { DEFAULT_IMPORT_MAX_BYTES } from "../config.js";
import { writeDemoCsv } from "../demo/write-demo-csv.js";
import { DEMO_SPIKE_ROWS, DEMO_SPIKE_RULE, writeSpikeCsv } from "../demo/write-spike-csv.js";
import { floorToMinute } from "../digest/schedule.js";
import { importFile } from "../import/import-file.js";
import type { ImportRecord, Store } from "../store/types.js";
import type { SandboxedApp } from "./sandboxed-app.js";

/** Local mode's demo export: a fixed seed, so every newcomer sees the same bot. */
export const DEMO_SEED = 20261129;
export const DEMO_ROWS = 3_000;
export const DEMO_DAYS = 14;

/** Local mode's demo export of `now`: two weeks of errors, and the planted wave (demo-wave.ts). */
function demoExport(now: Date) {
  return { rows: DEMO_ROWS, seed: DEMO_SEED, days: DEMO_DAYS, now, wave: true };
}

/**
 * Fills local mode's store with a demo export, through the same importer a real export takes,
 * spread over the last two weeks so trends have history, with the planted wave of errors that
 * followed a Setup change (demo-changes.ts plants the change).
 */
export async function seedDemoData(
  store: Store,
  catalog: Catalog,
  now: Date,
): Promise<ImportRecord> {
  const dir = await mkdtemp(join(tmpdir(), "syncerror-demo-"));
  try {
    const path = join(dir, "demo-export.csv");
    const out = createWriteStream(path);
    await once(out, "open");
    await writeDemoCsv(out, demoExport(now));
    out.end();
    await once(out, "finish");
    const outcome = await importFile(path, {
      store,
      catalog,
      importedBy: "demo-data",
      now: () => now,
      maxBytes: DEFAULT_IMPORT_MAX_BYTES,
    });
    return outcome.record;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Writes local mode's planted spike to `dir`: the demo export of `now` (as `seedDemoData` imported
 * it) plus 48 undated Restricted picklist value errors, which the bot counts from the moment it
 * imports the file. `/syncerror import` of it in the console alerts in that type's channel.
 * Returns the file's path.
 */
export async function writeDemoSpike(dir: string, now: Date): Promise<string> {
  const path = join(dir, "demo-spike.csv");
  const out = createWriteStream(path);
  await once(out, "open");
  await writeSpikeCsv(out, {
    base: demoExport(now),
    ruleId: DEMO_SPIKE_RULE,
    rows: DEMO_SPIKE_ROWS,
  });
  out.end();
  await once(out, "finish");
  return path;
}

/**
 * Posts the digest of the demo data to the sandbox's channel, as the schedule would at 09:00; with
 * routing, each routed channel's too, after it.
 */
export async function postDemoDigest(env: SandboxedApp): Promise<void> {
  const slot = floorToMinute(new Date());
  for (const digest of env.digests) await digest.runner.post(slot, false);
}
