/**
 * Text fields demo messages name, with Salesforce's standard length limits, and values that are
 * too long for them, grown the way over-long values arise in forms and integrations.
 */
import type { SalesforceObject } from "./message-template.js";
import { pick, type Random, randomInt } from "./random.js";
import { wordList } from "./word-list.js";

/** A text field and a way to write a value that is too long for it. */
export interface TextField {
  readonly label: string;
  readonly api: string;
  readonly max: number;
  /** The HubSpot property mapped to it, by label. */
  readonly hubspotLabel: string;
  /** A value longer than `max`, grown from the record's name where that is what people type. */
  readonly overflow: (random: Random, recordName: string) => string;
}

/**
 * Appends pieces until the value is longer than `max`: how over-long values arise in forms. The
 * pieces are taken in order from a random one, so a value repeats a piece only after all of them.
 */
function grow(random: Random, start: string, pieces: readonly string[], max: number, sep = " ") {
  let value = start;
  let next = Math.floor(random() * pieces.length);
  while (value.length <= max) value += (value ? sep : "") + pieces[next++ % pieces.length];
  return value;
}

const phone = (random: Random) =>
  `+45 ${Array.from({ length: 4 }, () => String(randomInt(random, 10, 99))).join(" ")}`;
const lastWord = (name: string) => name.slice(name.lastIndexOf(" ") + 1);
const firstWord = (name: string) => name.split(" ", 1)[0] ?? name;

const NAME_NOTES = wordList(`
  (tidligere Jensen), c/o Indkøbsafdelingen, att. regnskab, kontakt via hovedkontoret,
  bedes ringe efter kl. 12, ikke længere ansat – se ny kontakt, FAKTURA SENDES TIL ØKONOMI,
  (barsel til 1/9), via receptionen
`);
// People with several hats list them all in one title.
const ROLES = wordList(`
  Head of Procurement, Indkøbschef, CFO, Director of Facility Management, Member of the Executive
  Board, Bestyrelsesmedlem, Partner, Ansvarlig for IT-sikkerhed og GDPR, Country Manager Denmark
  & Iceland, Senior Vice President Global Strategic Partnerships, Økonomi- og HR-ansvarlig
`);
const CITIES = wordList("København K, Aarhus C, Odense SV, Aalborg Øst, Frederiksberg C, Kolding");
const ADDRESS_NOTES = wordList(`
  (ved Kongens Nytorv), att.: Indkøbsafdelingen, postboks 1234, 3. sal til venstre,
  indgang fra gården, levering via bagindgangen
`);
const PHONE_NOTES = wordList("(reception), (direkte), (mobil), (omstilling), (switchboard)");
const DEAL_NOTES = wordList(`
  – inkl. option på yderligere 3 år, (erstatter aftale fra 2023), / genforhandlet efter
  budgetrunde, – phase 2 incl. onboarding and training, – rabat aftalt med indkøb
`);
const NEXT_STEPS = wordList(`
  Send revideret tilbud til indkøb, Book møde med CFO om budget, Await legal review of the DPA,
  Follow up after the board meeting, Afklar leveringstid med lager, Get sign-off from IT security,
  Demo for the operations team on Tuesday, Ring til Mette om prisstruktur, Confirm volumes for
  Q3 and Q4, Opdater business case med nye tal, Send reference cases from the Nordics
`);
const SUBJECTS = wordList(`
  Tilbud på serviceaftale, Opfølgning på møde i torsdags, Spørgsmål til faktura 2024-118,
  Meeting notes from quarterly business review, Udkast til kontrakt, Pricing for additional seats
`);

const lastName: TextField = {
  label: "Last Name",
  api: "LastName",
  max: 80,
  hubspotLabel: "Last name",
  overflow: (r, name) => grow(r, lastWord(name), NAME_NOTES, 80),
};
const firstName: TextField = {
  label: "First Name",
  api: "FirstName",
  max: 40,
  hubspotLabel: "First name",
  overflow: (r, name) => grow(r, firstWord(name), NAME_NOTES, 40),
};
const title: TextField = {
  label: "Title",
  api: "Title",
  max: 128,
  hubspotLabel: "Job title",
  overflow: (r) => grow(r, "", ROLES, 128, " / "),
};
const phoneField = (label: string, api: string, hubspotLabel: string): TextField => ({
  label,
  api,
  max: 40,
  hubspotLabel,
  overflow: (r) => grow(r, `${phone(r)} / ${phone(r)}`, PHONE_NOTES, 40),
});
const cityField = (label: string, api: string): TextField => ({
  label,
  api,
  max: 40,
  hubspotLabel: "City",
  overflow: (r) => grow(r, pick(r, CITIES), ADDRESS_NOTES, 40, ", "),
});

/** Text fields by object, with Salesforce's standard limits. */
export const TEXT_FIELDS: Readonly<Record<SalesforceObject, readonly TextField[]>> = {
  Lead: [
    lastName,
    firstName,
    title,
    phoneField("Phone", "Phone", "Phone number"),
    cityField("City", "City"),
  ],
  Contact: [
    lastName,
    title,
    phoneField("Mobile Phone", "MobilePhone", "Mobile phone number"),
    cityField("Mailing City", "MailingCity"),
  ],
  Account: [
    phoneField("Account Phone", "Phone", "Phone number"),
    cityField("Billing City", "BillingCity"),
    {
      label: "Account Site",
      api: "Site",
      max: 80,
      hubspotLabel: "Street address",
      overflow: (r) => grow(r, `Hovedkontor, ${pick(r, CITIES)}`, ADDRESS_NOTES, 80, ", "),
    },
  ],
  Opportunity: [
    {
      label: "Opportunity Name",
      api: "Name",
      max: 120,
      hubspotLabel: "Deal name",
      overflow: (r, name) => grow(r, name, DEAL_NOTES, 120),
    },
    {
      label: "Next Step",
      api: "NextStep",
      max: 255,
      hubspotLabel: "Next step",
      overflow: (r) => grow(r, "", NEXT_STEPS, 255, ". "),
    },
  ],
  Task: [
    {
      label: "Subject",
      api: "Subject",
      max: 255,
      hubspotLabel: "Task title",
      overflow: (r) => `Re: Re: Fwd: ${grow(r, "", SUBJECTS, 255 - 13, " – ")}`,
    },
  ],
};
