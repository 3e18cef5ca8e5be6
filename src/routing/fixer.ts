import type { Actor, SyncErrorRule } from "../rules/types.js";

/**
 * Who fixes an error type, for routing by actor: the actor its fix steps name most often; on a tie,
 * the one who acts first. The closing "resync" step does not count: it is the HubSpot admin's in
 * every rule and says nothing about who fixes the cause. Every type has exactly one fixer, so two
 * actor routes never compete for a type.
 */
export function fixerOf(rule: SyncErrorRule): Actor {
  const counts = new Map<Actor, number>();
  for (const step of rule.fix) {
    if (/^resync\b/i.test(step.text)) continue;
    counts.set(step.actor, (counts.get(step.actor) ?? 0) + 1);
  }
  let fixer: Actor | undefined;
  let most = 0;
  // Map keeps first-insertion order, so a strict ">" leaves a tie to whoever acted first.
  for (const [actor, count] of counts) {
    if (count > most) {
      fixer = actor;
      most = count;
    }
  }
  return fixer ?? rule.fix[0]?.actor ?? "hubspot-admin";
}
