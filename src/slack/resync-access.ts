import type { ResyncAllowed } from "../config.js";
import { BotError, type ErrorText } from "../errors.js";

/** A person may not start a resync: why, and who may. */
export class ResyncAccessError extends BotError {
  override readonly name = "ResyncAccessError";
  // The refusals name who may, as mentions; they quote nothing a user typed.
  override readonly slackMarkup = true;
  constructor(text: ErrorText, options?: { cause?: unknown }) {
    super("resync_refused", text, options);
  }
}

/** Lists a Slack user group's members (`usergroups.users.list`). */
export type UsergroupMembers = (usergroup: string) => Promise<readonly string[]>;

/** Who may, as the refusals name them: the users' mentions, and the user group's id. */
interface Who {
  readonly users: readonly string[];
  readonly usergroup: string | undefined;
}

/** How a refusal words the act a person may not do. */
interface Act {
  /** The sentence when nobody may. */
  readonly off: ErrorText;
  /** The user group's members could not be read, so the person could not be checked. */
  readonly unreadable: (usergroup: string) => ErrorText;
  /** Only these may. */
  readonly only: (who: Who) => ErrorText;
  readonly refuse: (text: ErrorText, cause?: unknown) => BotError;
}

const RESYNC: Act = {
  off: { key: "resync.accessOff" },
  unreadable: (group) => ({
    key: "resync.accessUnreadable",
    values: { group: `<!subteam^${group}>` },
  }),
  only: ({ users, usergroup }) => {
    // Everyone but the last is listed before "or"; a user group is always the last.
    const mentions = users.map((id) => `<@${id}>`);
    const head = usergroup ? mentions : mentions.slice(0, -1);
    return {
      key: "resync.accessOnly",
      values: {
        shape: head.length > 0 ? "more" : "one",
        head: head.join(", "),
        last: usergroup ? "" : (mentions.at(-1) ?? ""),
        group: usergroup ? "yes" : "none",
        groupMention: usergroup ? `<!subteam^${usergroup}>` : "",
        several: users.length > 1 || usergroup ? "yes" : "no",
      },
    };
  },
  refuse: (text, cause) => new ResyncAccessError(text, cause === undefined ? undefined : { cause }),
};

/**
 * Checks, on the server and at the click, that a person may start a resync: a member of
 * RESYNC_ALLOWED_USERS, or of RESYNC_ALLOWED_USERGROUP as Slack lists it now (so removing someone
 * from the group takes effect at once). Throws `ResyncAccessError` naming who may.
 */
export async function assertMayResync(
  userId: string,
  allowed: ResyncAllowed,
  usergroupMembers: UsergroupMembers,
): Promise<void> {
  await assertAllowed(userId, allowed, usergroupMembers, RESYNC);
}

/** A person may not correct an error type: why, and who may. */
export class CorrectionAccessError extends BotError {
  override readonly name = "CorrectionAccessError";
  // As for resyncs: the refusal names who may, as mentions, and quotes nothing a user typed.
  override readonly slackMarkup = true;
  constructor(text: ErrorText, options?: { cause?: unknown }) {
    super("correction_refused", text, options);
  }
}

const CORRECTION: Act = {
  off: { key: "corrections.off" },
  unreadable: (group) => ({
    key: "corrections.unreadable",
    values: { group: `<!subteam^${group}>` },
  }),
  only: ({ users, usergroup }) => {
    // With a group, every person comes before it; without, the last person stands apart
    // ("<@A>, <@B> or <@C>"): the catalog says "or" in the reader's language.
    const mentions = users.map((id) => `<@${id}>`);
    return {
      key: "corrections.refused",
      values: {
        hasGroup: usergroup ? "yes" : "no",
        group: usergroup ? `<!subteam^${usergroup}>` : "",
        userCount: mentions.length,
        users: (usergroup || mentions.length === 1 ? mentions : mentions.slice(0, -1)).join(", "),
        lastUser: mentions.at(-1) ?? "",
        many: mentions.length > 1 || usergroup ? "yes" : "no",
      },
    };
  },
  refuse: (text, cause) =>
    new CorrectionAccessError(text, cause === undefined ? undefined : { cause }),
};

/**
 * Checks that a person may correct an error type: the same people who may start resyncs, since a
 * correction changes the answers everyone gets. Throws `CorrectionAccessError` naming who may.
 */
export async function assertMayCorrect(
  userId: string,
  allowed: ResyncAllowed,
  usergroupMembers: UsergroupMembers,
): Promise<void> {
  await assertAllowed(userId, allowed, usergroupMembers, CORRECTION);
}

async function assertAllowed(
  userId: string,
  allowed: ResyncAllowed,
  usergroupMembers: UsergroupMembers,
  act: Act,
): Promise<void> {
  if (allowed.users.length === 0 && allowed.usergroup === undefined) throw act.refuse(act.off);
  if (allowed.users.includes(userId)) return;
  if (allowed.usergroup !== undefined) {
    let members: readonly string[];
    try {
      members = await usergroupMembers(allowed.usergroup);
    } catch (error) {
      throw act.refuse(act.unreadable(allowed.usergroup), error);
    }
    if (members.includes(userId)) return;
  }
  throw act.refuse(act.only({ users: allowed.users, usergroup: allowed.usergroup }));
}
