import { fail, hasOwn, isDate, isDateTime, isEmail, isPlainObject, isUri, issue, ok, pointerJoin, stringLength, unionIssue } from "./validation.js";
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
/** An explainer that runs `parts` only. */
export function explainer(parts) {
	const explaining = {
		parts,
		check: (ref, value, path, issues) => check(explaining, resolve(ref), value, path, issues),
		explain: (ref, value, path = "") => {
			const issues = [];
			explaining.check(ref, value, path, issues);
			return issues;
		}
	};
	return explaining.explain;
}
function check(explaining, plan, value, path, issues) {
	const { parts } = explaining;
	if (plan.nullable && value === null) return;
	const chosen = plan.discriminator === undefined ? undefined : parts.discriminator?.(plan, value);
	if (chosen !== undefined) return explaining.check(chosen, value, path, issues);
	if (plan.not !== undefined) parts.not?.(plan, value, path, issues, explaining);
	if (!checkType(plan, value, path, issues)) return;
	if (plan.enum !== undefined) parts.enum?.(plan, value, path, issues, explaining);
	switch (plan.kind) {
		case "string": return parts.string?.(plan, value, path, issues, explaining);
		case "number":
		case "integer": return parts.number?.(plan, value, path, issues, explaining);
		case "array":
 // The array part runs uniqueItems in its place among the array keywords; without it, there is nothing else to run.
		return (parts.array ?? parts.uniqueItems)?.(plan, value, path, issues, explaining);
		case "object": return parts.object?.(plan, value, path, issues, explaining);
		case "allOf": return parts.allOf?.(plan, value, path, issues, explaining);
		case "anyOf":
		case "oneOf": return parts.union?.(plan, value, path, issues, explaining);
		default: return;
	}
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
/** `enum`: allowed values, compared as JSON. */
export const enumKeyword = (plan, value, path, issues) => {
	const values = plan.enum ?? [];
	if (values.some((allowed) => jsonEqual(allowed, value))) return;
	const shown = values.slice(0, 8).map((v) => JSON.stringify(v)).join(", ");
	issues.push(issue(path, `one of ${shown}${values.length > 8 ? `, … (${values.length} values)` : ""}`, value));
};
/** `not`. */
export const notKeyword = (plan, value, path, issues, explaining) => {
	if (plan.not !== undefined && explaining.explain(plan.not, value).length === 0) issues.push(issue(path, `not ${describePlan(plan.not)}`, value));
};
/** The variant a discriminator maps the value to, if the value names one. */
export function discriminatorKeyword(plan, value) {
	if (plan.discriminator === undefined || !isPlainObject(value)) return undefined;
	const key = value[plan.discriminator.property];
	return typeof key === "string" && hasOwn(plan.discriminator.mapping, key) ? plan.discriminator.mapping[key] : undefined;
}
/** `format` (by the parts' format checks), `pattern`, `minLength` and `maxLength`. */
export const stringKeywords = (plan, value, path, issues, explaining) => {
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
export const numberKeywords = (plan, value, path, issues) => {
	const bound = (holds, wanted) => {
		if (!holds) issues.push(issue(path, `${plan.kind} ${wanted}`, value));
	};
	if (plan.minimum !== undefined) bound(value >= plan.minimum, `>= ${plan.minimum}`);
	if (plan.maximum !== undefined) bound(value <= plan.maximum, `<= ${plan.maximum}`);
	if (plan.exclusiveMinimum !== undefined) bound(value > plan.exclusiveMinimum, `> ${plan.exclusiveMinimum}`);
	if (plan.exclusiveMaximum !== undefined) bound(value < plan.exclusiveMaximum, `< ${plan.exclusiveMaximum}`);
	if (plan.multipleOf !== undefined) bound(isMultipleOf(value, plan.multipleOf), `multiple of ${plan.multipleOf}`);
};
/** `uniqueItems`. */
export const uniqueItemsKeyword = (plan, value, path, issues) => {
	if (plan.uniqueItems && hasDuplicates(value)) issues.push(issue(path, "array of unique items", value));
};
/** `minItems`, `maxItems`, then `uniqueItems` (by its own part), `prefixItems` and `items`. */
export const arrayKeywords = (plan, value, path, issues, explaining) => {
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
export const objectKeywords = (plan, value, path, issues, explaining) => {
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
export const allOfKeywords = (plan, value, path, issues, explaining) => {
	for (const variant of plan.of ?? []) explaining.check(variant, value, path, issues);
};
/** `anyOf` and `oneOf`. */
export const unionKeywords = (plan, value, path, issues, explaining) => {
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
const ALL_PARTS = {
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
	formats: {
		"date-time": isDateTime,
		date: isDate,
		uri: isUri,
		email: isEmail
	}
};
/** Every issue of `value` against `plan`, each with its JSON pointer below `path`, by every keyword. */
export const explain = /* @__PURE__ */ explainer(ALL_PARTS);
/**
 * A validator from its two halves: the compiled guard decides, the plan explains a failure (walked by
 * `explainWith`, an {@link explainer} of the parts the plan uses). Should the two ever disagree, the value
 * is still refused, with one issue saying so, never accepted.
 */
export function validator(guard, plan, explainWith) {
	return (value) => {
		if (guard(value)) return ok(value);
		const issues = explainWith(plan, value);
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
