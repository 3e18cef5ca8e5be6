import { finding } from "../finding.js";
import { type Detector, textOf } from "./detector.js";

/**
 * Email already in use: a Salesforce lead or contact whose email belongs to a HubSpot contact that
 * is linked to another Salesforce record, so HubSpot cannot give it a contact of its own.
 */
export const emailAlreadyInUse: Detector = {
  ruleId: "email-already-in-use",
  on: "salesforce-record",
  detect(record, context) {
    if (record.object !== "Lead" && record.object !== "Contact") return [];
    const email = textOf(record.values.Email).trim().toLowerCase();
    const holder = email ? context.hubspotContactsByEmail.get(email) : undefined;
    if (!holder) return [];
    const id15 = record.id.slice(0, 15);
    const linkedHere = holder.salesforceIds.some((id) => id.slice(0, 15) === id15);
    if (linkedHere || holder.salesforceIds.length === 0) return [];
    return [
      finding(
        "email-already-in-use",
        "Email",
        `${record.object} ${record.id} could not sync: the email address ${email} is already in use by HubSpot contact ${holder.id}`,
      ),
    ];
  },
};
