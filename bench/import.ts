import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeDemoCsv } from "../src/demo/write-demo-csv.js";
import { printTable } from "./table.js";

const ROWS = 1_000_000;

interface Run {
  readonly rows: number;
  readonly seconds: number;
  readonly peakRssMb: number;
}

function run(mode: string, csv: string, db: string): Run {
  const script = fileURLToPath(new URL("./import-run.js", import.meta.url));
  return JSON.parse(
    execFileSync(process.execPath, [script, mode, csv, db], { encoding: "utf8" }),
  ) as Run;
}

/**
 * Issue 5: importing a 1,000,000-row demo export, against a bare csv-parse + SQLite upsert loop
 * run on the same file in the same session; then the same file again.
 */
export async function benchImport(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "syncerror-bench-"));
  try {
    const csv = join(dir, "export.csv");
    const generated = performance.now();
    const out = createWriteStream(csv);
    await writeDemoCsv(out, { rows: ROWS, seed: 42, days: 14, now: new Date() });
    out.end();
    await once(out, "finish");
    const generateSeconds = (performance.now() - generated) / 1000;
    const megabytes = (await stat(csv)).size / 1e6;

    const baseline = run("baseline", csv, join(dir, "baseline.db"));
    const ours = run("syncerror", csv, join(dir, "syncerror.db"));
    const again = run("reimport", csv, join(dir, "syncerror.db"));
    const perSecond = (r: Run) => Math.round(r.rows / r.seconds);
    const ratio = perSecond(ours) / perSecond(baseline);

    printTable(
      `Import: ${ROWS.toLocaleString("en")}-row demo export (${megabytes.toFixed(0)} MB CSV)`,
      [
        ["demo-data generation", `${generateSeconds.toFixed(1)} s`, ""],
        [
          "baseline: csv-parse + SQLite upsert",
          `${perSecond(baseline).toLocaleString("en")} rows/s, ${baseline.peakRssMb.toFixed(0)} MB peak RSS`,
          "",
        ],
        [
          "syncerror import",
          `${perSecond(ours).toLocaleString("en")} rows/s, ${ours.peakRssMb.toFixed(0)} MB peak RSS`,
          "< 300 MB RSS",
        ],
        ["ratio to baseline", ratio.toFixed(2), "≥ 0.8"],
        ["re-import of the same file", `${again.seconds.toFixed(2)} s`, "< 1 s"],
      ],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
