import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "invalid-salesforce-id",
  name: "Invalid Salesforce ID",
  danishName: "Ugyldigt Salesforce-id",
  danishNameSource: "hubspot",
  aliases: ["Invalid record ID", "Malformed ID", "Invalid cross reference ID", "Bad Salesforce ID"],
  category: "property-mappings",
  direction: "hubspot-to-salesforce",
  objects: ["contact", "company", "deal", "activity"],
  signals: [
    { code: "MALFORMED_ID" },
    { code: "INVALID_ID_FIELD" },
    { code: "INVALID_CROSS_REFERENCE_KEY" },
    // An id of the wrong object (a contact id in an account lookup) comes as
    // FIELD_INTEGRITY_EXCEPTION; the weight keeps it above the state/country rule's signal on that
    // code. missing-salesforce-id outweighs this when the value is not id-shaped at all.
    {
      code: "FIELD_INTEGRITY_EXCEPTION",
      pattern: /\bid value of incorrect type\b/i,
      weight: 0.5,
    },
    // Salesforce's wording, for pastes that lost the status code.
    { pattern: /\bid value of incorrect type\b/i },
    { pattern: /\b(?:invalid cross reference id|malformed[_ ]id|invalid record id)\b/i },
    { pattern: /\binvalid ID field\b/i },
    { pattern: /\bForeign key external ID\b[^\n]{0,160}?\bnot found\b/i },
    { pattern: /\bthis ID value isn(?:'|’)t valid for the user\b/i },
  ],
  cause:
    "Salesforce refused a record id that HubSpot sent: it is malformed, points to a record that " +
    "does not exist (or was deleted), or belongs to the wrong kind of object for the field. A " +
    "custom validation rule in Salesforce that checks id fields can cause the same rejection.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "Open the affected record in HubSpot and compare the id in the error with the Salesforce " +
        "id properties (for example Salesforce account ID) and any property mapped to a lookup field.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "Search Salesforce for that id and confirm the record exists, is not in the Recycle Bin and " +
        "is of the object the field expects (the first three characters show the object, e.g. 001 " +
        "for an account).",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "In Setup → Object Manager → the object → Validation Rules, check any custom rule that " +
        "tests id or lookup fields and adjust it if it rejects valid ids.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Correct or clear the wrong id on the HubSpot record, then resync it from the Sync Health tab.",
    },
  ],
  translations: {
    da: {
      cause:
        "Salesforce afviste et post-id, som HubSpot sendte: det er forkert formateret, peger " +
        "på en post, der ikke findes (eller er slettet), eller hører til en anden objekttype " +
        "end den, feltet forventer. En brugerdefineret valideringsregel i Salesforce, der " +
        "tjekker id-felter, kan give samme afvisning.",
      fix: [
        "Åbn den berørte post i HubSpot, og sammenlign id'et i fejlen med postens " +
          'Salesforce-id-egenskaber (f.eks. "Salesforce account ID") og med de egenskaber, der ' +
          "er mappet til et opslagsfelt.",
        "Søg efter id'et i Salesforce, og bekræft, at posten findes, ikke ligger i papirkurven " +
          "og er af det objekt, feltet forventer (de første tre tegn viser objektet, f.eks. 001 " +
          "for en konto).",
        'Tjek de brugerdefinerede regler, der tester id- eller opslagsfelter, under "Setup → ' +
          'Object Manager" → objektet → "Validation Rules", og ret dem, hvis de afviser gyldige ' +
          "id'er.",
        "Ret eller ryd det forkerte id på HubSpot-posten, og synkroniser den derefter igen fra " +
          "fanen Sync Health.",
      ],
    },
  },
  resync: "after-fix",
  related: [
    "missing-salesforce-id",
    "insufficient-access-or-missing-salesforce-record",
    "custom-code",
  ],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "INVALID_CROSS_REFERENCE_KEY: Contact ID: invalid cross reference id: [Contact__c]",
      "MALFORMED_ID: Account ID: id value of incorrect type: 0015g00000AbCdEXYZ: [AccountId]",
      "FIELD_INTEGRITY_EXCEPTION: Account ID: id value of incorrect type: 0035g00000XyZ12AAB: [AccountId]",
      '[{"statusCode":"INVALID_ID_FIELD","message":"invalid record id","fields":[]}]',
      "malformed id: Lead ID 00Q5g00000AbCd was rejected by Salesforce",
    ],
    nearMisses: [
      "MALFORMED_ID: Parent Account ID: id value of incorrect type: Acme Holdings Ltd: [ParentId]",
      "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY: insufficient access rights on cross-reference id: 0015g00000AbCdE",
      "FIELD_INTEGRITY_EXCEPTION: Assigned To ID: id value of incorrect type: 00G5g000004XyZaEAK: [OwnerId]",
    ],
  },
});
