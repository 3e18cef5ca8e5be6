/**
 * The shape of one message template: a function from the row being generated to the raw message
 * text HubSpot would show for it, plus which rows it fits.
 */
import type { SyncObject } from "../rules/types.js";
import type { DemoOrg } from "./demo-org.js";
import type { Random } from "./random.js";

/** The Salesforce object a demo record syncs with. A HubSpot contact is a lead or a contact. */
export type SalesforceObject = "Lead" | "Contact" | "Account" | "Opportunity" | "Task";

/** One sync direction; `either` is decided per row before a message is written. */
export type RowDirection = "hubspot-to-salesforce" | "salesforce-to-hubspot";

/** What a template may read and draw while it writes one row's message. */
export interface MessageContext {
  readonly random: Random;
  readonly org: DemoOrg;
  readonly object: SyncObject;
  readonly salesforceObject: SalesforceObject;
  /** The record's own 18-character Salesforce id, or "" when it never reached Salesforce. */
  readonly salesforceId: string;
  readonly recordId: string;
  readonly recordName: string;
  /** The contact's email address; "" for other objects. */
  readonly email: string;
}

/** Writes a raw message for one row; the demo's counterpart of a rule's `examples.matches`. */
export interface MessageTemplate {
  /** HubSpot objects the wording fits; all the rule's objects when absent. */
  readonly objects?: readonly SyncObject[];
  /** Salesforce objects the wording fits, e.g. only `Contact` where a lead has no account. */
  readonly salesforceObjects?: readonly SalesforceObject[];
  /** The direction the wording implies, for rules that go either way. */
  readonly direction?: RowDirection;
  /** Relative frequency among the rule's templates; 1 when absent. */
  readonly weight?: number;
  readonly render: (context: MessageContext) => string;
}

/** Shorthand for a template: its weight, its wording, and any limits on the rows it fits. */
export function template(
  weight: number,
  render: MessageTemplate["render"],
  fits: Omit<MessageTemplate, "weight" | "render"> = {},
): MessageTemplate {
  return { ...fits, weight, render };
}
