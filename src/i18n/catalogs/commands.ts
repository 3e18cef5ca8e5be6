import { defineMessages } from "../define-messages.js";

/**
 * The refusals of `/syncerror` subcommands called wrongly (an unknown category, a word `status`
 * does not take) or that cannot run here (a scan without HubSpot or Salesforce). What a person
 * typed stays as typed; a literal word such as `all` too.
 */
export const commands = defineMessages({
  en: {
    unknownCategory: 'There is no category "{typed}". The categories are: {names}.',
    statusTakesAll: 'status takes "all" or nothing, not "{typed}".',
    resyncNeedsType: "Name the error type to resync, e.g. `/syncerror resync Invalid email`.",
    scanNotConfigured:
      "Scanning needs HubSpot or Salesforce: set HUBSPOT_ACCESS_TOKEN and the SALESFORCE_ variables, then restart the bot.",
  },
  da: {
    unknownCategory: 'Der findes ingen kategori "{typed}". Kategorierne er: {names}.',
    statusTakesAll: 'status tager "all" eller ingenting, ikke "{typed}".',
    resyncNeedsType:
      "Skriv hvilken fejltype der skal synkroniseres igen, f.eks. `/syncerror resync Ugyldig e-mail`.",
    scanNotConfigured:
      "En scanning kræver HubSpot eller Salesforce: angiv HUBSPOT_ACCESS_TOKEN og SALESFORCE_-variablerne, og genstart botten.",
  },
});
