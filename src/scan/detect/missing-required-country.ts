import { finding } from "../finding.js";
import type { Detector } from "./detector.js";
import { stateAndCountry } from "./state-country.js";

/** Missing required country: a state without a country, which Salesforce's picklists refuse. */
export const missingRequiredCountry: Detector = {
  ruleId: "missing-required-country",
  on: "hubspot-record",
  detect(record, context) {
    const place = stateAndCountry(record, context);
    if (!place?.picklists || place.state === "" || place.country !== "") return [];
    return [
      finding(
        "missing-required-country",
        place.countryField,
        `FIELD_INTEGRITY_EXCEPTION: A country/territory must be specified before specifying a state value for field: ${place.stateField}`,
        "FIELD_INTEGRITY_EXCEPTION",
      ),
    ];
  },
};
