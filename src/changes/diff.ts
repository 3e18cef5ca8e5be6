import { CHANGE_KINDS, type ChangeFound, type ChangeRule, type SchemaChange } from "./change.js";
import { CHANGE_RULES } from "./kinds/index.js";
import { own, type SchemaSnapshot } from "./snapshot.js";

type RuleOn<On extends ChangeRule["on"]> = Extract<ChangeRule, { on: On }>;
const rulesOn = <On extends ChangeRule["on"]>(on: On) =>
  CHANGE_RULES.filter((r): r is RuleOn<On> => r.on === on);
const SALESFORCE_RULES = rulesOn("salesforce-field");
const HUBSPOT_RULES = rulesOn("hubspot-property");
const STAGE_RULES = rulesOn("deal-stages");

/** The property a deal's stage is a value of: where a removed stage is reported. */
const DEAL_STAGE = { object: "deals", field: "dealstage" } as const;

/**
 * The changes from one snapshot to the next, in a fixed order (system, object, field, kind, option)
 * whatever order either snapshot lists its objects, fields and values in. A side compares only
 * when both snapshots read it, and an object only when both read it: what was not read says
 * nothing about what was deleted. A field new in the later snapshot is not a change of its own.
 */
export function diffSnapshots(before: SchemaSnapshot, after: SchemaSnapshot): SchemaChange[] {
  const changes: SchemaChange[] = [];
  if (before.salesforce && after.salesforce)
    diffSide("salesforce", before.salesforce, after.salesforce, SALESFORCE_RULES, changes);
  if (before.hubspot && after.hubspot)
    diffSide("hubspot", before.hubspot, after.hubspot, HUBSPOT_RULES, changes);
  if (before.dealStages && after.dealStages) {
    for (const rule of STAGE_RULES) {
      const found = rule.compare(before.dealStages, after.dealStages);
      for (const f of found)
        changes.push(placed("hubspot", DEAL_STAGE.object, DEAL_STAGE.field, rule.kind, f));
    }
  }
  return changes.sort(byPlace);
}

/** Every field of every object both snapshots hold, through each rule of the side. */
function diffSide<Field>(
  system: SchemaChange["system"],
  before: Readonly<Record<string, Readonly<Record<string, Field>>>>,
  after: Readonly<Record<string, Readonly<Record<string, Field>>>>,
  rules: ReadonlyArray<{
    readonly kind: SchemaChange["kind"];
    compare(before: Field, after: Field | undefined): ChangeFound[];
  }>,
  changes: SchemaChange[],
): void {
  for (const object of Object.keys(before)) {
    const fieldsBefore = own(before, object);
    const fieldsAfter = own(after, object);
    if (!fieldsBefore || !fieldsAfter) continue;
    for (const name of Object.keys(fieldsBefore)) {
      const was = own(fieldsBefore, name) as Field;
      const is = own(fieldsAfter, name);
      for (const rule of rules)
        for (const f of rule.compare(was, is))
          changes.push(placed(system, object, name, rule.kind, f));
    }
  }
}

function placed(
  system: SchemaChange["system"],
  object: string,
  field: string,
  kind: SchemaChange["kind"],
  found: ChangeFound,
): SchemaChange {
  return {
    system,
    object,
    field,
    kind,
    option: found.option ?? null,
    before: found.before,
    after: found.after,
  };
}

const KIND_ORDER = new Map(CHANGE_KINDS.map((k, i) => [k, i]));

/** By code point, not locale: the order must not depend on the machine's locale. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byPlace(a: SchemaChange, b: SchemaChange): number {
  return (
    compareText(a.system, b.system) ||
    compareText(a.object, b.object) ||
    compareText(a.field, b.field) ||
    (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
    compareText(a.option ?? "", b.option ?? "")
  );
}
