/**
 * What the generator prepares per rule before the first row: which objects its rows can be and
 * which message templates fit each, as weighted draws.
 */
import type { SyncErrorRule, SyncObject } from "../rules/types.js";
import { exampleTemplates } from "./example-templates.js";
import type { MessageTemplate } from "./message-template.js";
import { MESSAGE_TEMPLATES } from "./message-templates.js";
import { type Random, type WeightedPicker, weightedPicker } from "./random.js";

/** A rule's prepared draws. */
export interface RulePlan {
  readonly pickObject: WeightedPicker<SyncObject>;
  readonly pickTemplate: Readonly<Record<SyncObject, WeightedPicker<MessageTemplate> | undefined>>;
}

// Contacts dominate every portal's sync errors; activities sync one way and fail least.
const OBJECT_WEIGHTS: Readonly<Record<SyncObject, number>> = {
  contact: 0.55,
  company: 0.2,
  deal: 0.15,
  activity: 0.1,
};

/**
 * Plans a rule: its demo templates, or templates made from its `examples.matches` when it has
 * none yet. An object no template fits is left out of the rule's rows.
 */
export function planRule(rule: SyncErrorRule): RulePlan {
  const own = MESSAGE_TEMPLATES[rule.id];
  const all = own && own.length > 0 ? own : exampleTemplates(rule);
  const objects = rule.objects.length > 0 ? rule.objects : (["contact"] as const);
  const pickTemplate: Record<SyncObject, WeightedPicker<MessageTemplate> | undefined> = {
    contact: undefined,
    company: undefined,
    deal: undefined,
    activity: undefined,
  };
  for (const object of objects) {
    const fitting = all.filter((t) => !t.objects || t.objects.includes(object));
    if (fitting.length > 0)
      pickTemplate[object] = weightedPicker(fitting.map((t) => [t, t.weight ?? 1]));
  }
  const usable = objects.filter((object) => pickTemplate[object] !== undefined);
  return {
    pickObject: weightedPicker(usable.map((object) => [object, OBJECT_WEIGHTS[object]])),
    pickTemplate,
  };
}

/**
 * Distinct random row positions, one per rule, where that rule is used whatever the draw says:
 * how a file of `minimumRows` or more rows comes to have every type. Empty for smaller files.
 */
export function coveragePositions(
  ruleSet: readonly SyncErrorRule[],
  rows: number,
  minimumRows: number,
  random: Random,
): Map<number, number> {
  const forced = new Map<number, number>();
  if (rows < minimumRows || rows < ruleSet.length) return forced;
  ruleSet.forEach((_rule, index) => {
    let position = Math.floor(random() * rows);
    while (forced.has(position)) position = Math.floor(random() * rows);
    forced.set(position, index);
  });
  return forced;
}
