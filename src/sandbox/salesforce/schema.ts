import { type FieldOverride, type FieldSpec, type FieldType, standardFields } from "./fields.js";
import { SOBJECT_PREFIXES, SOBJECT_TYPES, type SObjectType } from "./ids.js";
import { describePicklist, type PicklistValue } from "./picklists.js";

/** Custom fields a test adds, per sObject (describe lists them; updates may write them). */
export type CustomFieldSeed = Partial<Record<SObjectType, readonly FieldSpec[]>>;

/** Changes to standard or custom fields, or further fields, per sObject. */
export type FieldSeed = Partial<Record<SObjectType, readonly FieldOverride[]>>;

/** What the org's fields are made from. */
export interface SchemaSeed {
  readonly customFields?: CustomFieldSeed;
  readonly fields?: FieldSeed;
  /** Adds the StateCode/CountryCode picklists to addresses. */
  readonly stateCountryPicklists?: boolean;
}

/** One entry of a describe's `fields`, with the properties Salesforce gives every field. */
export interface DescribedField {
  readonly name: string;
  readonly label: string;
  readonly type: FieldType;
  readonly soapType: string;
  readonly length: number;
  readonly precision: number;
  readonly scale: number;
  readonly digits: number;
  readonly nillable: boolean;
  readonly defaultedOnCreate: boolean;
  readonly createable: boolean;
  readonly updateable: boolean;
  readonly calculated: boolean;
  readonly custom: boolean;
  readonly unique: boolean;
  readonly externalId: boolean;
  readonly nameField: boolean;
  readonly filterable: boolean;
  readonly sortable: boolean;
  readonly picklistValues: readonly PicklistValue[];
  readonly restrictedPicklist: boolean;
  readonly dependentPicklist: boolean;
  readonly controllerName: string | null;
  readonly referenceTo: readonly string[];
  readonly relationshipName: string | null;
}

const DEFAULT_LENGTH: Partial<Record<FieldType, number>> = {
  string: 255,
  textarea: 255,
  url: 255,
  email: 80,
  phone: 40,
  picklist: 255,
  multipicklist: 4099,
  id: 18,
  reference: 18,
};
const SOAP_TYPE: Partial<Record<FieldType, string>> = {
  id: "tns:ID",
  reference: "tns:ID",
  datetime: "xsd:dateTime",
  date: "xsd:date",
  boolean: "xsd:boolean",
  double: "xsd:double",
  currency: "xsd:double",
  percent: "xsd:double",
  int: "xsd:int",
};
const PRECISION: Partial<Record<FieldType, readonly [number, number]>> = {
  double: [18, 0],
  currency: [18, 2],
  percent: [3, 0],
};
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

function labelOf(name: string): string {
  return name.endsWith("__c")
    ? name.replace(/__c$/, "").replaceAll("_", " ")
    : name.replace(/([a-z])([A-Z])/g, "$1 $2");
}

function relationshipOf(spec: FieldSpec): string | null {
  if (spec.type !== "reference") return null;
  if (spec.relationshipName !== undefined) return spec.relationshipName;
  if (spec.name.endsWith("__c")) return spec.name.replace(/__c$/, "__r");
  return spec.name.endsWith("Id") ? spec.name.slice(0, -2) : null;
}

/**
 * A field spec as describe lists it, with Salesforce's defaults; `controller` holds the
 * controlling field's values when the spec is a dependent picklist.
 */
export function describeField(
  spec: FieldSpec,
  controller: readonly string[] | undefined,
  where: string,
): DescribedField {
  const { type } = spec;
  const length = spec.length ?? DEFAULT_LENGTH[type] ?? 0;
  const calculated = spec.calculated ?? false;
  const updateable = spec.updateable ?? (!calculated && type !== "id");
  const filterable = !(type === "textarea" && length > 255);
  const [precision, scale] = PRECISION[type] ?? [0, 0];
  return {
    name: spec.name,
    label: spec.label ?? labelOf(spec.name),
    type,
    soapType: SOAP_TYPE[type] ?? "xsd:string",
    length,
    precision: spec.precision ?? precision,
    scale: spec.scale ?? scale,
    digits: type === "int" ? 9 : 0,
    nillable: spec.nillable ?? (type !== "id" && type !== "boolean"),
    defaultedOnCreate: spec.defaultedOnCreate ?? (type === "id" || type === "boolean"),
    createable: spec.createable ?? updateable,
    updateable,
    calculated,
    custom: spec.name.endsWith("__c"),
    unique: spec.unique ?? false,
    externalId: spec.externalId ?? false,
    nameField: spec.nameField ?? false,
    filterable,
    sortable: filterable && type !== "multipicklist",
    picklistValues: describePicklist(spec.picklistValues ?? [], controller, where),
    restrictedPicklist: spec.restrictedPicklist ?? false,
    dependentPicklist: spec.controllerName !== undefined,
    controllerName: spec.controllerName ?? null,
    referenceTo: spec.referenceTo ?? [],
    relationshipName: relationshipOf(spec),
  };
}

/** The standard fields, then the custom ones, then the overrides merged in or appended. */
function specsOf(type: SObjectType, seed: SchemaSeed): FieldSpec[] {
  const specs = standardFields(type, {
    stateCountryPicklists: seed.stateCountryPicklists ?? false,
  });
  const indexOf = (name: string) =>
    specs.findIndex((field) => field.name.toLowerCase() === name.toLowerCase());
  for (const field of seed.customFields?.[type] ?? []) {
    if (!/^[A-Za-z][A-Za-z0-9_]*__c$/.test(field.name)) {
      throw new Error(`Salesforce sandbox: custom field ${type}.${field.name} must end in __c`);
    }
    if (indexOf(field.name) >= 0) {
      throw new Error(`Salesforce sandbox: ${type}.${field.name} is declared twice`);
    }
    specs.push(field);
  }
  for (const override of seed.fields?.[type] ?? []) {
    if (!NAME.test(override.name)) {
      throw new Error(`Salesforce sandbox: ${type}.${override.name} is not a field name`);
    }
    const index = indexOf(override.name);
    const existing = specs[index];
    if (existing) {
      specs[index] = { ...existing, ...override, name: existing.name };
    } else if (override.type === undefined) {
      throw new Error(`Salesforce sandbox: new field ${type}.${override.name} needs a type`);
    } else {
      specs.push({ ...override, type: override.type });
    }
  }
  return specs;
}

/** The values of a controlling field, in order, as validFor bits index them. */
function controllingValues(controller: FieldSpec | undefined, where: string): string[] {
  if (controller?.type === "boolean") return ["false", "true"];
  if (controller?.type === "picklist") {
    return (controller.picklistValues ?? []).map((value) =>
      typeof value === "string" ? value : value.value,
    );
  }
  throw new Error(`Salesforce sandbox: ${where}'s controller must be a picklist or checkbox`);
}

interface ObjectSchema {
  readonly fields: readonly DescribedField[];
  readonly exact: ReadonlyMap<string, DescribedField>;
  readonly folded: ReadonlyMap<string, DescribedField>;
}

/**
 * The org's fields per sObject, built once from the seed (which it checks, throwing on a bad
 * one) and looked up case-insensitively, as Salesforce matches field names.
 */
export class Schema {
  private readonly objects = new Map<SObjectType, ObjectSchema>();
  /** Each sObject's field specs as they are now (the seed's, then `change` and `remove`). */
  private readonly specs = new Map<SObjectType, FieldSpec[]>();

  constructor(private readonly seed: SchemaSeed = {}) {
    this.restore();
  }

  /** Back to the fields the seed made, forgetting every change since. */
  restore(): void {
    for (const type of SOBJECT_TYPES) this.build(type, specsOf(type, this.seed));
  }

  /**
   * Changes one field as an admin's Setup change would (merging `change` into its spec), and
   * rebuilds the sObject's describe; throws on a field `type` does not describe.
   */
  change(type: SObjectType, name: string, change: Partial<Omit<FieldSpec, "name">>): void {
    const specs = [...this.specsOf(type)];
    const index = this.indexOf(type, specs, name);
    specs[index] = { ...(specs[index] as FieldSpec), ...change };
    this.build(type, specs);
  }

  /** Takes a field out of describe (no field-level read access); throws on an unknown field. */
  remove(type: SObjectType, name: string): void {
    const specs = [...this.specsOf(type)];
    specs.splice(this.indexOf(type, specs, name), 1);
    this.build(type, specs);
  }

  /** The spec a described field was made from (for a change to build on). */
  spec(type: SObjectType, name: string): FieldSpec {
    const specs = this.specsOf(type);
    return specs[this.indexOf(type, specs, name)] as FieldSpec;
  }

  private specsOf(type: SObjectType): readonly FieldSpec[] {
    const specs = this.specs.get(type);
    if (!specs) throw new Error(`Salesforce sandbox: no schema for ${type}`);
    return specs;
  }

  private indexOf(type: SObjectType, specs: readonly FieldSpec[], name: string): number {
    const index = specs.findIndex((spec) => spec.name.toLowerCase() === name.toLowerCase());
    if (index < 0) throw new Error(`Salesforce sandbox: ${type} has no field ${name}`);
    return index;
  }

  private build(type: SObjectType, specs: FieldSpec[]): void {
    const fields = specs.map((spec) => {
      const where = `${type}.${spec.name}`;
      const wanted = spec.controllerName?.toLowerCase();
      if (wanted === undefined) return describeField(spec, undefined, where);
      const controller = specs.find((field) => field.name.toLowerCase() === wanted);
      const values = controllingValues(controller, where);
      return describeField({ ...spec, controllerName: controller?.name ?? "" }, values, where);
    });
    this.specs.set(type, specs);
    this.objects.set(type, {
      fields,
      exact: new Map(fields.map((field) => [field.name, field])),
      folded: new Map(fields.map((field) => [field.name.toLowerCase(), field])),
    });
  }

  /** The fields of `type`, in describe order. */
  fields(type: SObjectType): readonly DescribedField[] {
    return this.object(type).fields;
  }

  /** The field of `type` named `name` in any letter case, or undefined. */
  field(type: SObjectType, name: string): DescribedField | undefined {
    const object = this.object(type);
    return object.exact.get(name) ?? object.folded.get(name.toLowerCase());
  }

  /** The body of `GET …/sobjects/{type}/describe`, trimmed to what clients commonly read. */
  describe(type: SObjectType, urlBase: string): Record<string, unknown> {
    return {
      name: type,
      label: type,
      labelPlural: `${type === "Opportunity" ? "Opportunitie" : type}s`,
      keyPrefix: SOBJECT_PREFIXES[type],
      custom: false,
      createable: true,
      updateable: true,
      queryable: true,
      fields: this.fields(type),
      urls: {
        describe: `${urlBase}/sobjects/${type}/describe`,
        sobject: `${urlBase}/sobjects/${type}`,
        rowTemplate: `${urlBase}/sobjects/${type}/{ID}`,
      },
    };
  }

  private object(type: SObjectType): ObjectSchema {
    const object = this.objects.get(type);
    if (!object) throw new Error(`Salesforce sandbox: no schema for ${type}`);
    return object;
  }
}
