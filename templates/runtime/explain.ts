/**
 * Why a value does not match its schema.
 *
 * Every generated validator has two halves: a type guard compiled to one boolean expression (the fast
 * path every valid response takes), and the schema as data, a {@link SchemaPlan}, which this module
 * walks only when the guard has said no, to list every issue with its JSON pointer. Keeping the
 * explanation out of the compiled code is what keeps the generated validators small; the two halves
 * read the same model and are tested against each other and against Ajv.
 */
import type { ValidationIssue, ValidationResult } from "./validation.js";
import {
  fail,
  hasOwn,
  isDate,
  isDateTime,
  isEmail,
  isPlainObject,
  isUri,
  issue,
  ok,
  pointerJoin,
  stringLength,
  unionIssue,
} from "./validation.js";

/** A plan or, for a named schema (which may be recursive or live in another module), a getter of one. */
export type PlanRef = SchemaPlan | (() => SchemaPlan);

/** The string formats a plan can check; other formats are annotations only. */
export type PlanFormat = "date-time" | "date" | "uri" | "email";

/** One schema as data: the same keywords the generated guard checks. */
export interface SchemaPlan {
  /** `any` accepts every value (only `enum` and the combinators constrain it). */
  readonly kind:
    | "string"
    | "number"
    | "integer"
    | "boolean"
    | "null"
    | "array"
    | "object"
    | "allOf"
    | "anyOf"
    | "oneOf"
    | "any";
  /** The component name, used in messages (`expected Site`). */
  readonly title?: string;
  readonly nullable?: boolean;
  /** The type only scopes the keywords: values of any other type pass. */
  readonly implied?: boolean;
  /** Allowed values, compared as JSON: objects and arrays too. */
  readonly enum?: readonly unknown[];
  readonly not?: PlanRef;
  readonly format?: PlanFormat;
  readonly pattern?: RegExp;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  readonly items?: PlanRef;
  readonly prefixItems?: readonly PlanRef[];
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  readonly properties?: Readonly<Record<string, PlanRef>>;
  readonly required?: readonly string[];
  /** `false`: no other property; a plan: other properties must match it; absent: anything goes. */
  readonly additionalProperties?: false | PlanRef;
  readonly patternProperties?: readonly (readonly [RegExp, PlanRef])[];
  readonly minProperties?: number;
  readonly maxProperties?: number;
  /** The variants of `allOf`, `anyOf` and `oneOf`. */
  readonly of?: readonly PlanRef[];
  /**
   * For an object whose variant is chosen by one property's value (`triggerType`, a DOM node's `type`):
   * a value naming a variant is explained by that variant alone, so the issues say what is wrong with it.
   */
  readonly discriminator?: { readonly property: string; readonly mapping: Readonly<Record<string, PlanRef>> };
}

const FORMATS: Readonly<Record<PlanFormat, (s: string) => boolean>> = {
  "date-time": isDateTime,
  date: isDate,
  uri: isUri,
  email: isEmail,
};

const resolve = (ref: PlanRef): SchemaPlan => (typeof ref === "function" ? ref() : ref);

/** What a plan accepts, in a few words, for the `expected` of an issue. */
export function describePlan(ref: PlanRef): string {
  const plan = resolve(ref);
  const core = plan.title ?? describeShape(plan);
  return plan.nullable && plan.kind !== "null" ? `${core} or null` : core;
}

function describeShape(plan: SchemaPlan): string {
  switch (plan.kind) {
    case "anyOf":
      return (plan.of ?? []).map(describePlan).join(" or ");
    case "oneOf":
      return (plan.of ?? []).map(describePlan).join(" xor ");
    case "allOf":
      return (plan.of ?? []).map(describePlan).join(" and ");
    case "any":
      return "any value";
    case "string":
      return plan.format ? `${plan.format} string` : "string";
    default:
      return plan.kind;
  }
}

function describeEnum(values: readonly unknown[]): string {
  const shown = values
    .slice(0, 8)
    .map((v) => JSON.stringify(v))
    .join(", ");
  return `one of ${shown}${values.length > 8 ? `, … (${values.length} values)` : ""}`;
}

/** JSON equality, as `uniqueItems` compares: same type, same members, key order aside. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return (
    aKeys.length === Object.keys(b).length &&
    aKeys.every((key) => hasOwn(b, key) && jsonEqual((a as Record<string, unknown>)[key], bRecord[key]))
  );
}

/** True when two items of the array are equal as JSON. */
export function hasDuplicates(items: readonly unknown[]): boolean {
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) if (jsonEqual(items[i], items[j])) return true;
  }
  return false;
}

/** `value / divisor` is a whole number, as Ajv decides it. */
export function isMultipleOf(value: number, divisor: number): boolean {
  const quotient = value / divisor;
  return quotient === Math.trunc(quotient);
}

/** Code-point length at least `min`, counted only when UTF-16 length leaves it open. */
export function minLength(s: string, min: number): boolean {
  return s.length >= 2 * min || stringLength(s) >= min;
}

/** Code-point length at most `max`, counted only when UTF-16 length leaves it open. */
export function maxLength(s: string, max: number): boolean {
  return s.length <= max || stringLength(s) <= max;
}

/** An own property's value, for names every object inherits (`constructor`, `toString`). */
export function own(object: Record<string, unknown>, key: string): unknown {
  return hasOwn(object, key) ? object[key] : undefined;
}

/** Every issue of `value` against `plan`, each with its JSON pointer below `path`. */
export function explain(ref: PlanRef, value: unknown, path = ""): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  check(resolve(ref), value, path, issues);
  return issues;
}

/** Whether `value` matches `plan`; the slow path's own answer, used inside combinators. */
function matches(ref: PlanRef, value: unknown): boolean {
  return explain(ref, value).length === 0;
}

function check(plan: SchemaPlan, value: unknown, path: string, issues: ValidationIssue[]): void {
  if (plan.nullable && value === null) return;
  const chosen = variantOf(plan, value);
  if (chosen !== undefined) return check(resolve(chosen), value, path, issues);
  if (plan.not !== undefined && matches(plan.not, value)) issues.push(issue(path, `not ${describePlan(plan.not)}`, value));
  if (!checkType(plan, value, path, issues)) return;
  if (plan.enum !== undefined && !plan.enum.some((allowed) => jsonEqual(allowed, value))) issues.push(issue(path, describeEnum(plan.enum), value));
  switch (plan.kind) {
    case "string":
      return checkString(plan, value as string, path, issues);
    case "number":
    case "integer":
      return checkNumber(plan, value as number, path, issues);
    case "array":
      return checkArray(plan, value as unknown[], path, issues);
    case "object":
      return checkObject(plan, value as Record<string, unknown>, path, issues);
    case "allOf":
      for (const variant of plan.of ?? []) check(resolve(variant), value, path, issues);
      return;
    case "anyOf":
    case "oneOf": {
      const found = (plan.of ?? []).map((variant) => explain(variant, value, path));
      const count = found.filter((variantIssues) => variantIssues.length === 0).length;
      if (plan.kind === "oneOf" ? count === 1 : count > 0) return;
      // Variants that all refuse the value's type are named by their types (`Site or null`); otherwise
      // by what each found wrong, so the fields are named (`customDomains (required) or ...`).
      const typeOnly = found.every((variantIssues) => variantIssues.length === 1 && variantIssues[0]?.path === path);
      if (count > 1 || !typeOnly) issues.push(unionIssue(path, value, found, count));
      else issues.push(issue(path, plan.kind === "oneOf" ? `exactly one of: ${describeShape(plan)}` : describeShape(plan), value));
      return;
    }
    default:
      return;
  }
}

/** The variant a discriminator maps the value to, if the value names one. */
function variantOf(plan: SchemaPlan, value: unknown): PlanRef | undefined {
  if (plan.discriminator === undefined || !isPlainObject(value)) return undefined;
  const key = value[plan.discriminator.property];
  return typeof key === "string" && hasOwn(plan.discriminator.mapping, key) ? plan.discriminator.mapping[key] : undefined;
}

/** Reports a value of the wrong type; false when the type's own keywords do not apply to it. */
function checkType(plan: SchemaPlan, value: unknown, path: string, issues: ValidationIssue[]): boolean {
  const right = isOfKind(plan.kind, value);
  if (right) return true;
  if (!plan.implied) issues.push(issue(path, plan.kind, value));
  return false;
}

function isOfKind(kind: SchemaPlan["kind"], value: unknown): boolean {
  switch (kind) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isPlainObject(value);
    default:
      return true;
  }
}

function checkString(plan: SchemaPlan, value: string, path: string, issues: ValidationIssue[]): void {
  if (plan.format !== undefined && !FORMATS[plan.format](value)) issues.push(issue(path, `${plan.format} string`, value));
  if (plan.pattern !== undefined && !plan.pattern.test(value)) issues.push(issue(path, `string matching /${plan.pattern.source}/`, value));
  if (plan.minLength !== undefined && !minLength(value, plan.minLength)) {
    issues.push(issue(path, `string of at least ${plan.minLength} characters`, value));
  }
  if (plan.maxLength !== undefined && !maxLength(value, plan.maxLength)) {
    issues.push(issue(path, `string of at most ${plan.maxLength} characters`, value));
  }
}

function checkNumber(plan: SchemaPlan, value: number, path: string, issues: ValidationIssue[]): void {
  const bound = (holds: boolean, wanted: string) => {
    if (!holds) issues.push(issue(path, `${plan.kind} ${wanted}`, value));
  };
  if (plan.minimum !== undefined) bound(value >= plan.minimum, `>= ${plan.minimum}`);
  if (plan.maximum !== undefined) bound(value <= plan.maximum, `<= ${plan.maximum}`);
  if (plan.exclusiveMinimum !== undefined) bound(value > plan.exclusiveMinimum, `> ${plan.exclusiveMinimum}`);
  if (plan.exclusiveMaximum !== undefined) bound(value < plan.exclusiveMaximum, `< ${plan.exclusiveMaximum}`);
  if (plan.multipleOf !== undefined) bound(isMultipleOf(value, plan.multipleOf), `multiple of ${plan.multipleOf}`);
}

function checkArray(plan: SchemaPlan, value: unknown[], path: string, issues: ValidationIssue[]): void {
  if (plan.minItems !== undefined && value.length < plan.minItems) issues.push(issue(path, `array of at least ${plan.minItems} items`, value));
  if (plan.maxItems !== undefined && value.length > plan.maxItems) issues.push(issue(path, `array of at most ${plan.maxItems} items`, value));
  if (plan.uniqueItems && hasDuplicates(value)) issues.push(issue(path, "array of unique items", value));
  const prefix = plan.prefixItems ?? [];
  value.forEach((item, i) => {
    const itemPlan = i < prefix.length ? prefix[i] : plan.items;
    if (itemPlan !== undefined) check(resolve(itemPlan), item, pointerJoin(path, i), issues);
  });
}

function checkObject(plan: SchemaPlan, value: Record<string, unknown>, path: string, issues: ValidationIssue[]): void {
  const properties = plan.properties ?? {};
  for (const name of plan.required ?? []) {
    if (!hasOwn(value, name) || value[name] === undefined) issues.push(issue(pointerJoin(path, name), "required property", undefined));
  }
  const keys = Object.keys(value);
  if (plan.minProperties !== undefined && keys.length < plan.minProperties) issues.push(issue(path, `object with at least ${plan.minProperties} properties`, value));
  if (plan.maxProperties !== undefined && keys.length > plan.maxProperties) issues.push(issue(path, `object with at most ${plan.maxProperties} properties`, value));
  for (const key of keys) {
    const child = value[key];
    if (child === undefined) continue;
    const known = hasOwn(properties, key) ? properties[key] : undefined;
    if (known !== undefined) check(resolve(known), child, pointerJoin(path, key), issues);
    const patterned = (plan.patternProperties ?? []).filter(([pattern]) => pattern.test(key));
    for (const [, propertyPlan] of patterned) check(resolve(propertyPlan), child, pointerJoin(path, key), issues);
    if (known !== undefined || patterned.length > 0 || plan.additionalProperties === undefined) continue;
    if (plan.additionalProperties === false) issues.push(issue(pointerJoin(path, key), "no additional properties", child));
    else check(resolve(plan.additionalProperties), child, pointerJoin(path, key), issues);
  }
}

/**
 * A validator from its two halves: the compiled guard decides, the plan explains a failure. Should the
 * two ever disagree, the value is still refused, with one issue saying so, never accepted.
 */
export function validator<T>(guard: (value: unknown) => value is T, plan: PlanRef): Validator<T> {
  return (value) => {
    if (guard(value)) return ok(value);
    const issues = explain(plan, value);
    return fail(issues.length > 0 ? issues : [issue("", describePlan(plan), value)]);
  };
}

/** A generated validator: the typed value, or every issue with its JSON pointer. */
export type Validator<T> = (value: unknown) => ValidationResult<T>;

/** A guard that takes any value, as the generated helpers are. */
export type Guard = (value: unknown) => boolean;

/**
 * Every property of `object` matching a pattern satisfies that pattern's guard, and every property that is
 * neither `known` nor matched by a pattern satisfies `additional` (`false`: there is none; `true`: any).
 */
export function extrasMatch(
  object: Record<string, unknown>,
  known: ReadonlySet<string>,
  patterns: readonly (readonly [RegExp, Guard])[],
  additional: Guard | boolean,
): boolean {
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (value === undefined) continue;
    let matched = false;
    for (const [pattern, guard] of patterns) {
      if (!pattern.test(key)) continue;
      matched = true;
      if (!guard(value)) return false;
    }
    if (matched || known.has(key) || additional === true) continue;
    if (additional === false || !additional(value)) return false;
  }
  return true;
}
