/** A UTF-16 surrogate without its other half: not text, so it has no percent-encoding. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Scalar to its wire text. Non-finite numbers are a caller bug that would otherwise send "NaN"; a
 * lone surrogate would make `encodeURIComponent` throw a `URIError` (and `URLSearchParams` send
 * U+FFFD in its place), so both are the documented `TypeError` instead.
 */
export function scalarText(value, what) {
	if (typeof value === "number" && !Number.isFinite(value)) throw new TypeError(`${what} must be a finite number`);
	const text = String(value);
	// `isWellFormed` (where the platform has it) answers the common case without the regular expression.
	if (!text.isWellFormed?.() && LONE_SURROGATE.test(text)) throw new TypeError(`${what} contains a lone surrogate, which is not valid Unicode`);
	return text;
}
/**
 * Any parameter value as one piece of wire text: a scalar as itself, a list as its items joined by
 * commas (OpenAPI's `simple` style), an object as its JSON text (the form OpenAPI leaves undefined
 * that servers most often read).
 */
function valueText(value, what) {
	if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return scalarText(value, what);
	if (Array.isArray(value)) return value.filter((item) => item !== undefined && item !== null).map((item) => valueText(item, what)).join(",");
	// JSON.stringify escapes lone surrogates, so the text is always encodable.
	if (typeof value === "object" && value !== null) return JSON.stringify(value);
	throw new TypeError(`${what} must be a string, number, boolean, list or object, found ${typeof value}`);
}
/** A `deepObject` value: `key[a]=1`, nested objects as `key[a][b]=1`, lists as repeated keys. */
function appendDeep(params, key, value, what) {
	if (value === undefined || value === null) return;
	if (Array.isArray(value)) for (const item of value) appendDeep(params, key, item, what);
	else if (typeof value === "object") for (const [name, v] of Object.entries(value)) appendDeep(params, `${key}[${name}]`, v, what);
	else params.append(key, valueText(value, what));
}
/** An operation's query parameters as `?a=1&b=2` ("" when none is sent), each in its OpenAPI style. */
export function encodeQuery(operationId, query, styles = {}) {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		if (value === undefined || value === null) continue;
		const what = `${operationId}: query parameter "${key}"`;
		const style = Object.prototype.hasOwnProperty.call(styles, key) ? styles[key] : "form";
		if (typeof value === "object" && !Array.isArray(value)) {
			// An object: `key[name]=value` (deepObject), `name=value` (exploded form) or `key=name,value`.
			const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
			if (style === "deep-object") appendDeep(params, key, value, what);
			else if (style === "form") for (const [name, v] of entries) for (const item of Array.isArray(v) ? v : [v]) params.append(name, valueText(item, what));
			else params.append(key, entries.flatMap(([name, v]) => [name, valueText(v, what)]).join(","));
			continue;
		}
		const items = (Array.isArray(value) ? value : [value]).filter((item) => item !== undefined && item !== null).map((item) => valueText(item, what));
		const separator = style === "form-no-explode" ? "," : style === "space-delimited" ? " " : style === "pipe-delimited" ? "|" : undefined;
		if (separator !== undefined && Array.isArray(value)) params.append(key, items.join(separator));
		else for (const item of items) params.append(key, item);
	}
	const text = params.toString();
	return text === "" ? "" : `?${text}`;
}
/** A "form" (`application/x-www-form-urlencoded`) or "multipart" body as fetch sends it. */
export function encodeFormBody(kind, body) {
	const fields = new URLSearchParams();
	const parts = new FormData();
	for (const [name, value] of Object.entries(body)) {
		for (const item of Array.isArray(value) ? value : [value]) {
			if (item === undefined || item === null) continue;
			const blob = typeof Blob !== "undefined" && item instanceof Blob;
			const text = typeof item === "object" && !blob ? JSON.stringify(item) : String(item);
			if (kind === "multipart") parts.append(name, blob ? item : text);
			else fields.append(name, text);
		}
	}
	return kind === "multipart" ? parts : fields;
}
/**
 * The cookies of a request and the credentials of the first alternative of its security requirement
 * (default: a bearer token) the client holds all of, written into `headers`; returns the query, with
 * an API key that travels there. Refused before anything is sent when the client holds none of the
 * alternatives, naming what would do.
 */
export function writeCredentials(req, headers, held) {
	const { operationId } = req;
	let query = req.query;
	const cookies = [];
	for (const name in req.cookies) {
		const value = req.cookies[name];
		if (value !== undefined) cookies.push(`${name}=${encodeURIComponent(scalarText(value, `${operationId}: cookie "${name}"`))}`);
	}
	const alternatives = req.security ?? [[{ type: "bearer" }]];
	const has = (c) => !!(c.type === "bearer" ? held.token : c.type === "basic" ? held.basic : held.apiKey);
	const chosen = alternatives.find((alternative) => alternative.every(has));
	if (chosen === undefined) {
		const names = alternatives.map((alternative) => alternative.map((c) => c.type === "bearer" ? "token" : c.type).join(" and "));
		throw new TypeError(`${operationId} needs credentials the client was not given: ClientConfig.${[...new Set(names)].join(", or ClientConfig.")}`);
	}
	const apiKey = held.apiKey;
	for (const credential of chosen) {
		if (credential.type === "bearer") headers.authorization = `Bearer ${held.token}`;
		else if (credential.type === "basic") headers.authorization = `Basic ${held.basic}`;
		else if (credential.in === "header") headers[credential.name.toLowerCase()] = apiKey;
		else if (credential.in === "query") query = {
			...query,
			[credential.name]: apiKey
		};
		else cookies.push(`${credential.name}=${encodeURIComponent(apiKey)}`);
	}
	if (cookies.length > 0) headers.cookie = cookies.join("; ");
	return query;
}
