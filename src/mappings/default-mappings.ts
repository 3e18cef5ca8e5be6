import { type FieldMapping, type Mappings, OBJECT_PAIRS, pairKey } from "./mappings.js";

const fields = (entries: Readonly<Record<string, string>>): FieldMapping[] =>
  Object.entries(entries).map(([hubspot, salesforce]) => ({ hubspot, salesforce }));

// The integration's standard mappings (HubSpot's default field mappings for each pair). The
// owner maps to OwnerId through the owner↔user match by email, which the scan checks apart.
const DEFAULTS: Readonly<Record<string, readonly FieldMapping[]>> = {
  "contacts:Lead": fields({
    email: "Email",
    firstname: "FirstName",
    lastname: "LastName",
    company: "Company",
    phone: "Phone",
    jobtitle: "Title",
    state: "State",
    country: "Country",
    hs_lead_status: "Status",
    hubspot_owner_id: "OwnerId",
  }),
  "contacts:Contact": fields({
    email: "Email",
    firstname: "FirstName",
    lastname: "LastName",
    phone: "Phone",
    jobtitle: "Title",
    state: "MailingState",
    country: "MailingCountry",
    hubspot_owner_id: "OwnerId",
  }),
  "companies:Account": fields({
    name: "Name",
    phone: "Phone",
    state: "BillingState",
    country: "BillingCountry",
    hubspot_owner_id: "OwnerId",
  }),
  "deals:Opportunity": fields({
    dealname: "Name",
    dealstage: "StageName",
    amount: "Amount",
    closedate: "CloseDate",
    hubspot_owner_id: "OwnerId",
  }),
};

/** The standard mappings, used for every pair that MAPPINGS_PATH does not name. */
export const DEFAULT_MAPPINGS: Mappings = new Map(
  OBJECT_PAIRS.map((pair) => [pairKey(pair), DEFAULTS[pairKey(pair)] ?? []]),
);
