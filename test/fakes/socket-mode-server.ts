import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/**
 * Slack's side of a Socket Mode connection, on loopback: greets a client with `hello`, sends it
 * envelopes, and resolves each with the client's acknowledgement. Test-only (it needs the `ws`
 * package, a development dependency).
 */
export class SocketModeServer {
  private readonly sockets = new Set<WebSocket>();
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

  /** Resolves once a client has connected. */
  connected(): Promise<void> {
    if (this.sockets.size > 0) return Promise.resolve();
    return new Promise((resolve) => this.connectedResolvers.push(resolve));
  }

  /** Sends an envelope (e.g. `slash_commands` with a command payload) and waits for its ack. */
  send(type: string, payload: Record<string, unknown>, timeoutMs = 3000): Promise<SocketAck> {
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
    for (const socket of this.sockets) socket.send(envelope);
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
