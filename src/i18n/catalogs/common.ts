import { defineMessages } from "../define-messages.js";

/** Counts many areas say the same way. */
export const common = defineMessages({
  en: {
    syncErrors: "{count, plural, one {# sync error} other {# sync errors}}",
    records: "{count, plural, one {# record} other {# records}}",
  },
  da: {
    syncErrors: "{count, plural, one {# synkroniseringsfejl} other {# synkroniseringsfejl}}",
    records: "{count, plural, one {# post} other {# poster}}",
  },
});
