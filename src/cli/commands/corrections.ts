import { UsageError } from "../../errors.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";
import { exportCorrections } from "./corrections/export.js";
import { listCorrections } from "./corrections/list.js";
import { removeCorrection } from "./corrections/remove.js";

const usage = () => corrections.usage.join("\n       ");

/** `syncerror corrections list|remove|export`: the error types admins corrected in Slack. */
export const corrections: CliCommand = {
  name: "corrections",
  usage: [
    `${PROGRAM} corrections list [--json]`,
    `${PROGRAM} corrections remove <id>`,
    `${PROGRAM} corrections export > corrections.jsonl`,
  ],
  summary: "List, remove or export the error types admins corrected",
  options: { json: { type: "boolean" }, ...HELP_OPTION },
  async run({ values, positionals }, io, context) {
    const [action, ...rest] = positionals;
    if (action === "list" && rest.length === 0) {
      const out = await listCorrections(
        await context.store(),
        context.catalog,
        values.json === true,
        context.translator,
      );
      await write(io.stdout, `${out}\n`);
      return EXIT.ok;
    }
    if (action === "remove" && rest.length === 1) {
      const out = await removeCorrection(
        await context.store(),
        rest[0] ?? "",
        usage(),
        context.now(),
        context.translator,
      );
      await write(io.stdout, `${out}\n`);
      return EXIT.ok;
    }
    if (action === "export" && rest.length === 0 && values.json === undefined) {
      await write(io.stdout, await exportCorrections(await context.store()));
      return EXIT.ok;
    }
    throw new UsageError({ key: "cli.correctionsSayWhat", values: { id: "<id>" } }, usage());
  },
};
