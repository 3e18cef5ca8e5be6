import { finding } from "../finding.js";
import { salesforceField } from "../scan-context.js";
import { type Detector, textOf } from "./detector.js";

// What HubSpot accepts as an address: one @, a local part and a dotted domain without spaces,
// a top-level domain of letters. Deliberately the shape, not deliverability.
const EMAIL = /^[^\s@]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

/** True when HubSpot would take the text as an email address. */
export function isValidEmail(text: string): boolean {
  return EMAIL.test(text) && !text.includes("..");
}

/** Invalid email: a Salesforce lead's or contact's email that HubSpot will not take. */
export const invalidEmail: Detector = {
  ruleId: "invalid-email",
  on: "salesforce-record",
  detect(record, context) {
    if (record.object !== "Lead" && record.object !== "Contact") return [];
    const field = salesforceField(context, record.object, "Email")?.name ?? "Email";
    const email = textOf(record.values[field]).trim();
    if (email === "" || isValidEmail(email)) return [];
    return [
      finding(
        "invalid-email",
        field,
        `INVALID_EMAIL_ADDRESS: ${field}: invalid email address: ${email}`,
        "INVALID_EMAIL_ADDRESS",
      ),
    ];
  },
};
