import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "owner-assignment",
  name: "Owner Assignment",
  danishName: "Ejertildeling",
  danishNameSource: "faithful",
  aliases: ["Task assigned to queue", "Queue owner", "Queue cannot own task", "Task owner error"],
  category: "property-values",
  direction: "hubspot-to-salesforce",
  objects: ["activity"],
  signals: [
    // The task reached Salesforce without a user as its owner.
    { code: "REQUIRED_FIELD_MISSING", pattern: /\bOwnerId\b/ },
    // A queue id (key prefix 00G) in a task's Assigned To field. The weight keeps it above
    // invalid-salesforce-id's "id value of incorrect type" signal on the same code.
    {
      code: "FIELD_INTEGRITY_EXCEPTION",
      pattern: /\bid value of incorrect type:[ \t]*00G[a-z0-9]{12}(?:[a-z0-9]{3})?\b/i,
      weight: 0.75,
    },
    // HubSpot's wording about a queue as the owner of a task.
    { pattern: /\bowner (?:is|was) a (?:Salesforce )?queue\b/i },
    {
      pattern:
        /\b(?:cannot|can(?:'|’)t|could not|couldn(?:'|’)t) (?:be )?assign(?:ed)? (?:the |this |a )?(?:task|activity) to a (?:Salesforce )?queue\b/i,
    },
    { pattern: /\bqueues? (?:cannot|can(?:'|’)t) own (?:tasks|activities)\b/i },
  ],
  cause:
    "A HubSpot activity syncs to Salesforce as a task, and the owner it would get there is a " +
    "Salesforce queue rather than a user. Salesforce tasks must be assigned to a user, so the " +
    "task cannot be created or updated.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "Open the activity named in the error on its HubSpot record and check the Assigned to " +
        "field, or the owner of the record it is logged on.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "Assign the activity (or the record's owner) to a HubSpot user who is linked to an active " +
        "Salesforce user, not to a user that maps to a queue.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "If leads or cases are owned by queues in Salesforce, route them to a user before their " +
        "activities sync, for example with an assignment rule that ends in a user.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected activities from the Sync Health tab once each has a user as owner.",
    },
  ],
  translations: {
    da: {
      cause:
        "En HubSpot-aktivitet synkroniseres til Salesforce som en opgave, og den ejer, den " +
        "ville få dér, er en Salesforce-kø og ikke en bruger. Opgaver i Salesforce skal " +
        "tildeles en bruger, så opgaven kan ikke oprettes eller opdateres.",
      fix: [
        "Åbn aktiviteten fra fejlen på dens HubSpot-post, og tjek, hvem den er tildelt, eller " +
          "hvem der ejer den post, den er logget på.",
        "Tildel aktiviteten (eller posten) til en HubSpot-bruger, der er koblet til en aktiv " +
          "Salesforce-bruger, og ikke til en bruger, der svarer til en kø.",
        "Ejes leads eller sager af køer i Salesforce, så send dem videre til en bruger, før " +
          "deres aktiviteter synkroniseres, f.eks. med en tildelingsregel, der ender hos en " +
          "bruger.",
        "Synkroniser de berørte aktiviteter igen fra fanen Sync Health, når de alle har en " +
          "bruger som ejer.",
      ],
    },
  },
  resync: "after-fix",
  related: ["inactive-salesforce-owner", "salesforce-owners-not-synced", "missing-required-value"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "REQUIRED_FIELD_MISSING: Required fields are missing: [OwnerId]",
      '[{"statusCode":"REQUIRED_FIELD_MISSING","message":"Required fields are missing: [OwnerId]","fields":["OwnerId"]}]',
      "FIELD_INTEGRITY_EXCEPTION: Assigned To ID: id value of incorrect type: 00G5g000004XyZaEAK: [OwnerId]",
      "The task could not be synced because its owner is a Salesforce queue. Assign the activity to a user.",
      "HubSpot couldn't assign the task to a Salesforce queue (Nordic Inbound Queue)",
    ],
    nearMisses: [
      "INACTIVE_OWNER_OR_USER: operation performed with inactive user [0055g00000F2mQz] as owner of task",
      "REQUIRED_FIELD_MISSING: Required fields are missing: [LastName]",
      "Salesforce owners not synced: user 0055g00000Hk2LmAAJ has the unsupported user type CsnOnly",
    ],
  },
});
