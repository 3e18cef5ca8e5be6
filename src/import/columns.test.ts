import { describe, expect, it } from "vitest";
import { DEMO_EXPORT_HEADERS } from "../demo/write-demo-csv.js";
import { describeColumns, mapColumns, parseColumnOverride } from "./columns.js";

describe("mapColumns", () => {
  it("finds HubSpot's English headers", () => {
    // The headers HubSpot's export has, which the demo generator writes too.
    const map = mapColumns(DEMO_EXPORT_HEADERS);
    expect(describeColumns(map)).toEqual({
      objectType: "Object type",
      hubspotId: "Record ID",
      salesforceId: "Salesforce ID",
      recordName: "Record name",
      errorType: "Error type",
      message: "Error message",
      occurredAt: "Date",
    });
  });

  it("finds the Danish headers, whatever the case, spacing and punctuation", () => {
    const map = mapColumns([
      " OBJEKT ",
      "Post-ID",
      "Salesforce-id",
      "Navn",
      "Fejltype",
      "Fejlmeddelelse",
      "Dato",
    ]);
    expect(describeColumns(map)).toEqual({
      objectType: " OBJEKT ",
      hubspotId: "Post-ID",
      salesforceId: "Salesforce-id",
      recordName: "Navn",
      errorType: "Fejltype",
      message: "Fejlmeddelelse",
      occurredAt: "Dato",
    });
  });

  it("gives each column to one field, the more specific name first", () => {
    const map = mapColumns(["Type", "Error type", "Message"]);
    expect(map.errorType?.header).toBe("Error type");
    expect(map.message?.header).toBe("Message");
  });

  it("takes an override before the known names", () => {
    const map = mapColumns(
      ["Details", "Contact ID", "Error message"],
      parseColumnOverride("message=Details,hubspotId=contact id"),
    );
    expect(describeColumns(map)).toEqual({ hubspotId: "Contact ID", message: "Details" });
  });

  it("refuses an override that names a missing column, listing the real ones", () => {
    expect(() => mapColumns(["A", "B"], { message: "Details" })).toThrow(
      /no such column. Its columns: A, B/,
    );
  });
});

describe("parseColumnOverride", () => {
  it("reads field=Header pairs, keeping = inside headers", () => {
    expect(parseColumnOverride("message=Details, objectType = Kind=1")).toEqual({
      message: "Details",
      objectType: "Kind=1",
    });
  });

  it.each(["colour=Red", "message", "message="])("refuses %j, naming the fields", (text) => {
    expect(() => parseColumnOverride(text)).toThrow(
      /is not field=Header; the fields are objectType, hubspotId/,
    );
  });

  it("is empty for nothing", () => {
    expect(parseColumnOverride(undefined)).toEqual({});
    expect(parseColumnOverride("  ")).toEqual({});
  });
});
