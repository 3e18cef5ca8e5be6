import type { MessageStore } from "./store.js";
import { channelKind } from "./types.js";

/**
 * The bot-token scopes each Web API method accepts; any one of them is enough. Source:
 * slackapi/slack-api-specs `web-api/slack_web_openapi_v2.json`, each operation's `security`
 * (`chat:write:bot` there is today's `chat:write`, https://docs.slack.dev/reference/scopes/chat.write),
 * and the method pages at https://docs.slack.dev/reference/methods/. `conversations.info` needs
 * the read scope of the conversation's kind (channels, groups, im). An empty list: no scope.
 */
export function acceptedScopes(
  method: string,
  args: Readonly<Record<string, unknown>>,
  store: MessageStore,
): readonly string[] {
  switch (method) {
    case "chat.postMessage":
    case "chat.postEphemeral":
    case "chat.update":
      return ["chat:write"];
    case "files.info":
      return ["files:read"];
    // https://docs.slack.dev/reference/methods/files.getUploadURLExternal and
    // files.completeUploadExternal: bot token scope files:write; slack-api-specs `/files.delete`.
    case "files.getUploadURLExternal":
    case "files.completeUploadExternal":
    case "files.delete":
      return ["files:write"];
    case "usergroups.users.list":
    case "usergroups.list":
      return ["usergroups:read"];
    // Any one lets the call in; the handler then needs the scope of every type asked for.
    case "conversations.list":
      return ["channels:read", "groups:read", "im:read", "mpim:read"];
    case "users.info":
      return ["users:read"];
    case "conversations.info": {
      const channel = typeof args.channel === "string" ? store.channel(args.channel) : undefined;
      if (!channel) return ["channels:read", "groups:read", "im:read", "mpim:read"];
      const kind = channelKind(channel);
      return [kind === "im" ? "im:read" : kind === "private" ? "groups:read" : "channels:read"];
    }
    default:
      // auth.test and views.publish need none (the spec's `security: none`), chat.getPermalink
      // none either (https://api.slack.com/methods/chat.getPermalink: "No scope required").
      return [];
  }
}

/**
 * The body Slack answers a call whose token lacks the scope: `missing_scope`, with the scope it
 * needed and the ones the token has. Source: the `needed`/`provided` fields of every response
 * type in @slack/web-api 8.2 (e.g. `ChatPostMessageResponse`), and slack-api-specs' error enums.
 */
export function missingScopeBody(
  accepted: readonly string[],
  granted: ReadonlySet<string>,
): Record<string, unknown> {
  return {
    ok: false,
    error: "missing_scope",
    needed: accepted.join(","),
    provided: [...granted].join(","),
  };
}

/**
 * The headers every authenticated Web API answer carries: the token's scopes and the ones the
 * method accepts. @slack/web-api 8.2 reads them into `response_metadata.scopes` and
 * `acceptedScopes` (`WebClient.js`, "add scopes metadata from headers"); slack-ruby-client#378
 * documents `x-oauth-scopes` as the token's scopes.
 */
export function scopeHeaders(
  accepted: readonly string[],
  granted: ReadonlySet<string>,
): Record<string, string> {
  return {
    "x-oauth-scopes": [...granted].join(","),
    "x-accepted-oauth-scopes": accepted.join(","),
  };
}
