/**
 * Both CRM sandboxes at once, ready for a resync: seeded with a record for every id the store's
 * open errors name, with the two resync triggers in place, and with the real clients pointed at
 * them. For local mode and for tests that run resyncs end to end.
 */

import { randomUUID } from "node:crypto";
import { Client } from "@hubspot/api-client";
import type { Connection } from "jsforce";
import { HUBSPOT_OBJECT_TYPES, hubspotSetupPort } from "../clients/hubspot-setup-port.js";
import { connectSalesforce } from "../clients/salesforce-session.js";
import { SALESFORCE_OBJECTS } from "../clients/salesforce-setup-port.js";
import { HUBSPOT_OBJECT_OF } from "../mappings/mappings.js";
import {
  DEFAULT_RATE_LIMIT,
  HubSpotSandbox,
  type HubSpotSeed,
} from "../sandbox/hubspot/sandbox.js";
import { normalizeId, typeOfId } from "../sandbox/salesforce/ids.js";
import {
  type CustomFieldSeed,
  DEFAULT_SALESFORCE_LOGIN,
  type RecordSeed,
  SalesforceSandbox,
} from "../sandbox/salesforce/sandbox.js";
import type { Store } from "../store/types.js";
import { scanDemoSeed } from "./scan-demo.js";

/** The API version the bot's jsforce connections use. */
const SALESFORCE_VERSION = "62.0";

/** Both sandboxes, and the clients the bot would build for them. */
export interface CrmSandboxes {
  readonly hubspot: HubSpotSandbox;
  readonly salesforce: SalesforceSandbox;
  /**
   * The real `@hubspot/api-client` Client on the HubSpot sandbox (`basePath`), with its token
   * and `numberOfApiCallRetries: 1`, as `src/main.ts` builds it.
   */
  readonly hubspotClient: Client;
  /**
   * The real jsforce Connection on the Salesforce sandbox, logged in as `src/main.ts` logs in:
   * the OAuth client credentials flow at the org's My Domain (the sandbox's `instanceUrl`), so an
   * ended session is renewed. Version 62.0.
   */
  readonly salesforceConnection: Connection;
  /** Closes both sandboxes' servers. */
  stop(): Promise<void>;
}

/** What to start the sandboxes with. */
export interface CrmSandboxOptions {
  readonly store: Store;
  /** The rules whose open errors name the records to seed (callers pass every rule id). */
  readonly ruleIds: readonly string[];
  /** RESYNC_HUBSPOT_PROPERTY and RESYNC_SALESFORCE_FIELD (the latter must end in `__c`). */
  readonly triggers: { readonly hubspotProperty: string; readonly salesforceField: string };
  /** HubSpot requests per rolling 10 s; 190 unless given. */
  readonly hubspotRateLimit?: number;
  /**
   * Also plant records for a scan to find (local mode's demo), and give the records seeded from the
   * store the values real ones have (a stage, a name), so they do not read as problems themselves.
   */
  readonly scanDemo?: { readonly now: Date };
}

/**
 * Starts both CRM sandboxes on 127.0.0.1 with fresh random tokens, seeded with a record for every
 * id the store's open errors name, and with the resync triggers already in place, so that
 * `checkSetup` finds every item ok.
 *
 * The trigger property is created through the setup port, as `syncerror setup --create` would:
 * three requests that show in `hubspot.calls()` and count against the rate window, and that
 * `hubspot.reset()` undoes.
 */
export async function startCrmSandboxes(options: CrmSandboxOptions): Promise<CrmSandboxes> {
  const fromStore = await seedFromStore(options.store, options.ruleIds);
  const demo = options.scanDemo && scanDemoSeed(options.scanDemo.now);
  const objects: HubSpotSeed = demo
    ? {
        ...fromStore.objects,
        contacts: [...(fromStore.objects.contacts ?? []), ...demo.hubspot.contacts],
      }
    : fromStore.objects;
  const records: RecordSeed = demo
    ? withDemo(fromStore.records, demo.salesforce)
    : fromStore.records;
  const hubspotToken = `pat-sandbox-${randomUUID()}`;
  const salesforceToken = `sf-sandbox-${randomUUID()}`;
  const trigger = { name: options.triggers.salesforceField, type: "datetime" } as const;
  const customFields: CustomFieldSeed = Object.fromEntries(
    SALESFORCE_OBJECTS.map((sobject) => [sobject, [trigger]]),
  );

  const hubspot = await HubSpotSandbox.start({
    accessToken: hubspotToken,
    objects,
    ...(demo
      ? {
          properties: { contacts: demo.hubspot.properties },
          owners: demo.hubspot.owners,
          pipelines: demo.hubspot.pipelines,
        }
      : {}),
    rateLimit: {
      requests: options.hubspotRateLimit ?? DEFAULT_RATE_LIMIT.requests,
      windowMs: DEFAULT_RATE_LIMIT.windowMs,
    },
  });
  let salesforce: SalesforceSandbox | undefined;
  try {
    // A connected app with the client credentials flow on, as a server-to-server setup has.
    const login = {
      ...DEFAULT_SALESFORCE_LOGIN,
      clientSecret: `sf-secret-${randomUUID()}`,
      clientCredentials: true,
    };
    salesforce = await SalesforceSandbox.start({
      accessToken: salesforceToken,
      login,
      version: SALESFORCE_VERSION,
      records,
      customFields,
      ...(demo ? { stateCountryPicklists: true } : {}),
    });
    const hubspotClient = new Client({
      accessToken: hubspotToken,
      basePath: hubspot.url,
      numberOfApiCallRetries: 1,
    });
    const setup = hubspotSetupPort(hubspotClient);
    for (const objectType of HUBSPOT_OBJECT_TYPES) {
      await setup.createDateTimeProperty(
        objectType,
        options.triggers.hubspotProperty,
        "Resync requested at (syncerror)",
      );
    }
    const salesforceConnection = await connectSalesforce({
      kind: "client-credentials",
      loginUrl: salesforce.instanceUrl,
      clientId: login.clientId,
      clientSecret: login.clientSecret,
      version: SALESFORCE_VERSION,
    });
    const started = salesforce;
    return {
      hubspot,
      salesforce: started,
      hubspotClient,
      salesforceConnection,
      stop: async () => {
        await Promise.all([hubspot.close(), started.close()]);
      },
    };
  } catch (error) {
    // A half-started pair would keep the process alive; nobody else holds them to close.
    await Promise.all([hubspot.close(), salesforce?.close()]);
    throw error;
  }
}

/**
 * One record per distinct id among the open errors: HubSpot ids by the error's object type,
 * Salesforce ids by their key prefix. Ids neither side can hold (activities, other prefixes,
 * malformed Salesforce ids) are left out; a resync of them fails as it would in a real portal.
 */
async function seedFromStore(
  store: Store,
  ruleIds: readonly string[],
): Promise<{ objects: HubSpotSeed; records: RecordSeed }> {
  const hubspotIds = new Map<keyof HubSpotSeed, Set<string>>();
  const salesforceIds = new Map<keyof RecordSeed, Set<string>>();
  const addTo = <K>(map: Map<K, Set<string>>, key: K, id: string) => {
    const ids = map.get(key) ?? new Set<string>();
    map.set(key, ids.add(id));
  };
  for (const ruleId of ruleIds) {
    for (const error of await store.openErrorsOf(ruleId)) {
      const objectType = HUBSPOT_OBJECT_OF[error.objectType];
      if (error.hubspotId && objectType) addTo(hubspotIds, objectType, error.hubspotId);
      // The store keeps ids as exported, 15 or 18 characters; the sandbox keys records by 18.
      const id = error.salesforceId ? normalizeId(error.salesforceId) : undefined;
      const sobject = id ? typeOfId(id) : undefined;
      if (id && sobject) addTo(salesforceIds, sobject, id);
    }
  }
  const objects: HubSpotSeed = Object.fromEntries(
    [...hubspotIds].map(([type, ids]) => [type, [...ids].map((id) => ({ id }))]),
  );
  const records: RecordSeed = Object.fromEntries(
    [...salesforceIds].map(([type, ids]) => [type, [...ids].map((Id) => ({ Id }))]),
  );
  return { objects, records };
}

/**
 * The store's Salesforce records with the values a real org's have (a lead's name and company, an
 * opportunity's name, stage and close date), plus the planted demo records.
 */
function withDemo(
  records: RecordSeed,
  demo: ReturnType<typeof scanDemoSeed>["salesforce"],
): RecordSeed {
  const filled = (
    type: "Lead" | "Contact" | "Account" | "Opportunity",
    extra: Record<string, unknown>,
  ) => (records[type] ?? []).map((r) => ({ ...extra, ...r }));
  return {
    ...records,
    Lead: [...filled("Lead", { LastName: "Synced", Company: "Acme" }), ...demo.Lead],
    Contact: filled("Contact", { LastName: "Synced" }),
    Account: filled("Account", { Name: "Acme" }),
    Opportunity: [
      ...filled("Opportunity", { Name: "Deal", StageName: "Prospecting", CloseDate: "2026-12-31" }),
      ...demo.Opportunity,
    ],
    User: demo.User,
  };
}
