import { hubspotError, invalidRequest, isObject } from "./http.js";
import { unmodelledQuery } from "./objects.js";
import { type CrmStore, type PropertyInput, propertyDefinition } from "./store.js";
import type { HubSpotObjectType, RouteResult } from "./types.js";

const REQUIRED = ["name", "label", "type", "fieldType", "groupName"] as const;

/**
 * `GET /crm/v3/properties/{type}/{name}`: 200 with the definition, or 404. With `archived=true`
 * only an archived definition is found ("Whether to return only results that have been
 * archived": spec, Properties v3, `archived` parameter), so a live name answers 404 there, and an
 * archived name answers 404 without it: the pair a scan needs to tell a deleted property from one
 * that never existed. The 404 for an archived name without the flag is **assumed** (the same body
 * as for any unknown name).
 */
export function getProperty(
  store: CrmStore,
  type: HubSpotObjectType,
  name: string,
  query: URLSearchParams,
): RouteResult {
  const refused = unmodelledQuery(query, ["archived"]);
  if (refused) return refused;
  const archived = archivedFlag(query);
  if (typeof archived !== "boolean") return archived;
  const definition = archived ? store.archivedProperty(type, name) : store.property(type, name);
  if (definition) return { status: 200, body: definition };
  // Not flagged: looking a property up to learn whether it exists is what the bot should do.
  return {
    status: 404,
    body: hubspotError("OBJECT_NOT_FOUND", `Property ${name} does not exist`, {
      context: { propertyName: [name] },
    }),
  };
}

/**
 * `GET /crm/v3/properties/{type}`: every live definition, enumeration options included; with
 * `archived=true` only the archived ones (spec, as above), each with `archived: true` and
 * `archivedAt`.
 */
export function getAllProperties(
  store: CrmStore,
  type: HubSpotObjectType,
  query: URLSearchParams,
): RouteResult {
  const refused = unmodelledQuery(query, ["archived"]);
  if (refused) return refused;
  const archived = archivedFlag(query);
  if (typeof archived !== "boolean") return archived;
  const results = archived ? store.archivedProperties(type) : store.allProperties(type);
  return { status: 200, body: { results } };
}

/** The `archived` parameter, a boolean false unless given; other text is a 400 (flagged). */
function archivedFlag(query: URLSearchParams): boolean | RouteResult {
  const raw = query.get("archived");
  if (raw === null || raw === "false") return false;
  if (raw === "true") return true;
  return invalidRequest(`Invalid archived: ${raw}`, `archived=${raw} is not a boolean`);
}

/** `POST /crm/v3/properties/{type}`: 201 with the definition, 409 when the name is taken. */
export function createProperty(
  store: CrmStore,
  type: HubSpotObjectType,
  body: unknown,
): RouteResult {
  const missing = REQUIRED.filter((key) => !isObject(body) || typeof body[key] !== "string");
  if (!isObject(body) || missing.length > 0) {
    return {
      status: 400,
      body: hubspotError("VALIDATION_ERROR", `Invalid input JSON: missing ${missing.join(", ")}`),
      unexpected: `property create without ${missing.join(", ")}`,
    };
  }
  const definition = propertyDefinition(body as unknown as PropertyInput, new Date().toISOString());
  if (!store.createProperty(type, definition)) {
    return {
      status: 409,
      body: hubspotError(
        "OBJECT_ALREADY_EXISTS",
        `Property named '${definition.name}' already exists.`,
        {
          context: { propertyName: [definition.name] },
        },
      ),
    };
  }
  return { status: 201, body: definition };
}
