import { characters } from "./block-kit.js";
import { blockProblems } from "./blocks.js";
import { fileMethods } from "./file-methods.js";
import { apiFile } from "./files.js";
import {
  type Args,
  fail,
  type Handler,
  invalidBlocks,
  type MethodContext,
  type MethodResult,
  ok,
  postingRefusal,
  stringArg,
} from "./method-kit.js";
import { modalViewProblems } from "./modals.js";
import { missingScopeBody } from "./scopes.js";
import { slackFileProblems } from "./slack-file-check.js";
import {
  channelKind,
  SANDBOX_IDENTITY,
  type SandboxChannel,
  type SandboxUser,
  type SandboxUsergroup,
  type SlackMessage,
} from "./types.js";

/**
 * Slack truncates a message's `text` over 40,000 characters rather than refusing it. Source:
 * https://docs.slack.dev/reference/methods/chat.postMessage ("Truncating content") and the
 * changelog https://api.slack.com/changelog/2018-04-truncating-really-long-messages.
 */
const MESSAGE_TEXT_MAX = 40_000;

function truncateText(text: string): string {
  if (characters(text) <= MESSAGE_TEXT_MAX) return text;
  return [...text].slice(0, MESSAGE_TEXT_MAX).join("");
}

/** A problem line as Slack lists it in `response_metadata.messages`. */
function asError(problem: string): string {
  return `[ERROR] ${problem}`;
}

/** The Web API methods the sandbox implements; anything else is `unknown_method`. */
export const methods: Readonly<Record<string, Handler>> = {
  ...fileMethods,

  "auth.test": (_args, { url }) =>
    ok({
      url: `${url}/`,
      team: SANDBOX_IDENTITY.team,
      user: "syncerror",
      team_id: SANDBOX_IDENTITY.teamId,
      user_id: SANDBOX_IDENTITY.botUserId,
      bot_id: SANDBOX_IDENTITY.botId,
      is_enterprise_install: false,
    }),

  "chat.postMessage": (args, context) => {
    const target = postTarget(args, context);
    if ("body" in target) return target;
    const refusal = postingRefusal(target, context);
    if (refusal) return refusal;
    const content = contentArgs(args, "chat.postMessage", context, target.id);
    if ("body" in content) return content;
    const threadTs = stringArg(args, "thread_ts");
    let parentTs: string | undefined;
    if (threadTs !== undefined) {
      const parent = context.store.find(target.id, threadTs);
      // Loud on purpose: a reply to a ts the sandbox never issued is a bug in the app or the test.
      if (!parent) {
        return fail("thread_not_found", `thread_ts ${threadTs} is not a message in ${target.id}`);
      }
      parentTs = parent.threadTs ?? parent.ts;
    }
    const message = context.store.post({
      channel: target.id,
      text: truncateText(content.text ?? ""),
      blocks: content.blocks ?? [],
      ...(parentTs === undefined ? {} : { threadTs: parentTs }),
      via: "web_api",
    });
    return ok({ channel: message.channel, ts: message.ts, message: apiMessage(message) });
  },

  "chat.postEphemeral": (args, context) => {
    const target = channelArg(args, "chat.postEphemeral", context);
    if ("body" in target) return target;
    const user = stringArg(args, "user");
    if (!user) {
      return fail("invalid_arguments", "chat.postEphemeral without a user", [
        "[ERROR] missing required field: user",
      ]);
    }
    const content = contentArgs(args, "chat.postEphemeral", context, target.id);
    if ("body" in content) return content;
    const threadTs = stringArg(args, "thread_ts");
    const message = context.store.postEphemeral({
      channel: target.id,
      user,
      text: content.text ?? "",
      blocks: content.blocks ?? [],
      ...(threadTs === undefined ? {} : { threadTs }),
      via: "web_api",
    });
    return ok({ message_ts: message.ts });
  },

  "chat.update": (args, context) => {
    const target = channelArg(args, "chat.update", context);
    if ("body" in target) return target;
    // Assumed: a bot that left a channel can no more edit there than post.
    const refusal = postingRefusal(target, context);
    if (refusal) return refusal;
    const ts = stringArg(args, "ts");
    if (!ts) return fail("message_not_found", "chat.update without a ts");
    const existing = context.store.find(target.id, ts);
    if (!existing) {
      const ephemeral = context.store.findEphemeral(target.id, ts);
      return ephemeral
        ? fail(
            "message_not_found",
            `chat.update cannot edit ephemeral ${ts} (shown to ${ephemeral.user}); use response_url with replace_original`,
          )
        : fail("message_not_found");
    }
    // A bot edits only its own messages (slack-api-specs chat.update: cant_update_message).
    if (existing.via === "user") return fail("cant_update_message");
    const content = contentArgs(args, "chat.update", context, target.id);
    if ("body" in content) return content;
    // Slack's documented rule: an omitted `blocks` keeps the old blocks (and an omitted text the
    // old text); only `blocks: []` removes them.
    const updated = context.store.edit(
      existing,
      content.text === undefined ? existing.text : truncateText(content.text),
      content.blocks ?? existing.blocks,
    );
    return ok({ channel: target.id, ts, text: updated.text, message: apiMessage(updated) });
  },

  "views.publish": (args, context) => {
    const user = stringArg(args, "user_id");
    if (!user) {
      return fail("invalid_arguments", "views.publish without a user_id", [
        "[ERROR] missing required field: user_id",
      ]);
    }
    const view = args.view;
    if (typeof view !== "object" || view === null || Array.isArray(view)) {
      return fail("invalid_arguments", "views.publish without a view object", [
        "[ERROR] missing required field: view",
      ]);
    }
    const fields = view as Readonly<Record<string, unknown>>;
    if (fields.type !== "home") {
      return fail("invalid_arguments", `views.publish with view type ${String(fields.type)}`, [
        "[ERROR] must be 'home' [json-pointer:/view/type]",
      ]);
    }
    // Slack reports bad view blocks as invalid_arguments, not invalid_blocks.
    const problems = [
      ...blockProblems(context.validateBlocks, fields.blocks, "home"),
      ...slackFileProblems(fields.blocks, "/view/blocks", context.files, { bot: true }).map(
        asError,
      ),
    ];
    if (problems.length > 0) {
      return invalidBlocks(
        "invalid_arguments",
        `views.publish with invalid blocks: ${problems.join("; ")}`,
        problems,
      );
    }
    const hash = stringArg(args, "hash");
    const current = context.store.homeView(user);
    if (hash !== undefined && current && current.hash !== hash) return fail("hash_conflict");
    return ok({ view: context.store.publishHome(user, fields) });
  },

  /**
   * Opens a modal for the person whose interaction carried `trigger_id`: `{ ok, view }` with the
   * view's id, hash and empty state. No scope is needed. A trigger unknown, spent or older than
   * 3 s is `invalid_trigger_id`, `exchanged_trigger_id`, `expired_trigger_id` (modals.ts); a
   * missing trigger_id or view, or a view Slack would refuse (title, submit, close over 24
   * characters, over 100 blocks, private_metadata over 3000, callback_id over 255, invalid
   * blocks) is `invalid_arguments` with the problems in `response_metadata.messages`. Sources:
   * https://docs.slack.dev/reference/methods/views.open (arguments, errors, example response),
   * https://docs.slack.dev/reference/views (the view object's limits).
   */
  "views.open": (args, context) => {
    const trigger = stringArg(args, "trigger_id");
    if (!trigger) {
      return fail("invalid_arguments", "views.open without a trigger_id", [
        "[ERROR] missing required field: trigger_id",
      ]);
    }
    const view = args.view;
    const problems = [
      ...modalViewProblems(view, context.validateBlocks),
      ...(typeof view === "object" && view !== null && "blocks" in view
        ? slackFileProblems(view.blocks, "/view/blocks", context.files, { bot: true })
        : []
      ).map(asError),
    ];
    if (problems.length > 0) {
      return invalidBlocks(
        "invalid_arguments",
        `views.open with an invalid view: ${problems.join("; ")}`,
        problems,
      );
    }
    const spent = context.modals.spend(trigger);
    if ("refusal" in spent) return fail(spent.refusal);
    const modal = context.modals.openFor(spent.user, view as Readonly<Record<string, unknown>>);
    return ok({ view: modal.view });
  },

  "files.info": (args, context) => {
    const id = stringArg(args, "file");
    if (!id) return fail("invalid_arguments", "files.info without a file id");
    const file = context.files.get(id);
    return file
      ? ok({ file: apiFile(file, context.filesUrl, context.url) })
      : fail("file_not_found");
  },

  // Slack answers no_such_subteam for a group it does not know; bad scopes are not modelled.
  "usergroups.users.list": (args, context) => {
    const id = stringArg(args, "usergroup");
    if (!id) return fail("invalid_arguments", "usergroups.users.list without a usergroup");
    const users = context.store.usergroupMembers(id);
    return users ? ok({ users }) : fail("no_such_subteam");
  },

  /**
   * A person: `{ ok, user }`, with `user.locale` (their Slack language, `da-DK`) only when
   * `include_locale` is true; an unknown user is `user_not_found`. Needs `users:read` (scopes.ts).
   * Source: slackapi/slack-api-specs `web-api/slack_web_openapi_v2.json`, `/users.info`: its
   * parameters (`user`, `include_locale` "Set this to `true` to receive the locale for this user.
   * Defaults to `false`"), `security` users:read, error enum (user_not_found first) and 200
   * example; `objs_user` (required id, name, profile, is_bot, updated, is_app_user; `locale` a
   * string). @slack/web-api's `UsersInfoArguments` makes `user` required: a call without it is
   * flagged and answered `user_not_found` (**assumed** code).
   */
  "users.info": (args, context) => {
    const id = stringArg(args, "user");
    if (!id) return fail("user_not_found", "users.info without a user");
    const user = context.store.user(id);
    if (!user) return fail("user_not_found");
    const includeLocale = args.include_locale === true || args.include_locale === "true";
    return ok({ user: apiUser(user, includeLocale) });
  },

  /**
   * A link to a message: `{ ok, channel, permalink }`, the permalink
   * `<workspace>/archives/<channel>/p<ts without its dot>`; `channel_not_found` or
   * `message_not_found` otherwise. No scope is needed. Source:
   * https://api.slack.com/methods/chat.getPermalink (its example responses and errors).
   */
  "chat.getPermalink": (args, context) => {
    const target = channelArg(args, "chat.getPermalink", context);
    if ("body" in target) return target;
    const ts = stringArg(args, "message_ts");
    if (!ts) return fail("message_not_found", "chat.getPermalink without a message_ts");
    if (!context.store.find(target.id, ts)) return fail("message_not_found");
    return ok({
      channel: target.id,
      permalink: `${context.url}/archives/${target.id}/p${ts.replace(".", "")}`,
    });
  },

  /**
   * A conversation by its id: `{ ok, channel }` with `is_member` and `is_archived`. A private
   * channel the bot is not in does not exist for it (mishk0/slack-bot-api#97). Only an id: the
   * spec's `channel` is the "Conversation ID to learn more about", and a `#name` (which
   * chat.postMessage takes) is `channel_not_found` here. Source: slack-api-specs
   * `/conversations.info` (parameters, errors, 200 example).
   */
  "conversations.info": (args, context) => {
    const id = stringArg(args, "channel");
    if (!id) return fail("channel_not_found", "conversations.info without a channel");
    const target = context.store.channelById(id);
    if (!target) return fail("channel_not_found");
    const member = context.store.botIsMember(target);
    if (!member && channelKind(target) === "private") return fail("channel_not_found");
    return ok({ channel: apiChannel(target, member) });
  },

  /**
   * The workspace's channels, a page at a time: public ones always, private ones the bot is in (a
   * private channel it is not in does not exist for it), archived ones unless `exclude_archived`.
   * `types` defaults to `public_channel`; each type needs its read scope (channels:read,
   * groups:read: `missing_scope` names the first one missing, **assumed**, as reported for
   * `private_channel` without groups:read). `limit` defaults to 100 and may not pass 1,000; the
   * next page's `cursor` is in `response_metadata.next_cursor`, empty on the last page. Sources:
   * slack-api-specs `/conversations.list` (parameters: "Must be an integer no larger than 1000",
   * 200 example with `response_metadata.next_cursor`); https://docs.slack.dev/reference/methods/conversations.list
   * (default limit 100, `types` default `public_channel`); https://docs.slack.dev/apis/web-api/pagination.
   */
  "conversations.list": (args, context) => {
    const types = (stringArg(args, "types") ?? "public_channel").split(",").map((t) => t.trim());
    const scopeOf: Readonly<Record<string, string>> = {
      public_channel: "channels:read",
      private_channel: "groups:read",
      im: "im:read",
      mpim: "mpim:read",
    };
    const unknown = types.find((type) => scopeOf[type] === undefined);
    if (unknown !== undefined) return fail("invalid_types", `conversations.list types ${unknown}`);
    const lacking = types
      .map((type) => scopeOf[type] ?? "")
      .find((scope) => !context.scopes.has(scope));
    if (lacking !== undefined) {
      return { body: missingScopeBody([lacking], context.scopes) };
    }
    const limit = Number(stringArg(args, "limit") ?? 100);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      return fail("invalid_limit", `conversations.list limit ${String(args.limit)}`);
    }
    const excludeArchived = args.exclude_archived === true || args.exclude_archived === "true";
    const listed = context.store.channelList().filter((channel) => {
      const kind = channelKind(channel);
      const member = context.store.botIsMember(channel);
      if (excludeArchived && channel.isArchived) return false;
      if (kind === "private") return types.includes("private_channel") && member;
      return kind === "public" && types.includes("public_channel");
    });
    const cursor = stringArg(args, "cursor");
    const start = cursor === undefined ? 0 : decodeCursor(cursor);
    if (start === undefined) return fail("invalid_cursor");
    const page = listed.slice(start, start + limit);
    const next = start + limit < listed.length ? encodeCursor(start + limit) : "";
    return ok({
      channels: page.map((channel) => apiChannel(channel, context.store.botIsMember(channel))),
      response_metadata: { next_cursor: next },
    });
  },

  /**
   * The workspace's user groups: enabled ones, and disabled ones too with `include_disabled` (their
   * `date_delete` is set, 0 otherwise); `users` only with `include_users`, `user_count` only with
   * `include_count`. Needs usergroups:read (scopes.ts). Sources: slack-api-specs `/usergroups.list`
   * (parameters include_disabled, include_users, include_count; 200 example, where the disabled
   * "Marketing Team" has a non-zero `date_delete`; `objs_subteam`'s required fields);
   * https://docs.slack.dev/reference/methods/usergroups.list (`team_id`, for org-wide apps only:
   * not modelled).
   */
  "usergroups.list": (args, context) => {
    const flag = (key: string) => args[key] === true || args[key] === "true";
    const groups = context.store
      .usergroupList()
      .filter((group) => flag("include_disabled") || !group.disabled);
    return ok({
      usergroups: groups.map((group) =>
        apiUsergroup(group, flag("include_users"), flag("include_count")),
      ),
    });
  },
};

/** A page cursor: opaque to the app, as Slack's base64 cursors are. */
function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString("base64");
}

function decodeCursor(cursor: string): number | undefined {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
  return match ? Number(match[1]) : undefined;
}

/** A user group in slack-api-specs' `objs_subteam` shape. */
function apiUsergroup(
  group: SandboxUsergroup,
  includeUsers: boolean,
  includeCount: boolean,
): Record<string, unknown> {
  return {
    id: group.id,
    team_id: SANDBOX_IDENTITY.teamId,
    is_usergroup: true,
    is_subteam: true,
    name: group.name,
    description: "",
    handle: group.handle,
    is_external: false,
    date_create: 1_700_000_000,
    date_update: 1_700_000_000,
    date_delete: group.disabled ? 1_700_000_100 : 0,
    auto_type: null,
    auto_provision: false,
    enterprise_subteam_id: "",
    created_by: "U0SANDBOXADMIN",
    updated_by: "U0SANDBOXADMIN",
    deleted_by: null,
    prefs: { channels: [], groups: [] },
    ...(includeUsers ? { users: [...group.members] } : {}),
    ...(includeCount ? { user_count: group.members.length } : {}),
  };
}

/**
 * The conversation a chat.postMessage goes to: a channel by id or name, or, for a person's user id
 * (`U…`/`W…`), the bot's direct message with them, opened on the way: Slack posts it in the app's
 * Messages tab with chat:write alone, no conversations.open (im:write) first, and answers the DM's
 * `D…` id as `channel`. A user id the workspace lacks is `channel_not_found`; a deactivated person
 * still gets it (python-slack-sdk#1156). Sources: https://docs.slack.dev/reference/methods/chat.postMessage
 * ("channel: An encoded ID or channel name that represents a channel, private group, or IM
 * channel"; posting to a user ID lands in the App Home's Messages tab),
 * https://api.slack.com/scopes/conversations.app_home:create ("calling the chat.postMessage method
 * and passing the user's ID as the channel parameter … no need for a separate call to
 * conversations.open").
 */
function postTarget(args: Args, context: MethodContext): SandboxChannel | MethodResult {
  const id = stringArg(args, "channel");
  if (id !== undefined && /^[UW][A-Z0-9]{2,}$/.test(id)) {
    return context.store.user(id) ? context.store.directMessageWith(id) : fail("channel_not_found");
  }
  return channelArg(args, "chat.postMessage", context);
}

function channelArg(
  args: Args,
  method: string,
  context: MethodContext,
): SandboxChannel | MethodResult {
  const id = stringArg(args, "channel");
  if (!id) return fail("channel_not_found", `${method} without a channel`);
  return context.store.channel(id) ?? fail("channel_not_found");
}

/** `text` and `blocks` of a message call; at least one is required and blocks must be valid. */
function contentArgs(
  args: Args,
  method: string,
  context: MethodContext,
  channel: string,
): { text?: string; blocks?: readonly unknown[] } | MethodResult {
  const messageText = typeof args.text === "string" ? args.text : undefined;
  const blocks = args.blocks;
  if (blocks === undefined) {
    if (!messageText) return fail("no_text", `${method} with neither text nor blocks`);
    return { text: messageText };
  }
  if (!Array.isArray(blocks)) {
    return fail("invalid_blocks_format", `${method} with blocks that are not a JSON array`);
  }
  const problems = [
    ...blockProblems(context.validateBlocks, blocks, "message"),
    ...slackFileProblems(blocks, "/blocks", context.files, { channel }).map(asError),
  ];
  if (problems.length > 0) {
    return invalidBlocks(
      "invalid_blocks",
      `${method} with invalid blocks: ${problems.join("; ")}`,
      problems,
    );
  }
  return messageText === undefined ? { blocks } : { text: messageText, blocks };
}

/** A stored message in the shape the Web API returns it. */
export function apiMessage(message: SlackMessage): Record<string, unknown> {
  return {
    type: "message",
    text: message.text,
    user: SANDBOX_IDENTITY.botUserId,
    bot_id: SANDBOX_IDENTITY.botId,
    app_id: SANDBOX_IDENTITY.appId,
    team: SANDBOX_IDENTITY.teamId,
    ts: message.ts,
    ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
    ...(message.threadTs === undefined ? {} : { thread_ts: message.threadTs }),
    ...(message.edited ? { edited: { user: SANDBOX_IDENTITY.botUserId, ts: message.ts } } : {}),
  };
}

/** Slack's locale for a person who never chose one (the spec's examples are en-US). */
const DEFAULT_USER_LOCALE = "en-US";

function apiUser(user: SandboxUser, includeLocale: boolean): Record<string, unknown> {
  const name = user.name ?? user.id.toLowerCase();
  return {
    id: user.id,
    team_id: SANDBOX_IDENTITY.teamId,
    name,
    deleted: user.deleted === true,
    real_name: name,
    is_admin: false,
    is_owner: false,
    is_primary_owner: false,
    is_restricted: false,
    is_ultra_restricted: false,
    is_bot: false,
    is_app_user: false,
    updated: 1_700_000_000,
    profile: {
      real_name: name,
      real_name_normalized: name,
      display_name: name,
      display_name_normalized: name,
      team: SANDBOX_IDENTITY.teamId,
    },
    ...(includeLocale ? { locale: user.locale ?? DEFAULT_USER_LOCALE } : {}),
  };
}

function apiChannel(channel: SandboxChannel, member: boolean): Record<string, unknown> {
  const kind = channelKind(channel);
  const isPrivate = kind === "private";
  return {
    id: channel.id,
    name: channel.name,
    name_normalized: channel.name,
    is_channel: kind === "public",
    is_group: isPrivate,
    is_im: kind === "im",
    is_mpim: false,
    is_private: isPrivate,
    is_archived: channel.isArchived === true,
    is_general: false,
    is_member: member,
    ...(channel.user === undefined ? {} : { user: channel.user }),
    created: 1_700_000_000,
    creator: "U0SANDBOXADMIN",
    context_team_id: SANDBOX_IDENTITY.teamId,
  };
}
