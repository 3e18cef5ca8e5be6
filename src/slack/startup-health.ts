import { createServer, type Server } from "node:http";

/** `/healthz` while the bot starts: 503 and why it is not ready yet. */
export interface StartupHealth {
  /** Changes what /healthz says the bot is waiting for. */
  setReason(reason: string): void;
  /** Frees the port for the app, which answers /healthz from then on. */
  close(): Promise<void>;
}

/**
 * Listens on the app's port before the app can, so a load balancer or `curl /healthz` gets an
 * answer while the bot waits for Slack: 503 `{ok: false, ready: false, reason, version}`; every
 * other path 503 too (Slack's requests cannot be served yet).
 */
export async function startStartupHealth(options: {
  readonly port: number;
  readonly version: string;
  readonly reason: string;
}): Promise<StartupHealth> {
  let reason = options.reason;
  const server: Server = createServer((req, res) => {
    const body =
      req.url?.split("?")[0] === "/healthz"
        ? { ok: false, ready: false, reason, version: options.version }
        : { ok: false, ready: false, reason };
    res.writeHead(503, {
      "content-type": "application/json",
      "cache-control": "no-store",
      // Lets the client come back after a second rather than keep this connection.
      connection: "close",
      "retry-after": "1",
    });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    setReason(next) {
      reason = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
