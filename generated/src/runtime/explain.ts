/**
 * Why a value does not match its schema.
 *
 * Every generated validator has two halves: a type guard compiled to one boolean expression (the fast
 * path every valid response takes), and the schema as data, a {@link SchemaPlan}, which this module
 * walks only when the guard has said no, to list every issue with its JSON pointer. Keeping the
 * explanation out of the compiled code is what keeps the generated validators small; the two halves
 * read the same model and are tested against each other and against Ajv. The walk is built from parts,
 * one a keyword family ({@link ExplainerParts}), and a generated validator names only those its plan
 * needs: a program that validates a `Site` does not bundle the explanation of unions or number bounds.
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

/** Every issue of `value` against a plan, each with its JSON pointer below `path` (default the root). */
export type Explainer = (ref: PlanRef, value: unknown, path?: string) => ValidationIssue[];

/** An explanation under way: the parts it was built from, and how to explain a value nested in the one at hand. */
export interface Explaining {
  readonly parts: ExplainerParts;
  check(ref: PlanRef, value: unknown, path: string, issues: ValidationIssue[]): void;
  explain: Explainer;
}

/** Checks the keywords of one family that `plan` has against `value` (already of the plan's kind) and adds what fails to `issues`. */
export type KeywordCheck<V> = (plan: SchemaPlan, value: V, path: string, issues: ValidationIssue[], explaining: Explaining) => void;

/**
 * The keyword checks an explainer runs, by family. A plan's type is always checked; its other keywords
 * only by the part of their family, so a generated validator names the parts its plans use and a program
 * bundles those alone. An explainer needs every part its plans reach (a generated validator is given
 * exactly those): a part left out leaves its keywords unchecked, so a variant of a union or a `not` could
 * seem to match. Whatever the explanation, the guard decides: a value it refuses is never accepted.
 */
export interface ExplainerParts {
  readonly string?: KeywordCheck<string>;
  /** `number` and `integer`. */
  readonly number?: KeywordCheck<number>;
  readonly array?: KeywordCheck<unknown[]>;
  /** `uniqueItems`, apart from the other array keywords for its JSON equality. */
  readonly uniqueItems?: KeywordCheck<unknown[]>;
  readonly object?: KeywordCheck<Record<string, unknown>>;
  readonly allOf?: KeywordCheck<unknown>;
  /** `anyOf` and `oneOf`. */
  readonly union?: KeywordCheck<unknown>;
  readonly enum?: KeywordCheck<unknown>;
  readonly not?: KeywordCheck<unknown>;
  /** The variant a discriminated plan maps the value to, if the value names one. */
  readonly discriminator?: (plan: SchemaPlan, value: unknown) => PlanRef | undefined;
  /** The checks of the string formats the plans name. */
  readonly formats?: Readonly<Partial<Record<PlanFormat, (s: string) => boolean>>>;
}

/** An explainer that runs `parts` only. */
export function explainer(parts: ExplainerParts): Explainer {
  const explaining: Explaining = {
    parts,
    check: (ref, value, path, issues) => check(explaining, resolve(ref), value, path, issues),
    explain: (ref, value, path = "") => {
      const issues: ValidationIssue[] = [];
      explaining.check(ref, value, path, issues);
      return issues;
    },
  };
  return explaining.explain;
}

function check(explaining: Explaining, plan: SchemaPlan, value: unknown, path: string, issues: ValidationIssue[]): void {
  const { parts } = explaining;
  if (plan.nullable && value === null) return;
  const chosen = plan.discriminator === undefined ? undefined : parts.discriminator?.(plan, value);
  if (chosen !== undefined) return explaining.check(chosen, value, path, issues);
  if (plan.not !== undefined) parts.not?.(plan, value, path, issues, explaining);
  if (!checkType(plan, value, path, issues)) return;
  if (plan.enum !== undefined) parts.enum?.(plan, value, path, issues, explaining);
  switch (plan.kind) {
    case "string":
      return parts.string?.(plan, value as string, path, issues, explaining);
    case "number":
    case "integer":
      return parts.number?.(plan, value as number, path, issues, explaining);
    case "array":
      // The array part runs uniqueItems in its place among the array keywords; without it, there is nothing else to run.
      return (parts.array ?? parts.uniqueItems)?.(plan, value as unknown[], path, issues, explaining);
    case "object":
      return parts.object?.(plan, value as Record<string, unknown>, path, issues, explaining);
    case "allOf":
      return parts.allOf?.(plan, value, path, issues, explaining);
    case "anyOf":
    case "oneOf":
      return parts.union?.(plan, value, path, issues, explaining);
    default:
      return;
  }
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

/** `enum`: allowed values, compared as JSON. */
export const enumKeyword: KeywordCheck<unknown> = (plan, value, path, issues) => {
  const values = plan.enum ?? [];
  if (values.some((allowed) => jsonEqual(allowed, value))) return;
  const shown = values
    .slice(0, 8)
    .map((v) => JSON.stringify(v))
    .join(", ");
  issues.push(issue(path, `one of ${shown}${values.length > 8 ? `, … (${values.length} values)` : ""}`, value));
};

/** `not`. */
export const notKeyword: KeywordCheck<unknown> = (plan, value, path, issues, explaining) => {
  if (plan.not !== undefined && explaining.explain(plan.not, value).length === 0) issues.push(issue(path, `not ${describePlan(plan.not)}`, value));
};

/** The variant a discriminator maps the value to, if the value names one. */
export function discriminatorKeyword(plan: SchemaPlan, value: unknown): PlanRef | undefined {
  if (plan.discriminator === undefined || !isPlainObject(value)) return undefined;
  const key = value[plan.discriminator.property];
  return typeof key === "string" && hasOwn(plan.discriminator.mapping, key) ? plan.discriminator.mapping[key] : undefined;
}

/** `format` (by the parts' format checks), `pattern`, `minLength` and `maxLength`. */
export const stringKeywords: KeywordCheck<string> = (plan, value, path, issues, explaining) => {
  const format = plan.format === undefined ? undefined : explaining.parts.formats?.[plan.format];
  if (format !== undefined && !format(value)) issues.push(issue(path, `${plan.format} string`, value));
  if (plan.pattern !== undefined && !plan.pattern.test(value)) issues.push(issue(path, `string matching /${plan.pattern.source}/`, value));
  if (plan.minLength !== undefined && !minLength(value, plan.minLength)) {
    issues.push(issue(path, `string of at least ${plan.minLength} characters`, value));
  }
  if (plan.maxLength !== undefined && !maxLength(value, plan.maxLength)) {
    issues.push(issue(path, `string of at most ${plan.maxLength} characters`, value));
  }
};

/** `minimum`, `maximum`, their exclusive forms and `multipleOf`. */
export const numberKeywords: KeywordCheck<number> = (plan, value, path, issues) => {
  const bound = (holds: boolean, wanted: string) => {
    if (!holds) issues.push(issue(path, `${plan.kind} ${wanted}`, value));
  };
  if (plan.minimum !== undefined) bound(value >= plan.minimum, `>= ${plan.minimum}`);
  if (plan.maximum !== undefined) bound(value <= plan.maximum, `<= ${plan.maximum}`);
  if (plan.exclusiveMinimum !== undefined) bound(value > plan.exclusiveMinimum, `> ${plan.exclusiveMinimum}`);
  if (plan.exclusiveMaximum !== undefined) bound(value < plan.exclusiveMaximum, `< ${plan.exclusiveMaximum}`);
  if (plan.multipleOf !== undefined) bound(isMultipleOf(value, plan.multipleOf), `multiple of ${plan.multipleOf}`);
};

/** `uniqueItems`. */
export const uniqueItemsKeyword: KeywordCheck<unknown[]> = (plan, value, path, issues) => {
  if (plan.uniqueItems && hasDuplicates(value)) issues.push(issue(path, "array of unique items", value));
};

/** `minItems`, `maxItems`, then `uniqueItems` (by its own part), `prefixItems` and `items`. */
export const arrayKeywords: KeywordCheck<unknown[]> = (plan, value, path, issues, explaining) => {
  if (plan.minItems !== undefined && value.length < plan.minItems) issues.push(issue(path, `array of at least ${plan.minItems} items`, value));
  if (plan.maxItems !== undefined && value.length > plan.maxItems) issues.push(issue(path, `array of at most ${plan.maxItems} items`, value));
  explaining.parts.uniqueItems?.(plan, value, path, issues, explaining);
  const prefix = plan.prefixItems ?? [];
  value.forEach((item, i) => {
    const itemPlan = i < prefix.length ? prefix[i] : plan.items;
    if (itemPlan !== undefined) explaining.check(itemPlan, item, pointerJoin(path, i), issues);
  });
};

/** `required`, `minProperties`, `maxProperties`, `properties`, `patternProperties` and `additionalProperties`. */
export const objectKeywords: KeywordCheck<Record<string, unknown>> = (plan, value, path, issues, explaining) => {
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
    if (known !== undefined) explaining.check(known, child, pointerJoin(path, key), issues);
    const patterned = (plan.patternProperties ?? []).filter(([pattern]) => pattern.test(key));
    for (const [, propertyPlan] of patterned) explaining.check(propertyPlan, child, pointerJoin(path, key), issues);
    if (known !== undefined || patterned.length > 0 || plan.additionalProperties === undefined) continue;
    if (plan.additionalProperties === false) issues.push(issue(pointerJoin(path, key), "no additional properties", child));
    else explaining.check(plan.additionalProperties, child, pointerJoin(path, key), issues);
  }
};

/** `allOf`: every variant's issues. */
export const allOfKeywords: KeywordCheck<unknown> = (plan, value, path, issues, explaining) => {
  for (const variant of plan.of ?? []) explaining.check(variant, value, path, issues);
};

/** `anyOf` and `oneOf`. */
export const unionKeywords: KeywordCheck<unknown> = (plan, value, path, issues, explaining) => {
  const found = (plan.of ?? []).map((variant) => explaining.explain(variant, value, path));
  const count = found.filter((variantIssues) => variantIssues.length === 0).length;
  if (plan.kind === "oneOf" ? count === 1 : count > 0) return;
  // Variants that all refuse the value's type are named by their types (`Site or null`); otherwise
  // by what each found wrong, so the fields are named (`customDomains (required) or ...`).
  const typeOnly = found.every((variantIssues) => variantIssues.length === 1 && variantIssues[0]?.path === path);
  if (count > 1 || !typeOnly) issues.push(unionIssue(path, value, found, count));
  else issues.push(issue(path, plan.kind === "oneOf" ? `exactly one of: ${describeShape(plan)}` : describeShape(plan), value));
};

/** Every part: what {@link explain} runs. */
const ALL_PARTS: ExplainerParts = {
  string: stringKeywords,
  number: numberKeywords,
  array: arrayKeywords,
  uniqueItems: uniqueItemsKeyword,
  object: objectKeywords,
  allOf: allOfKeywords,
  union: unionKeywords,
  enum: enumKeyword,
  not: notKeyword,
  discriminator: discriminatorKeyword,
  formats: { "date-time": isDateTime, date: isDate, uri: isUri, email: isEmail },
};

/** Every issue of `value` against `plan`, each with its JSON pointer below `path`, by every keyword. */
export const explain: Explainer = /* @__PURE__ */ explainer(ALL_PARTS);

/**
 * A validator from its two halves: the compiled guard decides, the plan explains a failure (walked by
 * `explainWith`, an {@link explainer} of the parts the plan uses). Should the two ever disagree, the value
 * is still refused, with one issue saying so, never accepted.
 */
export function validator<T>(guard: (value: unknown) => value is T, plan: PlanRef, explainWith: Explainer): Validator<T> {
  return (value) => {
    if (guard(value)) return ok(value);
    const issues = explainWith(plan, value);
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
