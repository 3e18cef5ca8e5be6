/**
 * Picklist values and Salesforce's encoding of dependent picklists, plus the state and country
 * values the sandbox describes when state and country picklists are on.
 */

/** A picklist value a test declares; a bare string is an active, non-default value. */
export interface PicklistValueSpec {
  readonly value: string;
  /** The value unless given. */
  readonly label?: string;
  /** True unless given; inactive values stay in describe with `active: false`. */
  readonly active?: boolean;
  /** False unless given. */
  readonly defaultValue?: boolean;
  /**
   * For a value of a dependent picklist: the controlling field's values it is valid for
   * (`["US"]`; `["false"]`/`["true"]` for a checkbox controller), or the base64 bitset itself.
   */
  readonly validFor?: string | readonly string[];
}

/** One entry of a described field's `picklistValues`. */
export interface PicklistValue {
  readonly active: boolean;
  readonly defaultValue: boolean;
  readonly label: string;
  readonly value: string;
  readonly validFor: string | null;
}

/**
 * Encodes a dependent picklist value's `validFor`: a bitset over the controlling field's values,
 * base64 encoded. Bit `i` — byte `i >> 3`, most significant bit first (`0x80 >> (i & 7)`) — is set
 * when the value is valid for the controlling value at index `i` of the controller's
 * `picklistValues` (for a checkbox controller, index 0 is `false` and 1 is `true`). So
 * `encodeValidFor([0])` is `"gAAA"` and `encodeValidFor([1, 8])` is `"QIAA"`.
 *
 * `controllingValues` (the controller's value count) sets the minimum length; the bytes are padded
 * to whole groups of three, so the text has no `=`, as the strings Salesforce sends are commonly
 * seen (`"gAAA"`). Readers should not depend on the length.
 */
export function encodeValidFor(indexes: readonly number[], controllingValues = 0): string {
  for (const index of indexes) {
    if (!Number.isSafeInteger(index) || index < 0) {
      throw new Error(`encodeValidFor: bad controlling index ${index}`);
    }
  }
  const bits = Math.max(controllingValues, ...indexes.map((index) => index + 1), 1);
  const bytes = new Uint8Array(Math.ceil(Math.ceil(bits / 8) / 3) * 3);
  for (const index of indexes) {
    bytes[index >> 3] = (bytes[index >> 3] ?? 0) | (0x80 >> (index & 7));
  }
  return Buffer.from(bytes).toString("base64");
}

/** The controlling-value indexes a `validFor` bitset names (the inverse of encodeValidFor). */
export function decodeValidFor(validFor: string): number[] {
  const bytes = Buffer.from(validFor, "base64");
  const indexes: number[] = [];
  for (let index = 0; index < bytes.length * 8; index++) {
    if (((bytes[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0) indexes.push(index);
  }
  return indexes;
}

/**
 * Countries the sandbox's CountryCode picklists offer (ISO code as value, name as label): a
 * handful, not Salesforce's 240, enough for mismatched-country findings.
 */
export const COUNTRIES: readonly PicklistValueSpec[] = [
  ["US", "United States"],
  ["CA", "Canada"],
  ["GB", "United Kingdom"],
  ["DK", "Denmark"],
  ["DE", "Germany"],
  ["SE", "Sweden"],
  ["NO", "Norway"],
  ["FR", "France"],
  ["IE", "Ireland"],
  ["AU", "Australia"],
  ["IN", "India"],
  ["BR", "Brazil"],
].map(([value, label]) => ({ value: value ?? "", label: label ?? "" }));

/** States per country code; Salesforce ships states for a few countries only (no Denmark). */
const STATES_BY_COUNTRY: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  US: [
    ["AL", "Alabama"],
    ["CA", "California"],
    ["FL", "Florida"],
    ["IL", "Illinois"],
    ["MA", "Massachusetts"],
    ["NY", "New York"],
    ["TX", "Texas"],
    ["WA", "Washington"],
  ],
  CA: [
    ["AB", "Alberta"],
    ["BC", "British Columbia"],
    ["ON", "Ontario"],
    ["QC", "Quebec"],
  ],
  AU: [
    ["NSW", "New South Wales"],
    ["QLD", "Queensland"],
    ["VIC", "Victoria"],
  ],
  IN: [
    ["KA", "Karnataka"],
    ["MH", "Maharashtra"],
  ],
  BR: [
    ["RJ", "Rio de Janeiro"],
    ["SP", "São Paulo"],
  ],
};

/** StateCode values, each valid for its country (named by code; the schema encodes the bits). */
export const STATES: readonly PicklistValueSpec[] = Object.entries(STATES_BY_COUNTRY).flatMap(
  ([country, states]) => states.map(([value, label]) => ({ value, label, validFor: [country] })),
);

/**
 * Described picklist values: strings become active values, `validFor` controlling values become
 * the bitset over `controller` (the controlling field's values, in order), or null without one.
 */
export function describePicklist(
  values: readonly (string | PicklistValueSpec)[],
  controller: readonly string[] | undefined,
  where: string,
): PicklistValue[] {
  return values.map((entry) => {
    const spec = typeof entry === "string" ? { value: entry } : entry;
    return {
      active: spec.active ?? true,
      defaultValue: spec.defaultValue ?? false,
      label: spec.label ?? spec.value,
      value: spec.value,
      validFor: validForOf(spec, controller, where),
    };
  });
}

function validForOf(
  spec: PicklistValueSpec,
  controller: readonly string[] | undefined,
  where: string,
): string | null {
  if (controller === undefined) {
    if (spec.validFor !== undefined) {
      throw new Error(`Salesforce sandbox: ${where} has validFor but no controllerName`);
    }
    return null;
  }
  if (typeof spec.validFor === "string") return spec.validFor;
  const indexes = (spec.validFor ?? []).map((value) => {
    const index = controller.indexOf(value);
    if (index < 0) {
      throw new Error(
        `Salesforce sandbox: ${where} value ${spec.value} is validFor ${value}, which its controller lacks`,
      );
    }
    return index;
  });
  return encodeValidFor(indexes, controller.length);
}
