import { defineLanguage } from "./types.js";

// A Salesforce org in French answered a Kafka Connect sink with this message (quoted verbatim in
// the connector playground's README); the field label before the colon is the org's own.
const KAFKA_PLAYGROUND =
  "github:vdesabou/kafka-docker-playground/connect/connect-salesforce-sobject-sink/README.md";

/** French: Salesforce's own wording, as seen in real responses. */
export default defineLanguage({
  code: "fr",
  name: "French",
  wordings: [
    {
      // "bad value for restricted picklist field"; the space before the colon is French typography.
      type: "restricted-picklist-value",
      pattern: /valeur incorrecte pour le champ de liste de sélection restreinte/i,
      source: KAFKA_PLAYGROUND,
    },
  ],
  examples: [
    {
      message:
        "Statut de mise à jour: valeur incorrecte pour le champ de liste de sélection restreinte : 5",
      type: "restricted-picklist-value",
      source: KAFKA_PLAYGROUND,
    },
  ],
});
