import type { App } from "@slack/bolt";
import { registerAlertActions } from "./alert-actions.js";
import { registerAppHome } from "./app-home.js";
import { registerColumnActions } from "./column-actions.js";
import { registerCorrectionActions } from "./correction-actions.js";
import { registerDigestActions } from "./digest-actions.js";
import { registerExplainActions } from "./explain-actions.js";
import { registerFileShared } from "./file-shared.js";
import type { ListenerDeps } from "./listener-deps.js";
import { registerMemberJoined } from "./member-joined.js";
import { registerMissingActions } from "./missing-actions.js";
import { registerResyncActions } from "./resync-actions.js";
import { registerSlashCommand } from "./slash-command.js";
import { registerSnoozeActions, SNOOZE_LIFT_ACTION } from "./snooze-actions.js";
import { registerTypeMenuActions } from "./type-menu-actions.js";

/** Wires every listener. One line per surface. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  registerSlashCommand(app, deps);
  registerExplainActions(app, deps);
  registerAppHome(app, deps);
  registerFileShared(app, deps);
  registerColumnActions(app, deps);
  registerMissingActions(app, deps);
  registerDigestActions(app, deps);
  registerResyncActions(app, deps);
  registerMemberJoined(app, deps);
  registerCorrectionActions(app, deps);
  registerTypeMenuActions(app, deps);
  registerAlertActions(app, deps);
  registerSnoozeActions(app, deps);
}

export { ALERT_ACTION_IDS } from "./alert-actions.js";
export { EVENTS } from "./app-home.js";
export { COLUMN_ACTION_IDS } from "./column-actions.js";
export { CORRECTION_ACTION_IDS } from "./correction-actions.js";
export { DIGEST_ACTION_IDS } from "./digest-actions.js";
export { EXPLAIN_ACTION_IDS } from "./explain-actions.js";
export type {
  ImportSettings,
  ListenerDeps,
  SlackCorrections,
  SlackDigest,
  SlackResync,
} from "./listener-deps.js";
export { MISSING_ACTION_IDS } from "./missing-actions.js";
export { RESYNC_ACTION_IDS } from "./resync-actions.js";
export { SLASH_COMMAND } from "./slash-command.js";
/** Action ids of the snooze listeners (the modal is a view callback, not an action). */
export const SNOOZE_ACTION_IDS = [SNOOZE_LIFT_ACTION] as const;
export { TYPE_MENU_ACTION_IDS } from "./type-menu-actions.js";
