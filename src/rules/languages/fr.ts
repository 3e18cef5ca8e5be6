import { defineLanguage } from "./types.js";

// A Salesforce org in French answered a Kafka Connect sink with this message (quoted verbatim in
// the connector playground's README); the field label before the colon is the org's own.
const KAFKA_PLAYGROUND =
  "github:vdesabou/kafka-docker-playground/connect/connect-salesforce-sobject-sink/README.md";
// Adobe's French Marketo Measure docs list the Salesforce messages its CRM export meets, in French
// (translation memory plus machine translation, so an approximation of Salesforce's own strings).
const ADOBE_FR =
  "github:AdobeDocs/marketo-measure.fr-FR/help/configuration-and-setup/getting-started-with-marketo-measure/error-notifications.md";

/** French: Salesforce's own wording where a real response was seen, else Adobe's French docs. */
export default defineLanguage({
  code: "fr",
  name: "French",
  wordings: [
    {
      // "bad value for restricted picklist field"; the adjective before it varies between
      // translations ("incorrecte", "non valide"), the field's name does not.
      type: "restricted-picklist-value",
      pattern: /champ\s+de\s+liste\s+de\s+sélection\s+restreinte/i,
      source: KAFKA_PLAYGROUND,
    },
    {
      // "Required fields are missing: [...]"
      type: "missing-required-value",
      pattern: /champs\s+obligatoires\s+manquants/i,
      source: ADOBE_FR,
    },
    {
      // "duplicate value found: <field> duplicates value on record with id: <id>"
      type: "restricted-unique-value",
      pattern: /valeur\s+en\s+double\s+trouvée/i,
      source: ADOBE_FR,
    },
    {
      // The duplicate rule's alert: "You're creating a duplicate record. We recommend you use an existing record instead."
      type: "salesforce-duplicate-rule",
      pattern:
        /vous\s+créez\s+un\s+enregistrement\s+en\s+double|utiliser\s+plutôt\s+un\s+enregistrement\s+existant/i,
      source: ADOBE_FR,
    },
    {
      // "insufficient access rights on object id / cross-reference id"
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /droits\s+d['’]accès\s+insuffisants\s+sur\s+l['’]id/i,
      source: ADOBE_FR,
    },
    {
      // ENTITY_IS_LOCKED: "This record is locked."
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /enregistrement\s+est\s+verrouillé/i,
      source: ADOBE_FR,
    },
    {
      // The lookup filter: "Value does not exist or does not match filter criteria."
      type: "invalid-value",
      pattern: /n['’]existe\s+pas\s+ou\s+ne\s+correspond\s+pas\s+aux\s+critères\s+de\s+filtre/i,
      source: ADOBE_FR,
    },
    {
      // "There's a problem with this country, even though it may appear correct."
      type: "mismatched-state-or-country-value",
      pattern: /ce\s+pays\s+rencontre\s+un\s+problème|problème\s+avec\s+ce(?:t)?\s+(?:pays|état)/i,
      source: ADOBE_FR,
    },
    {
      // INACTIVE_OWNER_OR_USER: "operation performed with inactive user [id] as owner of contact"
      type: "inactive-salesforce-owner",
      pattern: /avec\s+l['’]utilisateur\s+inactif/i,
      source: ADOBE_FR,
    },
    {
      // INVALID_FIELD_FOR_INSERT_UPDATE: "Unable to create/update fields: ..."
      type: "salesforce-field-permission",
      pattern: /impossible\s+de\s+créer\s*\/\s*mettre\s+à\s+jour\s+(?:les\s+)?champs/i,
      source: ADOBE_FR,
    },
  ],
  examples: [
    {
      message:
        "Statut de mise à jour: valeur incorrecte pour le champ de liste de sélection restreinte : 5",
      type: "restricted-picklist-value",
      source: KAFKA_PLAYGROUND,
    },
    {
      message:
        "Vous créez un enregistrement en double. Nous vous recommandons d’utiliser plutôt un enregistrement existant.",
      type: "salesforce-duplicate-rule",
      source: ADOBE_FR,
    },
    {
      message:
        "valeur en double trouvée : Email_Unique__c duplique la valeur sur l'enregistrement avec l'id : 123",
      type: "restricted-unique-value",
      source: ADOBE_FR,
    },
    {
      message:
        "Cet enregistrement est verrouillé. Si vous devez le modifier, contactez votre administrateur.",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_FR,
    },
    {
      message:
        "la valeur n'existe pas ou ne correspond pas aux critères de filtre. Veuillez sélectionner un utilisateur avec le rôle « Chargé de compte, ventes internes »",
      type: "invalid-value",
      source: ADOBE_FR,
    },
    {
      message:
        "Ce pays rencontre un problème, même s'il semble correct. Veuillez sélectionner un pays/territoire dans la liste des pays valides.: Country",
      type: "mismatched-state-or-country-value",
      source: ADOBE_FR,
    },
    {
      message:
        "opération effectuée avec l'utilisateur inactif [1234] comme propriétaire du contact",
      type: "inactive-salesforce-owner",
      source: ADOBE_FR,
    },
    {
      message:
        "impossible de créer/mettre à jour les champs : bizible2__UniqueId__c. Vérifiez les paramètres de sécurité de ce champ et qu'il est en lecture/écriture pour votre p",
      type: "salesforce-field-permission",
      source: ADOBE_FR,
    },
    {
      message: "droits d'accès insuffisants sur l'ID de référence croisée : 0123456",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_FR,
    },
    {
      message: "valeur incorrecte pour le champ de liste de sélection restreinte : Inconnu",
      type: "restricted-picklist-value",
      source: ADOBE_FR,
    },
    {
      message: "champs obligatoires manquants : [Product_Type__c]",
      type: "missing-required-value",
      source: ADOBE_FR,
    },
  ],
});
