import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { rules } from "../rules/index.js";
import type { ResyncRecordState } from "../store/types.js";
import { failureMessage, failuresByType } from "./failures-by-type.js";

const catalog = createCatalog(rules);

const record = (
  status: ResyncRecordState["status"],
  code: string | null,
  message: string | null,
  id = "1",
): ResyncRecordState => ({
  batch: 1,
  system: "salesforce",
  object: "Lead",
  recordId: id,
  fingerprint: `fp-${id}`,
  status,
  code,
  message,
});

describe("failuresByType", () => {
  it("counts failed records by the type their code and message read as, most first, each with its first message", () => {
    const failures = failuresByType(
      [
        record("failed", "STRING_TOO_LONG", "Name: data value too large: Ab (max length=5)", "1"),
        record("failed", "INVALID_EMAIL_ADDRESS", "Email: invalid email address: a@", "2"),
        record("failed", "INVALID_EMAIL_ADDRESS", "Email: invalid email address: b@", "3"),
        record("accepted", null, null, "4"),
        record("skipped", null, "no Salesforce id", "5"),
      ],
      catalog,
    );
    expect(failures.map((f) => [f.rule.id, f.count, f.sample])).toEqual([
      ["invalid-email", 2, "INVALID_EMAIL_ADDRESS: Email: invalid email address: a@"],
      ["string-too-long", 1, "STRING_TOO_LONG: Name: data value too large: Ab (max length=5)"],
    ]);
  });

  it("reads a failure without a code from its message alone, as the classifier gets it", () => {
    expect(failureMessage(record("failed", null, "Email: invalid email address: a@"))).toBe(
      ": Email: invalid email address: a@",
    );
    expect(failuresByType([], catalog)).toEqual([]);
  });
});
