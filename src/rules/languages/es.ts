import { defineLanguage } from "./types.js";

/**
 * Spanish. No wording yet. One verbatim flow-fault log was seen ("Compañía: valor inapropiado
 * para el campo de lista de selección restringida: PEKING.", the restricted-picklist message),
 * but the public file could not be traced to a repository and path to cite; Adobe's localized
 * Marketo Measure docs render the same message differently ("valor incorrecto … restringido"),
 * which shows they are machine translations, not Salesforce's strings.
 */
export default defineLanguage({
  code: "es",
  name: "Spanish",
  wordings: [],
  examples: [],
});
