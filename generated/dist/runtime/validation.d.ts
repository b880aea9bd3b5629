/**
 * Helpers for the generated response validators.
 *
 * The generated validators are straight-line code (no schema interpretation at run time); this
 * module holds the few pieces they share so each validator stays small: JSON-pointer building,
 * issue construction, and the string formats the spec uses.
 */
/** One place where a value did not match its schema. */
export interface ValidationIssue {
	/** JSON pointer (RFC 6901) to the offending value; "" is the root. */
	path: string;
	/** What the schema wanted, e.g. `string`, `one of "a", "b"`, `integer <= 100`. */
	expected: string;
	/** Human-readable line: `<path or "/">: expected <expected>, got <actual>`. */
	message: string;
	/** What was found, as {@link describeValue} puts it (`number 5`, `string "x"`, `undefined`). */
	actual?: string;
}
/** Outcome of a validator: the (typed) value, or every issue found. */
export type ValidationResult<T> = {
	ok: true;
	value: T;
} | {
	ok: false;
	issues: ValidationIssue[];
};
/** Appends one reference token to a JSON pointer, escaping `~` and `/` as RFC 6901 requires. */
export declare function pointerJoin(base: string, key: string | number): string;
/**
 * Short description of a value for messages: its JSON kind, plus the value itself for scalars
 * (strings are quoted and cut to about 40 characters).
 */
export declare function describeValue(value: unknown): string;
/** Builds a {@link ValidationIssue} with the standard message. */
export declare function issue(path: string, expected: string, actual: unknown): ValidationIssue;
/**
 * The issue for a value that matches no variant of an `anyOf` (or `oneOf`) union: its expectation
 * is built from what each variant found wrong, so it names the fields, e.g. `customDomains
 * (required) or publishToWebflowSubdomain (required)` where a summary of the variants' types alone
 * would read "object or object". Pass each variant's issues in the order the schema lists them.
 * With `matched` above 1 (a `oneOf` that matched several), the issue says so instead.
 */
export declare function unionIssue(path: string, value: unknown, variants: ReadonlyArray<readonly ValidationIssue[]>, matched?: number): ValidationIssue;
/**
 * One line naming each issue's field and what was wrong with it: `/customDomains/0: expected
 * string, got number 5`, a missing field as `/url: required, but missing`, and the root as `root`
 * (e.g. "body") rather than a bare "/". Shows the first `max` issues and counts the rest.
 */
export declare function summarizeIssues(issues: readonly ValidationIssue[], root?: string, max?: number): string;
/**
 * RFC 3339 `date-time`: `YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm)`, with a date that exists on the
 * calendar. `T` and `Z` may be lower case (RFC 3339 §5.6); a leap second (`:60`) is accepted only
 * where it can occur, at 23:59 UTC.
 */
export declare function isDateTime(s: string): boolean;
/** RFC 3339 `full-date` (JSON Schema `date`): `YYYY-MM-DD`, a day that exists on the calendar. */
export declare function isDate(s: string): boolean;
/**
 * Length in Unicode code points, which is what JSON Schema's `minLength` and `maxLength` count:
 * "😀" is 1, where `String.length` counts its two UTF-16 units.
 */
export declare function stringLength(s: string): number;
/** Absolute URI: a scheme, no whitespace or control characters, valid percent-escapes and brackets. */
export declare function isUri(s: string): boolean;
/** Pragmatic e-mail check: `local@domain.tld`, no whitespace, no empty domain labels. */
export declare function isEmail(s: string): boolean;
/** True for JSON objects: non-null, of type "object", and not an array. */
export declare function isPlainObject(v: unknown): v is Record<string, unknown>;
/**
 * Own-property test that cannot be fooled by a payload key named `hasOwnProperty` and that sees
 * `__proto__` as an ordinary key (JSON.parse creates it as an own property).
 */
export declare function hasOwn(obj: object, key: string): boolean;
/** Successful {@link ValidationResult}. */
export declare function ok<T>(value: T): ValidationResult<T>;
/** Failed {@link ValidationResult}. */
export declare function fail<T>(issues: ValidationIssue[]): ValidationResult<T>;
