import { Connection } from "jsforce";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rejection as rejectionOf } from "../../../test/fakes/rejection.js";
import { SalesforceSandbox, type StoredRecord, salesforceId } from "./sandbox.js";

// SOQL queries through the real jsforce Connection: shapes, paging, filters and refusals.

const TOKEN = "00D000000000001!sandbox-token";
const SEEDED_AT = new Date("2026-11-29T09:00:00.000Z");

let sandbox: SalesforceSandbox;
let now: Date;

function connect(): Connection {
  return new Connection({ instanceUrl: sandbox.instanceUrl, accessToken: TOKEN, version: "62.0" });
}

/** What a jsforce call rejects with. */
const rejection = (promise: PromiseLike<unknown>) =>
  rejectionOf<Error & { errorCode?: string }>(promise);

const lead = (n: number, fields: Record<string, unknown> = {}): StoredRecord => ({
  Id: salesforceId("Lead", n),
  LastName: `Lead ${n}`,
  Company: "Acme",
  Email: `lead${n}@example.com`,
  ...fields,
});

const leads: StoredRecord[] = [
  lead(1, { FirstName: "Ada", Status: "Working - Contacted", HasOptedOutOfEmail: true }),
  lead(2, { Status: "Open - Not Contacted", Email: null }),
  lead(3, { Company: "O'Brien & Sons", LastModifiedDate: "2026-11-29T11:00:00.000+0000" }),
  lead(4, { LastName: "lead_4 50%", LastModifiedDate: "2026-11-30T08:00:00Z" }),
  lead(5, { LastName: "Zed", CreatedDate: "2026-11-01T00:00:00.000Z" }),
  lead(6, { LastName: "Abel" }),
  lead(7, { Email: "" }),
];

beforeEach(async () => {
  now = SEEDED_AT;
  sandbox = await SalesforceSandbox.start({
    accessToken: TOKEN,
    queryPageSize: 3,
    clock: { now: () => now },
    records: {
      Lead: leads,
      User: [
        {
          Id: salesforceId("User", 1),
          FirstName: "Ivy",
          LastName: "Active",
          Email: "ivy@example.com",
          IsActive: true,
          UserType: "Standard",
        },
        {
          Id: salesforceId("User", 2),
          LastName: "Gone",
          Email: "gone@example.com",
          IsActive: false,
          UserType: "Standard",
        },
        { Id: salesforceId("User", 3), LastName: "Free", IsActive: true, UserType: "CsnOnly" },
      ],
      Opportunity: [
        { Id: salesforceId("Opportunity", 1), Name: "Big", Amount: 5000, CloseDate: "2026-12-15" },
        {
          Id: salesforceId("Opportunity", 2),
          Name: "Small",
          Amount: 999.5,
          CloseDate: "2026-11-30",
        },
        { Id: salesforceId("Opportunity", 3), Name: "None", CloseDate: "2027-01-01" },
      ],
    },
  });
});

afterEach(async () => {
  await sandbox.close();
});

describe("SalesforceSandbox SOQL query", () => {
  it("answers with Salesforce's shape, matching names in any case and answering declared ones", async () => {
    const result = await connect().query(
      "select id, EMAIL, lastname, CreatedDate from lead where email = 'LEAD1@example.com'",
    );
    expect(result).toEqual({
      totalSize: 1,
      done: true,
      records: [
        {
          attributes: { type: "Lead", url: `/services/data/v62.0/sobjects/Lead/${leads[0]?.Id}` },
          Id: leads[0]?.Id,
          Email: "lead1@example.com",
          LastName: "Lead 1",
          CreatedDate: "2026-11-29T09:00:00.000+0000",
        },
      ],
    });
    const [call] = sandbox.calls("/query");
    expect(call).toMatchObject({ method: "GET", path: "/services/data/v62.0/query", status: 200 });
    expect(call?.soql).toContain("where email = 'LEAD1@example.com'");
    sandbox.assertNoUnexpectedCalls();
  });

  it("pages through query locators with queryMore, by URL or bare locator", async () => {
    const conn = connect();
    const first = await conn.query("SELECT Id FROM Lead");
    expect(first).toMatchObject({ totalSize: 7, done: false });
    expect(first.records).toHaveLength(3);
    // On the wire the URL is instance-relative; jsforce hands back its own absolute form.
    const wire = sandbox.calls("/query")[0]?.response as { nextRecordsUrl?: string };
    expect(wire.nextRecordsUrl).toMatch(/^\/services\/data\/v62\.0\/query\/01g[A-Za-z0-9]{15}-3$/);
    expect(first.nextRecordsUrl).toBe(sandbox.instanceUrl + wire.nextRecordsUrl);

    const second = await conn.queryMore(first.nextRecordsUrl ?? "");
    expect(second).toMatchObject({ totalSize: 7, done: false });
    expect(second.nextRecordsUrl).toMatch(/-6$/);
    const locator = second.nextRecordsUrl?.split("/").pop() ?? "";
    const third = await conn.queryMore(locator);
    expect(third).toMatchObject({ totalSize: 7, done: true });
    expect(third.nextRecordsUrl).toBeUndefined();

    const ids = [...first.records, ...second.records, ...third.records].map((r) => r.Id);
    expect(ids).toEqual(leads.map((l) => l.Id));
    expect(sandbox.calls().map((call) => call.path.replace(/01g\w+/, "01g…"))).toEqual([
      "/services/data/v62.0/query",
      "/services/data/v62.0/query/01g…-3",
      "/services/data/v62.0/query/01g…-6",
    ]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("follows nextRecordsUrl with autoFetch, stopping at maxFetch", async () => {
    const all = await connect().query("SELECT Id FROM Lead").run({ autoFetch: true });
    expect(all.records).toHaveLength(7);
    expect(sandbox.calls("/query")).toHaveLength(3);

    sandbox.reset();
    const some = await connect().query("SELECT Id FROM Lead").run({ autoFetch: true, maxFetch: 5 });
    expect(some.records).toHaveLength(5);
    expect(sandbox.calls("/query")).toHaveLength(2);
    sandbox.assertNoUnexpectedCalls();
  });

  it.each([
    ["LastModifiedDate > 2026-11-29T09:00:00Z", [3, 4]],
    ["LastModifiedDate > 2026-11-29T09:00:00.000+0000", [3, 4]],
    ["LastModifiedDate >= 2026-11-29T11:30:00+02:00", [3, 4]],
    ["LastModifiedDate < 2026-11-29T10:00:00.000Z", [1, 2, 5, 6, 7]],
    ["CreatedDate <= 2026-11-01T00:00:00Z", [5]],
    ["Email LIKE 'LEAD%@example.com'", [1, 3, 4, 5, 6]],
    ["LastName LIKE 'lead\\_4 50\\%'", [4]],
    ["LastName LIKE 'lead_4%'", [4]],
    ["Email = null", [2, 7]],
    ["Email != null", [1, 3, 4, 5, 6]],
    ["Status IN ('working - contacted', 'Open - Not Contacted')", [1, 2]],
    ["Status NOT IN ('Working - Contacted')", [2, 3, 4, 5, 6, 7]],
    ["Status <> 'Working - Contacted'", [2, 3, 4, 5, 6, 7]],
    ["HasOptedOutOfEmail = true", [1]],
    ["HasOptedOutOfEmail = FALSE", [2, 3, 4, 5, 6, 7]],
    ["Company = 'O\\'Brien & Sons'", [3]],
    ["(Status = 'Working - Contacted' OR LastName = 'Zed') AND FirstName != null", [1]],
    // Text compares case-insensitively: "lead_4 50%" sorts after "lead 6" ('_' > ' ').
    ["Status = 'Working - Contacted' OR LastName = 'Zed' OR LastName > 'Lead 6'", [1, 4, 5, 7]],
    [`Id IN ('${leads[1]?.Id.slice(0, 15)}', '${leads[2]?.Id.toLowerCase().slice(0, 15)}')`, [2]],
    ["Name = 'Ada Lead 1'", [1]],
  ])("filters WHERE %s", async (where, expected) => {
    const result = await connect()
      .query(`SELECT Id FROM Lead WHERE ${where}`)
      .run({ autoFetch: true });
    const numbers = leads.flatMap((l, i) =>
      result.records.some((r) => r.Id === l.Id) ? [i + 1] : [],
    );
    expect(numbers).toEqual(expected);
    expect(result.totalSize).toBe(expected.length);
    sandbox.assertNoUnexpectedCalls();
  });

  it("compares numbers and dates, orders with nulls first ascending, and limits", async () => {
    const conn = connect();
    const query = async (soql: string) =>
      (await conn.query<{ Name: string }>(soql).run({ autoFetch: true })).records.map(
        (r) => r.Name,
      );
    expect(await query("SELECT Name FROM Opportunity WHERE Amount >= 999.5")).toEqual([
      "Big",
      "Small",
    ]);
    expect(await query("SELECT Name FROM Opportunity WHERE CloseDate < 2026-12-01")).toEqual([
      "Small",
    ]);
    expect(await query("SELECT Name FROM Opportunity ORDER BY Amount")).toEqual([
      "None",
      "Small",
      "Big",
    ]);
    expect(await query("SELECT Name FROM Opportunity ORDER BY Amount DESC LIMIT 2")).toEqual([
      "Big",
      "Small",
    ]);
    const byName = await conn
      .query<{ LastName: string }>("SELECT LastName FROM Lead ORDER BY LastName DESC LIMIT 4")
      .run({ autoFetch: true });
    expect(byName.totalSize).toBe(4);
    expect(byName.records.map((r) => r.LastName)).toEqual([
      "Zed",
      "lead_4 50%",
      "Lead 7",
      "Lead 3",
    ]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("queries seeded users, with the compound Name", async () => {
    const result = await connect().query(
      "SELECT Id, Name, Email, IsActive, UserType FROM User WHERE IsActive = false OR UserType = 'CsnOnly'",
    );
    expect(result.records.map(({ attributes, ...user }) => user)).toEqual([
      {
        Id: salesforceId("User", 2),
        Name: "Gone",
        Email: "gone@example.com",
        IsActive: false,
        UserType: "Standard",
      },
      {
        Id: salesforceId("User", 3),
        Name: "Free",
        Email: null,
        IsActive: true,
        UserType: "CsnOnly",
      },
    ]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("bumps LastModifiedDate on collection updates, so a since-query finds the changed records", async () => {
    now = new Date("2026-12-01T10:00:00.000Z");
    await connect()
      .sobject("Lead")
      .update([{ Id: leads[5]?.Id ?? "", Title: "CTO" }], { allOrNone: false });
    const result = await connect().query<{ Title: string; LastModifiedDate: string }>(
      "SELECT Id, Title, LastModifiedDate, SystemModstamp FROM Lead WHERE LastModifiedDate > 2026-12-01T00:00:00Z",
    );
    expect(result.records).toEqual([
      expect.objectContaining({
        Id: leads[5]?.Id,
        Title: "CTO",
        LastModifiedDate: "2026-12-01T10:00:00.000+0000",
        SystemModstamp: "2026-12-01T10:00:00.000+0000",
      }),
    ]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("counts every query and next page against /limits", async () => {
    const conn = connect();
    await conn.query("SELECT Id FROM Lead").run({ autoFetch: true });
    await conn.sobject("Lead").describe();
    expect(sandbox.limits().remaining).toBe(100_000 - 4);
  });

  it("honours Sforce-Query-Options batchSize, within Salesforce's 200 to 2,000", async () => {
    await sandbox.close();
    const many = Array.from({ length: 450 }, (_, i) => lead(i + 1));
    sandbox = await SalesforceSandbox.start({ accessToken: TOKEN, records: { Lead: many } });
    const headers = { "Sforce-Query-Options": "batchSize=50" }; // below 200: 200
    const result = await connect().query("SELECT Id FROM Lead", { headers }).run({
      autoFetch: true,
      headers,
    });
    expect(result.records).toHaveLength(450);
    const sizes = sandbox
      .calls("/query")
      .map((call) => (call.response as { records: unknown[] }).records.length);
    expect(sizes).toEqual([200, 200, 50]);
    sandbox.assertNoUnexpectedCalls();
  });
});

describe("SalesforceSandbox query cursors", () => {
  it("answers INVALID_QUERY_LOCATOR, unflagged, once locators expire", async () => {
    const conn = connect();
    const first = await conn.query("SELECT Id FROM Lead");
    sandbox.expireQueryLocators();
    const error = await rejection(conn.queryMore(first.nextRecordsUrl ?? ""));
    expect(error).toMatchObject({ errorCode: "INVALID_QUERY_LOCATOR" });
    expect(sandbox.calls().at(-1)?.status).toBe(400);
    sandbox.assertNoUnexpectedCalls();
  });

  it("releases the oldest of more than 10 open cursors, as Salesforce does", async () => {
    const conn = connect();
    const opened = [];
    for (let i = 0; i < 11; i++) opened.push(await conn.query("SELECT Id FROM Lead"));
    expect((await rejection(conn.queryMore(opened[0]?.nextRecordsUrl ?? ""))).errorCode).toBe(
      "INVALID_QUERY_LOCATOR",
    );
    expect((await conn.queryMore(opened[1]?.nextRecordsUrl ?? "")).records).toHaveLength(3);
    sandbox.assertNoUnexpectedCalls();
  });

  it("flags a locator it never issued", async () => {
    const error = await rejection(connect().queryMore("01g000000000099AAA-2000"));
    expect(error.errorCode).toBe("INVALID_QUERY_LOCATOR");
    expect(sandbox.unexpected()).toEqual([
      "GET /services/data/v62.0/query/01g000000000099AAA-2000: a query locator the sandbox never issued",
    ]);
  });

  it("keeps the cursor when a next page fails with 5xx, so jsforce's retry gets the page", async () => {
    const conn = connect();
    const first = await conn.query("SELECT Id FROM Lead");
    sandbox.failNext("/query/", { status: 503 });
    const second = await conn.queryMore(first.nextRecordsUrl ?? "");
    expect(second.records.map((r) => r.Id)).toEqual(leads.slice(3, 6).map((l) => l.Id));
    expect(sandbox.calls("/query/").map((call) => call.status)).toEqual([503, 200]);
    sandbox.assertNoUnexpectedCalls();
  });
});

describe("SalesforceSandbox SOQL refusals", () => {
  it.each([
    ["SELECT COUNT() FROM Lead", "MALFORMED_QUERY", "subset"],
    ["SELECT Id, (SELECT Id FROM Contacts) FROM Account", "MALFORMED_QUERY", "subset"],
    ["SELECT Owner.Name FROM Lead", "INVALID_FIELD", "subset"],
    ["SELECT Id FROM Lead GROUP BY Status", "MALFORMED_QUERY", "subset"],
    ["SELECT Id FROM Lead WHERE CreatedDate = TODAY", "MALFORMED_QUERY", "subset"],
    ["SELECT Id FROM Lead WHERE CreatedDate = LAST_N_DAYS:7", "MALFORMED_QUERY", "subset"],
    ["SELECT Id FROM Lead l", "MALFORMED_QUERY", "subset"],
    ["SELECT Id FROM Lead OFFSET 10", "MALFORMED_QUERY", "subset"],
    ["SELECT Id FROM Lead WHERE NOT Email = null", "MALFORMED_QUERY", "subset"],
    ["SELECT * FROM Lead", "MALFORMED_QUERY", "invalid"],
    ["SELECT Id FROM Lead WHERE", "MALFORMED_QUERY", "invalid"],
    [
      "SELECT Id FROM Lead WHERE Email = 'a' AND LastName = 'b' OR Company = 'c'",
      "MALFORMED_QUERY",
      "invalid",
    ],
    ["SELECT Id FROM Lead WHERE Email = 'unterminated", "MALFORMED_QUERY", "invalid"],
    ["SELECT Id FROM Lead WHERE CreatedDate > 2026-11-29T09:00", "MALFORMED_QUERY", "invalid"],
    ["SELECT Foo FROM Lead", "INVALID_FIELD", "invalid"],
    ["SELECT Id FROM Widget", "INVALID_TYPE", "invalid"],
    ["SELECT Id, ID FROM Lead", "MALFORMED_QUERY", "invalid"],
    [
      "SELECT Id FROM Lead WHERE LastModifiedDate > '2026-11-29T09:00:00Z'",
      "INVALID_FIELD",
      "invalid",
    ],
    ["SELECT Id FROM Lead WHERE Email = 5", "INVALID_FIELD", "invalid"],
    ["SELECT Id FROM Lead WHERE Id = 'abc'", "INVALID_QUERY_FILTER_OPERATOR", "invalid"],
    [
      "SELECT Id FROM Lead WHERE HasOptedOutOfEmail > true",
      "INVALID_QUERY_FILTER_OPERATOR",
      "invalid",
    ],
    ["SELECT Id FROM Lead WHERE Description = 'x'", "INVALID_FIELD", "invalid"],
    ["SELECT Id FROM Lead ORDER BY Description", "INVALID_FIELD", "invalid"],
  ])("answers 400 to %s and flags it", async (soql, errorCode, kind) => {
    const error = await rejection(connect().query(soql));
    expect(error.errorCode).toBe(errorCode);
    expect(sandbox.calls().map((call) => call.status)).toEqual([400]);
    const [note] = sandbox.unexpected();
    if (kind === "subset") expect(note).toContain("SOQL outside the sandbox's subset");
    else expect(note).toContain(errorCode);
  });

  it("points at the offending column as Salesforce does", async () => {
    const error = await rejection(connect().query("SELECT Id, Foo FROM Lead"));
    expect(error.message).toBe(
      "\nSELECT Id, Foo FROM Lead\n           ^\nERROR at Row:1:Column:12\nNo such column 'Foo' on entity 'Lead'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
    );
  });

  it("refuses query parameters other than q, such as explain", async () => {
    const url = "/services/data/v62.0/query?explain=SELECT+Id+FROM+Lead";
    const error = await rejection(connect().request(url));
    expect(error.errorCode).toBe("MALFORMED_QUERY");
    expect(sandbox.unexpected()).toEqual([
      "GET /services/data/v62.0/query: query parameter explain",
    ]);
  });

  it("answers POST to /query with 405", async () => {
    const error = await rejection(
      connect().request({ method: "POST", url: "/services/data/v62.0/query", body: "{}" }),
    );
    expect(error.errorCode).toBe("METHOD_NOT_ALLOWED");
    expect(sandbox.unexpected()).toHaveLength(1);
  });
});
