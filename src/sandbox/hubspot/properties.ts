import { hubspotError, isObject } from "./http.js";
import { unmodelledQuery } from "./objects.js";
import { type CrmStore, type PropertyInput, propertyDefinition } from "./store.js";
import type { HubSpotObjectType, RouteResult } from "./types.js";

const REQUIRED = ["name", "label", "type", "fieldType", "groupName"] as const;

/** `GET /crm/v3/properties/{type}/{name}`: 200 with the definition, or 404. */
export function getProperty(store: CrmStore, type: HubSpotObjectType, name: string): RouteResult {
  const definition = store.property(type, name);
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
 * `GET /crm/v3/properties/{type}`: every definition, enumeration options included. None is
 * archived here, so `archived=true` answers an empty list, as it would in a fresh portal.
 */
export function getAllProperties(
  store: CrmStore,
  type: HubSpotObjectType,
  query: URLSearchParams,
): RouteResult {
  const refused = unmodelledQuery(query, ["archived"]);
  if (refused) return refused;
  const archived = query.get("archived") === "true";
  return { status: 200, body: { results: archived ? [] : store.allProperties(type) } };
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
