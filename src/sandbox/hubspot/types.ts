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
  /** When the record was created (any `Date`-parsable text); the seeding time unless given. */
  readonly createdAt?: string;
  /**
   * When it was last modified (any `Date`-parsable text); `createdAt` unless given. Sets the
   * type's modification stamp, which scans filter on: `lastmodifieddate` on contacts,
   * `hs_lastmodifieddate` on companies and deals.
   */
  readonly updatedAt?: string;
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
  /**
   * `readOnlyValue`: HubSpot sets the value itself; a write that names it is refused.
   * `readOnlyOptions` only on properties with options (enumeration, bool), as HubSpot sends it.
   */
  readonly modificationMetadata: {
    readonly archivable: boolean;
    readonly readOnlyDefinition: boolean;
    readonly readOnlyOptions?: boolean;
    readonly readOnlyValue: boolean;
  };
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The HubSpot user who last changed the definition; absent when no person did (spec). */
  readonly updatedUserId?: string;
  readonly archived: boolean;
  /** When it was archived (moved to the recycling bin); only on archived definitions. */
  readonly archivedAt?: string;
}

/**
 * A change an admin makes to a property definition, which a test plants with
 * `HubSpotSandbox.changeProperty`:
 * - `option-hidden`: the option stays, with `hidden: true` (no longer offered in HubSpot's UI);
 * - `option-removed`: the option is gone from `options`, so writing its value is refused;
 * - `archived`: the property is deleted (in the recycling bin): only `archived=true` reads show it;
 * - `type-changed`: a new `type` and `fieldType` (the type's usual field type unless given);
 *   options are kept for enumeration and bool, replaced when given, and dropped for other types.
 */
export type PropertyChange =
  | { readonly kind: "option-hidden"; readonly value: string }
  | { readonly kind: "option-removed"; readonly value: string }
  | { readonly kind: "archived" }
  | {
      readonly kind: "type-changed";
      readonly type: PropertyType;
      readonly fieldType?: string;
      readonly options?: readonly SeedPropertyOption[];
    };

/** When a planted change happened and who made it. */
export interface ChangeStamp {
  /** When (any `Date`-parsable text); now unless given. The definition's `updatedAt`. */
  readonly at?: string;
  /** The HubSpot user id of the admin (`updatedUserId`); absent unless given. */
  readonly by?: string;
}

/** The property types HubSpot has (`PropertyCreateTypeEnum`). */
export type PropertyType = "string" | "number" | "date" | "datetime" | "enumeration" | "bool";

/** One option of an enumeration (or bool) property, as `options[]` shows it. */
export interface SeedPropertyOption {
  readonly label: string;
  readonly value: string;
  /** Its position in the list; its index in `options` unless given. */
  readonly displayOrder?: number;
  readonly hidden?: boolean;
  readonly description?: string;
}

/**
 * A property definition to seed. Only `name` and `type` are needed; `fieldType` follows the type
 * unless given (text, number, date, date, select, booleancheckbox), a bool gets HubSpot's
 * Yes/No options unless given, and a seeded name replaces the standard definition of that name.
 */
export interface SeedProperty {
  readonly name: string;
  readonly type: PropertyType;
  readonly fieldType?: string;
  readonly label?: string;
  readonly groupName?: string;
  readonly description?: string;
  readonly options?: readonly SeedPropertyOption[];
  readonly hidden?: boolean;
  readonly hasUniqueValue?: boolean;
  readonly calculated?: boolean;
}

/** Property definitions to seed, per object type. */
export type PropertySeed = Readonly<Partial<Record<HubSpotObjectType, readonly SeedProperty[]>>>;

/** A list to seed in full: its definition and its members. */
export interface SeedList {
  /** The list's name (`List {id}` unless given); the lookup by name ignores case. */
  readonly name?: string;
  /** The object type the list holds: `0-1` contacts (unless given), `0-2` companies, `0-3` deals. */
  readonly objectTypeId?: string;
  /** `DYNAMIC` (active) unless given; `MANUAL` and `SNAPSHOT` are static. */
  readonly processingType?: "DYNAMIC" | "MANUAL" | "SNAPSHOT";
  /**
   * The id the list had in the legacy v1 lists API (what old list URLs show). The v3 endpoints
   * do not know it: asked for by it, they answer 404 like any id that is no list's ILS id.
   */
  readonly legacyListId?: string;
  readonly members: readonly string[];
}

/**
 * Lists to seed, by ILS list id (the id HubSpot's v3 lists API takes): the member record ids
 * alone (a contact list named `List {id}`), or the list in full.
 */
export type ListSeed = Readonly<Record<string, readonly string[] | SeedList>>;

/** A CRM owner to seed, as `GET /crm/v3/owners/` lists it. */
export interface SeedOwner {
  /** The owner id (what `hubspot_owner_id` holds), a numeric string. */
  readonly id: string;
  readonly email: string;
  readonly firstName?: string;
  readonly lastName?: string;
  /** The HubSpot user id behind the owner; left out of the answer unless given. */
  readonly userId?: number;
  /** Deactivated: listed only with `archived=true`. */
  readonly archived?: boolean;
  readonly teams?: readonly {
    readonly id: string;
    readonly name: string;
    readonly primary: boolean;
  }[];
}

/** A deal stage to seed. */
export interface SeedPipelineStage {
  readonly id: string;
  readonly label: string;
  /** Its index in `stages` unless given. */
  readonly displayOrder?: number;
  /** 0…1; sent, like HubSpot, as text in `metadata.probability`. 0 unless given. */
  readonly probability?: number;
  /** Closed won or lost; sent as `"true"`/`"false"` in `metadata.isClosed`. */
  readonly isClosed?: boolean;
}

/** A deal pipeline to seed. */
export interface SeedPipeline {
  readonly id: string;
  readonly label: string;
  /** Its index in the seed unless given. */
  readonly displayOrder?: number;
  readonly stages: readonly SeedPipelineStage[];
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
