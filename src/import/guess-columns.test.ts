import { describe, expect, it } from "vitest";
import { describeColumns, mapColumns } from "./columns.js";
import { guessColumns } from "./guess-columns.js";

const guess = (headers: string[]) => describeColumns(guessColumns(headers, mapColumns(headers)));

describe("guessColumns", () => {
  it("keeps what the names found and guesses the rest from names that resemble known ones", () => {
    expect(
      guess([
        "Objekttype",
        "HubSpot post-id",
        "Salesforce-post-ID",
        "Navn på post",
        "Fejltype (engelsk)",
        "Fejlbesked",
        "Tidspunkt",
      ]),
    ).toEqual({
      objectType: "Objekttype",
      hubspotId: "HubSpot post-id",
      salesforceId: "Salesforce-post-ID",
      recordName: "Navn på post",
      errorType: "Fejltype (engelsk)",
      message: "Fejlbesked",
      occurredAt: "Tidspunkt",
    });
  });

  it("reads English names with extra words, and typos", () => {
    expect(
      guess([
        "Object",
        "Contact ID",
        "SFDC Id",
        "Full name",
        "Sync eror category",
        "Error details text",
      ]),
    ).toEqual({
      objectType: "Object",
      hubspotId: "Contact ID",
      salesforceId: "SFDC Id",
      recordName: "Full name",
      errorType: "Sync eror category",
      message: "Error details text",
    });
  });

  it("guesses nothing for columns that resemble no field", () => {
    expect(guess(["Colour", "Size", "Email valid"])).toEqual({});
  });

  it("gives each column to one field, the closest resemblance first", () => {
    const map = guessColumns(["Error", "Error type"]);
    expect(describeColumns(map)).toEqual({ errorType: "Error type", message: "Error" });
  });
});
