import { describe, expect, it } from "vitest";
import { mulberry32 } from "./random.js";
import { TEXT_FIELDS } from "./text-fields.js";

describe("TEXT_FIELDS", () => {
  it.each(Object.entries(TEXT_FIELDS))(
    "%s: overflow values exceed the field's limit",
    (_object, fields) => {
      const random = mulberry32(1);
      for (const field of fields) {
        const values = Array.from({ length: 200 }, () => field.overflow(random, "Søren Kjær"));
        expect(values.filter((value) => value.length <= field.max)).toEqual([]);
        // Over the limit, but not absurdly: a value grows by whole pieces, never by hundreds.
        expect(values.filter((value) => value.length > field.max + 120)).toEqual([]);
        expect(values.filter((value) => /^\s|\s$| {2}|^[-–/,.]/.test(value))).toEqual([]);
      }
    },
  );
});
