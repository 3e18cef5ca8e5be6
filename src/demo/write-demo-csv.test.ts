import { Writable } from "node:stream";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { demoRows } from "./demo-rows.js";
import { DEMO_EXPORT_HEADERS, writeDemoCsv } from "./write-demo-csv.js";

const NOW = new Date("2026-03-02T09:00:00.000Z");

/** A stream that keeps what it is given and finishes each write on a later turn, like a file. */
function collector(highWaterMark = 16 * 1024) {
  const chunks: Buffer[] = [];
  let maxBuffered = 0;
  let drains = 0;
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      setImmediate(callback);
    },
  });
  const originalWrite = stream.write.bind(stream);
  stream.write = ((...args: Parameters<Writable["write"]>) => {
    const result = originalWrite(...args);
    maxBuffered = Math.max(maxBuffered, stream.writableLength);
    return result;
  }) as Writable["write"];
  stream.on("drain", () => drains++);
  return {
    stream,
    bytes: () => Buffer.concat(chunks),
    maxBuffered: () => maxBuffered,
    drains: () => drains,
  };
}

async function csv(rows: number, seed: number): Promise<Buffer> {
  const out = collector();
  await writeDemoCsv(out.stream, { rows, seed, now: NOW });
  return out.bytes();
}

describe("writeDemoCsv", () => {
  it("writes the header, CRLF-terminated records and no byte-order mark", async () => {
    const text = (await csv(3, 1)).toString("utf8");
    expect(text.startsWith(`${DEMO_EXPORT_HEADERS.join(",")}\r\n`)).toBe(true);
    expect(
      text.startsWith(
        "Object type,Record ID,Salesforce ID,Record name,Error type,Error message,Date\r\n",
      ),
    ).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith("Z\r\n")).toBe(true);
  });

  it("writes only the header for zero rows", async () => {
    expect((await csv(0, 1)).toString("utf8")).toBe(`${DEMO_EXPORT_HEADERS.join(",")}\r\n`);
  });

  it("gives the same bytes for the same seed and different bytes for another", async () => {
    const first = await csv(3000, 7);
    expect((await csv(3000, 7)).equals(first)).toBe(true);
    expect((await csv(3000, 8)).equals(first)).toBe(false);
  });

  it("reports the rows and bytes it wrote", async () => {
    const out = collector();
    const result = await writeDemoCsv(out.stream, { rows: 2500, seed: 3, now: NOW });
    expect(result).toEqual({ rows: 2500, bytes: out.bytes().length });
  });

  it("round-trips through a CSV parser: quotes, commas and line breaks survive", async () => {
    const options = { rows: 4000, seed: 12, now: NOW };
    const out = collector();
    await writeDemoCsv(out.stream, options);
    const records: string[][] = parse(out.bytes(), { bom: false, relax_quotes: false });
    const rows = [...demoRows(options)];

    expect(records[0]).toEqual([...DEMO_EXPORT_HEADERS]);
    expect(records.slice(1)).toEqual(
      rows.map((row) => [
        row.objectType,
        row.recordId,
        row.salesforceId,
        row.recordName,
        row.errorType,
        row.message,
        row.occurredAt.toISOString(),
      ]),
    );
    // The round trip proves something only if the hard cases are in it.
    expect(rows.some((row) => row.message.includes('"'))).toBe(true);
    expect(rows.some((row) => row.message.includes("\n"))).toBe(true);
    expect(rows.some((row) => row.message.includes(","))).toBe(true);
    expect(rows.some((row) => row.recordName.includes(","))).toBe(true);
    expect(rows.some((row) => /[æøå–“]/.test(row.message + row.recordName))).toBe(true);
  });

  it("waits for 'drain' instead of buffering the whole file", async () => {
    const out = collector(1024);
    const result = await writeDemoCsv(out.stream, { rows: 20_000, seed: 4, now: NOW });
    expect(result.bytes).toBeGreaterThan(4_000_000);
    expect(out.drains()).toBeGreaterThan(10);
    // At most one chunk (256 KiB, or one very long record) is ever waiting in the stream.
    expect(out.maxBuffered()).toBeLessThanOrEqual(300 * 1024);
  });

  it("rejects when the stream fails", async () => {
    let writes = 0;
    const failing = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, callback) {
        writes++;
        setImmediate(() => callback(writes >= 3 ? new Error("disk full") : null));
      },
    });
    failing.on("error", () => {});
    await expect(writeDemoCsv(failing, { rows: 20_000, seed: 1, now: NOW })).rejects.toThrow(
      "disk full",
    );
  });
});
