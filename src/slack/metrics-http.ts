import type { IncomingMessage, ServerResponse } from "node:http";
import type { AnyMiddlewareArgs, App, CustomRoute } from "@slack/bolt";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics/metrics.js";

/**
 * `GET /metrics` in Prometheus' text format. Served beside `/slack/events` (and, in Socket Mode,
 * by Bolt's own small server): nothing in it is secret, but a deployment that does not want it
 * public keeps it off the load balancer's routes.
 */
export function metricsRoute(metrics: Metrics, logger: Logger): CustomRoute {
  return {
    path: "/metrics",
    method: ["GET"],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      metrics.registry.metrics().then(
        (text) => {
          res.writeHead(200, { "content-type": metrics.registry.contentType });
          res.end(text);
        },
        (error: unknown) => {
          // A collect that failed (the database, say) must not take the bot down with it.
          logger.warn({ err: error }, "metrics could not be collected");
          res.writeHead(503, { "content-type": "text/plain" });
          res.end("metrics could not be collected\n");
        },
      );
    },
  };
}

/** The kinds of request Slack sends, as a small fixed set of label values. */
function requestKind(body: AnyMiddlewareArgs["body"]): string {
  if ("command" in body) return "slash_command";
  const type = (body as { type?: unknown }).type;
  switch (type) {
    case "block_actions":
    case "view_submission":
    case "view_closed":
    case "shortcut":
    case "message_action":
      return type;
    case "event_callback":
      return "event";
    default:
      return "other";
  }
}

/**
 * Times every request the app handles, HTTP or Socket Mode alike, from the moment Bolt has it to
 * the end of its listener (which acknowledges first: the ack's own speed is `npm run bench`'s).
 */
export function timeSlackRequests(app: App, metrics: Metrics): void {
  app.use(async ({ body, next }) => {
    const end = metrics.slackRequestSeconds.startTimer({ kind: requestKind(body) });
    try {
      await next();
      end({ outcome: "ok" });
    } catch (error) {
      end({ outcome: "error" });
      throw error;
    }
  });
}
