import { explainResultToJson } from "../../catalog/json.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";
import { answerJsonLines } from "../jsonl.js";
import { type ExplainReply, renderExplain } from "../render-text.js";

/** `syncerror explain <query…>`: the error type a person names, misspells or pastes. */
export const explain: CliCommand = {
  name: "explain",
  usage: [`${PROGRAM} explain <query…> [--json]`, `${PROGRAM} explain --jsonl < queries.jsonl`],
  summary: "Explain an error type: cause, fix, who acts, whether to resync",
  options: { json: { type: "boolean" }, jsonl: { type: "boolean" }, ...HELP_OPTION },
  async run({ values, positionals }, io, { catalog, translator }) {
    if (values.jsonl) {
      return answerJsonLines(
        { values, positionals },
        explain.usage,
        io,
        (input) => explainResultToJson(catalog.explain(input)),
        translator,
      );
    }
    const text = positionals.join(" ");
    const reply: ExplainReply =
      text.trim() === ""
        ? { kind: "categories", categories: catalog.categories }
        : { kind: "result", result: catalog.explain(text) };
    if (values.json) {
      const body =
        reply.kind === "categories"
          ? {
              query: text,
              match: null,
              suggestions: [],
              categories: reply.categories.map((c) => ({
                id: c.id,
                name: c.name,
                count: c.rules.length,
              })),
            }
          : explainResultToJson(reply.result);
      await write(io.stdout, `${JSON.stringify(body, null, 2)}\n`);
    } else {
      const rendered = renderExplain(reply, (id) => catalog.ruleById(id), translator);
      await write(io.stdout, `${rendered}\n`);
    }
    return reply.kind === "result" && !reply.result.match ? EXIT.noMatch : EXIT.ok;
  },
};
