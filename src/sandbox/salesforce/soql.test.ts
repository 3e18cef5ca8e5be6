import { describe, expect, it } from "vitest";
import { parseSoql } from "./soql.js";
import { SoqlError, soqlErrorMessage } from "./soql-error.js";

// The SOQL subset parser on its own: what it accepts, and where it points when it refuses.

function failure(soql: string): SoqlError {
  try {
    parseSoql(soql);
  } catch (error) {
    if (error instanceof SoqlError) return error;
    throw error;
  }
  throw new Error(`parsed: ${soql}`);
}

describe("parseSoql", () => {
  it("parses every clause of the subset, keywords in any case", () => {
    const query = parseSoql(
      "select Id, Email from Lead where (Status = 'Open' or Status = 'New') and Email != null " +
        "order by LastModifiedDate desc, Id limit 10",
    );
    expect(query.fields.map((f) => f.text)).toEqual(["Id", "Email"]);
    expect(query.object).toEqual({ text: "Lead", at: 22 });
    expect(query.where).toMatchObject({
      kind: "and",
      parts: [
        {
          kind: "or",
          parts: [
            { kind: "compare", op: "=" },
            { kind: "compare", op: "=" },
          ],
        },
        { kind: "compare", op: "!=", value: { kind: "null" } },
      ],
    });
    expect(query.orderBy.map((k) => [k.field.text, k.descending])).toEqual([
      ["LastModifiedDate", true],
      ["Id", false],
    ]);
    expect(query.limit).toBe(10);
  });

  it("reads string escapes, and keeps LIKE wildcards apart from escaped ones", () => {
    const where = parseSoql(
      "SELECT Id FROM Lead WHERE Company = 'O\\'Brien \\\\ \\\"Co\\\"\\n' AND Name LIKE 'a\\_b%c_'",
    ).where;
    expect(where).toMatchObject({
      kind: "and",
      parts: [
        { value: { kind: "string", value: 'O\'Brien \\ "Co"\n' } },
        { kind: "like", pattern: { value: "a_b%c_", like: "a_b.*c." } },
      ],
    });
  });

  it("reads dateTimes in each zone form as the same instant, and dates", () => {
    const instants = [
      "2026-11-29T09:00:00Z",
      "2026-11-29T09:00:00.000Z",
      "2026-11-29T09:00:00.000+0000",
      "2026-11-29T10:00:00+01:00",
      "2026-11-29T04:00:00-0500",
    ].map((text) => {
      const where = parseSoql(`SELECT Id FROM Lead WHERE CreatedDate > ${text}`).where;
      return where?.kind === "compare" ? where.value : undefined;
    });
    for (const value of instants) {
      expect(value).toMatchObject({ kind: "datetime", value: Date.UTC(2026, 10, 29, 9) });
    }
    expect(
      parseSoql("SELECT Id FROM Opportunity WHERE CloseDate = 2026-12-31").where,
    ).toMatchObject({ value: { kind: "date", value: "2026-12-31" } });
  });

  it("reads numbers, booleans and IN lists", () => {
    expect(
      parseSoql("SELECT Id FROM Opportunity WHERE Amount > -1.5 AND IsWon = TRUE").where,
    ).toMatchObject({
      parts: [
        { value: { kind: "number", value: -1.5 } },
        { value: { kind: "boolean", value: true } },
      ],
    });
    expect(parseSoql("SELECT Id FROM Lead WHERE Status NOT IN ('A', null)").where).toMatchObject({
      kind: "in",
      negated: true,
      values: [{ kind: "string", value: "A" }, { kind: "null" }],
    });
  });

  it.each([
    ["SELECT Id FROM Lead WHERE CreatedDate > 2026-02-30T00:00:00Z", "invalid datetime", false],
    ["SELECT Id FROM Lead WHERE CloseDate = 2026-13-01", "invalid date", false],
    ["SELECT Id FROM Lead WHERE Email = 'a\\q'", "Invalid string literal escape", false],
    ["SELECT Id FROM Lead LIMIT -1", "unexpected token: '-1'", false],
    ["SELECT Id FROM Lead WHERE Email IN ()", "unexpected token: ')'", false],
    ["SELECT Id FROM Lead WHERE Email LIKE 5", "unexpected token: '5'", false],
    ["SELECT Id FROM Lead WHERE Id IN (SELECT LeadId FROM X)", "semi-join", true],
    ["SELECT Id FROM Lead WHERE Tags__c INCLUDES ('a')", "INCLUDES", true],
    ["SELECT Id FROM Lead ORDER BY Email NULLS LAST", "NULLS FIRST/LAST", true],
    ["SELECT TYPEOF What WHEN Account THEN Name END FROM Task", "TYPEOF", true],
    ["SELECT Id FROM Lead FOR UPDATE", "FOR VIEW/REFERENCE/UPDATE", true],
    ["SELECT Id FROM Lead WHERE Id IN :ids", "bind variables", true],
  ])("refuses %s", (soql, detail, notModelled) => {
    const error = failure(soql);
    expect(error.errorCode).toBe("MALFORMED_QUERY");
    expect(error.detail).toContain(detail);
    expect(error.notModelled).toBe(notModelled);
  });

  it("points at the row and column of the offending token", () => {
    const soql = "SELECT Id\nFROM Lead\nWHERE Email = 'x' OR";
    const error = failure(soql);
    expect(soqlErrorMessage(soql, error)).toBe(
      "\nWHERE Email = 'x' OR\n                    ^\nERROR at Row:3:Column:21\nunexpected token: '<EOF>' (expected a field name)",
    );
  });
});
