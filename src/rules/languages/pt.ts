import { defineLanguage } from "./types.js";

// Adobe's Brazilian Portuguese Marketo Measure docs list the Salesforce messages its CRM export
// meets (translation memory plus machine translation, so an approximation of Salesforce's own
// strings). Patterns keep to the key phrase each family shares.
const ADOBE_PT =
  "github:AdobeDocs/marketo-measure.pt-BR/help/configuration-and-setup/getting-started-with-marketo-measure/error-notifications.md";

/** Portuguese (Brazil): Salesforce's standard messages, as Adobe's pt-BR docs render them. */
export default defineLanguage({
  code: "pt",
  name: "Portuguese",
  wordings: [
    // Recorded from a Portuguese-language org's REST answers.
    {
      type: "missing-required-value",
      pattern: /campos\s+obrigatórios\s+ausentes/i,
      source:
        "github:gildemberg-santos/salesforce/spec/vcr_cassettes/salesforce_lead_error_company.yml",
    },
    {
      // "bad value for restricted picklist field"
      type: "restricted-picklist-value",
      pattern: /campo\s+de\s+lista\s+de\s+(?:opções|seleção)\s+restrit[ao]/i,
      source: ADOBE_PT,
    },
    {
      // "duplicate value found: <field> duplicates value on record with id: <id>"
      type: "restricted-unique-value",
      pattern: /valor\s+duplicado\s+encontrado\s*[:：]/i,
      source: ADOBE_PT,
    },
    {
      // The duplicate rule's alert: "You're creating a duplicate record."
      type: "salesforce-duplicate-rule",
      pattern: /está\s+criando\s+um\s+registro\s+duplicado/i,
      source: ADOBE_PT,
    },
    {
      // "insufficient access rights on object id / cross-reference id"
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /direitos\s+de\s+acesso\s+insuficientes\s+(?:na|no|sobre\s+a?)\s*id/i,
      source: ADOBE_PT,
    },
    {
      // ENTITY_IS_LOCKED: "This record is locked."
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /(?:este\s+)?registro\s+está\s+bloqueado/i,
      source: ADOBE_PT,
    },
    {
      // The lookup filter: "Value does not exist or does not match filter criteria."
      type: "invalid-value",
      pattern: /valor\s+não\s+existe\s+ou\s+não\s+corresponde\s+aos\s+critérios\s+de\s+filtro/i,
      source: ADOBE_PT,
    },
    {
      // "There's a problem with this country, even though it may appear correct."
      type: "mismatched-state-or-country-value",
      pattern: /problema\s+com\s+este\s+(?:país|estado)/i,
      source: ADOBE_PT,
    },
  ],
  examples: [
    {
      message: "Campos obrigatórios ausentes: [LastName]",
      type: "missing-required-value",
      source: "github:gildemberg-santos/salesforce/spec/lib/salesforce/lead_spec.rb",
    },
    {
      message:
        "Você está criando um registro duplicado. Recomendamos que você use um registro existente.",
      type: "salesforce-duplicate-rule",
      source: ADOBE_PT,
    },
    {
      message:
        "valor duplicado encontrado: Email_Unique__c duplica o valor no registro com id: 123",
      type: "restricted-unique-value",
      source: ADOBE_PT,
    },
    {
      message:
        "Este registro está bloqueado. Se precisar editá-lo, entre em contato com o administrador.",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_PT,
    },
    {
      message:
        'O valor não existe ou não corresponde aos critérios de filtro. Selecione um usuário com a função "Executivo de contas, Vendas internas"',
      type: "invalid-value",
      source: ADOBE_PT,
    },
    {
      message:
        "Há um problema com este país, mesmo que pareça correto. Selecione um país/território na lista de países válidos.: País",
      type: "mismatched-state-or-country-value",
      source: ADOBE_PT,
    },
    {
      message: "direitos de acesso insuficientes na ID do objeto: [123]",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_PT,
    },
    {
      message: "direitos de acesso insuficientes na ID de referência cruzada: 0123456",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_PT,
    },
    {
      message: "valor incorreto para o campo de lista de opções restrita: Desconhecido",
      type: "restricted-picklist-value",
      source: ADOBE_PT,
    },
  ],
});
