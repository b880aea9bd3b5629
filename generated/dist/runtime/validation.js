/** Longest string excerpt shown by {@link describeValue}, so one huge field cannot flood a message. */
const MAX_EXCERPT = 40;
/** Appends one reference token to a JSON pointer, escaping `~` and `/` as RFC 6901 requires. */
export function pointerJoin(base, key) {
	return `${base}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
/**
 * Short description of a value for messages: its JSON kind, plus the value itself for scalars
 * (strings are quoted and cut to about 40 characters).
 */
export function describeValue(value) {
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	switch (typeof value) {
		case "string": {
			// Cut on code points, not UTF-16 units, so an excerpt never ends in half a surrogate pair.
			// A code point is at most two units, so this prefix holds MAX_EXCERPT + 1 of them if the string does.
			const chars = Array.from(value.slice(0, 2 * (MAX_EXCERPT + 1)));
			const excerpt = chars.length > MAX_EXCERPT ? `${chars.slice(0, MAX_EXCERPT).join("")}…` : value;
			return `string ${JSON.stringify(excerpt)}`;
		}
		case "number":
		case "boolean":
		case "bigint": return `${typeof value} ${String(value)}`;
		default:
 // "object", "undefined", "function", "symbol": the kind alone is what a reader needs.
		return typeof value;
	}
}
/** Builds a {@link ValidationIssue} with the standard message. */
export function issue(path, expected, actual) {
	const described = describeValue(actual);
	return {
		path,
		expected,
		message: `${path || "/"}: expected ${expected}, got ${described}`,
		actual: described
	};
}
/** The expectation of one union variant, its fields named relative to the union's own path. */
function variantExpectation(path, issues) {
	const parts = issues.map((found) => {
		const inside = found.path === path || found.path.startsWith(`${path}/`);
		const relative = inside ? found.path.slice(path.length + 1) : found.path;
		if (relative === "") return found.expected;
		return found.expected === "required property" ? `${relative} (required)` : `${relative}: ${found.expected}`;
	});
	return parts.length === 0 ? "any value" : parts.join(" and ");
}
/**
 * The issue for a value that matches no variant of an `anyOf` (or `oneOf`) union: its expectation
 * is built from what each variant found wrong, so it names the fields, e.g. `customDomains
 * (required) or publishToWebflowSubdomain (required)` where a summary of the variants' types alone
 * would read "object or object". Pass each variant's issues in the order the schema lists them.
 * With `matched` above 1 (a `oneOf` that matched several), the issue says so instead.
 */
export function unionIssue(path, value, variants, matched = 0) {
	const alternatives = [...new Set(variants.map((found) => variantExpectation(path, found)))];
	const expected = matched > 1 ? `exactly one of ${alternatives.join(" or ")} (${matched} matched)` : alternatives.join(" or ");
	return issue(path, expected, value);
}
/**
 * One line naming each issue's field and what was wrong with it: `/customDomains/0: expected
 * string, got number 5`, a missing field as `/url: required, but missing`, and the root as `root`
 * (e.g. "body") rather than a bare "/". Shows the first `max` issues and counts the rest.
 */
export function summarizeIssues(issues, root = "/", max = 3) {
	const shown = issues.slice(0, max).map((found) => {
		if (found.actual === undefined) return found.message;
		const field = found.path === "" ? root : found.path;
		return found.expected === "required property" ? `${field}: required, but missing` : `${field}: expected ${found.expected}, got ${found.actual}`;
	});
	const more = issues.length - shown.length;
	return `${shown.join("; ")}${more > 0 ? ` (and ${more} more)` : ""}`;
}
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
/** Days in a month of the proleptic Gregorian calendar (month is 1-based). */
function daysInMonth(year, month) {
	if (month === 2) {
		const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
		return leap ? 29 : 28;
	}
	return [
		4,
		6,
		9,
		11
	].includes(month) ? 30 : 31;
}
/** The day exists on the calendar (month is 1-based). */
function isCalendarDay(year, month, day) {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
/**
 * RFC 3339 `date-time`: `YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm)`, with a date that exists on the
 * calendar. `T` and `Z` may be lower case (RFC 3339 §5.6); a leap second (`:60`) is accepted only
 * where it can occur, at 23:59 UTC.
 */
export function isDateTime(s) {
	const m = DATE_TIME.exec(s);
	if (m === null) return false;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	const hour = Number(m[4]);
	const minute = Number(m[5]);
	const second = Number(m[6]);
	const sign = m[7];
	const offsetHour = Number(m[8] ?? 0);
	const offsetMinute = Number(m[9] ?? 0);
	if (!isCalendarDay(year, month, day)) return false;
	if (hour > 23 || minute > 59 || second > 60 || offsetHour > 23 || offsetMinute > 59) return false;
	if (second === 60) {
		const offset = (sign === "-" ? -1 : 1) * (offsetHour * 60 + offsetMinute);
		const utcMinuteOfDay = ((hour * 60 + minute - offset) % 1440 + 1440) % 1440;
		if (utcMinuteOfDay !== 23 * 60 + 59) return false;
	}
	return true;
}
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** RFC 3339 `full-date` (JSON Schema `date`): `YYYY-MM-DD`, a day that exists on the calendar. */
export function isDate(s) {
	const m = FULL_DATE.exec(s);
	return m !== null && isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}
/**
 * Length in Unicode code points, which is what JSON Schema's `minLength` and `maxLength` count:
 * "😀" is 1, where `String.length` counts its two UTF-16 units.
 */
export function stringLength(s) {
	let length = 0;
	for (const _codePoint of s) length++;
	return length;
}
// RFC 3986 shape without a URL parser (which is slow and silently repairs what a URI cannot
// contain): a scheme, an optional authority whose host is a name or a bracketed IP literal, then
// characters a URI may hold, with every `%` starting a valid escape.
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:\/\/(?:[^\u0000-\u0020\u007f/?#@[\]]*@)?(?:\[[0-9A-Fa-f:.]+\]|(?:[^\u0000-\u0020\u007f/?#@[\]:%]|%[0-9A-Fa-f]{2})*)(?::\d*)?)?(?:[^\u0000-\u0020\u007f%<>"{}|\\^`[\]]|%[0-9A-Fa-f]{2})*$/;
/** Absolute URI: a scheme, no whitespace or control characters, valid percent-escapes and brackets. */
export function isUri(s) {
	return URI.test(s);
}
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
/** Pragmatic e-mail check: `local@domain.tld`, no whitespace, no empty domain labels. */
export function isEmail(s) {
	return EMAIL.test(s);
}
/** True for JSON objects: non-null, of type "object", and not an array. */
export function isPlainObject(v) {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}
/**
 * Own-property test that cannot be fooled by a payload key named `hasOwnProperty` and that sees
 * `__proto__` as an ordinary key (JSON.parse creates it as an own property).
 */
export function hasOwn(obj, key) {
	return Object.prototype.hasOwnProperty.call(obj, key);
}
/** Successful {@link ValidationResult}. */
export function ok(value) {
	return {
		ok: true,
		value
	};
}
/** Failed {@link ValidationResult}. */
export function fail(issues) {
	return {
		ok: false,
		issues
	};
}
