import { describe, expect, it } from "vitest";
import { BlockKitError } from "./errors.js";
import { escapeMrkdwn, truncateText } from "./truncate.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("truncateText", () => {
  it("returns text at the limit unchanged", () => {
    expect(truncateText("abcde", 5)).toBe("abcde");
    expect(truncateText("", 1)).toBe("");
  });

  it("cuts text one over the limit to the limit, ending in an ellipsis", () => {
    expect(truncateText("abcdef", 5)).toBe("abcd…");
  });

  it("drops whitespace left before the ellipsis", () => {
    expect(truncateText("abc   defgh", 7)).toBe("abc…");
  });

  it("never splits a surrogate pair at the cut", () => {
    // "😀" is two UTF-16 units; a cut at 9 would leave its high half.
    const text = `${"a".repeat(8)}😀bc`;
    expect(truncateText(text, 10)).toBe(`${"a".repeat(8)}…`);
    expect(truncateText(text, 11)).toBe(`${"a".repeat(8)}😀…`);
  });

  it("backs up to before a mrkdwn link that spans the cut", () => {
    const text = "See <https://example.com/r/1|the record> for details";
    expect(truncateText(text, 20)).toBe("See…");
  });

  it("keeps a link that ends before the cut", () => {
    const text = "See <@U123> and then a long tail of words";
    expect(truncateText(text, 16)).toBe("See <@U123> and…");
  });

  it("backs up to before a user mention that spans the cut", () => {
    expect(truncateText("Owner: <@U0123456789> will fix it", 12)).toBe("Owner:…");
  });

  it("backs up to before an HTML entity that spans the cut", () => {
    expect(truncateText("Tom &amp; Jerry", 7)).toBe("Tom…");
    expect(truncateText("a &lt; b &gt; c", 12)).toBe("a &lt; b…");
  });

  it("backs out of a link when the entity it backed out of sits in the link's label", () => {
    const text = "Go <https://x.io|R &amp; D> now";
    // The cut at 21 is inside "&amp;"; before it is still inside the link.
    expect(truncateText(text, 22)).toBe("Go…");
  });

  it("does not treat a lone '<' in plain text as a link", () => {
    expect(truncateText("if a < b then something long", 20)).toBe("if a < b then somet…");
  });

  it("gives valid text for every limit over mixed content", () => {
    const text = "Fix 😀 <https://e.io/a?b=1&amp;c=2|Acme &amp; Co> &lt;now&gt; <@U1> 🇫🇷 done";
    for (let max = 1; max <= text.length + 1; max++) {
      const cut = truncateText(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      if (max >= text.length) {
        expect(cut).toBe(text);
        continue;
      }
      expect(cut.endsWith("…")).toBe(true);
      expect(text.startsWith(cut.slice(0, -1))).toBe(true);
      expect(cut).not.toMatch(LONE_SURROGATE);
      // Every link opened is closed, and every '&' starts a whole entity.
      expect(cut.split("<").length).toBe(cut.split(">").length);
      expect(cut).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
  });

  it("rejects a limit that leaves no room for the ellipsis", () => {
    expect(() => truncateText("abc", 0)).toThrow(BlockKitError);
    expect(() => truncateText("abc", 2.5)).toThrow(BlockKitError);
  });
});

describe("escapeMrkdwn", () => {
  it("escapes &, < and > and nothing else", () => {
    expect(escapeMrkdwn("a & <b> *c* _d_")).toBe("a &amp; &lt;b&gt; *c* _d_");
  });

  it("escapes an existing entity again, since the input is literal text", () => {
    expect(escapeMrkdwn("&amp;")).toBe("&amp;amp;");
  });

  it("turns a would-be mention into inert text", () => {
    expect(escapeMrkdwn("<!channel>")).toBe("&lt;!channel&gt;");
  });
});
