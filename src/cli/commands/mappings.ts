import { createHubSpotLimiter } from "../../clients/hubspot-paced-call.js";
import { hubspotScanPort } from "../../clients/hubspot-scan-port.js";
import { salesforceScanPort } from "../../clients/salesforce-scan-port.js";
import { BotError, UsageError } from "../../errors.js";
import { checkMappings } from "../../mappings/check-mappings.js";
import { loadMappings } from "../../mappings/load-mappings.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";

/** `syncerror mappings check`: mapped fields that do not exist on either side. */
export const mappings: CliCommand = {
  name: "mappings",
  usage: [`${PROGRAM} mappings check [--json]`],
  summary: "Check that every mapped HubSpot property and Salesforce field exists",
  options: { json: { type: "boolean" }, ...HELP_OPTION },
  async run({ values, positionals }, io, context) {
    if (positionals.length !== 1 || positionals[0] !== "check")
      throw new UsageError({ key: "cli.mappingsSayWhat" }, mappings.usage.join("\n"));
    const config = context.config();
    const hubspot = await context.clients.hubspot();
    const salesforce = await context.clients.salesforce();
    if (!hubspot && !salesforce) {
      throw new BotError("config_invalid", { key: "cli.mappingsNothing" });
    }
    const report = await checkMappings(await loadMappings(config.scan.mappingsPath), {
      hubspot:
        hubspot &&
        hubspotScanPort(hubspot, {
          limiter: createHubSpotLimiter(config.resync.hubspotRateLimit),
        }),
      salesforce: salesforce && salesforceScanPort(salesforce),
    });
    if (values.json) {
      await write(io.stdout, `${JSON.stringify(report, null, 2)}\n`);
    } else {
      const t = context.translator;
      const lines = report.problems.map((p) =>
        p.missingOn === "hubspot"
          ? t.t("cli.mappingsMissingHubspot", {
              pair: p.pair,
              property: p.hubspot,
              hubspot: p.hubspot,
              salesforce: p.salesforce,
            })
          : t.t("cli.mappingsMissingSalesforce", {
              pair: p.pair,
              field: p.salesforce,
              hubspot: p.hubspot,
              salesforce: p.salesforce,
            }),
      );
      for (const side of report.notConfigured)
        lines.push(
          t.t("cli.mappingsNotChecked", { side: side === "hubspot" ? "HubSpot" : "Salesforce" }),
        );
      lines.push(
        report.problems.length === 0
          ? t.t("cli.mappingsAllExist", {
              checked: report.checked,
              partly: report.notConfigured.length > 0 ? "yes" : "no",
            })
          : t.t("cli.mappingsSomeMissing", {
              missing: report.problems.length,
              checked: report.checked,
            }),
      );
      await write(io.stdout, `${lines.join("\n")}\n`);
    }
    return report.problems.length === 0 ? EXIT.ok : EXIT.refused;
  },
};
