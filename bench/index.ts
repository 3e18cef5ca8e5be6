/**
 * `npm run bench`: the figures the issues ask for, printed as a table. Single-threaded, so one
 * core; run on a quiet machine.
 */
import { Bench } from "tinybench";
import { createCatalog } from "../src/catalog/catalog.js";
import { rules } from "../src/rules/index.js";
import { mixedInputs } from "./mixed-inputs.js";

const INPUTS = 12_000;
const catalog = createCatalog(rules);
const inputs = mixedInputs(rules, INPUTS);
const averageChars = Math.round(inputs.reduce((sum, s) => sum + s.length, 0) / inputs.length);

let next = 0;
const bench = new Bench({ time: 3_000, warmupTime: 500 });
bench
  .add("classify (whole mixed set)", () => {
    for (const input of inputs) catalog.classify(input);
  })
  .add("explain (one query)", () => {
    catalog.explain(inputs[next++ % inputs.length] as string);
  });
await bench.run();

const [classifyTask, explainTask] = bench.tasks;
const classifyMean =
  classifyTask?.result.state === "completed" ? classifyTask.result.latency.mean : Number.NaN;
const explainLatency =
  explainTask?.result.state === "completed" ? explainTask.result.latency : undefined;

const rows = [
  ["inputs (mixed: names, typos, Danish, codes, raw and long messages)", `${INPUTS}`, "≥ 10,000"],
  ["average input length", `${averageChars} chars`, ""],
  [
    "classify throughput",
    `${Math.round((INPUTS / classifyMean) * 1000).toLocaleString("en")} messages/s`,
    "≥ 50,000/s",
  ],
  ["explain latency, median", `${((explainLatency?.p50 ?? Number.NaN) * 1000).toFixed(1)} µs`, ""],
  [
    "explain latency, p99",
    `${((explainLatency?.p99 ?? Number.NaN) * 1000).toFixed(1)} µs`,
    "< 1,000 µs",
  ],
  ["explain samples", `${explainLatency?.samplesCount ?? 0}`, ""],
];
const widths = [0, 1, 2].map((col) => Math.max(...rows.map((row) => (row[col] ?? "").length), 6));
const line = (row: string[]) => row.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join("  ");
console.log(line(["catalog", "measured", "goal"]));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const row of rows) console.log(line(row));
