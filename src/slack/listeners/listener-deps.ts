import type { Catalog } from "../../catalog/catalog.js";
import type { Logger } from "../../logger.js";

/** What the Slack listeners need; built in `createApp`. */
export interface ListenerDeps {
  readonly catalog: Catalog;
  readonly logger: Logger;
}
