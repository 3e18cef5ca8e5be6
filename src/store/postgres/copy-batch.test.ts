import { describe, expect, it } from "vitest";
import { fingerprintOf } from "../fingerprint.js";
import type { ObservedError } from "../types.js";
import { CopyBatch } from "./copy-batch.js";
import { copyFieldValue } from "./copy-text.js";

const SEEN = 1_800_000_000_000;

function error(hubspotId: string, more: Partial<ObservedError> = {}): ObservedError {
  return {
    ruleId: "invalid-email",
    category: "contact-property-values",
    direction: "hubspot-to-salesforce",
    objectType: "contact",
    hubspotId,
    salesforceId: null,
    recordName: null,
    message: `bad email on ${hubspotId}`,
    statusCode: "INVALID_EMAIL_ADDRESS",
    occurredAt: new Date(SEEN - 1_000),
    ...more,
  } as ObservedError;
}

/** The batch's lines, each as its fields read back. */
function linesOf(batch: CopyBatch): Array<Array<string | null>> {
  const text = [...batch.chunks()].map((c) => c.toString()).join("");
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.split("\t").map(copyFieldValue));
}

function add(batch: CopyBatch, row: ObservedError): void {
  batch.add(row, fingerprintOf(row));
}

describe("CopyBatch", () => {
  it("writes each row as sync_errors's COPY columns, with the import's tail", () => {
    const batch = new CopyBatch(`\t${SEEN}\t7\t7\n`, SEEN);
    add(batch, error("1", { message: "tab\there\nnew \\ line 😀", occurredAt: null }));
    expect(linesOf(batch)).toEqual([
      [
        "contact|hs:1|invalid-email",
        "invalid-email",
        "contact-property-values",
        "hubspot-to-salesforce",
        "contact",
        "1",
        null,
        null,
        "tab\there\nnew \\ line 😀",
        "INVALID_EMAIL_ADDRESS",
        "import",
        String(SEEN),
        String(SEEN),
        String(SEEN),
        "7",
        "7",
      ],
    ]);
  });

  it("keeps a repeated error in its place: latest text, ids it added, the first row's time", () => {
    const batch = new CopyBatch(`\t${SEEN}\t7\t7\n`, SEEN);
    add(batch, error("1", { recordName: "Ada", occurredAt: new Date(SEEN - 5_000) }));
    add(batch, error("2"));
    add(batch, error("1", { message: "second", salesforceId: "003A" }));
    add(batch, error("1", { message: "third", recordName: null }));
    add(batch, error("3"));
    expect(batch.size).toBe(3);
    const lines = linesOf(batch);
    expect(lines.map((l) => l[5])).toEqual(["1", "2", "3"]);
    expect(lines[0]?.slice(5, 12)).toEqual([
      "1",
      "003A",
      "Ada",
      "third",
      "INVALID_EMAIL_ADDRESS",
      "import",
      String(SEEN - 5_000),
    ]);
    // Counted once each; the repeat's Salesforce id moved error 1 to another target group.
    expect(batch.counts.byRule()).toEqual({ "invalid-email": 3 });
  });

  it("grows past its first buffer without losing a byte", () => {
    const batch = new CopyBatch(`\t${SEEN}\t7\t7\n`, SEEN);
    const long = "æ".repeat(10_000);
    for (let i = 0; i < 50; i++) add(batch, error(String(i), { message: `${i} ${long}` }));
    const lines = linesOf(batch);
    expect(lines).toHaveLength(50);
    expect(lines.every((l, i) => l[8] === `${i} ${long}`)).toBe(true);
  });
});

describe("CopyBatch's new errors by hour", () => {
  it("counts each error once, in the hour of its first row, a row without a time at the import's", async () => {
    const HOUR = 60 * 60 * 1000;
    const batch = new CopyBatch(`\t${SEEN}\t7\t7\n`, SEEN);
    add(batch, error("1", { occurredAt: new Date(SEEN - 2 * HOUR) }));
    // The same error again, later: it keeps the first row's time, so its hour.
    add(batch, error("1", { occurredAt: new Date(SEEN) }));
    add(batch, error("2", { occurredAt: null }));
    const queries: unknown[][] = [];
    const client = { query: async (_sql: string, values: unknown[]) => queries.push(values) };
    await batch.hours.addTo(client as never);
    const [rules, hours, counts] = queries[0] as [string[], number[], number[]];
    const byHour = Object.fromEntries(hours.map((hour, i) => [`${rules[i]}@${hour}`, counts[i]]));
    expect(byHour).toEqual({
      [`invalid-email@${Math.floor((SEEN - 2 * HOUR) / HOUR)}`]: 1,
      [`invalid-email@${Math.floor(SEEN / HOUR)}`]: 1,
    });
  });
});
