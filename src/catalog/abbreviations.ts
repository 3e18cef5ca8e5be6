/**
 * The shorthand admins type for the words in error-type names, spelled out before a query is
 * matched: "SFDC dupe rule" is "Salesforce duplicate rule". Only whole words are replaced, so a
 * status code such as SF_ERROR or an id that contains "opp" is left alone.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  sf: "Salesforce",
  sfdc: "Salesforce",
  "salesforce.com": "Salesforce",
  hs: "HubSpot",
  hubspt: "HubSpot",
  fls: "field-level security permission",
  dup: "duplicate",
  dups: "duplicates",
  dupe: "duplicate",
  dupes: "duplicates",
  assoc: "association",
  assocs: "associations",
  opp: "opportunity",
  opps: "opportunities",
  oppty: "opportunity",
  opptys: "opportunities",
  opty: "opportunity",
  req: "required",
  reqd: "required",
  perm: "permission",
  perms: "permissions",
  acct: "account",
  accts: "accounts",
  val: "value",
  vals: "values",
  vr: "validation rule",
  pb: "process builder",
  ids: "id",
  "e mail": "email",
  "pick list": "picklist",
  "pick-list": "picklist",
};

const SHORTHAND = new RegExp(
  `(?<![\\p{L}\\p{N}_.-])(?:${Object.keys(ABBREVIATIONS)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.]/g, "\\."))
    .join("|")})(?![\\p{L}\\p{N}_-])`,
  "giu",
);

/** The query with admins' shorthand spelled out: "opp stage req" → "opportunity stage required". */
export function expandAbbreviations(query: string): string {
  return query.replace(SHORTHAND, (word) => ABBREVIATIONS[word.toLowerCase()] ?? word);
}
