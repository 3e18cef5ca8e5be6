/**
 * Picklist and lookup fields demo messages name. Standard fields carry Salesforce's real labels;
 * the `__c` ones are the custom fields a typical HubSpot-connected org has.
 */
import type { SalesforceObject } from "./message-template.js";
import { KEY_PREFIXES } from "./salesforce-id.js";
import { wordList } from "./word-list.js";

/** A picklist, the HubSpot property mapped to it, and values that are not among its options. */
export interface PicklistField {
  readonly label: string;
  readonly api: string;
  readonly hubspotName: string;
  readonly hubspotLabel: string;
  readonly values: readonly string[];
}

/** A reference (lookup) field and the key prefix of the records it points to. */
export interface LookupField {
  readonly label: string;
  readonly api: string;
  readonly target: string;
  readonly hubspotLabel: string;
}

const picklist = (label: string, api: string, hubspotName: string, values: string) => ({
  label,
  api,
  hubspotName,
  hubspotLabel: label[0] + label.slice(1).toLowerCase(),
  values: wordList(values),
});
const leadSource = picklist(
  "Lead Source",
  "LeadSource",
  "lead_source",
  "Webinar, LinkedIn Ads, Messe/Event, Partner Referral, Podcast, G2 Review, Chatbot, Google Ads DK",
);
const industry = picklist(
  "Industry",
  "Industry",
  "industry",
  "Renewable Energy, Fintech, Offentlig sektor, SaaS, Life Science, Grøn omstilling",
);

/** Picklists by object, each with values its restricted value set lacks. */
export const PICKLIST_FIELDS: Readonly<Record<SalesforceObject, readonly PicklistField[]>> = {
  Lead: [
    leadSource,
    industry,
    picklist(
      "Lead Status",
      "Status",
      "hs_lead_status",
      "Marketing Qualified, Sales Accepted, Nurture, Genbesøg",
    ),
  ],
  Contact: [
    leadSource,
    picklist("Salutation", "Salutation", "salutation", "Hr., Fru, Dr., Mx."),
    picklist(
      "Preferred Language",
      "Preferred_Language__c",
      "hs_language",
      "Dansk, Norsk bokmål, Føroyskt",
    ),
  ],
  Account: [
    industry,
    picklist(
      "Account Type",
      "Type",
      "type",
      "Partner – Reseller, Former Customer, Prospect (Nordics)",
    ),
    picklist(
      "Customer Tier",
      "Customer_Tier__c",
      "customer_tier",
      "Platinum, Gold Plus, Strategisk",
    ),
    picklist("Region", "Region__c", "region", "Nordics, DACH, Benelux, Baltics"),
  ],
  Opportunity: [
    leadSource,
    picklist(
      "Type",
      "Type",
      "dealtype",
      "Upsell, Renewal – multi-year, Cross-sell, Genforhandling",
    ),
    picklist("Loss Reason", "Loss_Reason__c", "closed_lost_reason", "Pris, No decision, Timing"),
  ],
  Task: [
    picklist("Type", "Type", "hs_task_type", "LinkedIn message, Video call, SMS"),
    picklist("Priority", "Priority", "hs_task_priority", "Urgent, Lav, Medium-high"),
  ],
};

const lookup = (label: string, api: string, target: string, hubspotLabel: string) => ({
  label,
  api,
  target,
  hubspotLabel,
});
const partnerAccount = lookup(
  "Partner Account",
  "Partner_Account__c",
  KEY_PREFIXES.Account,
  "Partner account",
);

/** Reference fields by object. */
export const LOOKUP_FIELDS: Readonly<Record<SalesforceObject, readonly LookupField[]>> = {
  Lead: [
    partnerAccount,
    lookup("Referred By", "Referred_By__c", KEY_PREFIXES.Contact, "Referred by"),
  ],
  Contact: [
    lookup("Account ID", "AccountId", KEY_PREFIXES.Account, "Salesforce account ID"),
    lookup("Reports To ID", "ReportsToId", KEY_PREFIXES.Contact, "Reports to"),
    partnerAccount,
  ],
  Account: [
    lookup("Parent Account ID", "ParentId", KEY_PREFIXES.Account, "Parent company"),
    partnerAccount,
  ],
  Opportunity: [
    lookup("Account ID", "AccountId", KEY_PREFIXES.Account, "Salesforce account ID"),
    lookup("Primary Contact", "Primary_Contact__c", KEY_PREFIXES.Contact, "Primary contact"),
    lookup("Campaign ID", "CampaignId", KEY_PREFIXES.Campaign, "Campaign"),
    partnerAccount,
  ],
  Task: [
    lookup("Name ID", "WhoId", KEY_PREFIXES.Contact, "Contact"),
    lookup("Related To ID", "WhatId", KEY_PREFIXES.Opportunity, "Deal"),
  ],
};
