import { defineLanguage } from "./types.js";

/**
 * Danish. No wording yet. Adobe has no Danish Marketo Measure docs, no Danish Salesforce message
 * was found in public code, and Salesforce's Danish help pages for the common errors (e.g.
 * https://help.salesforce.com/s/articleView?id=000387915&language=da&type=1) quote the messages
 * in English, which the English rules already read. Add a wording here once a verbatim Danish
 * message (a log, a localized Salesforce help article) can be cited.
 */
export default defineLanguage({
  code: "da",
  name: "Danish",
  wordings: [],
  examples: [],
});
