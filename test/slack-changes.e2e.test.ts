/**
 * `/syncerror changes` through the real Bolt app over signed HTTP against the Slack sandbox: the
 * changes the store learnt (one from Salesforce's Setup Audit Trail, the same one seen by a scan,
 * and another a scan saw), newest first and each once, with the wave of errors the deactivated
 * picklist value started under it; nothing learnt, where changes come from; a period it cannot
 * read refused; the answer in a Danish person's language.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import { DEFAULT_CHANNEL, type SandboxResponse } from "../src/sandbox/slack/sandbox.js";
import type { LearntChange } from "../src/store/types.js";
import { learntChange } from "./fakes/learnt-changes.js";
import { bodyOf } from "./fakes/slack-responses.js";
import { importErrors } from "./fakes/store-errors.js";

const catalog = createCatalog(rules);
const ANN = "U0ANN";
const DANE = "U0DANE";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let env: SandboxedApp;

beforeEach(async () => {
  env = await startSandboxedApp({
    catalog,
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
  });
  env.sandbox.addUser({ id: DANE, locale: "da-DK" });
});
afterEach(async () => {
  env.sandbox.assertNoUnexpectedCalls();
  await env.stop();
});

/** A change the store learnt, observed now unless the test says otherwise. */
function learnt(spec: Partial<LearntChange> & Pick<LearntChange, "key" | "kind">): LearntChange {
  return learntChange({ observedAt: new Date(), ...spec });
}

/** Biotech deactivated 3 hours ago (told twice), 6 errors from 11 minutes later, a shortened field. */
async function seed(): Promise<void> {
  const now = Date.now();
  const deactivatedAt = new Date(now - 3 * HOUR);
  await env.store.recordChanges([
    learnt({
      key: "audit:biotech",
      kind: "picklist-value-deactivated",
      option: "Biotech",
      happenedAt: deactivatedAt,
      observedAt: new Date(now - 2 * HOUR),
      who: "Ann Admin",
      source: "audit-trail",
      detail: "Deactivated picklist value Biotech for Industry (Lead)",
    }),
    learnt({
      key: "snapshot:biotech",
      kind: "picklist-value-deactivated",
      option: "Biotech",
      happenedAfter: new Date(now - 5 * HOUR),
      observedAt: new Date(now - 2 * HOUR),
    }),
    learnt({
      key: "snapshot:description",
      kind: "field-shortened",
      object: "Account",
      field: "Description__c",
      before: 255,
      after: 80,
      happenedAfter: new Date(now - 26 * HOUR),
      observedAt: new Date(now - 25 * HOUR),
    }),
  ]);
  await importErrors(
    env.store,
    catalog,
    [0, 1, 2, 3, 4, 5].map((i) => ({
      ruleId: "restricted-picklist-value",
      hubspotId: `lead-${i}`,
      message:
        "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Industry: bad value for restricted picklist field: Biotech",
      occurredAt: new Date(deactivatedAt.getTime() + (11 + i) * MINUTE),
    })),
    { at: new Date(now - MINUTE) },
  );
}

async function slash(text: string, userId = ANN) {
  const reply = await env.sandbox.slash(env.target, {
    text,
    userId,
    channelId: DEFAULT_CHANNEL.id,
  });
  expect(reply.status).toBe(200);
  return bodyOf(
    (await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === reply.responseUrl,
    )) as SandboxResponse,
  );
}

const sections = (body: ReturnType<typeof bodyOf>) =>
  (body.blocks as Array<{ type: string; text?: { text: string } }>)
    .filter((b) => b.type === "section")
    .map((b) => b.text?.text ?? "");

describe("/syncerror changes", () => {
  it("lists each change once, newest first, with the wave it likely started", async () => {
    await seed();
    const body = await slash("changes");
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toBe("2 changes in Salesforce and HubSpot in the last 7 days");
    const [biotech, shortened, ...rest] = sections(body);
    expect(rest).toEqual([]);
    // The audit trail's form: its exact time in Slack's date markup, who, and its source.
    expect(biotech).toMatch(
      /^<!date\^\d+\^\{date_short_pretty\} \{time\}\|[^>]+> · The picklist value “Biotech” of Lead\.Industry was deactivated · by Ann Admin · Setup Audit Trail\n/,
    );
    expect(biotech).toContain(
      "→ likely started 6 Restricted picklist value errors (first 11 minutes later)",
    );
    // A scan's change: between the scan before and the scan that saw it; it started nothing.
    expect(shortened).toMatch(
      /^between <!date\^\d+\^[^>]+> and <!date\^\d+\^[^>]+> · Account\.Description__c was shortened from 255 to 80 characters · seen by a scan of Salesforce$/,
    );
  });

  it("reads a period", async () => {
    await seed();
    const day = await slash("changes 1d");
    expect(day.text).toBe("1 change in Salesforce and HubSpot in the last day");
    expect(sections(day)).toHaveLength(1);
  });

  it("says where changes come from when none was learnt", async () => {
    const empty = await slash("changes 30d");
    expect(empty.text).toBe("No changes in Salesforce and HubSpot in the last 30 days");
    const said = sections(empty).join("\n");
    expect(said).toContain("The bot learnt of no change");
    expect(JSON.stringify(empty.blocks)).toContain('\\"View Setup and Configuration\\" permission');
  });

  it("lists the newest 20 within Slack's limits and counts the rest, with the command for all", async () => {
    const now = Date.now();
    await env.store.recordChanges(
      Array.from({ length: 23 }, (_, i) =>
        learnt({
          key: `snapshot:len${i}`,
          kind: "field-lengthened",
          field: `Field${i}__c`,
          before: 40,
          after: 80,
          happenedAfter: new Date(now - (i + 2) * HOUR),
          observedAt: new Date(now - (i + 1) * HOUR),
        }),
      ),
    );
    const body = await slash("changes");
    expect(body.text).toBe("23 changes in Salesforce and HubSpot in the last 7 days");
    const lines = sections(body);
    expect(lines).toHaveLength(20);
    expect(lines[0]).toContain("Lead.Field0__c was lengthened");
    expect(lines[19]).toContain("Lead.Field19__c was lengthened");
    expect(JSON.stringify(body.blocks)).toContain(
      "and 3 more — run `syncerror changes --since 7d` for all",
    );
  });

  it("refuses a period it cannot read, with the usage", async () => {
    const body = await slash("changes fortnight");
    expect(body.text).toContain("“fortnight” is not a period");
    expect(JSON.stringify(body.blocks)).toContain("/syncerror changes [7d|30d|Nd]");
    const long = await slash("changes 400d");
    expect(long.text).toContain("“400d” is not a period: type a number of days from 1 to 365");
  });

  it("answers a Danish person in Danish", async () => {
    await seed();
    const body = await slash("changes 7d", DANE);
    expect(body.text).toBe("2 ændringer i Salesforce og HubSpot de seneste 7 dage");
    const [biotech] = sections(body);
    expect(biotech).toContain(
      "Picklisteværdien “Biotech” i Lead.Industry blev deaktiveret · af Ann Admin · revisionsspor for opsætning",
    );
    expect(biotech).toContain(
      "→ startede sandsynligvis 6 fejl af typen Begrænset picklisteværdi (den første 11 minutter senere)",
    );
    const refused = await slash("changes en uge", DANE);
    expect(refused.text).toContain("“en uge” er ikke en periode");
  });
});
