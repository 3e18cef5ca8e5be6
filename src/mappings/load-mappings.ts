import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { BotError, type ErrorText } from "../errors.js";
import { fileProblem } from "../file-problem.js";
import { DEFAULT_MAPPINGS } from "./default-mappings.js";
import type { FieldMapping, Mappings } from "./mappings.js";

/** MAPPINGS_PATH cannot be read or is not a valid mapping file: every problem, at once. */
export class MappingsError extends BotError {
  override readonly name = "MappingsError";
  constructor(text: ErrorText, options?: { cause?: unknown }) {
    super("config_invalid", text, options);
  }
}

const HUBSPOT_PROPERTY = /^[a-z][a-z0-9_]*$/;
const SALESFORCE_FIELD = /^[A-Za-z][A-Za-z0-9_]*$/;

// HubSpot property → Salesforce field, as the file writes them.
const FieldMap = z.record(
  z.string().regex(HUBSPOT_PROPERTY, { error: "is not a HubSpot property internal name" }),
  z.string().regex(SALESFORCE_FIELD, { error: "must be a Salesforce field API name" }),
);

const MappingFile = z.strictObject({
  contacts: z.strictObject({ Lead: FieldMap.optional(), Contact: FieldMap.optional() }).optional(),
  companies: z.strictObject({ Account: FieldMap.optional() }).optional(),
  deals: z.strictObject({ Opportunity: FieldMap.optional() }).optional(),
});

/**
 * The mappings in effect: the standard ones, with each pair the file names replaced by the file's
 * fields (so a pair's list is always whole, never a merge to puzzle over). Without a path, the
 * standard ones.
 */
export async function loadMappings(path: string | undefined): Promise<Mappings> {
  if (path === undefined) return DEFAULT_MAPPINGS;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new MappingsError(
      {
        key: "files.settingProblem",
        values: { setting: "MAPPINGS_PATH", problem: fileProblem(path, "read", error) },
      },
      { cause: error },
    );
  }
  return parseMappings(text, path);
}

/** Parses a mapping file's text (YAML, or JSON, which YAML reads too); `name` is for messages. */
export function parseMappings(text: string, name: string): Mappings {
  let data: unknown;
  try {
    data = extname(name).toLowerCase() === ".json" ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new MappingsError(
      `${name} is not valid ${extname(name) === ".json" ? "JSON" : "YAML"}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  const parsed = MappingFile.safeParse(data ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const where = issue.path.join(".");
      // zod names a bad record key only as "Invalid key"; say what a key must be.
      const message =
        issue.code === "invalid_key"
          ? `"${String(issue.path.at(-1))}" is not a HubSpot property internal name (lower case letters, digits and _)`
          : issue.message;
      return where ? `${where}: ${message}` : message;
    });
    throw new MappingsError(
      `${name} is not a valid mapping file:\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
        "Expected, for example:\ncontacts:\n  Lead:\n    email: Email\n    firstname: FirstName",
    );
  }
  const merged = new Map(DEFAULT_MAPPINGS);
  for (const [hubspot, bySalesforce] of Object.entries(parsed.data)) {
    for (const [salesforce, map] of Object.entries(bySalesforce ?? {})) {
      if (!map) continue;
      const fields: FieldMapping[] = Object.entries(map).map(([property, field]) => ({
        hubspot: property,
        salesforce: field,
      }));
      merged.set(`${hubspot}:${salesforce}`, fields);
    }
  }
  return merged;
}
