/**
 * The requests Slack itself sends to an app: slash commands, interactions and events, signed
 * the way Slack signs them (platform.md §2.3), sent with undici (the engine under Node's `fetch`,
 * at a quarter of its CPU per request, which matters when the benchmark plays Slack at full load).
 */
import { createHmac } from "node:crypto";
import { request } from "undici";
import { eventEnvelope, triggerId } from "./payloads.js";
import { SANDBOX_IDENTITY } from "./types.js";

export { type BlockActionInput, blockActionPayload } from "./payloads.js";

/** The app under test: the full URL of its events endpoint and the secret it verifies with. */
export interface SlackAppTarget {
  /** E.g. `http://127.0.0.1:PORT/slack/events`. */
  readonly appUrl: string;
  readonly signingSecret: string;
}

/** The two headers that prove a request came from Slack. */
export interface SlackSignatureHeaders {
  readonly "x-slack-request-timestamp": string;
  readonly "x-slack-signature": string;
}

/** Options shared by every sender. */
export interface SendOptions {
  /** Unix seconds to sign with; now by default. An old one tests staleness. */
  readonly timestamp?: number;
  /** Changes the body after signing, to test that the app rejects it. */
  readonly tamper?: (body: string) => string;
}

/** What the app answered. */
export interface AppReply {
  readonly status: number;
  /** Parsed JSON when the app sent JSON, otherwise the text (`""` for an empty body). */
  readonly body: unknown;
}

/** The fields of a slash command that a test cares about. */
export interface SlashCommandFields {
  readonly text: string;
  readonly userId: string;
  readonly channelId: string;
  readonly responseUrl: string;
  /** `/syncerror` unless given. */
  readonly command?: string;
  readonly channelName?: string;
  readonly teamId?: string;
  readonly userName?: string;
  readonly triggerId?: string;
}

/**
 * Computes Slack's signature: HMAC-SHA256 of `v0:<timestamp>:<body>` keyed with the signing
 * secret. The body must be the exact string sent.
 */
export function signSlackRequest(
  signingSecret: string,
  rawBody: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): SlackSignatureHeaders {
  const digest = createHmac("sha256", signingSecret)
    .update(`v0:${timestamp}:${rawBody}`)
    .digest("hex");
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": `v0=${digest}` };
}

/** Sends a slash command, form-encoded as Slack does. */
export function sendSlashCommand(
  target: SlackAppTarget,
  fields: SlashCommandFields,
  options: SendOptions = {},
): Promise<AppReply> {
  const teamId = fields.teamId ?? SANDBOX_IDENTITY.teamId;
  const userName = fields.userName ?? fields.userId.toLowerCase();
  const body = new URLSearchParams({
    token: "sandbox-verification-token",
    team_id: teamId,
    team_domain: SANDBOX_IDENTITY.teamDomain,
    channel_id: fields.channelId,
    channel_name: fields.channelName ?? "sandbox",
    user_id: fields.userId,
    user_name: userName,
    command: fields.command ?? "/syncerror",
    text: fields.text,
    api_app_id: SANDBOX_IDENTITY.appId,
    is_enterprise_install: "false",
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? triggerId(),
  }).toString();
  return send(target, body, FORM, options);
}

/** Sends an interaction payload (`block_actions`, `view_submission`…) as the `payload` form field. */
export function sendBlockAction(
  target: SlackAppTarget,
  payload: Readonly<Record<string, unknown>>,
  options: SendOptions = {},
): Promise<AppReply> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return send(target, body, FORM, options);
}

/** Options for an Events API delivery. */
export interface EventOptions extends SendOptions {
  readonly teamId?: string;
  readonly eventId?: string;
  /** Marks the delivery as Slack's n-th retry (`X-Slack-Retry-Num`). */
  readonly retryNum?: number;
  readonly retryReason?: string;
}

/** Sends an event (e.g. `app_home_opened`) in its `event_callback` envelope, as JSON. */
export function sendEvent(
  target: SlackAppTarget,
  event: Readonly<Record<string, unknown>> & { readonly type: string },
  options: EventOptions = {},
): Promise<AppReply> {
  const envelope = eventEnvelope(event, {
    ...(options.teamId === undefined ? {} : { teamId: options.teamId }),
    ...(options.eventId === undefined ? {} : { eventId: options.eventId }),
  });
  const retry: Record<string, string> = {};
  if (options.retryNum !== undefined) retry["x-slack-retry-num"] = String(options.retryNum);
  if (options.retryReason !== undefined) retry["x-slack-retry-reason"] = options.retryReason;
  return send(target, JSON.stringify(envelope), "application/json", options, retry);
}

// Exactly this: Bolt compares the content type as a string, and "…; charset=utf-8" gets a 400.
const FORM = "application/x-www-form-urlencoded";

async function send(
  target: SlackAppTarget,
  body: string,
  contentType: string,
  options: SendOptions,
  extraHeaders: Readonly<Record<string, string>> = {},
): Promise<AppReply> {
  const signature = signSlackRequest(target.signingSecret, body, options.timestamp);
  const response = await request(target.appUrl, {
    method: "POST",
    headers: { "content-type": contentType, ...signature, ...extraHeaders },
    body: options.tamper ? options.tamper(body) : body,
  });
  const text = await response.body.text();
  const contentTypeHeader = response.headers["content-type"];
  const isJson = String(contentTypeHeader ?? "").startsWith("application/json");
  return { status: response.statusCode, body: isJson && text !== "" ? JSON.parse(text) : text };
}
