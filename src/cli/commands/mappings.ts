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
      throw new UsageError("Say what to do with the mappings: check.", mappings.usage.join("\n"));
    const config = context.config();
    const hubspot = await context.clients.hubspot();
    const salesforce = await context.clients.salesforce();
    if (!hubspot && !salesforce) {
      throw new BotError(
        "config_invalid",
        "Nothing was checked: neither HubSpot nor Salesforce is configured. Set HUBSPOT_ACCESS_TOKEN " +
          "to check HubSpot's properties, and a Salesforce login (SALESFORCE_CLIENT_ID with " +
          "SALESFORCE_USERNAME and SALESFORCE_PRIVATE_KEY_PATH, say; the other ways are in .env.example) " +
          "to check Salesforce's fields; either one alone checks its side.",
      );
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
      const lines = report.problems.map(
        (p) =>
          `MISSING  ${p.pair}: ${p.missingOn === "hubspot" ? `HubSpot property ${p.hubspot}` : `Salesforce field ${p.salesforce}`} (mapped ${p.hubspot} → ${p.salesforce})`,
      );
      for (const side of report.notConfigured)
        lines.push(
          `NOT CHECKED  ${side === "hubspot" ? "HubSpot" : "Salesforce"} is not configured.`,
        );
      lines.push(
        report.problems.length === 0
          ? `All ${report.checked} mapped fields exist${report.notConfigured.length > 0 ? " on the sides checked" : ""}.`
          : `${report.problems.length} of ${report.checked} mapped fields are missing.`,
      );
      await write(io.stdout, `${lines.join("\n")}\n`);
    }
    return report.problems.length === 0 ? EXIT.ok : EXIT.refused;
  },
};
