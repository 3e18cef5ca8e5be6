import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import { openStore } from "../src/store/index.js";

// `GET /readyz` of the real app over HTTP: what a load balancer or Kubernetes' readiness probe asks.

const catalog = createCatalog(rules);
const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
let env: SandboxedApp | undefined;

afterEach(async () => {
  await env?.stop();
  env = undefined;
});

async function start() {
  const store = await openStore({ path: ":memory:" });
  env = await startSandboxedApp({
    catalog,
    logger: createLogger({ level: "silent", destination: quiet }),
    logLevel: "error",
    version: "t",
    store,
  });
  return { env, store };
}

describe("GET /readyz", () => {
  it("answers 200 while the database answers", async () => {
    const { env, store } = await start();
    const response = await fetch(`${env.baseUrl}/readyz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ready: true });
    await store.close();
  });

  it("answers 503 with the reason once the database does not, while /healthz stays 200", async () => {
    const { env, store } = await start();
    await store.close();
    const response = await fetch(`${env.baseUrl}/readyz`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { ready: boolean; reason: string };
    expect(body.ready).toBe(false);
    expect(body.reason).toMatch(/^the database does not answer: .*not open/);
    expect((await fetch(`${env.baseUrl}/healthz`)).status).toBe(200);
  });
});
