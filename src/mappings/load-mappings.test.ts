import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { userMessage } from "../errors.js";
import { DEFAULT_MAPPINGS } from "./default-mappings.js";
import { loadMappings, parseMappings } from "./load-mappings.js";
import { OBJECT_PAIRS, pairKey } from "./mappings.js";

describe("the field mappings", () => {
  it("has the standard mappings for every pair without a file", async () => {
    expect(await loadMappings(undefined)).toBe(DEFAULT_MAPPINGS);
    for (const pair of OBJECT_PAIRS)
      expect(DEFAULT_MAPPINGS.get(pairKey(pair))?.length).toBeGreaterThan(3);
    expect(DEFAULT_MAPPINGS.get("contacts:Lead")).toContainEqual({
      hubspot: "email",
      salesforce: "Email",
    });
    expect(DEFAULT_MAPPINGS.get("deals:Opportunity")).toContainEqual({
      hubspot: "dealstage",
      salesforce: "StageName",
    });
  });

  it("replaces the pairs a YAML or JSON file names, and keeps the standard ones for the rest", () => {
    const yaml = parseMappings(
      "contacts:\n  Lead:\n    email: Email\n    industry_c: Industry\n",
      "m.yml",
    );
    expect(yaml.get("contacts:Lead")).toEqual([
      { hubspot: "email", salesforce: "Email" },
      { hubspot: "industry_c", salesforce: "Industry" },
    ]);
    expect(yaml.get("deals:Opportunity")).toEqual(DEFAULT_MAPPINGS.get("deals:Opportunity"));
    const json = parseMappings('{"companies":{"Account":{"name":"Name"}}}', "m.json");
    expect(json.get("companies:Account")).toEqual([{ hubspot: "name", salesforce: "Name" }]);
  });

  it("reports every problem of a bad file at once, naming where", () => {
    const problem = (() => {
      try {
        parseMappings(
          "contacts:\n  Leads:\n    email: Email\ndeals:\n  Opportunity:\n    Deal Name: Name\n",
          "m.yml",
        );
      } catch (error) {
        return userMessage(error);
      }
      return "";
    })();
    expect(problem).toContain("m.yml is not a valid mapping file");
    expect(problem).toContain("contacts");
    expect(problem).toContain("Leads");
    expect(problem).toContain("is not a HubSpot property internal name");
    expect(() => parseMappings("contacts: [unclosed", "m.yml")).toThrow(/m\.yml is not valid YAML/);
  });

  it("says so when MAPPINGS_PATH cannot be read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "syncerror-mappings-"));
    try {
      await expect(loadMappings(join(dir, "missing.yml"))).rejects.toThrow(
        `MAPPINGS_PATH: There is no file ${join(dir, "missing.yml")}.`,
      );
      // A folder is named as one, not as the file system's EISDIR.
      await expect(loadMappings(dir)).rejects.toThrow(
        `MAPPINGS_PATH: ${dir} is a folder, not a file.`,
      );
      writeFileSync(join(dir, "ok.yml"), "deals:\n  Opportunity:\n    dealname: Name\n");
      expect((await loadMappings(join(dir, "ok.yml"))).get("deals:Opportunity")).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
