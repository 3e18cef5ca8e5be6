/**
 * Turns a parsed query into a plan against the org's schema: the sObject and fields resolved
 * case-insensitively (answered under their described names), the WHERE clause type-checked as
 * Salesforce does and compiled to a predicate, and ORDER BY to sort keys.
 */

import { normalizeId, SOBJECT_TYPES, type SObjectType } from "./ids.js";
import type { DescribedField, Schema } from "./schema.js";
import type { Condition, Literal, Name, SoqlQuery } from "./soql.js";
import { SoqlError } from "./soql-error.js";
import { datetimeMs, outputOf, type Row, readerOf } from "./values.js";

/** A comparable form of a value; undefined is null. */
type Key = string | number | boolean | undefined;

/** One selected field: its described name and how to read it for the answer. */
export interface Column {
  readonly name: string;
  readonly value: (row: Row) => unknown;
}

/** One ORDER BY key. */
export interface SortKey {
  readonly key: (row: Row) => Key;
  readonly descending: boolean;
}

/** What running a query takes. */
export interface QueryPlan {
  readonly type: SObjectType;
  readonly columns: readonly Column[];
  readonly filter: ((row: Row) => boolean) | undefined;
  readonly order: readonly SortKey[];
  readonly limit: number | undefined;
}

type Category = "text" | "id" | "number" | "datetime" | "date" | "boolean";

const CATEGORY: Readonly<Record<DescribedField["type"], Category>> = {
  id: "id",
  reference: "id",
  string: "text",
  email: "text",
  phone: "text",
  url: "text",
  textarea: "text",
  picklist: "text",
  multipicklist: "text",
  double: "number",
  currency: "number",
  percent: "number",
  int: "number",
  datetime: "datetime",
  date: "date",
  boolean: "boolean",
};

/** The literal kind each category takes, and how Salesforce names it in type errors. */
const EXPECTED: Readonly<Record<Category, readonly [Literal["kind"], string, boolean]>> = {
  text: ["string", "string", true],
  id: ["string", "id", true],
  number: ["number", "double", false],
  datetime: ["datetime", "dateTime", false],
  date: ["date", "date", false],
  boolean: ["boolean", "boolean", false],
};

interface Access {
  readonly field: DescribedField;
  readonly category: Category;
  readonly key: (row: Row) => Key;
}

function keyReader(type: SObjectType, field: DescribedField, category: Category) {
  const read = readerOf(type, field);
  switch (category) {
    case "text":
      // SOQL compares text case-insensitively; empty text is null.
      return (row: Row): Key => {
        const value = read(row);
        return value == null || value === "" ? undefined : String(value).toLowerCase();
      };
    case "id":
      return (row: Row): Key => {
        const value = read(row);
        return typeof value === "string" && value !== ""
          ? (normalizeId(value) ?? value)
          : undefined;
      };
    case "number":
      return (row: Row): Key => {
        const value = read(row);
        return typeof value === "number" ? value : undefined;
      };
    case "datetime":
      return (row: Row): Key => datetimeMs(read(row));
    case "date":
      return (row: Row): Key => {
        const value = read(row);
        return typeof value === "string" && value !== "" ? value.slice(0, 10) : undefined;
      };
    case "boolean":
      return (row: Row): Key => read(row) === true;
  }
}

function invalidType(name: Name): SoqlError {
  return new SoqlError(
    "INVALID_TYPE",
    name.at,
    `sObject type '${name.text}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
  );
}

class Planner {
  constructor(
    private readonly schema: Schema,
    private readonly type: SObjectType,
  ) {}

  access(name: Name): Access {
    if (name.text.includes(".")) {
      const relationship = name.text.split(".")[0] ?? "";
      throw new SoqlError(
        "INVALID_FIELD",
        name.at,
        `Didn't understand relationship '${relationship}' in field path. (Relationship paths are not modelled by the Salesforce sandbox.)`,
        true,
      );
    }
    const field = this.schema.field(this.type, name.text);
    if (!field) {
      throw new SoqlError(
        "INVALID_FIELD",
        name.at,
        `No such column '${name.text}' on entity '${this.type}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
      );
    }
    const category = CATEGORY[field.type];
    return { field, category, key: keyReader(this.type, field, category) };
  }

  filterable(name: Name): Access {
    const access = this.access(name);
    if (!access.field.filterable) {
      throw new SoqlError(
        "INVALID_FIELD",
        name.at,
        `field '${access.field.name}' can not be filtered in a query call`,
      );
    }
    return access;
  }

  /** A literal's key, or throws the error Salesforce gives a value of the wrong type. */
  literalKey(access: Access, literal: Literal): Key {
    if (literal.kind === "null") return undefined;
    const [kind, typeName, quoted] = EXPECTED[access.category];
    if (literal.kind !== kind) {
      const quotes = quoted ? "should be enclosed in quotes" : "should not be enclosed in quotes";
      throw new SoqlError(
        "INVALID_FIELD",
        literal.at,
        `value of filter criterion for field '${access.field.name}' must be of type ${typeName} and ${quotes}`,
      );
    }
    if (literal.kind === "string" && access.category === "id") {
      const id = normalizeId(literal.value);
      if (!id) {
        throw new SoqlError(
          "INVALID_QUERY_FILTER_OPERATOR",
          literal.at,
          `invalid ID field: ${literal.value}`,
        );
      }
      return id;
    }
    if (literal.kind === "string") return literal.value.toLowerCase();
    return literal.value;
  }

  condition(condition: Condition): (row: Row) => boolean {
    switch (condition.kind) {
      case "and": {
        const parts = condition.parts.map((part) => this.condition(part));
        return (row) => parts.every((part) => part(row));
      }
      case "or": {
        const parts = condition.parts.map((part) => this.condition(part));
        return (row) => parts.some((part) => part(row));
      }
      case "in": {
        const access = this.filterable(condition.field);
        this.operatorAllowed(access, condition.negated ? "NOT IN" : "IN", condition.field);
        const keys = new Set(condition.values.map((value) => this.literalKey(access, value)));
        const { key } = access;
        return condition.negated ? (row) => !keys.has(key(row)) : (row) => keys.has(key(row));
      }
      case "like": {
        const access = this.filterable(condition.field);
        if (access.category !== "text" || access.field.type === "multipicklist") {
          throw this.badOperator(access, "LIKE", condition.field);
        }
        const pattern = new RegExp(`^${condition.pattern.like}$`, "is");
        const { key } = access;
        return (row) => {
          const value = key(row);
          return typeof value === "string" && pattern.test(value);
        };
      }
      case "compare":
        return this.compare(condition);
    }
  }

  private compare(condition: Extract<Condition, { kind: "compare" }>): (row: Row) => boolean {
    const access = this.filterable(condition.field);
    const { op } = condition;
    this.operatorAllowed(access, op, condition.field);
    const wanted = this.literalKey(access, condition.value);
    const { key } = access;
    if (op === "=") return (row) => key(row) === wanted;
    if (op === "!=" || op === "<>") return (row) => key(row) !== wanted;
    if (wanted === undefined) {
      throw new SoqlError(
        "INVALID_QUERY_FILTER_OPERATOR",
        condition.value.at,
        `invalid operator on null: ${op}`,
      );
    }
    const test =
      op === "<"
        ? (value: string | number | boolean) => value < wanted
        : op === "<="
          ? (value: string | number | boolean) => value <= wanted
          : op === ">"
            ? (value: string | number | boolean) => value > wanted
            : (value: string | number | boolean) => value >= wanted;
    return (row) => {
      const value = key(row);
      return value !== undefined && test(value);
    };
  }

  private operatorAllowed(access: Access, op: string, name: Name): void {
    const equality = op === "=" || op === "!=" || op === "<>" || op === "IN" || op === "NOT IN";
    const ordered = access.category !== "boolean" && access.field.type !== "multipicklist";
    if (!equality && !ordered) throw this.badOperator(access, op, name);
  }

  private badOperator(access: Access, op: string, name: Name): SoqlError {
    return new SoqlError(
      "INVALID_QUERY_FILTER_OPERATOR",
      name.at,
      `invalid operator on ${access.field.type} field '${access.field.name}': ${op}`,
    );
  }
}

/** Resolves and type-checks a parsed query; throws a SoqlError where Salesforce would reject it. */
export function planQuery(query: SoqlQuery, schema: Schema): QueryPlan {
  const wanted = query.object.text.toLowerCase();
  const type = SOBJECT_TYPES.find((candidate) => candidate.toLowerCase() === wanted);
  if (!type) throw invalidType(query.object);
  const planner = new Planner(schema, type);

  const seen = new Set<string>();
  const columns = query.fields.map((name): Column => {
    const { field } = planner.access(name);
    if (seen.has(field.name)) {
      // [unverified errorCode; the wording is Salesforce's]
      throw new SoqlError("MALFORMED_QUERY", name.at, `duplicate field selected: ${field.name}`);
    }
    seen.add(field.name);
    const read = readerOf(type, field);
    const output = outputOf(field);
    return { name: field.name, value: (row) => output(read(row)) };
  });
  const order = query.orderBy.map(({ field: name, descending }): SortKey => {
    const access = planner.access(name);
    if (!access.field.sortable) {
      throw new SoqlError(
        "INVALID_FIELD",
        name.at,
        `field '${access.field.name}' can not be sorted in a query call`,
      );
    }
    return { key: access.key, descending };
  });
  return {
    type,
    columns,
    filter: query.where === undefined ? undefined : planner.condition(query.where),
    order,
    limit: query.limit,
  };
}
