/**
 * Names for demo records, as a Danish company's HubSpot portal holds them: mostly Danish people
 * and companies, with the English-speaking customers and partners every export company has.
 */
import { chance, pick, type Random, randomInt } from "./random.js";
import { wordList } from "./word-list.js";

const DANISH_FIRST = wordList(`
  Mette, Anders, Søren, Line, Kasper, Mads, Sofie, Freja, Jens, Lars, Pia, Rasmus, Ida, Mikkel,
  Camilla, Niels, Karen, Henrik, Louise, Jakob, Emma, Frederik, Anne, Morten, Trine, Thomas,
  Signe, Christian, Maja, Peter, Anne-Marie, Karl-Johan, Bjørn, Åse, Jørgen, Birgitte, Asger,
  Nanna, Ulrik
`);
const DANISH_LAST = wordList(`
  Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen,
  Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Poulsen, Johansen, Møller, Mortensen,
  Østergaard, Kjær, Lund, Dahl, Bech, Holm, Skov, Vestergaard, Friis, Bak, Frandsen, Bisgaard,
  Aagaard
`);
// Danish middle names are often a second surname ("Mette Kjær Hansen").
const DANISH_MIDDLE = wordList("Kjær, Holm, Skov, Lund, Bech, Dahl, Friis, Bisgaard, Juul");
const ENGLISH_FIRST = wordList(`
  Oliver, Emily, James, Charlotte, Jack, Sophie, Harry, Olivia, George, Amelia, William, Grace,
  Daniel, Chloe, Michael, Hannah, Sarah, David
`);
const ENGLISH_LAST = wordList(`
  Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, Wright, Thompson,
  Evans, Walker, White, Roberts, Green, Hall, O'Connor
`);

const DANISH_PLACE = wordList(`
  Nordisk, Dansk, Jysk, Fynsk, Sjællands, Københavns, Aarhus, Vestjysk, Nordjysk, Skandinavisk,
  Østjysk, Midtjysk
`);
const DANISH_TRADE = wordList(`
  Ejendomsadministration, Ingeniørrådgivning, Transport, VVS, Byggeservice, Revision, Energi,
  Logistik, Rengøring, Software, Maskinfabrik, Tømrerfirma, Elektro, Landbrugsservice, Facility
  Management, Vinduespolering, Emballage, Medicoteknik
`);
const DANISH_SUFFIX = wordList("A/S, ApS, A/S, ApS, I/S, Holding A/S, & Co. ApS");
const ENGLISH_BRAND = wordList(`
  Acme, Northwind, Brightwater, Harbour, Summit, Redwood, Blue Fjord, Greenfield, Pioneer,
  Sterling, Contoso, Fabrikam, Lakeside, Ironbridge
`);
const ENGLISH_TRADE = wordList(`
  Logistics, Analytics, Engineering, Consulting, Software, Manufacturing, Health, Energy, Foods,
  Robotics
`);
const ENGLISH_SUFFIX = wordList("Ltd, Inc., GmbH, AB, AS, plc, LLC, B.V.");

const SONS = ["Søn", "Sønner"];
const PARTNERSHIP = ["I/S", "Advokatpartnerselskab"];
const TASK_SUBJECTS = wordList(`
  Follow-up call with {person}, Send proposal to {person}, Opfølgning på tilbud – {person},
  Ring til {person} om fornyelse, Email: Re: Tilbud på serviceaftale, Meeting: Quarterly business
  review, Demo af platformen for {person}, LinkedIn: connect with {person}
`);

const FREE_MAIL = wordList("gmail.com, hotmail.com, outlook.dk, live.dk, yahoo.dk, mail.dk");
const COMPANY_TLD = wordList(".dk, .dk, .dk, .com, .co.uk, .se, .no, .de");

/** A person's full name: about 70% Danish, the rest English. */
export function personName(random: Random): string {
  return person(random).name;
}

/** A person with the work or private address their name usually becomes at some domain. */
export interface Person {
  readonly name: string;
  readonly email: string;
}

/**
 * A person and their email address. The address is assembled from words spelled for mail once,
 * at load, rather than by folding the name again for every contact of a million-row file.
 */
export function person(random: Random): Person {
  const english = chance(random, 0.3);
  const first = pick(random, english ? NAMES.englishFirst : NAMES.danishFirst);
  const middle = !english && chance(random, 0.15) ? pick(random, NAMES.danishMiddle) : undefined;
  const last = pick(random, english ? NAMES.englishLast : NAMES.danishLast);
  const name = middle ? `${first.name} ${middle.name} ${last.name}` : `${first.name} ${last.name}`;
  const local = middle ? `${first.mail}.${middle.mail}.${last.mail}` : `${first.mail}.${last.mail}`;
  return { name, email: `${local}@${emailDomain(random)}` };
}

/**
 * A company's trading name without its legal form ("Nordisk Ejendomsadministration", "Acme
 * Logistics", "Møller & Søn"); deals and domains are named after this part.
 */
export function companyBrand(random: Random): string {
  return brand(random)[0];
}

/** A company's registered name: the brand with its legal form ("Nordisk VVS A/S"). */
export function companyName(random: Random): string {
  const [name, legalForms] = brand(random);
  return `${name} ${pick(random, legalForms)}`;
}

// A brand and the legal forms that go with it: Danish firms are A/S or ApS, English ones Ltd….
function brand(random: Random): readonly [string, readonly string[]] {
  const kind = random();
  if (kind < 0.45)
    return [`${pick(random, DANISH_PLACE)} ${pick(random, DANISH_TRADE)}`, DANISH_SUFFIX];
  if (kind < 0.6) return [`${pick(random, DANISH_LAST)} & ${pick(random, SONS)}`, DANISH_SUFFIX];
  // Partnerships are named after the partners; the comma is real, and CSV must survive it.
  if (kind < 0.68) {
    return [`${pick(random, DANISH_LAST)}, ${pick(random, DANISH_LAST)} & Partnere`, PARTNERSHIP];
  }
  if (kind < 0.85)
    return [`${pick(random, ENGLISH_BRAND)} ${pick(random, ENGLISH_TRADE)}`, ENGLISH_SUFFIX];
  return [pick(random, ENGLISH_BRAND), ENGLISH_SUFFIX];
}

/** A deal name the way sales teams write them: "Acme – Renewal 2026". */
export function dealName(random: Random, year: number): string {
  return `${companyBrand(random)} – ${dealKind(random, year)}`;
}

function dealKind(random: Random, year: number): string {
  switch (randomInt(random, 0, 8)) {
    case 0:
      return `Renewal ${year}`;
    case 1:
      return "New business";
    case 2:
      return `${randomInt(random, 2, 40) * 5} licences`;
    case 3:
      return `Upsell Q${randomInt(random, 1, 4)}`;
    case 4:
      return `Serviceaftale ${year}`;
    case 5:
      return `Udvidelse ${year}`;
    case 6:
      return "Pilotprojekt";
    case 7:
      return `Rammeaftale ${year}–${year + 2}`;
    default:
      return "Implementation";
  }
}

/** A task subject as HubSpot activities sync them to Salesforce tasks. */
export function taskName(random: Random): string {
  const subject = pick(random, TASK_SUBJECTS);
  return subject.includes("{person}") ? subject.replace("{person}", personName(random)) : subject;
}

/** A plausible email domain: a free-mail provider or one made from a company's name. */
export function emailDomain(random: Random): string {
  if (chance(random, 0.25)) return pick(random, FREE_MAIL);
  return `${pick(random, DOMAIN_NAMES)}${pick(random, COMPANY_TLD)}`;
}

/** The address a person's name usually becomes: "Søren Kjær" → "soeren.kjaer@domain". */
export function emailAddress(name: string, domain: string): string {
  return `${slug(name, ".")}@${domain}`;
}

const SPELLED_OUT: Readonly<Record<string, string>> = { æ: "ae", ø: "oe", å: "aa" };

// Lower-case ASCII, the way mail systems spell Danish letters; spaces and hyphens become
// `separator`, anything else (apostrophes) is dropped. A loop, not a chain of regular
// expressions and normalize(): it runs once per contact row.
function slug(text: string, separator: string): string {
  let out = "";
  let gap = false;
  for (const char of text.toLowerCase()) {
    const ascii = (char >= "a" && char <= "z") || (char >= "0" && char <= "9");
    const letters = ascii ? char : SPELLED_OUT[char];
    if (letters) {
      if (gap && out) out += separator;
      out += letters;
      gap = false;
    } else if (char === " " || char === "-") {
      gap = true;
    }
  }
  return out;
}

// Domains are named after a company's first word: "Nordisk …" → nordisk.dk.
const DOMAIN_NAMES = [...DANISH_PLACE, ...ENGLISH_BRAND].map((word) => slug(word, ""));

interface NamePart {
  readonly name: string;
  /** The part as mail systems spell it: "Søren" → "soeren". */
  readonly mail: string;
}

function nameParts(words: readonly string[]): NamePart[] {
  return words.map((name) => ({ name, mail: slug(name, "-") }));
}

const NAMES = {
  danishFirst: nameParts(DANISH_FIRST),
  danishMiddle: nameParts(DANISH_MIDDLE),
  danishLast: nameParts(DANISH_LAST),
  englishFirst: nameParts(ENGLISH_FIRST),
  englishLast: nameParts(ENGLISH_LAST),
};
