/**
 * Owners and opportunity stages: owners Salesforce no longer has (inactive users, unsupported
 * user types, queues as task owners) and stages or sales processes HubSpot cannot map.
 */
import type { MessageTemplate } from "./message-template.js";
import { template } from "./message-template.js";
import { hubspotNoun, id15, oneOf, salesforceJson, salesforceNoun } from "./template-helpers.js";
import { wordList } from "./word-list.js";

// Stages without a full stop: Salesforce's messages end their sentences there.
const INACTIVE_STAGES = wordList(`
  Negotiation/Review, Proposal/Price Quote, Perception Analysis, Value Proposition, Needs Analysis,
  Forhandling, Tilbud sendt, Legacy – Qualified
`);
const UNKNOWN_STAGES = wordList(`
  Qualification, Id. Decision Makers, Closed Won - Pending, Contract Sent (DocuSign), Verbal Yes,
  Mundtlig accept
`);
const PIPELINES = wordList("Sales Pipeline, Partner Pipeline, Renewals, Salgspipeline, Enterprise");

/** Owner and stage messages, keyed by rule id. */
export const OWNER_AND_STAGE_TEMPLATES: Readonly<Record<string, readonly MessageTemplate[]>> = {
  "inactive-salesforce-owner": [
    template(3, (c) => {
      const user = oneOf(c, c.org.inactiveUsers);
      return `INACTIVE_OWNER_OR_USER: operation performed with inactive user [${id15(user.id)}] as owner of ${salesforceNoun(c)}`;
    }),
    template(2, (c) =>
      salesforceJson(
        "INACTIVE_OWNER_OR_USER",
        `operation performed with inactive user [${oneOf(c, c.org.inactiveUsers).id}] as owner of ${salesforceNoun(c)}`,
        ["OwnerId"],
      ),
    ),
    template(0.5, () => "inactive_owner_or_user: owner or user is inactive"),
    template(1, (c) => {
      const user = oneOf(c, c.org.inactiveUsers);
      const action = c.salesforceId ? "updated" : "created";
      return `The record owner is inactive in Salesforce (user ${user.id}), so this ${hubspotNoun(c)} cannot be ${action}`;
    }),
  ],
  "salesforce-owners-not-synced": [
    template(2, (c) => {
      const user = oneOf(c, c.org.unsupportedUsers);
      return `Salesforce owners not synced: user ${user.id} has the unsupported user type ${user.userType}`;
    }),
    template(
      1,
      (c) =>
        `Salesforce owner was not synced because the user type ${oneOf(c, c.org.unsupportedUsers).userType} is not supported`,
    ),
    template(1, (c) => {
      const user = oneOf(c, c.org.unsupportedUsers);
      return `The Salesforce user ${user.id} (${user.typeLabel}) cannot be synced as a HubSpot owner`;
    }),
  ],
  "owner-assignment": [
    template(2, () => "REQUIRED_FIELD_MISSING: Required fields are missing: [OwnerId]"),
    template(1, () =>
      salesforceJson("REQUIRED_FIELD_MISSING", "Required fields are missing: [OwnerId]", [
        "OwnerId",
      ]),
    ),
    template(
      1,
      (c) =>
        `FIELD_INTEGRITY_EXCEPTION: Assigned To ID: id value of incorrect type: ${oneOf(c, c.org.queues).id}: [OwnerId]`,
    ),
    template(
      1,
      () =>
        "The task could not be synced because its owner is a Salesforce queue. Assign the activity to a user.",
    ),
    template(
      1,
      (c) =>
        `HubSpot couldn't assign the task to a Salesforce queue (${oneOf(c, c.org.queues).name})`,
    ),
  ],
  "inactive-opportunity-stage": [
    template(
      2,
      (c) =>
        `Inactive opportunity stage: opportunity ${c.salesforceId} is in the inactive stage ${oneOf(c, INACTIVE_STAGES)}`,
    ),
    template(
      1,
      (c) =>
        `The opportunity stage '${oneOf(c, INACTIVE_STAGES)}' is inactive in Salesforce, so opportunity ${c.salesforceId} could not sync`,
    ),
    template(
      1,
      (c) =>
        `cannot sync opportunity ${c.salesforceId}: stage ${oneOf(c, INACTIVE_STAGES)} is deactivated`,
    ),
  ],
  "default-sales-process-unavailable": [
    template(2, (c) => `Default sales process unavailable for opportunity ${c.salesforceId}`),
    template(
      1,
      (c) =>
        `Opportunity ${c.salesforceId} could not sync: missing record type, so no sales process applies to this opportunity`,
    ),
    template(
      1,
      () =>
        "The default sales process is not available: no record type is assigned to opportunities for the integration user",
    ),
  ],
  "missing-or-invalid-opportunity-stage": [
    template(2, () => "REQUIRED_FIELD_MISSING: Required fields are missing: [StageName]"),
    template(1, () =>
      salesforceJson("REQUIRED_FIELD_MISSING", "Required fields are missing: [StageName]", [
        "StageName",
      ]),
    ),
    template(
      2,
      (c) =>
        `Missing or invalid opportunity stage: the stage ${oneOf(c, UNKNOWN_STAGES)} does not exist in the HubSpot pipeline ${oneOf(c, PIPELINES)}`,
    ),
    template(
      1,
      (c) =>
        `Property values were not valid: [{"isValid":false,"message":"${oneOf(c, UNKNOWN_STAGES)} was not one of the allowed options","error":"INVALID_OPTION","name":"dealstage"}]`,
    ),
    template(
      1,
      (c) => `invalid deal stage '${oneOf(c, UNKNOWN_STAGES)}' for opportunity ${c.salesforceId}`,
    ),
  ],
};
