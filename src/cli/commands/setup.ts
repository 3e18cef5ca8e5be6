import { hubspotSetupPort } from "../../clients/hubspot-setup-port.js";
import { salesforceSetupPort } from "../../clients/salesforce-setup-port.js";
import { sayUserText, UsageError } from "../../errors.js";
import { checkSetup, type SetupReport } from "../../resync/check-setup.js";
import { recordTriggerChecks } from "../../resync/record-trigger-checks.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";

/** Each status's mark in the cli catalog (`cli.setupMark`'s choices). */
const MARKS: Readonly<Record<SetupReport["items"][number]["status"], string>> = {
  ok: "ok",
  created: "created",
  missing: "missing",
  "wrong-type": "wrongType",
  "not-updateable": "notUpdateable",
  "not-configured": "notConfigured",
};

/** `syncerror setup [--create]`: checks (and creates) the property and field that resyncs set. */
export const setup: CliCommand = {
  name: "setup",
  usage: [`${PROGRAM} setup [--create] [--json]`],
  summary:
    "Check the HubSpot property and Salesforce field resyncs use; --create makes the property",
  options: { create: { type: "boolean" }, json: { type: "boolean" }, ...HELP_OPTION },
  async run({ values, positionals }, io, context) {
    if (positionals.length > 0)
      throw new UsageError(
        { key: "cli.noArguments", values: { command: "setup" } },
        setup.usage.join("\n"),
      );
    const config = context.config();
    const hubspot = await context.clients.hubspot();
    const salesforce = await context.clients.salesforce();
    // The time the check began: a resync's check that ends meanwhile is the newer answer.
    const checkedAt = context.now();
    const report = await checkSetup({
      hubspot: hubspot && hubspotSetupPort(hubspot),
      salesforce: salesforce && salesforceSetupPort(salesforce),
      property: config.resync.hubspotProperty,
      field: config.resync.salesforceField,
      create: values.create === true,
    });
    if (values.json) {
      // JSON keeps its English sentences; the catalog messages are for the text answers.
      const { items, ready, mapping } = report;
      const json = {
        items: items.map(({ said: _, objects: __, ...rest }) => rest),
        ready,
        mapping,
      };
      await write(io.stdout, `${JSON.stringify(json, null, 2)}\n`);
    } else {
      const t = context.translator;
      // One column as wide as the language's longest mark.
      const mark = (status: keyof typeof MARKS) => t.t("cli.setupMark", { status: MARKS[status] });
      const width = Math.max(
        ...Object.keys(MARKS).map((s) => mark(s as keyof typeof MARKS).length),
      );
      const lines = report.items.map(
        (i) =>
          `${mark(i.status).padEnd(width)} ${t.t("setup.line", {
            system: i.system === "hubspot" ? "HubSpot" : "Salesforce",
            // English keeps the report's own wording; another language lists the objects its way.
            object: i.objects && t.language !== "en" ? t.list(i.objects) : i.object,
            name: i.name,
            detail: sayUserText(i.said, t),
          })}`,
      );
      lines.push(
        "",
        report.ready ? t.t("cli.setupReady") : t.t("cli.setupNotReady"),
        "",
        ...report.mappingSaid.map((line) => sayUserText(line, t)),
      );
      await write(io.stdout, `${lines.join("\n")}\n`);
    }
    // Kept for the Home tab, which says whether resyncs can run without checking itself. After the
    // answer: an unreachable database does not hide what the check found.
    await recordTriggerChecks(await context.store(), report, {
      at: checkedAt,
      by: "cli",
      via: "setup",
    });
    return report.ready ? EXIT.ok : EXIT.refused;
  },
};
