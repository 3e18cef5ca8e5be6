import type { Catalog } from "../../catalog/catalog.js";
import type { Logger } from "../../logger.js";
import type { Responder } from "../response-url.js";

/** What the Slack listeners need; built in `createApp`. */
export interface ListenerDeps {
  readonly catalog: Catalog;
  readonly logger: Logger;
  /** Replies through the response_url of a command or click. */
  readonly respondTo: (responseUrl: string) => Responder;
}
