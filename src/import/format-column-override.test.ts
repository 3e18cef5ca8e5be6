import { describe, expect, it } from "vitest";
import { mapColumns, parseColumnOverride } from "./columns.js";
import { formatColumnOverride } from "./format-column-override.js";

describe("formatColumnOverride", () => {
  it("writes the map as parseColumnOverride reads it back, quoting what needs it", () => {
    const headers = ['Fejl, "detaljer"', "Post=ID", "Fejltype (engelsk)"];
    const map = mapColumns(headers, {
      message: 'Fejl, "detaljer"',
      hubspotId: "Post=ID",
      errorType: "Fejltype (engelsk)",
    });
    const written = formatColumnOverride(map);
    expect(written).toBe(
      'hubspotId=Post=ID,errorType=Fejltype (engelsk),message="Fejl, ""detaljer"""',
    );
    expect(parseColumnOverride(written)).toEqual({
      hubspotId: "Post=ID",
      errorType: "Fejltype (engelsk)",
      message: 'Fejl, "detaljer"',
    });
  });

  it("is empty for an empty map", () => {
    expect(formatColumnOverride({})).toBe("");
  });
});
