/**
 * Removing a secret from what a server sent back. A server or proxy that echoes the request
 * may return the secret raw or inside a JSON string, where any character may be spelled as an
 * escape (`\"`, `\\`, `\/`, `\u0041`), so a plain substring search is not enough.
 */
const PLACEHOLDER = "[REDACTED]";
const REGEXP_SPECIAL = /[\\^$.*+?()[\]{}|]/g;
/** Every way JSON may spell one UTF-16 code unit, as a regular-expression alternation. */
function jsonSpellings(unit) {
	const hex = unit.charCodeAt(0).toString(16).padStart(4, "0");
	// JSON accepts upper- or lower-case hex digits; the rest of the secret stays case-sensitive.
	const unicode = `\\\\u${hex.replace(/[a-f]/g, (d) => `[${d}${d.toUpperCase()}]`)}`;
	const short = JSON.stringify(unit).slice(1, -1);
	const forms = new Set([
		unit,
		short,
		...unit === "/" ? ["\\/"] : []
	]);
	return `(?:${[...forms].map((f) => f.replace(REGEXP_SPECIAL, "\\$&")).join("|")}|${unicode})`;
}
/** Replaces `secret` in any JSON spelling; compiled once so a large body costs one pattern. */
function redactor(secret) {
	if (secret === "") return (text) => text;
	// Code unit by code unit, because JSON escapes an astral character as two `\uXXXX` halves.
	const units = Array.from({ length: secret.length }, (_, i) => jsonSpellings(secret.charAt(i)));
	const pattern = new RegExp(units.join(""), "g");
	return (text) => text.replace(pattern, PLACEHOLDER);
}
/**
 * `text` with every occurrence of `secret` replaced by "[REDACTED]", whether it appears raw or
 * JSON-escaped (including `\/` and `\uXXXX` spellings, mixed freely). An empty secret matches nothing.
 */
export function redactText(text, secret) {
	return redactor(secret)(text);
}
/**
 * A deep copy of a parsed JSON value with {@link redactText} applied to every string and every
 * object key, so a secret can be neither in a value nor in a property name.
 */
export function redactValue(value, secret) {
	return copyRedacted(value, redactor(secret));
}
function copyRedacted(value, redact) {
	if (typeof value === "string") return redact(value);
	if (Array.isArray(value)) return value.map((item) => copyRedacted(item, redact));
	if (typeof value === "object" && value !== null) {
		// fromEntries defines properties, so a "__proto__" key stays an own key as JSON.parse made it.
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), copyRedacted(item, redact)]));
	}
	return value;
}
