import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/**
 * Slack's side of Socket Mode connections, on loopback: greets each client with `hello`, sends
 * envelopes, and resolves each with the client's acknowledgement. An app may hold several
 * connections (one per replica); Slack delivers each envelope to one of them, whichever (its
 * maintainers: "Slack's API server delivers to any of the active connections",
 * https://github.com/slackapi/bolt-python/issues/1071), so this one takes them in turn unless the
 * test names one. Test-only (it needs the `ws` package, a development dependency).
 */
export class SocketModeServer {
  /** Open connections, in the order they came. */
  private readonly sockets = new Set<WebSocket>();
  private turn = 0;
  private readonly pending = new Map<string, (ack: SocketAck) => void>();
  private connectedResolvers: Array<() => void> = [];

  private constructor(
    private readonly server: WebSocketServer,
    readonly url: string,
  ) {
    server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
      socket.on("message", (data) => this.receive(String(data)));
      socket.send(
        JSON.stringify({
          type: "hello",
          num_connections: 1,
          debug_info: { host: "sandbox", approximate_connection_time: 3600 },
          connection_info: { app_id: "A0SANDBOX" },
        }),
      );
      for (const resolve of this.connectedResolvers) resolve();
      this.connectedResolvers = [];
    });
  }

  /** Listens on 127.0.0.1 with a free port. */
  static async start(): Promise<SocketModeServer> {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    const { port } = server.address() as AddressInfo;
    return new SocketModeServer(server, `ws://127.0.0.1:${port}/link`);
  }

  /** Resolves once `count` clients (one unless given) are connected. */
  async connected(count = 1): Promise<void> {
    while (this.sockets.size < count)
      await new Promise<void>((resolve) => this.connectedResolvers.push(resolve));
  }

  /**
   * Sends an envelope (e.g. `slash_commands` with a command payload) over one connection, the
   * `via`-th open one (from 0) or the next in turn, and waits for its ack.
   */
  send(
    type: string,
    payload: Record<string, unknown>,
    timeoutMs = 3000,
    via?: number,
  ): Promise<SocketAck> {
    const open = [...this.sockets];
    const socket = open[(via ?? this.turn++) % Math.max(1, open.length)];
    if (!socket) return Promise.reject(new Error(`no Socket Mode connection to send ${type} over`));
    const envelopeId = randomUUID();
    const ack = new Promise<SocketAck>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ack for ${type} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.pending.set(envelopeId, (value) => {
        clearTimeout(timer);
        resolve(value);
      });
    });
    const envelope = JSON.stringify({
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: true,
    });
    socket.send(envelope);
    return ack;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private receive(text: string): void {
    const message = JSON.parse(text) as SocketAck;
    const resolve = this.pending.get(message.envelope_id);
    if (resolve) {
      this.pending.delete(message.envelope_id);
      resolve(message);
    }
  }
}

/** A client's acknowledgement of an envelope. */
export interface SocketAck {
  readonly envelope_id: string;
  readonly payload?: unknown;
}
