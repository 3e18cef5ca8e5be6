import type { ResyncAllowed } from "../config.js";
import { BotError, type ErrorText, type UserText } from "../errors.js";

/** A person may not start a resync: why, and who may. */
export class ResyncAccessError extends BotError {
  override readonly name = "ResyncAccessError";
  // The refusals name who may, as mentions; they quote nothing a user typed.
  override readonly slackMarkup = true;
  constructor(message: ErrorText, options?: { cause?: unknown }) {
    super("resync_refused", message, options);
  }
}

/** Lists a Slack user group's members (`usergroups.users.list`). */
export type UsergroupMembers = (usergroup: string) => Promise<readonly string[]>;

/** How a refusal words the act a person may not do. */
interface Act {
  /** "start a resync" */
  readonly verb: string;
  /** "none was started" (after "so") */
  readonly nothingDone: string;
  /** "Nothing was started" (a sentence of its own) */
  readonly nothingDoneSentence: string;
  /** The sentence when nobody may. */
  readonly off: string;
  /**
   * The refusals as catalog messages, so each person reads them in their language; without, the
   * English sentences built from the words above.
   */
  readonly texts?: ActTexts;
  readonly refuse: (message: ErrorText, cause?: unknown) => BotError;
}

/** An act's refusals as catalog messages. */
interface ActTexts {
  readonly off: UserText;
  /** The members of `group` (a mention) could not be read. */
  readonly unreadable: (group: string) => UserText;
  /** Only `who` may: the people's mentions and the group's. */
  readonly refused: (who: { users: readonly string[]; group: string | undefined }) => UserText;
}

const RESYNC: Act = {
  verb: "start a resync",
  nothingDone: "none was started",
  nothingDoneSentence: "Nothing was started",
  off: "Resync is off: nobody is allowed to start one yet. An admin turns it on by setting RESYNC_ALLOWED_USERS (Slack user ids) or RESYNC_ALLOWED_USERGROUP (a user group id) and restarting the bot.",
  refuse: (message, cause) =>
    new ResyncAccessError(message, cause === undefined ? undefined : { cause }),
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
  constructor(message: ErrorText, options?: { cause?: unknown }) {
    super("correction_refused", message, options);
  }
}

const CORRECTION: Act = {
  verb: "correct an error type",
  nothingDone: "nothing was changed",
  nothingDoneSentence: "Nothing was changed",
  off: "Nobody may correct error types yet: the people who may start resyncs may, and none are set. An admin sets RESYNC_ALLOWED_USERS (Slack user ids) or RESYNC_ALLOWED_USERGROUP (a user group id) and restarts the bot.",
  texts: {
    off: { key: "corrections.off" },
    unreadable: (group) => ({ key: "corrections.unreadable", values: { group } }),
    refused: ({ users, group }) => ({
      key: "corrections.refused",
      // With a group, every person before it; without, the last person apart ("A, B or C").
      values: {
        hasGroup: group ? "yes" : "no",
        group: group ?? "",
        userCount: users.length,
        users: (group ? users : users.slice(0, -1)).join(", ") || (users[0] ?? ""),
        lastUser: users.at(-1) ?? "",
        many: users.length > 1 || group ? "yes" : "no",
      },
    }),
  },
  refuse: (message, cause) =>
    new CorrectionAccessError(message, cause === undefined ? undefined : { cause }),
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
  if (allowed.users.length === 0 && allowed.usergroup === undefined)
    throw act.refuse(act.texts?.off ?? act.off);
  if (allowed.users.includes(userId)) return;
  if (allowed.usergroup !== undefined) {
    let members: readonly string[];
    try {
      members = await usergroupMembers(allowed.usergroup);
    } catch (error) {
      throw act.refuse(
        act.texts?.unreadable(`<!subteam^${allowed.usergroup}>`) ??
          `I could not read the members of <!subteam^${allowed.usergroup}> to check that you may ${act.verb}, so ${act.nothingDone}. Check that the app has the usergroups:read scope.`,
        error,
      );
    }
    if (members.includes(userId)) return;
  }
  if (act.texts)
    throw act.refuse(
      act.texts.refused({
        users: allowed.users.map((id) => `<@${id}>`),
        group: allowed.usergroup ? `<!subteam^${allowed.usergroup}>` : undefined,
      }),
    );
  const who = [
    ...allowed.users.map((id) => `<@${id}>`),
    ...(allowed.usergroup ? [`members of <!subteam^${allowed.usergroup}>`] : []),
  ];
  throw act.refuse(
    `Only ${joinOr(who)} may ${act.verb}. ${act.nothingDoneSentence}; ask ${who.length > 1 || allowed.usergroup ? "one of them" : "them"}.`,
  );
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
