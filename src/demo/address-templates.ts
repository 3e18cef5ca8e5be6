/**
 * State and country: Salesforce's state and country picklists refuse a state they do not list
 * for the country (Salesforce ships states for about ten countries, none of them Nordic) and a
 * state that comes without a country.
 */
import type { MessageTemplate, SalesforceObject } from "./message-template.js";
import { template } from "./message-template.js";
import { hubspotNoun, oneOf, salesforceJson } from "./template-helpers.js";
import { wordList } from "./word-list.js";

// [state label, state field, country code field] of the address each object syncs.
const ADDRESS_FIELDS: Readonly<Record<SalesforceObject, readonly [string, string, string]>> = {
  Lead: ["State/Province", "State", "CountryCode"],
  Contact: ["Mailing State/Province", "MailingState", "MailingCountryCode"],
  Account: ["Billing State/Province", "BillingState", "BillingCountryCode"],
  Opportunity: ["State/Province", "State", "CountryCode"],
  Task: ["State/Province", "State", "CountryCode"],
};
// [state as typed in HubSpot, the country it was typed with].
const REGIONS = [
  ["Jylland", "Denmark"],
  ["Sjælland", "Denmark"],
  ["Region Hovedstaden", "Denmark"],
  ["Nordjylland", "Danmark"],
  ["Skåne", "Sweden"],
  ["Västra Götaland", "Sverige"],
  ["Viken", "Norway"],
  ["Bayern", "Germany"],
] as const;
const STATES = wordList("Ontario, Bavaria, Skåne, Region Hovedstaden, California, Nordjylland");
const STATE_PROBLEM =
  "There's a problem with this state, even though it may appear correct. Please select a state " +
  "from the list of valid states.";
const COUNTRY_FIRST = "must be specified before specifying a state value for field";

/** State and country messages, keyed by rule id. */
export const ADDRESS_TEMPLATES: Readonly<Record<string, readonly MessageTemplate[]>> = {
  "mismatched-state-or-country-value": [
    template(
      3,
      (c) =>
        `FIELD_INTEGRITY_EXCEPTION: ${STATE_PROBLEM}: ${ADDRESS_FIELDS[c.salesforceObject][0]}`,
    ),
    template(2, (c) => {
      const [region] = oneOf(c, REGIONS);
      return `FIELD_INTEGRITY_EXCEPTION: The existing country/territory doesn't recognize the state value: ${region}`;
    }),
    template(2, (c) =>
      salesforceJson(
        "FIELD_INTEGRITY_EXCEPTION",
        "There's a problem with this country, even though it may appear correct. Please select a " +
          "country/territory from the list of valid countries.",
        [ADDRESS_FIELDS[c.salesforceObject][2]],
      ),
    ),
    template(
      0.5,
      () =>
        "field_integrity_exception: there's a problem with this state, even though it may appear correct.",
    ),
    template(1, (c) => {
      const [region, country] = oneOf(c, REGIONS);
      return `Mismatched state or country value: ${region} is not a valid state for ${country} in Salesforce`;
    }),
  ],
  "missing-required-country": [
    template(3, (c) => {
      const [label, api] = ADDRESS_FIELDS[c.salesforceObject];
      return `FIELD_INTEGRITY_EXCEPTION: A country/territory ${COUNTRY_FIRST}: ${label}: [${api}]`;
    }),
    template(2, (c) => {
      const [label, api] = ADDRESS_FIELDS[c.salesforceObject];
      return salesforceJson(
        "FIELD_INTEGRITY_EXCEPTION",
        `A country/territory ${COUNTRY_FIRST}: ${label}`,
        [api],
      );
    }),
    template(
      0.5,
      (c) =>
        `field_integrity_exception: a country ${COUNTRY_FIRST}: ${ADDRESS_FIELDS[c.salesforceObject][0]}`,
    ),
    template(
      1,
      (c) => `A country/territory ${COUNTRY_FIRST}: ${ADDRESS_FIELDS[c.salesforceObject][0]}`,
    ),
    template(
      1,
      (c) =>
        `State/Region is set to ${oneOf(c, STATES)} but no Country/Region is set on this ${hubspotNoun(c)}`,
    ),
  ],
};
