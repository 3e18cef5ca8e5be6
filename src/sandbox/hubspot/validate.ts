import type { PropertyDefinition } from "./types.js";

/**
 * One invalid property value, in the form HubSpot lists them inside a 400's message:
 * `Property values were not valid: [{"isValid":false,"message":"…","error":"INVALID_DATE","name":"closedate"}]`
 * (HubSpot/hubspot-api-php #74, https://github.com/HubSpot/hubspot-api-php/issues/74;
 * Atlas-Authority/marketing-automation #174 shows INVALID_EMAIL the same way).
 */
export interface PropertyProblem {
  readonly isValid: false;
  readonly message: string;
  readonly error: string;
  readonly name: string;
}

const EPOCH_MS = /^-?\d+$/;
const ISO_DATE = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DAY_MS = 86_400_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** Epoch milliseconds for a date or datetime value HubSpot accepts (epoch ms or ISO 8601), or NaN. */
function instant(value: string): number {
  if (EPOCH_MS.test(value)) return Number(value);
  return ISO_DATE.test(value) ? Date.parse(value) : Number.NaN;
}

const problem = (name: string, error: string, message: string): PropertyProblem => ({
  isValid: false,
  message,
  error,
  name,
});

/**
 * Why HubSpot would refuse `value` for the property, or undefined when it takes it. An empty
 * string or null clears the value, which is always allowed ("Properties values can be cleared by
 * passing an empty string": batch update in HubSpot's spec). Checked:
 * - `date`: epoch ms or ISO 8601 at midnight UTC, else INVALID_DATE "… is at HH:MM:SS.mmm UTC,
 *   not midnight!" (hubspot-api-php #74);
 * - `datetime`: epoch ms or ISO 8601 (code and wording assumed: INVALID_DATETIME);
 * - `number`: a decimal number (assumed: INVALID_NUMBER);
 * - `enumeration` with its own options: each `;`-separated value one of them (INVALID_OPTION,
 *   wording assumed); options from outside (owners) are not checked;
 * - `bool`: `true` or `false` (assumed: INVALID_BOOLEAN);
 * - `email` (text): an address with a dotted domain, else INVALID_EMAIL "Email address … is
 *   invalid" (Atlas-Authority/marketing-automation #174); HubSpot's own check is stricter
 *   (it knows the top-level domains), which is **assumed** away.
 * Other text is not checked.
 */
export function valueProblem(
  definition: PropertyDefinition,
  value: string | null,
): PropertyProblem | undefined {
  if (value === null || value === "") return undefined;
  const { name } = definition;
  switch (definition.type) {
    case "date": {
      const at = instant(value);
      if (Number.isNaN(at)) return problem(name, "INVALID_DATE", `${value} is not a valid date.`);
      const intoDay = ((at % DAY_MS) + DAY_MS) % DAY_MS;
      if (intoDay === 0) return undefined;
      const time = new Date(intoDay).toISOString().slice(11, 23);
      return problem(name, "INVALID_DATE", `${at} is at ${time} UTC, not midnight!`);
    }
    case "datetime":
      return Number.isNaN(instant(value))
        ? problem(name, "INVALID_DATETIME", `${value} is not a valid datetime.`)
        : undefined;
    case "number":
      return NUMBER.test(value.trim())
        ? undefined
        : problem(name, "INVALID_NUMBER", `${value} is not a valid number.`);
    case "bool":
      return /^(true|false)$/i.test(value)
        ? undefined
        : problem(name, "INVALID_BOOLEAN", `${value} is not a valid boolean (true or false).`);
    case "enumeration": {
      if (definition.externalOptions) return undefined;
      const allowed = new Set(
        definition.options.map((option) => (option as { value: string }).value),
      );
      const wrong = value.split(";").find((part) => !allowed.has(part));
      return wrong === undefined
        ? undefined
        : problem(
            name,
            "INVALID_OPTION",
            `${wrong} was not one of the allowed options: [${[...allowed].join(", ")}]`,
          );
    }
    default:
      return name === "email" && !EMAIL.test(value)
        ? problem(name, "INVALID_EMAIL", `Email address ${value} is invalid`)
        : undefined;
  }
}
