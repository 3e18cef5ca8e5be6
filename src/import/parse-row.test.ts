import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { DEMO_EXPORT_HEADERS } from "../demo/write-demo-csv.js";
import { rules } from "../rules/index.js";
import { mapColumns } from "./columns.js";
import { parseDate, RowParser } from "./parse-row.js";

const catalog = createCatalog(rules);
const HEADERS = DEMO_EXPORT_HEADERS;
const parser = new RowParser(catalog, mapColumns(HEADERS));
const row = (cells: Partial<Record<(typeof HEADERS)[number], string>>) =>
  HEADERS.map((h) => cells[h] ?? "");

describe("RowParser", () => {
  it("turns a full row into an error, the type from the error-type column", () => {
    const parsed = parser.parse(
      row({
        "Object type": "Contact",
        "Record ID": "1234567",
        "Salesforce ID": "003D000000IqhSLIAZ",
        "Record name": "Mette Hansen",
        "Error type": "Invalid email",
        "Error message": "INVALID_EMAIL_ADDRESS: Email: invalid email address: mette@",
        Date: "2026-11-20T08:00:00Z",
      }),
    );
    expect(parsed).toEqual({
      error: {
        ruleId: "invalid-email",
        category: "property-values",
        direction: "salesforce-to-hubspot",
        objectType: "contact",
        hubspotId: "1234567",
        salesforceId: "003D000000IqhSLIAZ",
        recordName: "Mette Hansen",
        message: "INVALID_EMAIL_ADDRESS: Email: invalid email address: mette@",
        statusCode: "INVALID_EMAIL_ADDRESS",
        occurredAt: new Date("2026-11-20T08:00:00Z"),
      },
    });
  });

  it("matches Danish and older type names through the catalog", () => {
    const danish = parser.parse(
      row({ "Object type": "Kontakt", "Record ID": "1", "Error type": "Ugyldig e-mail" }),
    );
    const old = parser.parse(
      row({ "Object type": "Deal", "Record ID": "2", "Error type": "Mismatched types" }),
    );
    expect("error" in danish && danish.error.ruleId).toBe("invalid-email");
    expect("error" in old && old.error.ruleId).toBe("type-mismatch");
  });

  it("classifies the message when the type is missing or unknown", () => {
    const parsed = parser.parse(
      row({
        "Record ID": "3",
        "Error type": "Something new",
        "Error message": "STRING_TOO_LONG: Title: data value too large",
      }),
    );
    expect(parsed).toMatchObject({
      error: { ruleId: "string-too-long", statusCode: "STRING_TOO_LONG", objectType: "contact" },
    });
  });

  it("infers the object type from the Salesforce id when the column is empty", () => {
    const parsed = parser.parse(
      row({ "Salesforce ID": "006D000000AbCdE", "Error type": "Inactive opportunity stage" }),
    );
    expect(parsed).toMatchObject({
      error: { objectType: "deal", hubspotId: null, salesforceId: "006D000000AbCdE" },
    });
  });

  it.each([
    [{ "Error type": "Invalid email" }, "no record id (Record ID and Salesforce ID are empty)"],
    [
      { "Salesforce ID": "not-an-id", "Error type": "Invalid email" },
      'no record id: "not-an-id" is not a Salesforce id and Record ID is empty',
    ],
    [{ "Record ID": "1" }, "no error type and no error message"],
    [
      { "Record ID": "1", "Object type": "Spaceship", "Error type": "Invalid email" },
      'unknown object type "Spaceship"',
    ],
  ])("rejects %j: %s", (cells, reason) => {
    expect(parser.parse(row(cells))).toEqual({ reason, said: expect.any(Object) });
  });
});

describe("parseDate", () => {
  it.each([
    ["2026-11-20T08:00:00Z", "2026-11-20T08:00:00.000Z"],
    ["2026-11-20", "2026-11-20T00:00:00.000Z"],
    ["20-11-2026 08:15", "2026-11-20T08:15:00.000Z"],
    ["20.11.2026", "2026-11-20T00:00:00.000Z"],
  ])("reads %s", (text, iso) => {
    expect(parseDate(text)?.toISOString()).toBe(iso);
  });

  it.each(["", "yesterday", "31-02-2026", "11/20/2026x"])("gives null for %j", (text) => {
    expect(parseDate(text)).toBeNull();
  });
});
