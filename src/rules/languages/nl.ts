import { defineLanguage } from "./types.js";

/**
 * Dutch. No wording yet: every Dutch Salesforce message found so far was a third party's
 * machine translation (e.g. Adobe's localized Marketo Measure docs), not Salesforce's own string,
 * and a pattern built on a guessed translation would only look like coverage. Add a wording here
 * once a verbatim message (a log, a localized Salesforce help article) can be cited.
 */
export default defineLanguage({
  code: "nl",
  name: "Dutch",
  wordings: [],
  examples: [],
});
