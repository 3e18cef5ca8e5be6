import type { ResyncAllowed } from "../config.js";
import { BotError } from "../errors.js";

/** A person may not start a resync: why, and who may. */
export class ResyncAccessError extends BotError {
  override readonly name = "ResyncAccessError";
  // The refusals name who may, as mentions; they quote nothing a user typed.
  override readonly slackMarkup = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super("resync_refused", message, options);
  }
}

/** Lists a Slack user group's members (`usergroups.users.list`). */
export type UsergroupMembers = (usergroup: string) => Promise<readonly string[]>;

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
  if (allowed.users.length === 0 && allowed.usergroup === undefined) {
    throw new ResyncAccessError(
      "Resync is off: nobody is allowed to start one yet. An admin turns it on by setting RESYNC_ALLOWED_USERS (Slack user ids) or RESYNC_ALLOWED_USERGROUP (a user group id) and restarting the bot.",
    );
  }
  if (allowed.users.includes(userId)) return;
  if (allowed.usergroup !== undefined) {
    let members: readonly string[];
    try {
      members = await usergroupMembers(allowed.usergroup);
    } catch (error) {
      throw new ResyncAccessError(
        `I could not read the members of <!subteam^${allowed.usergroup}> to check that you may start a resync, so none was started. Check that the app has the usergroups:read scope.`,
        { cause: error },
      );
    }
    if (members.includes(userId)) return;
  }
  const who = [
    ...allowed.users.map((id) => `<@${id}>`),
    ...(allowed.usergroup ? [`members of <!subteam^${allowed.usergroup}>`] : []),
  ];
  throw new ResyncAccessError(
    `Only ${joinOr(who)} may start a resync. Nothing was started; ask ${who.length > 1 || allowed.usergroup ? "one of them" : "them"}.`,
  );
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
