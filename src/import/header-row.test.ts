import { describe, expect, it } from "vitest";
import { headerRowDigest, headerRowKey } from "./header-row.js";

describe("headerRowKey", () => {
  it("folds case, accents, spaces and punctuation, keeps the order, and drops empty columns at the end", () => {
    expect(headerRowKey([" Post-ID ", "Fejltype", "Årsag", "", ""])).toBe("postid|fejltype|arsag");
    expect(headerRowKey(["post id", "FEJLTYPE", "årsag"])).toBe("postid|fejltype|arsag");
    expect(headerRowKey(["Fejltype", "Post-ID", "Årsag"])).not.toBe(
      headerRowKey(["Post-ID", "Fejltype", "Årsag"]),
    );
    expect(headerRowKey(["A", "", "B"])).toBe("a||b");
  });

  it("has a 16-digit digest that follows the key", () => {
    expect(headerRowDigest(["Post-ID", "Fejltype"])).toMatch(/^[0-9a-f]{16}$/);
    expect(headerRowDigest(["Post-ID", "Fejltype"])).toBe(
      headerRowDigest(["post id", "fejltype", ""]),
    );
    expect(headerRowDigest(["Post-ID", "Fejltype"])).not.toBe(headerRowDigest(["Post-ID"]));
  });
});
