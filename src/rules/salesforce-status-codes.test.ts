import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { rules } from "./index.js";
import { SALESFORCE_STATUS_CODES } from "./salesforce-status-codes.js";

const entries = Object.entries(SALESFORCE_STATUS_CODES);
const ruleIds = new Set(rules.map((rule) => rule.id));

// Codes a rule names in any signal, and the rules that name each of them in a code-only signal.
const namedBy = new Map<string, Set<string>>();
const claimedBy = new Map<string, string>();
for (const rule of rules) {
  for (const signal of rule.signals) {
    if (!signal.code) continue;
    namedBy.set(signal.code, (namedBy.get(signal.code) ?? new Set()).add(rule.id));
    if (!signal.pattern) claimedBy.set(signal.code, rule.id);
  }
}

// The documented list as read (Apex StatusCode v67.0, partner ExceptionCode, REST's APEX_ERROR,
// less the one-word CONFLICT and MODIFIED). A smaller table means someone cut it.
const DOCUMENTED_CODE_COUNT = 792;

describe("SALESFORCE_STATUS_CODES", () => {
  it("holds every documented code", () => {
    expect(entries.length).toBeGreaterThanOrEqual(DOCUMENTED_CODE_COUNT);
  });

  it("keys are upper snake case and sorted", () => {
    const keys = entries.map(([code]) => code);
    for (const code of keys) expect(code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/);
    expect(keys).toEqual([...keys].sort());
  });

  it("maps every code to a real rule id", () => {
    for (const [code, entry] of entries) {
      expect(ruleIds.has(entry.type), `${code} → ${entry.type}`).toBe(true);
    }
  });

  it("agrees with every rule that claims a code outright", () => {
    for (const [code, ruleId] of claimedBy) {
      const entry = SALESFORCE_STATUS_CODES[code];
      if (entry) expect(entry.type, code).toBe(ruleId);
    }
  });

  it("gives a reason wherever the type's own rule does not name the code", () => {
    for (const [code, entry] of entries) {
      if (namedBy.get(code)?.has(entry.type)) continue;
      expect(entry.reason?.trim(), code).toBeTruthy();
    }
  });

  it("classifies every code as its mapped type, by status code", () => {
    const catalog = createCatalog(rules);
    const wrong: string[] = [];
    for (const [code, entry] of entries) {
      const result = catalog.classify(`${code}: The operation failed.`);
      if (result.rule.id !== entry.type || result.evidence !== "status-code") {
        wrong.push(`${code}: ${result.rule.id} (${result.evidence}), table says ${entry.type}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("reads a table code as the inner error of automation", () => {
    const catalog = createCatalog(rules);
    const result = catalog.classify(
      "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY: AccountTrigger: execution of AfterUpdate caused by: System.DmlException: Update failed. First exception on row 0; first error: NUMBER_OUTSIDE_VALID_RANGE, Employees: value outside of valid range on numeric field: 99999999999",
    );
    expect(result.rule.id).toBe("custom-code");
    expect(result.inner?.id).toBe("invalid-value");
  });

  it("classifies a lower-case code the same way", () => {
    const catalog = createCatalog(rules);
    const result = catalog.classify("number_outside_valid_range: value outside of valid range");
    expect(result.rule.id).toBe("invalid-value");
    expect(result.evidence).toBe("status-code");
  });
});
