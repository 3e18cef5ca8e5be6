import { describe, expect, it } from "vitest";
import { spawnSyncerrorSync } from "./fakes/run-syncerror.js";

// The installed program, as `npx syncerror` runs it: bin/syncerror.js on the compiled dist/
// (`npm test` builds first).

function syncerror(args: string[], input?: string) {
  const result = spawnSyncerrorSync(args, {
    input: input ?? "",
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the syncerror program", () => {
  it("explains Type mismatch", () => {
    const { code, stdout } = syncerror(["explain", "Type mismatch"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Type mismatch\nCategory: Property mappings/);
    expect(stdout).toContain("Fix\n  1. ");
  });

  it("explains a Danish name", () => {
    const { code, stdout } = syncerror(["explain", "ugyldig", "e-mail"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Invalid email\n/);
  });

  it("explains in Danish with --lang da or SYNCERROR_LANG=da, the option winning", () => {
    const { code, stdout } = syncerror(["explain", "ugyldig", "e-mail", "--lang", "da"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Ugyldig e-mail\n/);
    expect(stdout).toContain("\nÅrsag\n");
    expect(stdout).toContain("\nLøsning\n");
    const english = spawnSyncerrorSync(["explain", "invalid", "email", "--lang", "en"], {
      env: { ...process.env, SYNCERROR_LANG: "da" },
    });
    expect(english.stdout).toMatch(/^Invalid email\n/);
    const danish = spawnSyncerrorSync(["explain", "invalid", "email"], {
      env: { ...process.env, SYNCERROR_LANG: "da" },
    });
    expect(danish.stdout).toMatch(/^Ugyldig e-mail\n/);
  });

  it("explains a Danish name of ours and says HubSpot shows the English one", () => {
    const { code, stdout } = syncerror(["explain", "Manglende", "påkrævet", "værdi"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Missing required value\n.*\nDanish name: Manglende påkrævet værdi \(our translation;/,
    );
  });

  it("forgives a typo given as separate words", () => {
    const { code, stdout } = syncerror(["explain", "tpye", "mismatch"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Closest name\. Confidence 0\.\d+\.\n\nType mismatch\n/);
  });

  it("classifies a pasted STRING_TOO_LONG message from stdin as JSON", () => {
    const message = `STRING_TOO_LONG: Last Name: data value too large: ${"Ximenez".repeat(12)} (max length=80)`;
    const { code, stdout } = syncerror(["classify", "--json"], message);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      id: "string-too-long",
      name: "String too long",
      statusCode: "STRING_TOO_LONG",
    });
  });

  it("exits 1 when explain finds no match, and 2 on a usage error", () => {
    expect(syncerror(["explain", "qwxz plorb"]).code).toBe(1);
    const usage = syncerror(["explain", "--nope"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Usage: syncerror explain");
  });

  it("takes the global --lang: da accepted, fr refused with exit 2 and the choices", () => {
    expect(syncerror(["--lang", "da", "explain", "Type mismatch"]).code).toBe(0);
    const refused = syncerror(["explain", "Type mismatch", "--lang", "fr"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "The bot does not speak “fr”. Choose en (English) or da (Danish).",
    );
  });
});
