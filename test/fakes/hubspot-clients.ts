/**
 * The real `@hubspot/api-client`, pointed at a sandbox, for tests. Shared by the tests so
 * every HubSpot test builds its client the same way.
 */
import { Client } from "@hubspot/api-client";

export const TEST_ACCESS_TOKEN = "pat-na1-sandbox-test";

/**
 * A client on `basePath` making at most `attempts` tries per call (the client's
 * `numberOfApiCallRetries` counts attempts, not retries; 1 means no retry) and no limiter.
 *
 * The retry setting lives in a process-wide singleton that each `new Client()` overwrites, and an
 * API object takes whatever is set when it is first touched. So the APIs the tests use are
 * touched here, right after construction, binding them to this client's settings.
 */
export function sandboxClient(basePath: string, attempts = 1, accessToken = TEST_ACCESS_TOKEN) {
  const client = new Client({ accessToken, basePath, numberOfApiCallRetries: attempts });
  const { contacts, companies, deals, properties } = client.crm;
  return {
    client,
    contacts: contacts.batchApi,
    companies: companies.batchApi,
    deals: deals.batchApi,
    properties: properties.coreApi,
  };
}

export { rejection } from "./rejection.js";

/** `count` contacts to seed a sandbox with, ids from `first`, each with an email. */
export const seedContacts = (count: number, first = 1) =>
  Array.from({ length: count }, (_, index) => ({
    id: String(first + index),
    properties: { email: `person${first + index}@example.com` },
  }));
