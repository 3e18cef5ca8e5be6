import { defineLanguage } from "./types.js";

// REST API tests against a Spanish-language org, asserting the messages the org returned.
const API_TESTS_CAMPAIGN =
  "github:JhordanSoto/salesforce-api-tests/src/test/resources/features/Campaign/POSTCampaign.feature";
const API_TESTS_LEAD =
  "github:JhordanSoto/salesforce-api-tests/src/test/resources/features/Lead/POSTLead.feature";
// Adobe's Spanish Marketo Measure docs list the Salesforce messages its CRM export meets, in Spanish
// (translation memory plus machine translation, so an approximation of Salesforce's own strings).
// A real flow log reads "valor inapropiado para el campo de lista de selección restringida" where
// Adobe writes "valor incorrecto … restringido": patterns keep to the words both share.
const ADOBE_ES =
  "github:AdobeDocs/marketo-measure.es-ES/help/configuration-and-setup/getting-started-with-marketo-measure/error-notifications.md";

/** Spanish: Salesforce's own wording from a Spanish org's API answers, and Adobe's Spanish docs. */
export default defineLanguage({
  code: "es",
  name: "Spanish",
  wordings: [
    {
      // REQUIRED_FIELD_MISSING: "Required fields are missing: [...]"
      type: "missing-required-value",
      pattern: /faltan\s+campos\s+obligatorios/i,
      source: API_TESTS_LEAD,
    },
    {
      // STRING_TOO_LONG: "<label>: data value too large: <value> (max length=80)"
      type: "string-too-long",
      pattern: /valor\s+de\s+datos\s+demasiado\s+grande/i,
      source: API_TESTS_CAMPAIGN,
    },
    {
      // "bad value for restricted picklist field", whichever adjective leads it.
      type: "restricted-picklist-value",
      pattern: /campo\s+de\s+lista\s+de\s+selección\s+restringid[ao]/i,
      source: ADOBE_ES,
    },
    {
      // "duplicate value found: <field> duplicates value on record with id: <id>"
      type: "restricted-unique-value",
      pattern: /valor\s+duplicado\s+encontrado\s*[:：]/i,
      source: ADOBE_ES,
    },
    {
      // The duplicate rule's alert: "You're creating a duplicate record."
      type: "salesforce-duplicate-rule",
      pattern: /está\s+creando\s+un\s+registro\s+duplicado/i,
      source: ADOBE_ES,
    },
    {
      // "insufficient access rights on object id / cross-reference id"
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /derechos\s+de\s+acceso\s+insuficientes\s+(?:en|sobre|para)\s+(?:el\s+)?id/i,
      source: ADOBE_ES,
    },
    {
      // ENTITY_IS_LOCKED: "This record is locked."
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /(?:este\s+)?registro\s+está\s+bloqueado/i,
      source: ADOBE_ES,
    },
    {
      // The lookup filter: "Value does not exist or does not match filter criteria."
      type: "invalid-value",
      pattern:
        /valor\s+no\s+existe\s+o\s+no\s+coincide\s+con\s+(?:los\s+)?criterios\s+de\s+filtro/i,
      source: ADOBE_ES,
    },
    {
      // "There's a problem with this country, even though it may appear correct."
      type: "mismatched-state-or-country-value",
      pattern: /problema\s+con\s+este\s+(?:país|estado)/i,
      source: ADOBE_ES,
    },
    {
      // INACTIVE_OWNER_OR_USER: "operation performed with inactive user [id] as owner of contact"
      type: "inactive-salesforce-owner",
      pattern: /con\s+(?:el\s+)?usuario\s+inactivo/i,
      source: ADOBE_ES,
    },
    {
      // INVALID_FIELD_FOR_INSERT_UPDATE: "Unable to create/update fields: ..."
      type: "salesforce-field-permission",
      pattern: /no\s+se\s+pueden\s+crear\s*\/\s*actualizar\s+(?:los\s+)?campos/i,
      source: ADOBE_ES,
    },
  ],
  examples: [
    {
      message: "Faltan campos obligatorios: [Name]",
      type: "missing-required-value",
      source:
        "github:JhordanSoto/salesforce-api-tests/src/test/resources/features/Campaign/POSTCampaign.feature",
    },
    {
      message: "Faltan campos obligatorios: [LastName, Company]",
      type: "missing-required-value",
      source:
        "github:JhordanSoto/salesforce-api-tests/src/test/resources/features/Lead/POSTLead.feature",
    },
    {
      message: "Faltan campos obligatorios: [Company]",
      type: "missing-required-value",
      source:
        "github:JhordanSoto/salesforce-api-tests/src/test/resources/features/Lead/POSTLead.feature",
    },
    {
      message:
        "Nombre: valor de datos demasiado grande: Create a new campaign with more than 80 characters would be get a message error instead a success (max length=80)",
      type: "string-too-long",
      source:
        "github:JhordanSoto/salesforce-api-tests/src/test/resources/features/Campaign/POSTCampaign.feature",
    },
    {
      message:
        "Apellidos: valor de datos demasiado grande: Create a new Lead with name with more than 80 characters would be get a message error instead a success (max length=80)",
      type: "string-too-long",
      source:
        "github:JhordanSoto/salesforce-api-tests/src/test/resources/features/Lead/POSTLead.feature",
    },
    {
      message:
        "Está creando un registro duplicado. Se recomienda usar un registro existente en su lugar.",
      type: "salesforce-duplicate-rule",
      source: ADOBE_ES,
    },
    {
      message:
        "valor duplicado encontrado: Email_Unique__c duplica el valor en el registro con ID: 123",
      type: "restricted-unique-value",
      source: ADOBE_ES,
    },
    {
      message:
        "Este registro está bloqueado. Si necesita editarlo, póngase en contacto con el administrador.",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_ES,
    },
    {
      message:
        'El valor no existe o no coincide con los criterios de filtro. Seleccione un usuario con la función "Ejecutivo de cuenta, ventas internas"',
      type: "invalid-value",
      source: ADOBE_ES,
    },
    {
      message:
        "Hay un problema con este país, aunque pueda parecer correcto. Seleccione un país o territorio de la lista de países válidos.: País",
      type: "mismatched-state-or-country-value",
      source: ADOBE_ES,
    },
    {
      message: "operación realizada con el usuario inactivo [1234] como propietario del contacto",
      type: "inactive-salesforce-owner",
      source: ADOBE_ES,
    },
    {
      message: "derechos de acceso insuficientes en el ID de objeto: [123]",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_ES,
    },
    {
      message:
        "No se pueden crear/actualizar campos: bizible2__UniqueId__c. Compruebe la configuración de seguridad de este campo y compruebe que es de lectura y escritura para su perfil o conjunto de permisos.",
      type: "salesforce-field-permission",
      source: ADOBE_ES,
    },
    {
      message: "derechos de acceso insuficientes en el ID de referencia cruzada: 0123456",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_ES,
    },
    {
      message: "valor incorrecto para el campo de lista de selección restringido: Desconocido",
      type: "restricted-picklist-value",
      source: ADOBE_ES,
    },
    {
      message: "Faltan campos obligatorios: [Product_Type__c]",
      type: "missing-required-value",
      source: ADOBE_ES,
    },
  ],
});
