/**
 * What local mode plants in its CRM sandboxes for `/syncerror scan` to find: a few HubSpot
 * contacts that have not synced for hours, each for a reason the scan can name (and one for no
 * reason it can), and Salesforce records with problems of their own, among records that are fine.
 */
import { DEMO_WAVE } from "../demo/demo-wave.js";
import type {
  SeedOwner,
  SeedPipeline,
  SeedProperty,
  SeedRecord,
} from "../sandbox/hubspot/sandbox.js";
import { salesforceId } from "../sandbox/salesforce/sandbox.js";

const HOUR = 3_600_000;

/** The Salesforce stages HubSpot's demo pipeline knows (Qualification is left out on purpose). */
export const DEMO_PIPELINE_STAGES = [
  "Prospecting",
  "Value Proposition",
  "Id. Decision Makers",
  "Perception Analysis",
  "Proposal/Price Quote",
  "Negotiation/Review",
  "Closed Won",
  "Closed Lost",
];

/**
 * The contact properties a HubSpot portal with the integration has and the standard mappings use,
 * beyond the sandbox's few defaults: the scan reads them, so a seed that wants findings needs them.
 */
export const MAPPED_CONTACT_PROPERTIES: readonly SeedProperty[] = [
  ...[
    "company",
    "phone",
    "jobtitle",
    "state",
    "country",
    "salesforceleadid",
    "salesforcecontactid",
  ].map((name) => ({ name, type: "string" as const })),
  { name: "salesforcelastsynctime", type: "datetime" },
  { name: "hubspot_owner_id", type: "enumeration", options: [] },
  {
    name: "hs_lead_status",
    type: "enumeration",
    options: ["Open - Not Contacted", "Working - Contacted", "Nurturing"].map((v) => ({
      label: v,
      value: v,
    })),
  },
];

/** The demo's Salesforce admin, who deactivates the planted wave's value. */
export const DEMO_ADMIN_ID = salesforceId("User", 904);

/** The seeds, relative to `now`. */
export function scanDemoSeed(now: Date) {
  const iso = (ms: number) => new Date(ms).toISOString();
  const at = now.getTime();
  const stuck = (n: number, properties: Record<string, string>): SeedRecord => ({
    id: String(9_000_000 + n),
    createdAt: iso(at - 3 * HOUR),
    updatedAt: iso(at - 3 * HOUR),
    properties: { firstname: "Demo", lastname: `Contact ${n}`, company: "Acme", ...properties },
  });
  const user = (n: number, email: string, isActive: boolean, userType = "Standard") => ({
    Id: salesforceId("User", 900 + n),
    Username: email,
    LastName: email.split("@")[0] ?? "user",
    Email: email,
    IsActive: isActive,
    UserType: userType,
  });
  const owners: SeedOwner[] = [
    { id: "801", email: "former.rep@demo.example" },
    { id: "802", email: "active.rep@demo.example" },
  ];
  const pipelines: SeedPipeline[] = [
    {
      id: "default",
      label: "Sales Pipeline",
      stages: DEMO_PIPELINE_STAGES.map((label, i) => ({ id: `stage-${i}`, label })),
    },
  ];
  const contacts: SeedRecord[] = [
    stuck(1, {
      jobtitle:
        "Senior Vice President of Global Strategic Partnerships, Channel Alliances and Business Development for the Nordic and Baltic Region",
    }),
    stuck(2, { hs_lead_status: "Nurturing" }),
    stuck(3, { state: "Jylland", country: "Danmark" }),
    stuck(4, { state: "California" }),
    stuck(5, { lastname: "" }),
    stuck(6, { hubspot_owner_id: "801" }),
    stuck(7, {}),
  ];
  const users = [
    user(1, "active.rep@demo.example", true),
    user(2, "former.rep@demo.example", false),
    user(3, "partner.portal@demo.example", true, "PowerCustomerSuccess"),
    // The Salesforce admin of the planted wave (demo-wave.ts): the audit trail names her.
    {
      ...user(4, DEMO_WAVE.admin.email, true),
      FirstName: DEMO_WAVE.admin.firstName,
      LastName: DEMO_WAVE.admin.lastName,
    },
  ];
  const owner = users[0]?.Id ?? "";
  const leads = [
    {
      Id: salesforceId("Lead", 900_001),
      LastName: "Doe",
      Company: "Acme",
      Email: "jane.doe@acme",
      OwnerId: owner,
    },
    {
      Id: salesforceId("Lead", 900_002),
      LastName: "Portal",
      Company: "Acme",
      Email: "portal@acme.example",
      OwnerId: users[2]?.Id ?? "",
    },
    {
      Id: salesforceId("Lead", 900_003),
      LastName: "Fine",
      Company: "Acme",
      Email: "fine@acme.example",
      OwnerId: owner,
    },
  ];
  const opportunities = [
    {
      Id: salesforceId("Opportunity", 900_001),
      Name: "Renewal",
      StageName: "Qualification",
      CloseDate: "2026-12-31",
      OwnerId: owner,
    },
    {
      Id: salesforceId("Opportunity", 900_002),
      Name: "Upsell",
      StageName: "Prospecting",
      CloseDate: "2026-12-31",
      OwnerId: owner,
    },
  ];
  return {
    hubspot: { contacts, properties: MAPPED_CONTACT_PROPERTIES, owners, pipelines },
    salesforce: { User: users, Lead: leads, Opportunity: opportunities },
  };
}
