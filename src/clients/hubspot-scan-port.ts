import type { Client } from "@hubspot/api-client";
import {
  createHubSpotSearchLimiter,
  type HubSpotPacing,
  pacedHubSpotCall,
  statusOf,
} from "./hubspot-paced-call.js";
import type { HubSpotObjectType } from "./hubspot-setup-port.js";

/**
 * The property that holds a record's last change, per object type. HubSpot keeps a contact's as
 * `lastmodifieddate` and a company's or deal's as `hs_lastmodifieddate`. A contact's
 * `hs_lastmodifieddate` exists but does not follow changes: a contacts search filtered on it is
 * accepted and silently finds nothing useful (HubSpot's CRM search guide, default properties per
 * object: https://developers.hubspot.com/docs/api-reference/search/guide; amp-labs/connectors#45).
 */
export const HUBSPOT_MODIFIED_PROPERTY: Readonly<Record<HubSpotObjectType, string>> = {
  contacts: "lastmodifieddate",
  companies: "hs_lastmodifieddate",
  deals: "hs_lastmodifieddate",
};

/** A HubSpot record as the scan reads it. */
export interface HubSpotRecord {
  readonly id: string;
  readonly properties: Readonly<Record<string, string | null>>;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A page of records and where the next one starts. */
export interface HubSpotPage {
  readonly records: readonly HubSpotRecord[];
  readonly after: string | undefined;
}

/** A property definition, as the checks need it. */
export interface HubSpotPropertyDefinition {
  readonly name: string;
  readonly type: string;
  readonly fieldType: string;
  /**
   * `hidden`: the option is kept but no longer offered in HubSpot's forms and pickers (read for
   * the schema snapshots; absent where a definition was built without it).
   */
  readonly options: readonly {
    readonly value: string;
    readonly label: string;
    readonly hidden?: boolean;
  }[];
}

/** A HubSpot list's definition, as far as the scan cares. */
export interface HubSpotList {
  /** The ILS list id, which the v3 lists API takes. */
  readonly listId: string;
  readonly name: string;
  /** The object type of its members: `0-1` for contacts. */
  readonly objectTypeId: string;
  readonly size: number | undefined;
}

/**
 * What a scan reads from HubSpot. Every call is paced by the bot's HubSpot limiter, searches by
 * the search limiter instead.
 */
export interface HubSpotScanPort {
  properties(objectType: HubSpotObjectType): Promise<HubSpotPropertyDefinition[]>;
  /** Owner id → email. */
  owners(): Promise<Map<string, string | null>>;
  /** The labels of every deal stage of every deal pipeline. */
  dealStageLabels(): Promise<string[]>;
  /** One page (at most 100) of every record of the type, oldest id first. */
  recordsPage(
    objectType: HubSpotObjectType,
    properties: readonly string[],
    after: string | undefined,
  ): Promise<HubSpotPage>;
  /**
   * One page (at most 200) of records modified at or after `since`, in id order from `afterId`:
   * paging by id, not by HubSpot's cursor, passes search's 10,000-result cap.
   */
  modifiedPage(
    objectType: HubSpotObjectType,
    properties: readonly string[],
    since: Date,
    afterId: string | undefined,
  ): Promise<HubSpotPage>;
  /** A list by its ILS id; null when HubSpot has no list with that id. */
  listById(listId: string): Promise<HubSpotList | null>;
  /** A list by its name (any case) among lists of an object type; null when there is none. */
  listByName(objectTypeId: string, name: string): Promise<HubSpotList | null>;
  /** One page of a list's member ids. */
  listMembersPage(
    listId: string,
    after: string | undefined,
  ): Promise<{ ids: string[]; after: string | undefined }>;
  /** Up to 100 records by id. */
  read(
    objectType: HubSpotObjectType,
    ids: readonly string[],
    properties: readonly string[],
  ): Promise<HubSpotRecord[]>;
  /** Requests made so far (retries included), for the scan's summary. */
  calls(): number;
  /** Contacts holding these emails (at most 100 a call). */
  contactsByEmail(
    emails: readonly string[],
    properties: readonly string[],
  ): Promise<HubSpotRecord[]>;
}

interface WireRecord {
  id: string;
  properties: Record<string, string | null>;
  createdAt: Date;
  updatedAt: Date;
}

const toList = (list: {
  listId: string;
  name: string;
  objectTypeId: string;
  size?: number;
}): HubSpotList => ({
  listId: list.listId,
  name: list.name,
  objectTypeId: list.objectTypeId,
  size: list.size,
});

/** Null for HubSpot's 404, the answer itself otherwise; other failures propagate. */
async function unlessNotFound<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

const toRecord = (r: WireRecord): HubSpotRecord => ({
  id: r.id,
  properties: r.properties,
  createdAt: new Date(r.createdAt),
  updatedAt: new Date(r.updatedAt),
});

/** The largest page HubSpot's search answers. */
const SEARCH_PAGE = 200;

/**
 * Wraps the real client; the scan's calls share the limiter and retries of everything else, and
 * its searches the search limiter (HubSpot counts them apart).
 */
export function hubspotScanPort(client: Client, pacing: HubSpotPacing): HubSpotScanPort {
  let calls = 0;
  const counted =
    <T>(work: () => Promise<T>) =>
    () => {
      calls++;
      return work();
    };
  const call = <T>(work: () => Promise<T>) => pacedHubSpotCall(pacing, counted(work));
  const searchPacing = {
    ...pacing,
    limiter: pacing.searchLimiter ?? createHubSpotSearchLimiter(),
  };
  const searchCall = <T>(work: () => Promise<T>) => pacedHubSpotCall(searchPacing, counted(work));
  const search = (objectType: HubSpotObjectType) => client.crm[objectType].searchApi;
  return {
    calls: () => calls,
    async properties(objectType) {
      const response = await call(() => client.crm.properties.coreApi.getAll(objectType));
      return response.results.map((p) => ({
        name: p.name,
        type: String(p.type),
        fieldType: String(p.fieldType),
        options: (p.options ?? []).map((o) => ({
          value: o.value,
          label: o.label,
          hidden: o.hidden,
        })),
      }));
    },
    async owners() {
      const owners = new Map<string, string | null>();
      let after: string | undefined;
      do {
        const page = await call(() => client.crm.owners.ownersApi.getPage(undefined, after, 100));
        for (const o of page.results) owners.set(o.id, o.email ?? null);
        after = page.paging?.next?.after;
      } while (after);
      return owners;
    },
    async dealStageLabels() {
      const pipelines = await call(() => client.crm.pipelines.pipelinesApi.getAll("deals"));
      return pipelines.results.flatMap((p) =>
        p.stages.filter((s) => !s.archived).map((s) => s.label),
      );
    },
    async recordsPage(objectType, properties, after) {
      const page = await call(() =>
        client.crm[objectType].basicApi.getPage(100, after, [...properties]),
      );
      return {
        records: page.results.map((r) => toRecord(r as WireRecord)),
        after: page.paging?.next?.after,
      };
    },
    async modifiedPage(objectType, properties, since, afterId) {
      const filters = [
        {
          propertyName: HUBSPOT_MODIFIED_PROPERTY[objectType],
          operator: "GTE",
          value: String(since.getTime()),
        },
        ...(afterId ? [{ propertyName: "hs_object_id", operator: "GT", value: afterId }] : []),
      ];
      const page = await searchCall(() =>
        search(objectType).doSearch({
          filterGroups: [{ filters: filters as never }],
          sorts: [{ propertyName: "hs_object_id", direction: "ASCENDING" }],
          properties: [...properties],
          limit: SEARCH_PAGE,
          after: "0",
        } as never),
      );
      const records = page.results.map((r) => toRecord(r as WireRecord));
      return {
        records,
        after: records.length === SEARCH_PAGE ? records.at(-1)?.id : undefined,
      };
    },
    async listById(listId) {
      const found = await unlessNotFound(() =>
        call(() => client.crm.lists.listsApi.getById(listId)),
      );
      return found && toList(found.list);
    },
    async listByName(objectTypeId, name) {
      const found = await unlessNotFound(() =>
        call(() => client.crm.lists.listsApi.getByName(name, objectTypeId)),
      );
      return found && toList(found.list);
    },
    async listMembersPage(listId, after) {
      const page = await call(() =>
        client.crm.lists.membershipsApi.getPage(listId, after, undefined, 250),
      );
      return {
        ids: page.results.map((m) => String(m.recordId)),
        after: page.paging?.next?.after,
      };
    },
    async read(objectType, ids, properties) {
      if (ids.length === 0) return [];
      const response = await call(() =>
        client.crm[objectType].batchApi.read({
          inputs: ids.map((id) => ({ id })),
          properties: [...properties],
          propertiesWithHistory: [],
        }),
      );
      return response.results.map((r) => toRecord(r as WireRecord));
    },
    async contactsByEmail(emails, properties) {
      if (emails.length === 0) return [];
      const page = await searchCall(() =>
        search("contacts").doSearch({
          filterGroups: [
            {
              filters: [
                {
                  propertyName: "email",
                  operator: "IN",
                  values: emails.map((e) => e.toLowerCase()),
                },
              ] as never,
            },
          ],
          properties: [...properties],
          limit: SEARCH_PAGE,
          after: "0",
        } as never),
      );
      return page.results.map((r) => toRecord(r as WireRecord));
    },
  };
}
