import type { App } from "@slack/bolt";
import { subcommands } from "../../commands/index.js";
import { homeView } from "../messages/home.js";
import type { ListenerDeps } from "./listener-deps.js";

/** Events the app subscribes to (all listeners); the manifest test compares them with manifest.yml. */
export const EVENTS = ["app_home_opened", "file_shared", "member_joined_channel"] as const;

/**
 * The Home tab: how to use the bot and the catalog at a glance. Published on every open, which
 * also makes Slack's event retries harmless (publishing the same view twice is idempotent).
 */
export function registerAppHome(app: App, deps: ListenerDeps): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    // Only the viewer sees their Home tab: it is in their Slack language.
    const t = await deps.translatorOf(event.user);
    await client.views.publish({
      user_id: event.user,
      view: homeView(deps.catalog, subcommands, t),
    });
    deps.logger.debug({ user: event.user }, "home tab published");
  });
}
