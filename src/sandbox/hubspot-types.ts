/** The CRM object types the HubSpot sandbox models. */
export const OBJECT_TYPES = ["contacts", "companies", "deals"] as const;
export type HubSpotObjectType = (typeof OBJECT_TYPES)[number];

export function isObjectType(value: string): value is HubSpotObjectType {
  return (OBJECT_TYPES as readonly string[]).includes(value);
}

/** A record to seed: HubSpot ids are numeric strings; values are strings, as on the wire. */
export interface SeedRecord {
  readonly id: string;
  readonly properties?: Readonly<Record<string, string | null>>;
}

/** A stored CRM record, as `batch/read` would show it. */
export interface StoredRecord {
  readonly id: string;
  readonly properties: Readonly<Record<string, string | null>>;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A property definition, in the shape `GET /crm/v3/properties/{objectType}/{name}` answers. */
export interface PropertyDefinition {
  readonly name: string;
  readonly label: string;
  readonly type: string;
  readonly fieldType: string;
  readonly groupName: string;
  readonly description: string;
  readonly options: readonly unknown[];
  readonly displayOrder: number;
  readonly calculated: boolean;
  readonly externalOptions: boolean;
  readonly hasUniqueValue: boolean;
  readonly hidden: boolean;
  readonly formField: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly archived: boolean;
}

/** What to seed the sandbox with; `reset()` returns to this state. */
export interface HubSpotSeed {
  readonly contacts?: readonly SeedRecord[];
  readonly companies?: readonly SeedRecord[];
  readonly deals?: readonly SeedRecord[];
}

/** A rolling window: at most `requests` accepted requests within any `windowMs`. */
export interface RateLimit {
  readonly requests: number;
  readonly windowMs: number;
}

/** The 429 policies HubSpot names; the client retries only the first (10 s × attempt). */
export type RateLimitPolicy = "TEN_SECONDLY_ROLLING" | "SECONDLY" | "DAILY";

/** One request the sandbox received, in arrival order. */
export interface HubSpotCall {
  readonly seq: number;
  readonly method: string;
  /** The path without the query, e.g. `/crm/v3/objects/contacts/batch/update`. */
  readonly path: string;
  readonly query: string;
  /** The parsed JSON body, the raw text if it was not JSON, or undefined when empty. */
  readonly body: unknown;
  /** The HTTP status answered; 0 when the connection was cut instead. */
  readonly status: number;
  readonly response: unknown;
  /** Set when the answer came from `failNext`, `rateLimitStorm` or `cutConnectionNext`. */
  readonly injected?: true;
  /** Why no correct client sends this request; also listed by `unexpected()`. */
  readonly unexpected?: string;
}

/** A route's answer, before the server adds rate-limit headers and records it. */
export interface RouteResult {
  readonly status: number;
  readonly body: unknown;
  readonly unexpected?: string;
}
