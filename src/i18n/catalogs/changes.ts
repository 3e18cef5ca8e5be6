import { defineMessages } from "../define-messages.js";

/**
 * What a learnt change was, one phrase per kind, to stand inside a sentence ("Likely cause: …",
 * a line of `/syncerror changes`). `{place}` is `Object.field` (or a HubSpot `type.property`),
 * `{object}` the object, `{value}` the picklist value, option, stage, rule, flow or user, with
 * `{hasValue}` `yes` when there is one; `{before}` and `{after}` what a length or type was and
 * became; `{detail}` the audit trail's own text. Salesforce's and HubSpot's words for things
 * (picklist, flow, Setup) stay as their screens show them.
 */
export const changes = defineMessages({
  en: {
    "picklist-value-added": "the value “{value}” was added to the picklist {place}",
    "picklist-value-deactivated": "the picklist value “{value}” of {place} was deactivated",
    "picklist-value-removed": "the picklist value “{value}” of {place} was removed",
    "picklist-became-restricted": "the picklist {place} was restricted to its defined values",
    "field-shortened": "{place} was shortened from {before} to {after} characters",
    "field-lengthened": "{place} was lengthened from {before} to {after} characters",
    "field-became-required": "{place} was made required",
    "field-no-longer-required": "{place} is no longer required",
    "field-no-longer-createable":
      "the integration user can no longer fill in {place} on new records",
    "field-no-longer-updateable": "the integration user can no longer edit {place}",
    "field-access-removed": "the integration user lost access to {place}",
    "field-removed": "{place} was deleted",
    "type-changed": "the type of {place} was changed from {before} to {after}",
    "option-removed": "the option “{value}” of the HubSpot property {place} was deleted",
    "option-hidden": "the option “{value}” of the HubSpot property {place} was hidden",
    "pipeline-stage-removed": "the deal stage “{value}” was deleted",
    "validation-rule-activated":
      "{hasValue, select, yes {the validation rule “{value}”} other {a validation rule}} on {object} was activated",
    "validation-rule-changed":
      "{hasValue, select, yes {the validation rule “{value}”} other {a validation rule}} on {object} was changed",
    "flow-activated":
      "{hasValue, select, yes {the flow “{value}”} other {a flow}} on {object} was activated",
    "trigger-changed":
      "{hasValue, select, yes {the Apex trigger “{value}”} other {an Apex trigger}} on {object} was changed",
    "duplicate-rule-changed":
      "{hasValue, select, yes {the duplicate rule “{value}”} other {a duplicate rule}} on {object} was changed",
    "user-deactivated":
      "{hasValue, select, yes {the Salesforce user {value}} other {a Salesforce user}} was deactivated",
    "setup-change": "a Setup change: {detail}",
    unknownKind: "a change the bot cannot describe ({kind}) on {place}",
  },
  da: {
    "picklist-value-added": "værdien “{value}” blev tilføjet til picklisten {place}",
    "picklist-value-deactivated": "picklisteværdien “{value}” i {place} blev deaktiveret",
    "picklist-value-removed": "picklisteværdien “{value}” i {place} blev fjernet",
    "picklist-became-restricted": "picklisten {place} blev begrænset til sine definerede værdier",
    "field-shortened": "{place} blev afkortet fra {before} til {after} tegn",
    "field-lengthened": "{place} blev forlænget fra {before} til {after} tegn",
    "field-became-required": "{place} blev gjort obligatorisk",
    "field-no-longer-required": "{place} er ikke længere obligatorisk",
    "field-no-longer-createable":
      "integrationsbrugeren kan ikke længere udfylde {place} på nye poster",
    "field-no-longer-updateable": "integrationsbrugeren kan ikke længere redigere {place}",
    "field-access-removed": "integrationsbrugeren mistede adgangen til {place}",
    "field-removed": "{place} blev slettet",
    "type-changed": "typen af {place} blev ændret fra {before} til {after}",
    "option-removed": "valgmuligheden “{value}” i HubSpot-egenskaben {place} blev slettet",
    "option-hidden": "valgmuligheden “{value}” i HubSpot-egenskaben {place} blev skjult",
    "pipeline-stage-removed": "handelsfasen “{value}” blev slettet",
    "validation-rule-activated":
      "{hasValue, select, yes {valideringsreglen “{value}”} other {en valideringsregel}} på {object} blev aktiveret",
    "validation-rule-changed":
      "{hasValue, select, yes {valideringsreglen “{value}”} other {en valideringsregel}} på {object} blev ændret",
    "flow-activated":
      "{hasValue, select, yes {flowet “{value}”} other {et flow}} på {object} blev aktiveret",
    "trigger-changed":
      "{hasValue, select, yes {Apex-triggeren “{value}”} other {en Apex-trigger}} på {object} blev ændret",
    "duplicate-rule-changed":
      "{hasValue, select, yes {dubletreglen “{value}”} other {en dubletregel}} på {object} blev ændret",
    "user-deactivated":
      "{hasValue, select, yes {Salesforce-brugeren {value}} other {en Salesforce-bruger}} blev deaktiveret",
    "setup-change": "en ændring i opsætningen: {detail}",
    unknownKind: "en ændring, som botten ikke kan beskrive ({kind}), på {place}",
  },
});
