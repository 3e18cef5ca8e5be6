import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { englishWordsIn } from "../../test/english-words.js";
import { sandboxClient, TEST_ACCESS_TOKEN } from "../../test/fakes/hubspot-clients.js";
import { rejection } from "../../test/fakes/rejection.js";
import { createHubSpotLimiter } from "../clients/hubspot-paced-call.js";
import { hubspotScanPort } from "../clients/hubspot-scan-port.js";
import { userMessage } from "../errors.js";
import { translator } from "../i18n/translator.js";
import { createLogger } from "../logger.js";
import { HubSpotSandbox } from "../sandbox/hubspot/sandbox.js";
import { checkInclusionListAtStart, resolveInclusionList } from "./inclusion-list.js";

// The inclusion list resolved through the real HubSpot client against the sandbox, which serves
// lists by ILS id and by name and answers 404 for anything else, legacy list ids included.

let sandbox: HubSpotSandbox;

beforeEach(async () => {
  sandbox = await HubSpotSandbox.start({
    accessToken: TEST_ACCESS_TOKEN,
    lists: {
      "57": { name: "Synced to Salesforce", legacyListId: "12", members: ["1", "2"] },
      "58": { name: "Target accounts", objectTypeId: "0-2", members: ["9"] },
      "59": { name: "2024", members: [] },
    },
  });
});

afterEach(async () => {
  sandbox.assertNoUnexpectedCalls();
  await sandbox.close();
});

const port = () =>
  hubspotScanPort(sandboxClient(sandbox.url).client, {
    limiter: createHubSpotLimiter(190),
    minRetryMs: 10,
  });

describe("resolveInclusionList", () => {
  it("takes the list's ILS id", async () => {
    expect(await resolveInclusionList(port(), "57")).toEqual({
      listId: "57",
      name: "Synced to Salesforce",
      objectTypeId: "0-1",
      size: 2,
    });
  });

  it("takes the list's name, in any case, and a name made of digits", async () => {
    expect((await resolveInclusionList(port(), "synced to SALESFORCE")).listId).toBe("57");
    expect((await resolveInclusionList(port(), "2024")).listId).toBe("59");
  });

  it("refuses a legacy list id with one error naming it, what to use and where to find it", async () => {
    const error = await rejection<Error & { code: string }>(resolveInclusionList(port(), "12"));
    expect(error.code).toBe("config_invalid");
    expect(error.message).toBe(
      "HUBSPOT_INCLUSION_LIST is \"12\", but HubSpot has no contact list with that ILS list ID or name. If 12 is the number from an old list URL, it is the list's legacy id, which HubSpot's lists API no longer accepts. Use the list's ILS list ID or its exact name: in HubSpot, open Contacts → Lists, hover over the list and click Details to see its list ID.",
    );
    // By id, then by name: both answered 404.
    expect(sandbox.calls("/crm/v3/lists").map((call) => [call.path, call.status])).toEqual([
      ["/crm/v3/lists/12", 404],
      ["/crm/v3/lists/object-type-id/0-1/name/12", 404],
    ]);
  });

  it("refuses a list of companies given by id, naming it", async () => {
    const error = await rejection<Error>(resolveInclusionList(port(), "58"));
    expect(error.message).toContain(
      'the list "Target accounts" (ILS list ID 58) holds records of object type 0-2, not contacts (0-1)',
    );
  });

  it("says why in the reader's language: in Danish, no English sentence left", async () => {
    const da = translator("da");
    const kept = ["HubSpot", "Salesforce", "HUBSPOT_INCLUSION_LIST", "ILS"];
    for (const given of ["12", "58"]) {
      const said = userMessage(await rejection(resolveInclusionList(port(), given)), da);
      expect(said).toMatch(/^HUBSPOT_INCLUSION_LIST er "\d+"/);
      expect(said).toContain("Kontakter → Lister");
      expect(englishWordsIn(said, kept)).toEqual([]);
    }
  });
});

describe("resolveInclusionList without the lists scope", () => {
  it("says the private app needs crm.lists.read", async () => {
    await sandbox.close();
    sandbox = await HubSpotSandbox.start({
      accessToken: TEST_ACCESS_TOKEN,
      scopes: ["crm.objects.contacts.read"],
      lists: { "57": ["1"] },
    });
    const error = await rejection<Error>(resolveInclusionList(port(), "57"));
    expect(error.message).toBe(
      'HubSpot refused to read the inclusion list "57" (HUBSPOT_INCLUSION_LIST): the private app\'s token needs the crm.lists.read scope.',
    );
  });
});

describe("checkInclusionListAtStart", () => {
  const logger = createLogger({ level: "silent" });

  it("throws for a list HubSpot does not know, and lets the bot start when HubSpot is down", async () => {
    await expect(checkInclusionListAtStart(port(), "Nope", logger)).rejects.toThrow(
      'HUBSPOT_INCLUSION_LIST is "Nope", but HubSpot has no contact list',
    );
    sandbox.failNext("/crm/v3/lists", { status: 503, times: 10 });
    await expect(checkInclusionListAtStart(port(), "57", logger)).resolves.toBeUndefined();
  });
});
