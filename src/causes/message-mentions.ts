/**
 * Whether error messages name a field or a value. Salesforce and HubSpot write a field by its
 * label in sentences ("Lead Source: bad value…"), by its API name in lists ("[LeadSource]",
 * `"fields":["Customer_Tier__c"]`), and a HubSpot property by label or internal name; the bot's
 * changes carry API names. Both are compared squashed (letters and digits only, lower case) over
 * runs of whole words, so "Lead Source", "LeadSource" and "lead_source" are one name and "Name"
 * is not found inside "Account Name's owner" by accident of letters, only as a word.
 */

/** The most words a label runs to that is compared whole ("Number of Employees Worldwide"). */
const MAX_WORDS = 5;

/** A message cut into its words, squashed, ready for many lookups. */
export interface MessageWords {
  readonly words: readonly string[];
}

/** The words of a message, lower case, split on anything not a letter or digit. */
export function messageWords(message: string): MessageWords {
  return {
    words: message
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  };
}

/** A name squashed to letters and digits, lower case. */
export function squash(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * The forms a field's API name is written in: as it is, without a custom field's `__c` suffix
 * (labels do not carry it), and without HubSpot's `hs_` prefix.
 */
export function fieldForms(field: string): string[] {
  const forms = new Set([squash(field)]);
  const bare = field.replace(/__c$/i, "").replace(/^hs_/i, "");
  forms.add(squash(bare));
  forms.delete("");
  return [...forms];
}

/** Whether the message names any of the squashed forms as a run of whole words. */
export function names(message: MessageWords, forms: readonly string[]): boolean {
  if (forms.length === 0) return false;
  const { words } = message;
  for (let start = 0; start < words.length; start++) {
    let run = "";
    for (let end = start; end < Math.min(words.length, start + MAX_WORDS); end++) {
      run += words[end];
      if (forms.includes(run)) return true;
    }
  }
  return false;
}
