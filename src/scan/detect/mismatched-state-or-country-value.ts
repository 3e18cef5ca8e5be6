import { finding } from "../finding.js";
import type { Detector } from "./detector.js";
import { pickEntry, stateAndCountry, validForIncludes } from "./state-country.js";

/**
 * Mismatched state or country value: with state and country picklists on, a country Salesforce does
 * not list, a state it does not list, or a state that does not belong to the country.
 */
export const mismatchedStateOrCountryValue: Detector = {
  ruleId: "mismatched-state-or-country-value",
  on: "hubspot-record",
  detect(record, context) {
    const place = stateAndCountry(record, context);
    if (!place?.picklists) return [];
    const { states, countries } = place.picklists;
    const country = place.country ? pickEntry(countries, place.country) : undefined;
    // A country Salesforce does not know: that is the error; its states cannot be judged.
    if (place.country && !country) {
      return [
        finding(
          "mismatched-state-or-country-value",
          place.countryField,
          `FIELD_INTEGRITY_EXCEPTION: There's a problem with this country, even though it may appear correct. Please select a country/territory from the list of valid countries.: ${place.country}`,
          "FIELD_INTEGRITY_EXCEPTION",
        ),
      ];
    }
    if (!place.state) return [];
    const state = pickEntry(states, place.state);
    const countryIndex = country ? (countries.picklist ?? []).indexOf(country) : -1;
    const belongs =
      state !== undefined &&
      (countryIndex < 0 ||
        state.validFor === null ||
        validForIncludes(state.validFor, countryIndex));
    if (state && (!country || belongs)) return [];
    return [
      finding(
        "mismatched-state-or-country-value",
        place.stateField,
        `FIELD_INTEGRITY_EXCEPTION: There's a problem with this state, even though it may appear correct. Please select a state from the list of valid states.: ${place.state}`,
        "FIELD_INTEGRITY_EXCEPTION",
      ),
    ];
  },
};
