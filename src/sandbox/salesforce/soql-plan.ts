/**
 * Turns a parsed query into a plan against the org's schema: the sObject and fields resolved
 * case-insensitively (answered under their described names), the WHERE clause type-checked as
 * Salesforce does and compiled to a predicate, and ORDER BY to sort keys.
 */

import { normalizeId } from "./ids.js";
import type { DescribedField } from "./schema.js";
import type { Condition, Literal, Name, SoqlQuery } from "./soql.js";
import { SoqlError } from "./soql-error.js";
import { datetimeMs, outputOf, type Row } from "./values.js";

/** A comparable form of a value; undefined is null. */
type Key = string | number | boolean | undefined;

/**
 * An object a query may read (a stored sObject, or the Setup Audit Trail): its described fields,
 * how to read one from a row, its rows, and a row by 18-character id (for relationship paths).
 */
export interface QueryObject {
  readonly name: string;
  fields(): readonly DescribedField[];
  field(name: string): DescribedField | undefined;
  reader(field: DescribedField): (row: Row) => unknown;
  rows(): Iterable<Row>;
  row(id: string): Row | undefined;
}

/** Resolves the object a query names, or throws the SoqlError Salesforce answers instead. */
export type QueryObjects = (name: Name) => QueryObject;

/**
 * One selected field (or relationship): its name in the answer and how to read it, given the
 * API's base path for the `attributes.url` of related records.
 */
export interface Column {
  readonly name: string;
  readonly value: (row: Row, base: string) => unknown;
}

/** One ORDER BY key. */
export interface SortKey {
  readonly key: (row: Row) => Key;
  readonly descending: boolean;
}

/** What running a query takes. */
export interface QueryPlan {
  readonly source: QueryObject;
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

function keyReader(read: (row: Row) => unknown, category: Category) {
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

/**
 * Salesforce's answer to an object the org lacks, or that the user may not read (as for an
 * object without the permission it needs: simple-salesforce#287, jamesward/
 * salesforce-webhook-creator#31); `refused` marks the latter, an ordinary answer.
 */
export function invalidType(name: Name, refused = false): SoqlError {
  return new SoqlError(
    "INVALID_TYPE",
    name.at,
    `sObject type '${name.text}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
    false,
    refused,
  );
}

function relationshipNotModelled(name: Name, where: string): SoqlError {
  const relationship = name.text.split(".")[0] ?? "";
  return new SoqlError(
    "INVALID_FIELD",
    name.at,
    `Didn't understand relationship '${relationship}' in field path. (${where} are not modelled by the Salesforce sandbox.)`,
    true,
  );
}

function noSuchColumn(name: Name, text: string, object: string): SoqlError {
  return new SoqlError(
    "INVALID_FIELD",
    name.at,
    `No such column '${text}' on entity '${object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
  );
}

/** A selected relationship path (`CreatedBy.Name`): the reference read and the parent's field. */
interface Related {
  readonly relationship: string;
  readonly parent: QueryObject;
  readonly id: (row: Row) => unknown;
  readonly field: DescribedField;
}

class Planner {
  constructor(
    private readonly objects: QueryObjects,
    private readonly source: QueryObject,
  ) {}

  access(name: Name): Access {
    if (name.text.includes(".")) {
      throw relationshipNotModelled(name, "Relationship paths outside SELECT");
    }
    const field = this.source.field(name.text);
    if (!field) throw noSuchColumn(name, name.text, this.source.name);
    const category = CATEGORY[field.type];
    return { field, category, key: keyReader(this.source.reader(field), category) };
  }

  /**
   * A one-level relationship path in SELECT, through a reference field with one parent sObject
   * (`CreatedBy.Name` on SetupAuditTrail); polymorphic ones (`Owner.Name` on Lead) and deeper
   * paths are not modelled.
   */
  related(name: Name): Related {
    const [relationship = "", parentField = "", ...deeper] = name.text.split(".");
    const wanted = relationship.toLowerCase();
    const reference = this.source
      .fields()
      .find((field) => field.relationshipName?.toLowerCase() === wanted);
    if (reference?.referenceTo.length !== 1 || deeper.length > 0) {
      throw relationshipNotModelled(name, "Polymorphic, deeper or unknown relationship paths");
    }
    const parent = this.objects({ text: reference.referenceTo[0] ?? "", at: name.at });
    const field = parent.field(parentField);
    if (!field) throw noSuchColumn(name, parentField, parent.name);
    return {
      relationship: reference.relationshipName ?? relationship,
      parent,
      id: this.source.reader(reference),
      field,
    };
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

/**
 * The column of one relationship: `{attributes, Field…}` of the parent record, or null when the
 * reference is empty or names no stored record (REST resources_query.htm's relationship answers).
 */
function relationshipColumn(paths: readonly Related[]): Column {
  const [first] = paths;
  if (!first) throw new Error("Salesforce sandbox: a relationship column without fields");
  const { parent, id } = first;
  const reads = paths.map(({ field }) => {
    const read = parent.reader(field);
    const output = outputOf(field);
    return [field.name, (row: Row) => output(read(row))] as const;
  });
  return {
    name: first.relationship,
    value: (row, base) => {
      const parentId = id(row);
      const record = typeof parentId === "string" ? parent.row(parentId) : undefined;
      if (!record) return null;
      const url = `${base}/sobjects/${parent.name}/${String(record.Id)}`;
      const answer: Record<string, unknown> = { attributes: { type: parent.name, url } };
      for (const [name, read] of reads) answer[name] = read(record);
      return answer;
    },
  };
}

/** Resolves and type-checks a parsed query; throws a SoqlError where Salesforce would reject it. */
export function planQuery(query: SoqlQuery, objects: QueryObjects): QueryPlan {
  const source = objects(query.object);
  const planner = new Planner(objects, source);

  const seen = new Set<string>();
  const relationships = new Map<string, Related[]>();
  const columns: (Column | Related[])[] = [];
  for (const name of query.fields) {
    const path = name.text.includes(".") ? planner.related(name) : undefined;
    const field = path?.field ?? planner.access(name).field;
    const selected = path ? `${path.relationship}.${field.name}` : field.name;
    if (seen.has(selected.toLowerCase())) {
      // [unverified errorCode; the wording is Salesforce's]
      throw new SoqlError("MALFORMED_QUERY", name.at, `duplicate field selected: ${selected}`);
    }
    seen.add(selected.toLowerCase());
    if (path) {
      // A relationship answers once, where it is first selected, with all its fields.
      const known = relationships.get(path.relationship);
      if (known) known.push(path);
      else {
        const paths = [path];
        relationships.set(path.relationship, paths);
        columns.push(paths);
      }
      continue;
    }
    const read = source.reader(field);
    const output = outputOf(field);
    columns.push({ name: field.name, value: (row) => output(read(row)) });
  }
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
    source,
    columns: columns.map((column) => (Array.isArray(column) ? relationshipColumn(column) : column)),
    filter: query.where === undefined ? undefined : planner.condition(query.where),
    order,
    limit: query.limit,
  };
}
