/**
 * Each chart against its golden image (test/golden/charts/), drawn from the fixed month of
 * test/chart-history.ts at a fixed now: a change to the layout, the colours or the fonts shows
 * here. Compared with pixelmatch, tolerating anti-aliasing and a few pixels of drift (resvg's
 * rounding may differ across CPUs). After an intended change, look at the new images, then rewrite
 * them: `UPDATE_GOLDEN=1 npx vitest run src/charts/golden.test.ts` (or `npm run golden:update`).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAYS, NOW, seedChartHistory, TIME_ZONE } from "../../test/chart-history.js";
import { createCatalog } from "../catalog/catalog.js";
import { translator } from "../i18n/translator.js";
import { rules } from "../rules/index.js";
import { openStore } from "../store/sqlite-store.js";
import type { Store } from "../store/types.js";
import { CHART_KINDS } from "./chart.js";
import { createChartRenderer } from "./create-chart-renderer.js";

const GOLDEN_DIR = join(import.meta.dirname, "../../test/golden/charts");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
/** Share of pixels allowed to differ beyond pixelmatch's per-pixel threshold. */
const MAX_DIFFERENT = 0.002;

const dir = mkdtempSync(join(tmpdir(), "syncerror-golden-"));
let store: Store;

beforeAll(async () => {
  store = await openStore({ path: join(dir, "month.db") });
  await seedChartHistory(store);
}, 60_000);

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("chart goldens", () => {
  it.each(CHART_KINDS)("%s looks as its golden image", async (kind) => {
    const renderer = createChartRenderer({ store, catalog: createCatalog(rules) });
    const chart = await renderer.render(
      { kind, days: DAYS, now: NOW, timeZone: TIME_ZONE },
      translator("en"),
    );
    const path = join(GOLDEN_DIR, `${kind}.png`);
    if (UPDATE || !existsSync(path)) {
      if (!UPDATE) throw new Error(`No golden image at ${path}: run with UPDATE_GOLDEN=1.`);
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(path, chart.png);
      return;
    }
    const golden = PNG.sync.read(readFileSync(path));
    const actual = PNG.sync.read(Buffer.from(chart.png));
    expect([actual.width, actual.height]).toEqual([golden.width, golden.height]);
    const diff = new PNG({ width: golden.width, height: golden.height });
    const different = pixelmatch(golden.data, actual.data, diff.data, golden.width, golden.height, {
      threshold: 0.1,
    });
    if (different / (golden.width * golden.height) > MAX_DIFFERENT) {
      // Left beside the test's temp files for a look; the failure says where.
      const out = join(tmpdir(), `syncerror-golden-${kind}`);
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, "actual.png"), chart.png);
      writeFileSync(join(out, "diff.png"), PNG.sync.write(diff));
      expect.fail(`${kind}: ${different} pixels differ from ${path}; see ${out}`);
    }
  });
});
