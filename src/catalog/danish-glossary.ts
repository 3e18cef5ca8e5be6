import { foldText } from "./normalize.js";
import { stemsOf } from "./stem.js";

/**
 * The Danish words admins use to describe sync errors, with the English words the rules are
 * written in. The full-text search reads a Danish description ("værdien er for lang til feltet")
 * through it, so the rules need no second, Danish copy of every cause and fix. Keys are folded
 * Danish stems (æ → ae, ø → oe, å → aa); compounds ("valideringsreglen") are split into known parts.
 */
const GLOSSARY: Readonly<Record<string, string>> = {
  adgang: "access",
  afvis: "reject",
  aftal: "deal",
  allered: "already",
  antal: "number",
  blok: "block",
  brug: "use",
  bruger: "user",
  deaktiv: "inactive deactivated",
  duplik: "duplicate",
  duplikat: "duplicate",
  egenskab: "property",
  ejer: "owner",
  fas: "stage",
  felt: "field",
  find: "exists found",
  forkert: "wrong invalid",
  graens: "limit",
  handel: "deal",
  inaktiv: "inactive",
  integration: "integration",
  kod: "code",
  kontak: "contact",
  kontakt: "contact",
  kont: "account",
  konto: "account",
  kø: "queue",
  koe: "queue",
  land: "country",
  lang: "long",
  laes: "read",
  mang: "many",
  mangl: "missing",
  opgav: "task",
  paakraev: "required",
  post: "record",
  redig: "edit",
  redigering: "edit",
  regel: "rule",
  regl: "rule",
  rettighed: "permission",
  salgsmulighed: "opportunity",
  salgsproces: "sales process",
  stadi: "stage",
  stat: "state",
  synkronis: "sync synced",
  tilgaeng: "available",
  tilknytning: "association",
  tilladels: "permission",
  tildel: "assigned",
  typ: "type",
  ugyld: "invalid",
  uniq: "unique",
  unik: "unique",
  uoverensstem: "mismatch mismatched",
  utilstraekk: "insufficient",
  valg: "option",
  valgmu: "option",
  valgmulighed: "option",
  valid: "validation",
  validering: "validation",
  vaerdi: "value",
  vent: "waiting",
  virksomhed: "company",
};

// Danish joins the parts of a compound with an "s" or an "e" now and then: "integrationsbruger".
const LINKING_LETTERS = ["", "s", "e"];
const MIN_PART_LENGTH = 3;

/** The English words a folded Danish word means, or none when the glossary does not know it. */
export function englishFor(word: string): string[] {
  const direct = lookup(word);
  // Parts of compounds are at least three letters; only a whole word may be shorter ("kø").
  if (direct) return direct;
  // A compound: a known first part, an optional linking letter, and a known rest.
  for (let cut = MIN_PART_LENGTH; cut <= word.length - MIN_PART_LENGTH; cut++) {
    // The first part of a compound appears in its base form, so it is looked up as it is.
    const head = GLOSSARY[foldText(word.slice(0, cut))]?.split(" ");
    if (!head) continue;
    for (const link of LINKING_LETTERS) {
      const rest = word.slice(cut);
      if (!rest.startsWith(link)) continue;
      const tail = lookup(rest.slice(link.length));
      if (tail) return [...head, ...tail];
    }
  }
  return [];
}

function lookup(word: string): string[] | null {
  if (word.length < 2) return null;
  const folded = foldText(word);
  const english = GLOSSARY[folded] ?? GLOSSARY[stemsOf(folded)[1]];
  return english ? english.split(" ") : null;
}
