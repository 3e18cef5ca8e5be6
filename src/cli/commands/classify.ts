import { classificationToJson } from "../../catalog/json.js";
import { UsageError } from "../../errors.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { readAll, write } from "../io.js";
import { answerJsonLines } from "../jsonl.js";
import { renderClassification } from "../render-text.js";

/** `syncerror classify [message]`: which error type a raw message is; stdin without a message. */
export const classify: CliCommand = {
  name: "classify",
  usage: [
    `${PROGRAM} classify [message] [--json]   (no message: reads stdin)`,
    `${PROGRAM} classify --jsonl < messages.jsonl`,
  ],
  summary: "Classify a raw sync error message into one of the 28 error types",
  options: { json: { type: "boolean" }, jsonl: { type: "boolean" }, ...HELP_OPTION },
  async run({ values, positionals }, io, { catalog, translator }) {
    if (values.jsonl) {
      return answerJsonLines(
        { values, positionals },
        classify.usage,
        io,
        (input) => classificationToJson(input, catalog.classify(input)),
        translator,
      );
    }
    let message = positionals.join(" ");
    if (positionals.length === 0) {
      if (io.stdin.isTTY) await write(io.stderr, `${translator.t("cli.classifyPaste")}\n`);
      message = await readAll(io.stdin);
    }
    if (message.trim() === "") {
      throw new UsageError(
        { key: positionals.length === 0 ? "cli.classifyStdinEmpty" : "cli.classifyEmpty" },
        classify.usage.join("\n       "),
      );
    }
    const result = catalog.classify(message);
    const out = values.json
      ? JSON.stringify(classificationToJson(message, result), null, 2)
      : renderClassification(result, translator);
    await write(io.stdout, `${out}\n`);
    return EXIT.ok;
  },
};
