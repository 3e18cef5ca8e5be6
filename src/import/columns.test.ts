import { describe, expect, it } from "vitest";
import { DEMO_EXPORT_HEADERS } from "../demo/write-demo-csv.js";
import { describeColumns, mapColumns, parseColumnOverride, unplacedNeeds } from "./columns.js";

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

describe("parseColumnOverride, quoting and names", () => {
  it("reads a quoted header with commas and quotes in it, as CSV writes one", () => {
    expect(parseColumnOverride('message="Details, ""long""",hubspotId=Post-ID')).toEqual({
      message: 'Details, "long"',
      hubspotId: "Post-ID",
    });
  });

  it("takes fields by their label too, in any case and spacing", () => {
    expect(
      parseColumnOverride("error type=Fejltype, Record ID=Post-id,ERROR MESSAGE=Detaljer"),
    ).toEqual({ errorType: "Fejltype", hubspotId: "Post-id", message: "Detaljer" });
  });

  it.each([
    ['message="Details', /has a quote that is not closed/],
    ['message="Details" x,hubspotId=1', /has text after its closing quote/],
    ["message=Details,", /is not field=Header/],
  ])("refuses %j", (text, why) => {
    expect(() => parseColumnOverride(text)).toThrow(why);
  });
});

describe("mapColumns, overrides", () => {
  it("refuses an override that gives one column to two fields", () => {
    expect(() =>
      mapColumns(["Fejl", "Id"], { errorType: "Fejl", message: "fejl", hubspotId: "Id" }),
    ).toThrow('The column override gives "Fejl" to both errorType and message');
  });

  it("skips override headers the file lacks when told to (IMPORT_COLUMNS applies to every file)", () => {
    const map = mapColumns(
      ["Record ID", "Error message"],
      { message: "Details" },
      {
        ignoreMissing: true,
      },
    );
    expect(describeColumns(map)).toEqual({ hubspotId: "Record ID", message: "Error message" });
  });
});

describe("unplacedNeeds", () => {
  it("names the needed groups without a column: a type or message, and an id on either side", () => {
    expect(unplacedNeeds(mapColumns(["Colour"]))).toEqual([
      ["errorType", "message"],
      ["hubspotId", "salesforceId"],
    ]);
    expect(unplacedNeeds(mapColumns(["Salesforce ID", "Fejltype"]))).toEqual([]);
  });
});
