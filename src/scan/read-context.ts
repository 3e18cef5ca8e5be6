import type { schemaSnapshot } from "../changes/snapshot.js";
import type { HubSpotRecord, HubSpotScanPort } from "../clients/hubspot-scan-port.js";
import { HUBSPOT_OBJECT_TYPES, type HubSpotObjectType } from "../clients/hubspot-setup-port.js";
import {
  type DescribedField,
  requiredOnCreate,
  type SalesforceScanPort,
} from "../clients/salesforce-scan-port.js";
import { SALESFORCE_OBJECTS, type SalesforceObject } from "../clients/salesforce-setup-port.js";
import type { Mappings } from "../mappings/mappings.js";
import type {
  HubSpotContactLink,
  HubSpotProperty,
  SalesforceField,
  SalesforceUser,
  ScanContext,
} from "./scan-context.js";

/** What a scan read of each side for its schema snapshot; a side not read is undefined. */
export type SchemaRead = Parameters<typeof schemaSnapshot>[0];

/** The context, with the email index open for the scan to fill as it reads contacts. */
export interface MutableScanContext extends ScanContext {
  readonly hubspotContactsByEmail: Map<string, HubSpotContactLink>;
  /**
   * Describe and the property definitions as read, for the scan's schema snapshot (a side not
   * read is undefined), so the snapshot costs no call of its own.
   */
  readonly schemaRead: SchemaRead;
}

/**
 * Reads what every check needs, once per scan: describe of the four Salesforce objects, HubSpot's
 * property definitions, owners and deal stages, and Salesforce's users. A side that is not
 * configured contributes nothing, and the checks that need it find nothing. With
 * `onSalesforceError`, a Salesforce read that fails is handed to it and Salesforce contributes
 * nothing, so HubSpot's part is still read; without, the failure rejects.
 */
export async function readScanContext(
  ports: {
    readonly hubspot: HubSpotScanPort | undefined;
    readonly salesforce: SalesforceScanPort | undefined;
  },
  mappings: Mappings,
  options: { readonly onSalesforceError?: (error: unknown) => void } = {},
): Promise<MutableScanContext> {
  // The two sides are read at once: neither waits for the other, and a scan starts sooner.
  const [salesforce, hubspot] = await Promise.all([
    readSalesforceSide(ports.salesforce, options),
    ports.hubspot ? readHubSpotMetadata(ports.hubspot) : undefined,
  ]);
  const { fields: salesforceFields, users, described } = salesforce;
  const hubspotProperties = hubspot?.properties ?? new Map();
  const owners = hubspot?.owners ?? new Map<string, string | null>();
  const stages = hubspot?.stages ?? [];
  return {
    mappings,
    salesforceFields,
    hubspotProperties,
    hubspotOwners: new Map([...owners].map(([id, email]) => [id, { email }])),
    salesforceUsersById: new Map(users.map((u) => [u.id, u])),
    salesforceUsersByEmail: new Map(
      users.flatMap((u) => (u.email ? [[u.email.toLowerCase(), u] as const] : [])),
    ),
    dealStageLabels: new Set(stages.map((s) => s.toLowerCase())),
    hubspotContactsByEmail: new Map(),
    schemaRead: {
      salesforce: described,
      hubspot: hubspot && {
        properties: HUBSPOT_OBJECT_TYPES.map((t, i) => [t, hubspot.definitions[i] ?? []] as const),
        dealStages: hubspot.stages,
      },
    },
  };
}

/** Salesforce's metadata, or none when it is not configured or (with `onSalesforceError`) failed. */
async function readSalesforceSide(
  port: SalesforceScanPort | undefined,
  options: { readonly onSalesforceError?: (error: unknown) => void },
): Promise<SalesforceMetadata> {
  const none: SalesforceMetadata = { fields: new Map(), users: [], described: undefined };
  if (!port) return none;
  try {
    return await readSalesforceMetadata(port);
  } catch (error) {
    if (!options.onSalesforceError) throw error;
    options.onSalesforceError(error);
    return none;
  }
}

/** HubSpot's property definitions of the three types, its owners and its deal stages. */
async function readHubSpotMetadata(port: HubSpotScanPort) {
  const [definitions, owners, stages] = await Promise.all([
    Promise.all(HUBSPOT_OBJECT_TYPES.map((t) => port.properties(t))),
    port.owners(),
    port.dealStageLabels(),
  ]);
  const properties = new Map<HubSpotObjectType, ReadonlyMap<string, HubSpotProperty>>();
  HUBSPOT_OBJECT_TYPES.forEach((type, i) => {
    properties.set(type, new Map((definitions[i] ?? []).map((p) => [p.name, p])));
  });
  return { properties, owners, stages, definitions };
}

interface SalesforceMetadata {
  readonly fields: Map<SalesforceObject, ReadonlyMap<string, SalesforceField>>;
  readonly users: readonly SalesforceUser[];
  /** Each object's describe as read; undefined when Salesforce was not read. */
  readonly described:
    | ReadonlyArray<readonly [SalesforceObject, readonly DescribedField[]]>
    | undefined;
}

/** Describe of the four objects, and the users. */
async function readSalesforceMetadata(port: SalesforceScanPort): Promise<SalesforceMetadata> {
  const fieldsOf = new Map<SalesforceObject, ReadonlyMap<string, SalesforceField>>();
  const described = await Promise.all(SALESFORCE_OBJECTS.map((o) => port.describe(o)));
  SALESFORCE_OBJECTS.forEach((object, i) => {
    const fields = new Map<string, SalesforceField>();
    for (const f of described[i] ?? []) {
      fields.set(f.name.toLowerCase(), {
        name: f.name,
        type: f.type,
        length: f.length,
        required: requiredOnCreate(f),
        createable: f.createable,
        updateable: f.updateable,
        restricted: f.restrictedPicklist,
        picklist: f.type === "picklist" || f.type === "multipicklist" ? f.picklistValues : null,
        controllerName: f.controllerName,
      });
    }
    fieldsOf.set(object, fields);
  });
  return {
    fields: fieldsOf,
    users: await port.users(),
    described: SALESFORCE_OBJECTS.map((o, i) => [o, described[i] ?? []] as const),
  };
}

/** Remembers which HubSpot contact holds an email, and the Salesforce records it is linked to. */
export function indexEmail(context: MutableScanContext, record: HubSpotRecord): void {
  const email = record.properties.email?.trim().toLowerCase();
  if (!email) return;
  const ids = [record.properties.salesforcecontactid, record.properties.salesforceleadid].filter(
    (id): id is string => typeof id === "string" && id !== "",
  );
  context.hubspotContactsByEmail.set(email, { id: record.id, salesforceIds: ids });
}
