import type { HubSpotScanPort } from "../clients/hubspot-scan-port.js";
import type { SalesforceScanPort } from "../clients/salesforce-scan-port.js";
import { type Mappings, OBJECT_PAIRS, pairKey } from "./mappings.js";

/** One mapped field that does not exist on a side. */
export interface MappingProblem {
  readonly pair: string;
  readonly hubspot: string;
  readonly salesforce: string;
  /** Which side lacks it. */
  readonly missingOn: "hubspot" | "salesforce";
}

/** The outcome of `syncerror mappings check`. */
export interface MappingReport {
  readonly checked: number;
  readonly problems: readonly MappingProblem[];
  /** Sides that could not be checked because they are not configured. */
  readonly notConfigured: readonly ("hubspot" | "salesforce")[];
}

/**
 * Checks that every mapped HubSpot property and Salesforce field exists, reading HubSpot's
 * property definitions (one call per object) and Salesforce's describe (one per object).
 */
export async function checkMappings(
  mappings: Mappings,
  ports: {
    readonly hubspot: HubSpotScanPort | undefined;
    readonly salesforce: SalesforceScanPort | undefined;
  },
): Promise<MappingReport> {
  const hubspotNames = new Map<string, Set<string>>();
  const salesforceNames = new Map<string, Set<string>>();
  for (const pair of OBJECT_PAIRS) {
    if (ports.hubspot && !hubspotNames.has(pair.hubspot)) {
      const properties = await ports.hubspot.properties(pair.hubspot);
      hubspotNames.set(pair.hubspot, new Set(properties.map((p) => p.name)));
    }
    if (ports.salesforce && !salesforceNames.has(pair.salesforce)) {
      const fields = await ports.salesforce.describe(pair.salesforce);
      salesforceNames.set(pair.salesforce, new Set(fields.map((f) => f.name.toLowerCase())));
    }
  }
  const problems: MappingProblem[] = [];
  let checked = 0;
  for (const pair of OBJECT_PAIRS) {
    for (const m of mappings.get(pairKey(pair)) ?? []) {
      checked++;
      const at = { pair: pairKey(pair), hubspot: m.hubspot, salesforce: m.salesforce };
      if (ports.hubspot && !hubspotNames.get(pair.hubspot)?.has(m.hubspot))
        problems.push({ ...at, missingOn: "hubspot" });
      if (
        ports.salesforce &&
        !salesforceNames.get(pair.salesforce)?.has(m.salesforce.toLowerCase())
      )
        problems.push({ ...at, missingOn: "salesforce" });
    }
  }
  return {
    checked,
    problems,
    notConfigured: [
      ...(ports.hubspot ? [] : (["hubspot"] as const)),
      ...(ports.salesforce ? [] : (["salesforce"] as const)),
    ],
  };
}
