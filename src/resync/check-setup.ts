import {
  HUBSPOT_OBJECT_TYPES,
  type HubSpotObjectType,
  type HubSpotSetupPort,
} from "../clients/hubspot-setup-port.js";
import { SALESFORCE_OBJECTS, type SalesforceSetupPort } from "../clients/salesforce-setup-port.js";
import { sayUserText, type UserText } from "../errors.js";
import { translator } from "../i18n/translator.js";

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
  /** What it means and what to do, in a sentence (English; `said` in any language). */
  readonly detail: string;
  /** The same sentence as a catalog message. */
  readonly said: UserText;
  /** For a system not configured: the objects `object` lists, to list in any language. */
  readonly objects?: readonly string[];
}

/** The whole check: every item, whether resyncs may start, and what the admin must map. */
export interface SetupReport {
  readonly items: readonly SetupItem[];
  /** True when both triggers exist and are usable. */
  readonly ready: boolean;
  /** The mapping the admin must add in HubSpot's integration settings (English). */
  readonly mapping: readonly string[];
  /** The same lines as catalog messages. */
  readonly mappingSaid: readonly UserText[];
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
      notConfigured("hubspot", HUBSPOT_OBJECT_TYPES, options.property, {
        key: "setup.hubspotNotConfigured",
      }),
    );
  } else {
    for (const objectType of HUBSPOT_OBJECT_TYPES)
      items.push(await checkProperty(options.hubspot, objectType, options));
  }
  if (!options.salesforce) {
    items.push(
      notConfigured("salesforce", SALESFORCE_OBJECTS, options.field, {
        key: "setup.salesforceNotConfigured",
      }),
    );
  } else {
    for (const sobject of SALESFORCE_OBJECTS) {
      const field = await options.salesforce.describeField(sobject, options.field);
      items.push(
        !field
          ? item("salesforce", sobject, options.field, "missing", {
              key: "setup.fieldMissing",
              values: { field: options.field, object: sobject },
            })
          : field.type !== "datetime"
            ? item("salesforce", sobject, field.name, "wrong-type", {
                key: "setup.fieldWrongType",
                values: { name: field.name, type: field.type },
              })
            : field.calculated || !field.updateable
              ? item("salesforce", sobject, field.name, "not-updateable", {
                  key: "setup.fieldNotUpdateable",
                  values: { name: field.name },
                })
              : item("salesforce", sobject, field.name, "ok", { key: "setup.fieldOk" }),
      );
    }
  }
  const mappingSaid: UserText[] = [
    { key: "setup.mappingWhere" },
    { key: "setup.mappingWhat", values: { property: options.property, field: options.field } },
    { key: "setup.mappingThen" },
  ];
  return {
    items,
    ready: items.every((i) => i.status === "ok" || i.status === "created"),
    mapping: mappingSaid.map((line) => sayUserText(line, english())),
    mappingSaid,
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
      ? item("hubspot", objectType, property.name, "ok", { key: "setup.propertyOk" })
      : item("hubspot", objectType, property.name, "wrong-type", {
          key: "setup.propertyWrongType",
          values: { name: property.name, type: property.type },
        });
  }
  if (!options.create) {
    return item("hubspot", objectType, options.property, "missing", {
      key: "setup.propertyMissing",
    });
  }
  const created = await port.createDateTimeProperty(objectType, options.property, PROPERTY_LABEL);
  return item("hubspot", objectType, created.name, "created", {
    key: "setup.propertyCreated",
  });
}

function item(
  system: SetupItem["system"],
  object: string,
  name: string,
  status: SetupItem["status"],
  said: UserText,
): SetupItem {
  return { system, object, name, status, detail: sayUserText(said, english()), said };
}

/** English, for the report's `detail` and `mapping` (what --json prints). */
const english = () => translator("en");

/** What a system would have been checked for, named as the other lines name it. */
function notConfigured(
  system: SetupItem["system"],
  objects: readonly string[],
  name: string,
  said: UserText,
): SetupItem {
  return { ...item(system, listed(objects), name, "not-configured", said), objects };
}

/** "contacts, companies and deals" (the report's `object`, in English). */
function listed(names: readonly string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
