/**
 * Scopes checked before a call is sent. {@link withScopeCheck} wraps an {@link HttpCore}: once it
 * knows the scopes the token holds (declared by the caller, or read once from
 * `GET /token/introspect` by `checkScopes()`), every call of an operation that needs a scope the
 * token lacks is refused with a {@link MissingScopesError} naming all of them, nothing sent and no
 * rate limit spent. Until then, and for operations it has no entry for (an endpoint the spec does
 * not cover), it forwards calls untouched.
 *
 * Only the generated grouped client (which bundles every operation anyway) and programs that
 * import this module pay for it: the core and the standalone operation functions never reach it.
 */
import { MissingScopesError, WebflowResponseValidationError } from "./errors.js";
import { ApiPromise } from "./http.js";
import { isPlainObject, issue } from "./validation.js";
/** `authorization.scope` of an introspection body: "a,b" (commas, spaces or both between scopes). */
function scopesOf(body) {
	const authorization = isPlainObject(body) ? body.authorization : undefined;
	const scope = isPlainObject(authorization) ? authorization.scope : undefined;
	if (typeof scope !== "string") return undefined;
	return [...new Set(scope.split(/[\s,]+/).filter((s) => s !== ""))];
}
/** Wraps `core` so that calls are checked against the token's scopes; see {@link ScopeCheckedCore}. */
export function withScopeCheck(core, settings) {
	const { operationScopes, introspect } = settings;
	const declared = settings.declared === undefined ? undefined : Object.freeze([...settings.declared]);
	let checked = declared;
	let allowed = declared && new Set(declared);
	let pending;
	function request(req, options) {
		const required = Object.hasOwn(operationScopes, req.operationId) ? operationScopes[req.operationId] : undefined;
		if (allowed !== undefined && required !== undefined) {
			const have = allowed;
			const missing = required.filter((scope) => !have.has(scope));
			if (missing.length > 0) {
				const error = new MissingScopesError({
					operationId: req.operationId,
					method: req.method,
					missingScopes: missing
				});
				return new ApiPromise(Promise.reject(error));
			}
		}
		return core.request(req, options);
	}
	async function read() {
		if (introspect === undefined) {
			throw new TypeError("checkScopes: this API has no operation that reads a token's scopes");
		}
		const { data, response } = await introspect(core);
		const granted = scopesOf(data);
		if (granted === undefined) {
			throw new WebflowResponseValidationError({
				operationId: response.operationId,
				method: response.method,
				url: response.url,
				status: response.status,
				issues: [issue("/authorization/scope", "the token's scopes (a comma-separated string)", isPlainObject(data) && isPlainObject(data.authorization) ? data.authorization.scope : undefined)],
				body: undefined
			});
		}
		const frozen = Object.freeze(granted);
		if (declared !== undefined) {
			const have = new Set(frozen);
			const lacking = declared.filter((scope) => !have.has(scope));
			if (lacking.length > 0) {
				throw new MissingScopesError({
					operationId: response.operationId,
					method: response.method,
					url: response.url,
					missingScopes: lacking,
					message: `The client was created with scopes the token lacks (GET /token/introspect lists ${frozen.length === 0 ? "none" : frozen.join(", ")}): ${lacking.join(", ")}`
				});
			}
		} else {
			checked = frozen;
			allowed = new Set(frozen);
		}
		return frozen;
	}
	function checkScopes() {
		pending ??= read().catch((error) => {
			pending = undefined;
			throw error;
		});
		return pending;
	}
	return {
		request,
		checkScopes,
		get checkedScopes() {
			return checked;
		}
	};
}
