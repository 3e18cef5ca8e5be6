import { z } from "zod";
import { InvalidInputError } from "../../errors.js";

/**
 * What the "Share in channel" button carries: the rule, and what the classifier found when the
 * explanation came from a pasted message. Button values come back from Slack as the user's client
 * sent them, so they are parsed, never trusted.
 */
const ShareValue = z.strictObject({
  rule: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  inner: z
    .string()
    .regex(/^[a-z]+(?:-[a-z]+)*$/)
    .optional(),
  code: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{0,80}$/)
    .optional(),
});
export type ShareValue = z.infer<typeof ShareValue>;

/** Encodes the share button's value (a few dozen characters, far under Slack's 2,000). */
export function encodeShareValue(value: {
  rule: string;
  inner?: string | undefined;
  code?: string | undefined;
}): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)),
  );
}

/** Decodes a share button's value, or throws InvalidInputError when it was altered. */
export function decodeShareValue(raw: string | undefined): ShareValue {
  let json: unknown;
  try {
    json = JSON.parse(raw ?? "");
  } catch (error) {
    throw new InvalidInputError(
      { key: "actions.badShareValue" },
      {
        cause: error,
      },
    );
  }
  const parsed = ShareValue.safeParse(json);
  if (!parsed.success) {
    throw new InvalidInputError(
      { key: "actions.badShareValue" },
      {
        cause: parsed.error,
      },
    );
  }
  return parsed.data;
}
