import { fail, hasOwn, isDate, isDateTime, isEmail, isPlainObject, isUri, issue, ok, pointerJoin, stringLength, unionIssue } from "./validation.js";
const FORMATS = {
	"date-time": isDateTime,
	date: isDate,
	uri: isUri,
	email: isEmail
};
const resolve = (ref) => typeof ref === "function" ? ref() : ref;
/** What a plan accepts, in a few words, for the `expected` of an issue. */
export function describePlan(ref) {
	const plan = resolve(ref);
	const core = plan.title ?? describeShape(plan);
	return plan.nullable && plan.kind !== "null" ? `${core} or null` : core;
}
function describeShape(plan) {
	switch (plan.kind) {
		case "anyOf": return (plan.of ?? []).map(describePlan).join(" or ");
		case "oneOf": return (plan.of ?? []).map(describePlan).join(" xor ");
		case "allOf": return (plan.of ?? []).map(describePlan).join(" and ");
		case "any": return "any value";
		case "string": return plan.format ? `${plan.format} string` : "string";
		default: return plan.kind;
	}
}
function describeEnum(values) {
	const shown = values.slice(0, 8).map((v) => JSON.stringify(v)).join(", ");
	return `one of ${shown}${values.length > 8 ? `, … (${values.length} values)` : ""}`;
}
/** JSON equality, as `uniqueItems` compares: same type, same members, key order aside. */
export function jsonEqual(a, b) {
	if (a === b) return true;
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
	const aKeys = Object.keys(a);
	const bRecord = b;
	return aKeys.length === Object.keys(b).length && aKeys.every((key) => hasOwn(b, key) && jsonEqual(a[key], bRecord[key]));
}
/** True when two items of the array are equal as JSON. */
export function hasDuplicates(items) {
	for (let i = 1; i < items.length; i++) {
		for (let j = 0; j < i; j++) if (jsonEqual(items[i], items[j])) return true;
	}
	return false;
}
/** `value / divisor` is a whole number, as Ajv decides it. */
export function isMultipleOf(value, divisor) {
	const quotient = value / divisor;
	return quotient === Math.trunc(quotient);
}
/** Code-point length at least `min`, counted only when UTF-16 length leaves it open. */
export function minLength(s, min) {
	return s.length >= 2 * min || stringLength(s) >= min;
}
/** Code-point length at most `max`, counted only when UTF-16 length leaves it open. */
export function maxLength(s, max) {
	return s.length <= max || stringLength(s) <= max;
}
/** An own property's value, for names every object inherits (`constructor`, `toString`). */
export function own(object, key) {
	return hasOwn(object, key) ? object[key] : undefined;
}
/** Every issue of `value` against `plan`, each with its JSON pointer below `path`. */
export function explain(ref, value, path = "") {
	const issues = [];
	check(resolve(ref), value, path, issues);
	return issues;
}
/** Whether `value` matches `plan`; the slow path's own answer, used inside combinators. */
function matches(ref, value) {
	return explain(ref, value).length === 0;
}
function check(plan, value, path, issues) {
	if (plan.nullable && value === null) return;
	const chosen = variantOf(plan, value);
	if (chosen !== undefined) return check(resolve(chosen), value, path, issues);
	if (plan.not !== undefined && matches(plan.not, value)) issues.push(issue(path, `not ${describePlan(plan.not)}`, value));
	if (!checkType(plan, value, path, issues)) return;
	if (plan.enum !== undefined && !plan.enum.some((allowed) => jsonEqual(allowed, value))) issues.push(issue(path, describeEnum(plan.enum), value));
	switch (plan.kind) {
		case "string": return checkString(plan, value, path, issues);
		case "number":
		case "integer": return checkNumber(plan, value, path, issues);
		case "array": return checkArray(plan, value, path, issues);
		case "object": return checkObject(plan, value, path, issues);
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
		default: return;
	}
}
/** The variant a discriminator maps the value to, if the value names one. */
function variantOf(plan, value) {
	if (plan.discriminator === undefined || !isPlainObject(value)) return undefined;
	const key = value[plan.discriminator.property];
	return typeof key === "string" && hasOwn(plan.discriminator.mapping, key) ? plan.discriminator.mapping[key] : undefined;
}
/** Reports a value of the wrong type; false when the type's own keywords do not apply to it. */
function checkType(plan, value, path, issues) {
	const right = isOfKind(plan.kind, value);
	if (right) return true;
	if (!plan.implied) issues.push(issue(path, plan.kind, value));
	return false;
}
function isOfKind(kind, value) {
	switch (kind) {
		case "string": return typeof value === "string";
		case "number": return typeof value === "number" && Number.isFinite(value);
		case "integer": return typeof value === "number" && Number.isInteger(value);
		case "boolean": return typeof value === "boolean";
		case "null": return value === null;
		case "array": return Array.isArray(value);
		case "object": return isPlainObject(value);
		default: return true;
	}
}
function checkString(plan, value, path, issues) {
	if (plan.format !== undefined && !FORMATS[plan.format](value)) issues.push(issue(path, `${plan.format} string`, value));
	if (plan.pattern !== undefined && !plan.pattern.test(value)) issues.push(issue(path, `string matching /${plan.pattern.source}/`, value));
	if (plan.minLength !== undefined && !minLength(value, plan.minLength)) {
		issues.push(issue(path, `string of at least ${plan.minLength} characters`, value));
	}
	if (plan.maxLength !== undefined && !maxLength(value, plan.maxLength)) {
		issues.push(issue(path, `string of at most ${plan.maxLength} characters`, value));
	}
}
function checkNumber(plan, value, path, issues) {
	const bound = (holds, wanted) => {
		if (!holds) issues.push(issue(path, `${plan.kind} ${wanted}`, value));
	};
	if (plan.minimum !== undefined) bound(value >= plan.minimum, `>= ${plan.minimum}`);
	if (plan.maximum !== undefined) bound(value <= plan.maximum, `<= ${plan.maximum}`);
	if (plan.exclusiveMinimum !== undefined) bound(value > plan.exclusiveMinimum, `> ${plan.exclusiveMinimum}`);
	if (plan.exclusiveMaximum !== undefined) bound(value < plan.exclusiveMaximum, `< ${plan.exclusiveMaximum}`);
	if (plan.multipleOf !== undefined) bound(isMultipleOf(value, plan.multipleOf), `multiple of ${plan.multipleOf}`);
}
function checkArray(plan, value, path, issues) {
	if (plan.minItems !== undefined && value.length < plan.minItems) issues.push(issue(path, `array of at least ${plan.minItems} items`, value));
	if (plan.maxItems !== undefined && value.length > plan.maxItems) issues.push(issue(path, `array of at most ${plan.maxItems} items`, value));
	if (plan.uniqueItems && hasDuplicates(value)) issues.push(issue(path, "array of unique items", value));
	const prefix = plan.prefixItems ?? [];
	value.forEach((item, i) => {
		const itemPlan = i < prefix.length ? prefix[i] : plan.items;
		if (itemPlan !== undefined) check(resolve(itemPlan), item, pointerJoin(path, i), issues);
	});
}
function checkObject(plan, value, path, issues) {
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
export function validator(guard, plan) {
	return (value) => {
		if (guard(value)) return ok(value);
		const issues = explain(plan, value);
		return fail(issues.length > 0 ? issues : [issue("", describePlan(plan), value)]);
	};
}
/**
 * Every property of `object` matching a pattern satisfies that pattern's guard, and every property that is
 * neither `known` nor matched by a pattern satisfies `additional` (`false`: there is none; `true`: any).
 */
export function extrasMatch(object, known, patterns, additional) {
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
