/**
 * Small pieces the message templates share: nouns for the row's object, Salesforce's JSON error
 * body, error ids, HubSpot ids and API spellings of picklist values.
 */
import type { MessageContext } from "./message-template.js";
import { pick, type Random, randomInt } from "./random.js";

const HUBSPOT_NOUNS = { contact: "contact", company: "company", deal: "deal", activity: "task" };

/** The HubSpot word for the row's record: contact, company, deal or task. */
export function hubspotNoun(context: MessageContext): string {
  return HUBSPOT_NOUNS[context.object];
}

/** The Salesforce word for the row's record in lower case: lead, contact, account, … */
export function salesforceNoun(context: MessageContext): string {
  return context.salesforceObject.toLowerCase();
}

/** The 15-character form Salesforce's own messages often print. */
export function id15(id: string): string {
  return id.slice(0, 15);
}

/** Salesforce's REST error body, as HubSpot stores it when it keeps the raw response. */
export function salesforceJson(statusCode: string, message: string, fields: readonly string[]) {
  const list = fields.map(jsonString).join(",");
  return `[{"statusCode":"${statusCode}","message":${jsonString(message)},"fields":[${list}]}]`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON escapes exactly these characters.
const JSON_SPECIAL = /["\\\u0000-\u001f]/;

// JSON.stringify for one string, without its cost for the common string that needs no escapes.
function jsonString(text: string): string {
  return JSON_SPECIAL.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** The id Salesforce prints for an unexpected exception: "1208447339-170153 (-1538920482)". */
export function salesforceErrorId(random: Random): string {
  const a = randomInt(random, 100_000_000, 2_147_483_647);
  return `${a}-${randomInt(random, 10_000, 999_999)} (-${randomInt(random, 100_000_000, 2_147_483_647)})`;
}

/** Another HubSpot record's id, e.g. the company a contact is associated with. */
export function otherHubspotId(random: Random): string {
  return String(randomInt(random, 10_000, 99_999_999_999));
}

/** A picklist value as an API name: "Partner Referral" → "Partner_Referral". */
export function apiValue(label: string): string {
  return label.replace(/[^\p{L}\p{N}]+/gu, "_").replace(/^_|_$/g, "");
}

/** One of the given items. */
export function oneOf<T>(context: MessageContext, items: readonly T[]): T {
  return pick(context.random, items);
}
