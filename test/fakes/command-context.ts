/** The context a `/syncerror` subcommand runs in, for tests that call one as a plain function. */
import type { Catalog } from "../../src/catalog/catalog.js";
import type { CommandContext } from "../../src/commands/command.js";
import { translator } from "../../src/i18n/translator.js";
import type { Store } from "../../src/store/types.js";

/** A context for user U1 in channel C1, with no digest channel, in UTC; override what matters. */
export function commandContext(
  catalog: Catalog,
  store: Store,
  overrides: Partial<CommandContext> = {},
): CommandContext {
  return {
    catalog,
    userId: "U1",
    channelId: "C1",
    store,
    digestChannel: undefined,
    importMaxBytes: 1,
    digestTimezone: "UTC",
    now: () => new Date(),
    translator: translator("en"),
    ...overrides,
  };
}
