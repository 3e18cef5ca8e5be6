import { Bench } from "tinybench";
import { createCatalog } from "../src/catalog/catalog.js";
import { evaluate, type Tally } from "../src/catalog/evaluate.js";
import { renderExplain } from "../src/cli/render-text.js";
import { translator } from "../src/i18n/translator.js";
import { rules } from "../src/rules/index.js";
import { explainResultMessage } from "../src/slack/messages/explanation.js";
import { mixedInputs } from "./mixed-inputs.js";
import { realCorpus } from "./real-corpus.js";
import { printTable } from "./table.js";

const INPUTS = 12_000;

/**
 * Issues 2 and 13: classify throughput and explain latency over a mixed set of inputs (the rules'
 * examples, typos and noise, and the real messages and questions of the corpus), one core; and the
 * classifier's accuracy on the labelled corpus. Issue 16: explain and render the answer in Danish.
 */
export async function benchCatalog(): Promise<void> {
  const catalog = createCatalog(rules);
  const corpus = realCorpus();
  const inputs = mixedInputs(
    rules,
    INPUTS,
    corpus.map((line) => line.input),
  );
  const averageChars = Math.round(inputs.reduce((sum, s) => sum + s.length, 0) / inputs.length);

  // Issue 16: the answer in Danish, as a Danish team gets it (catalog messages, the rule's Danish
  // texts, Block Kit's checks), on top of finding the type.
  const danish = translator("da");
  const lookup = (id: string) => catalog.ruleById(id);
  let next = 0;
  const bench = new Bench({ time: 3_000, warmupTime: 500 });
  bench
    .add("classify (whole mixed set)", () => {
      for (const input of inputs) catalog.classify(input);
    })
    .add("explain (one query)", () => {
      catalog.explain(inputs[next++ % inputs.length] as string);
    })
    .add("explain and render in Danish (one query)", () => {
      const result = catalog.explain(inputs[next++ % inputs.length] as string);
      explainResultMessage(result, catalog, undefined, undefined, danish);
      renderExplain({ kind: "result", result }, lookup, danish);
    });
  await bench.run();

  const [classifyTask, explainTask, danishTask] = bench.tasks;
  const classifyMean =
    classifyTask?.result.state === "completed" ? classifyTask.result.latency.mean : Number.NaN;
  const explain =
    explainTask?.result.state === "completed" ? explainTask.result.latency : undefined;
  const explainDanish =
    danishTask?.result.state === "completed" ? danishTask.result.latency : undefined;
  const micro = (ms: number | undefined) => `${((ms ?? Number.NaN) * 1000).toFixed(1)} µs`;

  printTable("Catalog (classify, explain)", [
    [
      "inputs: names, typos, Danish, codes, raw, real and long messages, questions",
      `${INPUTS}`,
      "≥ 10,000",
    ],
    ["average input length", `${averageChars} chars`, ""],
    [
      "classify throughput",
      `${Math.round((INPUTS / classifyMean) * 1000).toLocaleString("en")} messages/s`,
      "≥ 50,000/s",
    ],
    ["explain latency, median", micro(explain?.p50), ""],
    ["explain latency, p99", micro(explain?.p99), "< 1,000 µs"],
    ["explain samples", `${explain?.samplesCount ?? 0}`, ""],
    [
      "explain + render in Danish (Slack blocks and terminal text), median",
      micro(explainDanish?.p50),
      "",
    ],
    [
      "explain + render in Danish (Slack blocks and terminal text), p99",
      micro(explainDanish?.p99),
      "< 1,000 µs",
    ],
  ]);
}

/** The issue 13 figures on the labelled corpus, as `syncerror eval` reports them. */
export function benchCorpusAccuracy(): void {
  const catalog = createCatalog(rules);
  const corpus = realCorpus();
  const report = evaluate(catalog, corpus);
  const percent = (part: number, tally: Tally) => `${((100 * part) / tally.total).toFixed(1)}%`;
  let otherRight = 0;
  let otherTotal = 0;
  for (const [language, tally] of report.byLanguage) {
    if (language === "en") continue;
    otherRight += tally.right;
    otherTotal += tally.total;
  }
  printTable("Diagnosis on real messages (test/fixtures/real-messages.jsonl)", [
    ["messages / queries", `${report.messages.total} / ${report.queries.total}`, "≥ 400 / ≥ 100"],
    [
      "queries answered with the right type",
      percent(report.queries.right, report.queries),
      "≥ 95%",
    ],
    ["raw messages classified right", percent(report.messages.right, report.messages), "≥ 90%"],
    [
      "raw messages right or defensible",
      percent(report.messages.defensible, report.messages),
      "≥ 97%",
    ],
    ["confident wrong answers (all)", percent(report.all.confidentWrong, report.all), "≤ 1%"],
    [
      `messages in other languages right (${otherTotal})`,
      `${((100 * otherRight) / otherTotal).toFixed(1)}%`,
      "≥ 90%",
    ],
    ["abstentions (all)", percent(report.all.abstained, report.all), ""],
  ]);

  const heldOut = evaluate(catalog, realCorpus("holdout-messages.jsonl"));
  printTable(
    "The same on the held-out set (test/fixtures/holdout-messages.jsonl, gathered after tuning)",
    [
      ["messages / queries", `${heldOut.messages.total} / ${heldOut.queries.total}`, ""],
      ["queries answered with the right type", percent(heldOut.queries.right, heldOut.queries), ""],
      ["raw messages classified right", percent(heldOut.messages.right, heldOut.messages), ""],
      [
        "raw messages right or defensible",
        percent(heldOut.messages.defensible, heldOut.messages),
        "",
      ],
      ["confident wrong answers (all)", percent(heldOut.all.confidentWrong, heldOut.all), "≤ 5%"],
      ["abstentions (all)", percent(heldOut.all.abstained, heldOut.all), ""],
    ],
  );
}
