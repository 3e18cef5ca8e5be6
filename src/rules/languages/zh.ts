import { defineLanguage } from "./types.js";

/**
 * Chinese. No wording yet: every Chinese Salesforce message found so far was a third party's
 * machine translation (e.g. Adobe's localized Marketo Measure docs), not Salesforce's own string,
 * and a pattern built on a guessed translation would only look like coverage. Add a wording here
 * once a verbatim message (a log, a localized Salesforce help article) can be cited.
 */
export default defineLanguage({
  code: "zh",
  name: "Chinese",
  wordings: [],
  examples: [],
});
