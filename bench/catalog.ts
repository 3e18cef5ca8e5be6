import { Bench } from "tinybench";
import { createCatalog } from "../src/catalog/catalog.js";
import { rules } from "../src/rules/index.js";
import { mixedInputs } from "./mixed-inputs.js";
import { printTable } from "./table.js";

const INPUTS = 12_000;

/** Issue 2: classify throughput and explain latency over a mixed set of inputs, one core. */
export async function benchCatalog(): Promise<void> {
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
  const explain =
    explainTask?.result.state === "completed" ? explainTask.result.latency : undefined;
  const micro = (ms: number | undefined) => `${((ms ?? Number.NaN) * 1000).toFixed(1)} µs`;

  printTable("Catalog (classify, explain)", [
    ["inputs: names, typos, Danish, codes, raw and long messages", `${INPUTS}`, "≥ 10,000"],
    ["average input length", `${averageChars} chars`, ""],
    [
      "classify throughput",
      `${Math.round((INPUTS / classifyMean) * 1000).toLocaleString("en")} messages/s`,
      "≥ 50,000/s",
    ],
    ["explain latency, median", micro(explain?.p50), ""],
    ["explain latency, p99", micro(explain?.p99), "< 1,000 µs"],
    ["explain samples", `${explain?.samplesCount ?? 0}`, ""],
  ]);
}
