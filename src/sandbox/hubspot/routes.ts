import { type BatchContext, batchRead, batchUpdate } from "./batch.js";
import type { HubSpotCatalog } from "./catalog.js";
import { hubspotError, invalidRequest } from "./http.js";
import { createProperty, getAllProperties, getProperty } from "./properties.js";
import { listObjects } from "./read.js";
import { DEFINITION_READ_SCOPES } from "./schema-scopes.js";
import { searchObjects } from "./search.js";
import { type HubSpotObjectType, isObjectType, type RouteResult } from "./types.js";

/** Everything the endpoints read and write. */
export interface RouteContext extends BatchContext {
  readonly catalog: HubSpotCatalog;
}

/** What an endpoint gets from a request. */
export interface RouteRequest {
  readonly body: unknown;
  readonly query: URLSearchParams;
}

/**
 * Which of HubSpot's rate limits counts a request. Search operations carry
 * `x-hubspot-rate-limit-exemptions: ["ten-secondly"]` in HubSpot's spec (e.g.
 * PublicApiSpecs/CRM/Contacts/Rollouts/424/v3/contacts.json, `post-/crm/v3/objects/contacts/search`)
 * and have their own per-second limit instead; everything else counts in the 10-second window.
 */
export type RateLimitKind = "ten-secondly" | "search";

/** An endpoint, bound to the path it was found by. */
export interface Route {
  readonly limit: RateLimitKind;
  /** The scopes of which a token needs one (from the operation's `security` in HubSpot's spec). */
  readonly scopes: readonly string[];
  readonly answer: (request: RouteRequest) => RouteResult;
}

/** One modelled endpoint: method, path pattern, and its answer given the path's parts. */
interface Endpoint {
  readonly method: string;
  readonly path: RegExp;
  readonly limit?: RateLimitKind;
  /** The scopes, one of which a token needs, given the path's parts. */
  readonly scopes: (parts: readonly string[]) => readonly string[];
  readonly answer: (
    ctx: RouteContext,
    parts: readonly string[],
    request: RouteRequest,
  ) => RouteResult;
}

type TypedAnswer = (
  ctx: RouteContext,
  type: HubSpotObjectType,
  request: RouteRequest,
  parts: readonly string[],
) => RouteResult;

/**
 * An endpoint under an object type (the first path part). A type the sandbox lacks answers as
 * HubSpot does for a type it cannot infer, and is flagged.
 */
function typed(answer: TypedAnswer): Endpoint["answer"] {
  return (ctx, parts, request) => {
    const [type = ""] = parts;
    if (isObjectType(type)) return answer(ctx, type, request, parts);
    return {
      status: 400,
      body: hubspotError("VALIDATION_ERROR", `Unable to infer object type from: ${type}`),
      unexpected: `object type ${type} is not modelled (contacts, companies, deals)`,
    };
  };
}

/** Reading definitions (properties, pipelines): the spec's any-of list, for every type. */
const schemaRead = () => DEFINITION_READ_SCOPES;

const ENDPOINTS: readonly Endpoint[] = [
  {
    method: "POST",
    path: /^\/crm\/v3\/objects\/([^/]+)\/batch\/(update|read)$/,
    scopes: ([type, action]) => [`crm.objects.${type}.${action === "update" ? "write" : "read"}`],
    answer: typed((ctx, type, { body }, [, action]) =>
      action === "update" ? batchUpdate(ctx, type, body) : batchRead(ctx, type, body),
    ),
  },
  {
    method: "POST",
    path: /^\/crm\/v3\/objects\/([^/]+)\/search$/,
    scopes: ([type]) => [`crm.objects.${type}.read`],
    limit: "search",
    answer: typed((ctx, type, { body }) => searchObjects(ctx.store, type, body)),
  },
  {
    method: "GET",
    path: /^\/crm\/v3\/objects\/([^/]+)\/?$/,
    scopes: ([type]) => [`crm.objects.${type}.read`],
    answer: typed((ctx, type, { query }) => listObjects(ctx.store, type, query)),
  },
  {
    method: "GET",
    path: /^\/crm\/v3\/properties\/([^/]+)\/([^/]+)$/,
    scopes: schemaRead,
    answer: typed((ctx, type, { query }, [, name = ""]) =>
      getProperty(ctx.store, type, name, query),
    ),
  },
  {
    method: "GET",
    path: /^\/crm\/v3\/properties\/([^/]+)\/?$/,
    scopes: schemaRead,
    answer: typed((ctx, type, { query }) => getAllProperties(ctx.store, type, query)),
  },
  {
    method: "POST",
    scopes: ([type]) => [`crm.schemas.${type}.write`],
    path: /^\/crm\/v3\/properties\/([^/]+)$/,
    answer: typed((ctx, type, { body }) => createProperty(ctx.store, type, body)),
  },
  {
    method: "GET",
    path: /^\/crm\/v3\/lists\/([^/]+)$/,
    scopes: () => ["crm.lists.read"],
    answer: (ctx, [listId = ""], { query }) => ctx.catalog.listById(listId, query),
  },
  {
    method: "GET",
    path: /^\/crm\/v3\/lists\/object-type-id\/([^/]+)\/name\/([^/]+)$/,
    scopes: () => ["crm.lists.read"],
    answer: (ctx, [objectTypeId = "", name = ""], { query }) =>
      ctx.catalog.listByName(objectTypeId, name, query),
  },
  {
    method: "GET",
    path: /^\/crm\/v3\/lists\/([^/]+)\/memberships$/,
    scopes: () => ["crm.lists.read"],
    answer: (ctx, [listId = ""], { query }) => ctx.catalog.memberships(listId, query),
  },
  {
    method: "GET",
    // The generated path is `/crm/v3/owners/` but the client sends it without the slash;
    // HubSpot answers both.
    path: /^\/crm\/v3\/owners\/?$/,
    scopes: () => ["crm.objects.owners.read"],
    answer: (ctx, _parts, { query }) => ctx.catalog.ownerPage(query),
  },
  {
    method: "GET",
    path: /^\/crm\/v3\/pipelines\/([^/]+)$/,
    scopes: schemaRead,
    answer: (ctx, [type = ""], { query }) =>
      type === "deals"
        ? ctx.catalog.dealPipelines(query)
        : invalidRequest(
            `Unable to infer object type from: ${type}`,
            `pipelines of ${type} are not modelled (deals)`,
          ),
  },
];

/** The endpoint for a request, or undefined when the sandbox does not model it. */
export function findRoute(ctx: RouteContext, method: string, path: string): Route | undefined {
  for (const endpoint of ENDPOINTS) {
    if (endpoint.method !== method) continue;
    const match = endpoint.path.exec(path);
    if (!match) continue;
    const parts = match.slice(1).map(decoded);
    return {
      limit: endpoint.limit ?? "ten-secondly",
      scopes: endpoint.scopes(parts),
      answer: (request) => endpoint.answer(ctx, parts, request),
    };
  }
  return undefined;
}

/** A path segment decoded, or as sent when it is not valid percent-encoding. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
