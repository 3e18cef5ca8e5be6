import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Waits one turn of the event loop. Called right after `ack()`: the work that follows runs after
 * every request that has already arrived has been acknowledged, so under load the acks (which
 * Slack needs within 3 seconds) do not queue behind other requests' slower answers (which may
 * take up to 30 minutes through the response_url).
 */
export function yieldToPendingAcks(): Promise<void> {
  return nextTurn();
}
