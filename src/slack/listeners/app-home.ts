import type { App } from "@slack/bolt";
import { publishHome } from "../home-publisher.js";
import type { ListenerDeps } from "./listener-deps.js";

/** Events the app subscribes to (all listeners); the manifest test compares them with manifest.yml. */
export const EVENTS = ["app_home_opened", "file_shared", "member_joined_channel"] as const;

/**
 * The Home tab: the dashboard, published when opened (at most once a minute per person, so
 * Slack's event retries and quick reopenings cost nothing). Opening it also puts the person on the
 * list the refresh after an import, a scan or a job's end goes to.
 */
export function registerAppHome(app: App, deps: ListenerDeps): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    await deps.store.homeOpened(event.user, deps.now());
    await publishHome(deps, client, event.user);
  });
}
