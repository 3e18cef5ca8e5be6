import {
  HUBSPOT_OBJECT_TYPES,
  type HubSpotObjectType,
  type HubSpotSetupPort,
} from "../clients/hubspot-setup-port.js";
import { SALESFORCE_OBJECTS, type SalesforceSetupPort } from "../clients/salesforce-setup-port.js";

/** What was found for one property or field. */
export interface SetupItem {
  readonly system: "hubspot" | "salesforce";
  readonly object: string;
  readonly name: string;
  readonly status:
    | "ok"
    | "created"
    | "missing"
    | "wrong-type"
    | "not-updateable"
    | "not-configured";
  /** What it means and what to do, in a sentence. */
  readonly detail: string;
}

/** The whole check: every item, whether resyncs may start, and what the admin must map. */
export interface SetupReport {
  readonly items: readonly SetupItem[];
  /** True when both triggers exist and are usable. */
  readonly ready: boolean;
  /** The mapping the admin must add in HubSpot's integration settings. */
  readonly mapping: readonly string[];
}

/** What the check needs; a system that is not configured is reported, not fatal. */
export interface SetupOptions {
  readonly hubspot: HubSpotSetupPort | undefined;
  readonly salesforce: SalesforceSetupPort | undefined;
  /** RESYNC_HUBSPOT_PROPERTY. */
  readonly property: string;
  /** RESYNC_SALESFORCE_FIELD. */
  readonly field: string;
  /** Create the HubSpot property where it is missing. */
  readonly create: boolean;
}

const PROPERTY_LABEL = "Resync requested at (syncerror)";

/**
 * Checks the two resync triggers: the HubSpot date-time property that a HubSpot→Salesforce resync
 * sets, and the Salesforce date-time field a Salesforce→HubSpot resync sets (domain.md §6). With
 * `create`, a missing HubSpot property is created; the Salesforce field is the Salesforce admin's
 * to add, so it is only reported.
 */
export async function checkSetup(options: SetupOptions): Promise<SetupReport> {
  const items: SetupItem[] = [];
  if (!options.hubspot) {
    items.push(
      notConfigured(
        "hubspot",
        listed(HUBSPOT_OBJECT_TYPES),
        options.property,
        "HUBSPOT_ACCESS_TOKEN is not set, so HubSpot→Salesforce resyncs cannot run.",
      ),
    );
  } else {
    for (const objectType of HUBSPOT_OBJECT_TYPES)
      items.push(await checkProperty(options.hubspot, objectType, options));
  }
  if (!options.salesforce) {
    items.push(
      notConfigured(
        "salesforce",
        listed(SALESFORCE_OBJECTS),
        options.field,
        "Salesforce is not configured (SALESFORCE_INSTANCE_URL and SALESFORCE_ACCESS_TOKEN, or the login variables), so Salesforce→HubSpot resyncs cannot run.",
      ),
    );
  } else {
    for (const sobject of SALESFORCE_OBJECTS) {
      const field = await options.salesforce.describeField(sobject, options.field);
      items.push(
        !field
          ? item(
              "salesforce",
              sobject,
              options.field,
              "missing",
              `Add a Date/Time field ${options.field} to ${sobject} (Setup → Object Manager → ${sobject} → Fields & Relationships), editable by the integration user.`,
            )
          : field.type !== "datetime"
            ? item(
                "salesforce",
                sobject,
                field.name,
                "wrong-type",
                `${field.name} is a ${field.type} field; it must be Date/Time.`,
              )
            : field.calculated || !field.updateable
              ? item(
                  "salesforce",
                  sobject,
                  field.name,
                  "not-updateable",
                  `${field.name} exists but the integration user cannot write it (or it is a formula); give it edit access.`,
                )
              : item("salesforce", sobject, field.name, "ok", "Present, Date/Time, writable."),
      );
    }
  }
  return {
    items,
    ready: items.every((i) => i.status === "ok" || i.status === "created"),
    mapping: [
      "In HubSpot: Settings → Integrations → Connected Apps → Salesforce → Contacts, Companies and Deals → Field mappings:",
      `map the HubSpot property ${options.property} to the Salesforce field ${options.field} (on Lead and Contact, Account, Opportunity), with the sync rule "Two-way".`,
      "A resync then updates one of them, and the integration syncs the record, in the direction the error needs.",
    ],
  };
}

async function checkProperty(
  port: HubSpotSetupPort,
  objectType: HubSpotObjectType,
  options: SetupOptions,
): Promise<SetupItem> {
  const property = await port.getProperty(objectType, options.property);
  if (property) {
    return property.type === "datetime"
      ? item("hubspot", objectType, property.name, "ok", "Present, date-time.")
      : item(
          "hubspot",
          objectType,
          property.name,
          "wrong-type",
          `${property.name} is a ${property.type} property; it must be date-time. Use another RESYNC_HUBSPOT_PROPERTY or change it.`,
        );
  }
  if (!options.create) {
    return item(
      "hubspot",
      objectType,
      options.property,
      "missing",
      "Missing: run syncerror setup --create to create it.",
    );
  }
  const created = await port.createDateTimeProperty(objectType, options.property, PROPERTY_LABEL);
  return item("hubspot", objectType, created.name, "created", "Created as a date-time property.");
}

function item(
  system: SetupItem["system"],
  object: string,
  name: string,
  status: SetupItem["status"],
  detail: string,
): SetupItem {
  return { system, object, name, status, detail };
}

/** What a system would have been checked for, named as the other lines name it. */
function notConfigured(
  system: SetupItem["system"],
  objects: string,
  name: string,
  detail: string,
): SetupItem {
  return { system, object: objects, name, status: "not-configured", detail };
}

/** "contacts, companies and deals". */
function listed(names: readonly string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
