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
/** A plan or, for a named schema (which may be recursive or live in another module), a getter of one. */
export type PlanRef = SchemaPlan | (() => SchemaPlan);
/** The string formats a plan can check; other formats are annotations only. */
export type PlanFormat = "date-time" | "date" | "uri" | "email";
/** One schema as data: the same keywords the generated guard checks. */
export interface SchemaPlan {
	/** `any` accepts every value (only `enum` and the combinators constrain it). */
	readonly kind: "string" | "number" | "integer" | "boolean" | "null" | "array" | "object" | "allOf" | "anyOf" | "oneOf" | "any";
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
	readonly discriminator?: {
		readonly property: string;
		readonly mapping: Readonly<Record<string, PlanRef>>;
	};
}
/** What a plan accepts, in a few words, for the `expected` of an issue. */
export declare function describePlan(ref: PlanRef): string;
/** JSON equality, as `uniqueItems` compares: same type, same members, key order aside. */
export declare function jsonEqual(a: unknown, b: unknown): boolean;
/** True when two items of the array are equal as JSON. */
export declare function hasDuplicates(items: readonly unknown[]): boolean;
/** `value / divisor` is a whole number, as Ajv decides it. */
export declare function isMultipleOf(value: number, divisor: number): boolean;
/** Code-point length at least `min`, counted only when UTF-16 length leaves it open. */
export declare function minLength(s: string, min: number): boolean;
/** Code-point length at most `max`, counted only when UTF-16 length leaves it open. */
export declare function maxLength(s: string, max: number): boolean;
/** An own property's value, for names every object inherits (`constructor`, `toString`). */
export declare function own(object: Record<string, unknown>, key: string): unknown;
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
export declare function explainer(parts: ExplainerParts): Explainer;
/** `enum`: allowed values, compared as JSON. */
export declare const enumKeyword: KeywordCheck<unknown>;
/** `not`. */
export declare const notKeyword: KeywordCheck<unknown>;
/** The variant a discriminator maps the value to, if the value names one. */
export declare function discriminatorKeyword(plan: SchemaPlan, value: unknown): PlanRef | undefined;
/** `format` (by the parts' format checks), `pattern`, `minLength` and `maxLength`. */
export declare const stringKeywords: KeywordCheck<string>;
/** `minimum`, `maximum`, their exclusive forms and `multipleOf`. */
export declare const numberKeywords: KeywordCheck<number>;
/** `uniqueItems`. */
export declare const uniqueItemsKeyword: KeywordCheck<unknown[]>;
/** `minItems`, `maxItems`, then `uniqueItems` (by its own part), `prefixItems` and `items`. */
export declare const arrayKeywords: KeywordCheck<unknown[]>;
/** `required`, `minProperties`, `maxProperties`, `properties`, `patternProperties` and `additionalProperties`. */
export declare const objectKeywords: KeywordCheck<Record<string, unknown>>;
/** `allOf`: every variant's issues. */
export declare const allOfKeywords: KeywordCheck<unknown>;
/** `anyOf` and `oneOf`. */
export declare const unionKeywords: KeywordCheck<unknown>;
/** Every issue of `value` against `plan`, each with its JSON pointer below `path`, by every keyword. */
export declare const explain: Explainer;
/**
 * A validator from its two halves: the compiled guard decides, the plan explains a failure (walked by
 * `explainWith`, an {@link explainer} of the parts the plan uses). Should the two ever disagree, the value
 * is still refused, with one issue saying so, never accepted.
 */
export declare function validator<T>(guard: (value: unknown) => value is T, plan: PlanRef, explainWith: Explainer): Validator<T>;
/** A generated validator: the typed value, or every issue with its JSON pointer. */
export type Validator<T> = (value: unknown) => ValidationResult<T>;
/** A guard that takes any value, as the generated helpers are. */
export type Guard = (value: unknown) => boolean;
/**
 * Every property of `object` matching a pattern satisfies that pattern's guard, and every property that is
 * neither `known` nor matched by a pattern satisfies `additional` (`false`: there is none; `true`: any).
 */
export declare function extrasMatch(object: Record<string, unknown>, known: ReadonlySet<string>, patterns: readonly (readonly [RegExp, Guard])[], additional: Guard | boolean): boolean;
