import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { shellQuote } from "./shell-quote.js";

describe("shellQuote", () => {
  it("leaves safe words alone and single-quotes the rest", () => {
    expect(shellQuote("exports/sync-health_2026.csv")).toBe("exports/sync-health_2026.csv");
    expect(shellQuote("message=Details,hubspotId=Post-ID")).toBe(
      "message=Details,hubspotId=Post-ID",
    );
    expect(shellQuote("Fejltype (engelsk)")).toBe("'Fejltype (engelsk)'");
  });

  it.each(["it's here.csv", 'a "b" $HOME `x` \\ ; & | * ?', "æøå\ttab"])(
    "gives a POSIX shell back %j exactly",
    (word) => {
      const echoed = spawnSync("sh", ["-c", `printf %s ${shellQuote(word)}`], { encoding: "utf8" });
      expect(echoed.stdout).toBe(word);
    },
  );
});
