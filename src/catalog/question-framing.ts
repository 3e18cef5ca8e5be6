/**
 * Admins ask questions rather than type names: "what does invalid email mean?", "hvad betyder
 * ugyldig e-mail?", "error: Type mismatch on contact". The frame around the name says nothing
 * about which error is meant and would only count against the match, so it is cut off first.
 *
 * Frames are cut only at the start and the end, repeatedly ("so what is the error: …"), and never
 * all of the query: a query that is nothing but frame words is left as it was.
 */

// English and Danish; each alternative is a whole phrase, matched case-insensitively.
const LEADING = [
  // English
  "(?:so|ok|okay|hi|hey|hello|please|pls|quick question)[,:!]?",
  "what(?:'s|s| is| are| does| do| did)?(?: (?:it|this|that))?(?: (?:mean|means))?(?: by)?",
  "what(?: does| do)? (?:the )?(?:error )?(?:message )?",
  "(?:can you |could you |pls |please )?(?:explain|define|describe|help(?: me)?(?: with)?)",
  "meaning of",
  "how (?:do|can|should|would) (?:i|we|you) (?:fix|solve|resolve|handle|deal with|get rid of|clear)",
  "how to (?:fix|solve|resolve|handle|deal with|get rid of|clear)",
  "(?:fix|fixing|solve|resolve|resolving) (?:for|the|an|a)?",
  "why (?:do|does|am|is|are|did|would|will)(?: i| we| my| our| the| it| this| hubspot| salesforce)?(?: (?:keep |still )?(?:get|getting|see|seeing|have|having|show|showing|throw|throwing|say|saying|give|giving))?",
  "(?:i(?:'m| am)|we(?:'re| are)|keep|still) (?:getting|seeing|having)",
  "(?:getting|seeing|having) (?:an?|the)?",
  "(?:the|a|an|this|that|these|those|our|my)",
  "(?:hubspot|salesforce)?(?: sync)? (?:error|errors|fejl|fejlen)(?: message)?[:,-]?",
  "(?:error|errors|issue|problem|warning)[:,-]",
  // Danish
  "hvad (?:betyder|betyde|er|menes der med|vil det sige(?: at)?|går|gør)(?: det| den| fejlen| fejl)?",
  "hvad (?:er der galt med|skal jeg gøre ved)",
  "hvordan (?:løser|retter|fikser|fjerner|håndterer) (?:jeg|vi|man)",
  "hvorfor (?:får|fik|ser|har) (?:jeg|vi|man)",
  "hjælp(?: til| med)?",
  "(?:fejl|fejlen|fejlmeddelelse|fejlmeddelelsen|synkroniseringsfejl|synkroniseringsfejlen)[:,-]?",
  "(?:den|det|en|et|denne|dette)",
];

const TRAILING = [
  // English
  "(?:what does (?:it|this|that) mean|what is (?:it|this|that)|meaning)",
  "(?:mean|means|meaning)",
  "(?:in|on|from|with|for|when syncing|while syncing|when creating|when updating|after syncing)(?: an?| the| my| our)? (?:hubspot|salesforce|sf|sfdc|hs|crm|integration|sync|contacts?|compan(?:y|ies)|deals?|leads?|accounts?|opportunit(?:y|ies)|records?|tickets?|tasks?|objects?)",
  "(?:sync|syncing)?(?: error| errors| issue| issues| problem| problems| message| warning| fejl| fejlen)",
  "(?:error|errors|issue|problem|message)",
  "(?:please|pls|thanks|thank you|help)",
  // Danish
  "(?:betyder|betyde|betyder det)",
  "(?:på|i|fra|ved|for|når) (?:en |et |min |vores )?(?:hubspot|salesforce|kontakt|kontakten|kontakter|kontakterne|virksomhed|virksomheden|virksomheder|handel|handelen|aftale|aftalen|post|posten|poster|lead|leadet|salgsmulighed|salgsmuligheden|synkronisering|synkroniseringen)",
  "(?:fejl|fejlen|synkroniseringsfejl)",
  "(?:tak|hjælp)",
];

const anchored = (phrases: readonly string[], where: "start" | "end") =>
  new RegExp(
    where === "start"
      ? `^\\s*(?:${phrases.join("|")})(?=[\\s:,?!.-]|$)[\\s:,?!.-]*`
      : `(?<=^|[\\s:,.-])(?:${phrases.join("|")})[\\s:,?!.]*$`,
    "iu",
  );

const LEADING_FRAME = anchored(LEADING, "start");
const TRAILING_FRAME = anchored(TRAILING, "end");
const EDGE_PUNCTUATION = /^[\s"'“”‘’«»:,;?!.¿¡-]+|[\s"'“”‘’«»:,;?!.¿¡-]+$/gu;

/** At most this many frames are cut from each end; real questions need two or three. */
const MAX_CUTS = 6;

/**
 * The query with its frame cut away step by step, least cut first: "hvad betyder ukendt fejl i
 * synkroniseringen" → "ukendt fejl i synkroniseringen" → "ukendt fejl" → "ukendt". A frame word
 * can also belong to a name ("Ukendt fejl"), so callers look for a name in every step.
 */
export function framingSteps(query: string): string[] {
  const steps = [query.replace(EDGE_PUNCTUATION, "")];
  for (let cut = 0; cut < MAX_CUTS; cut++) {
    const text = steps.at(-1) as string;
    for (const frame of [LEADING_FRAME, TRAILING_FRAME]) {
      const current = steps.at(-1) as string;
      const next = current.replace(frame, "").replace(EDGE_PUNCTUATION, "");
      if (next !== current && next.trim() !== "") steps.push(next);
    }
    if (steps.at(-1) === text) break;
  }
  return steps;
}

/** The query without the question around the name: "what does X mean?" → "X". */
export function stripQuestionFraming(query: string): string {
  return framingSteps(query).at(-1) as string;
}
