import { statusOf } from "../clients/hubspot-paced-call.js";
import type { HubSpotList, HubSpotScanPort } from "../clients/hubspot-scan-port.js";
import { BotError, type ErrorText } from "../errors.js";
import type { Logger } from "../logger.js";

/** HubSpot's object type id for contacts: the only kind of list the scan can use. */
export const CONTACTS_OBJECT_TYPE_ID = "0-1";

/**
 * The configured inclusion list is not one the scan can use; the message says what to set, and
 * where an admin finds the id HubSpot's v3 lists API takes (developers.hubspot.com, Lists API).
 */
export class InclusionListError extends BotError {
  override readonly name = "InclusionListError";
  constructor(text: ErrorText, options?: { cause?: unknown }) {
    super("config_invalid", text, options);
  }
}

/**
 * The inclusion list HUBSPOT_INCLUSION_LIST names, by its ILS id or by its name. HubSpot's v3
 * lists API takes only the ILS id; the number in old list URLs (`…/contacts/<portal>/lists/<n>`)
 * is the legacy v1 id, which HubSpot answers 404 for, as for any id no list has. A name that is
 * all digits is looked up as a name too when no list has it as id. Throws `InclusionListError`,
 * naming what was given and what to use, when HubSpot has no such contact list or the list holds
 * something else than contacts.
 */
export async function resolveInclusionList(
  port: HubSpotScanPort,
  given: string,
): Promise<HubSpotList> {
  let list: HubSpotList | null;
  try {
    list = /^\d+$/.test(given) ? await port.listById(given) : null;
    list ??= await port.listByName(CONTACTS_OBJECT_TYPE_ID, given);
  } catch (error) {
    if (statusOf(error) !== 403) throw error;
    throw new InclusionListError(
      { key: "scan.inclusionForbidden", values: { given } },
      { cause: error },
    );
  }
  if (!list) {
    throw new InclusionListError({
      key: "scan.inclusionNotFound",
      values: { given, legacy: /^\d+$/.test(given) ? "yes" : "no" },
    });
  }
  if (list.objectTypeId !== CONTACTS_OBJECT_TYPE_ID) {
    throw new InclusionListError({
      key: "scan.inclusionNotContacts",
      values: {
        given,
        name: list.name,
        listId: list.listId,
        objectType: list.objectTypeId,
      },
    });
  }
  return list;
}

/**
 * Checks the inclusion list when the bot starts, so a wrong one stops it at once with the reason
 * (the caller reports `InclusionListError` and exits). A HubSpot that cannot be reached now is
 * not a reason to refuse to start: that is logged, and each scan checks the list again.
 */
export async function checkInclusionListAtStart(
  port: HubSpotScanPort,
  given: string,
  logger: Logger,
): Promise<void> {
  try {
    const list = await resolveInclusionList(port, given);
    logger.info(
      { listId: list.listId, name: list.name, size: list.size },
      "scans read the contacts of the inclusion list",
    );
  } catch (error) {
    if (error instanceof InclusionListError) throw error;
    logger.warn(
      { err: error },
      "could not check HUBSPOT_INCLUSION_LIST with HubSpot now; each scan checks it again",
    );
  }
}
