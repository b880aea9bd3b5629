import type { ApiResponse, HttpCore } from "./http.js";
/** Input of {@link withScopeCheck}. */
export interface ScopeCheckSettings {
	/** The scopes each operation needs, by operationId (the generated `OPERATION_SCOPES`). */
	operationScopes: Readonly<Record<string, readonly string[]>>;
	/**
	 * Reads the token's authorization through the unchecked core: the generated
	 * `introspectToken(core).withResponse()`. Its body's `authorization.scope` is the comma-separated
	 * list of the token's scopes. Without it, `checkScopes()` rejects with a `TypeError`.
	 */
	introspect?: ((core: HttpCore) => PromiseLike<ApiResponse<unknown>>) | undefined;
	/**
	 * The scopes the caller says the token holds (`createWebflowClient({ scopes })`). Calls are
	 * checked against them from the start, and `checkScopes()` fails when the token lacks one.
	 */
	declared?: readonly string[] | undefined;
}
/** An {@link HttpCore} that refuses calls the token's scopes do not allow, once it knows them. */
export interface ScopeCheckedCore extends HttpCore {
	/**
	 * Reads the token's scopes from `GET /token/introspect` (once: later calls, and calls made while
	 * the first is on its way, share its result; a failed read is tried again next time) and checks
	 * every later call against them. Resolves the scopes the token holds, as the server lists them.
	 * With declared scopes, rejects with a {@link MissingScopesError} naming those the token lacks,
	 * and keeps checking calls against the declared ones.
	 */
	checkScopes(): Promise<readonly string[]>;
	/** The scopes calls are checked against; undefined while nothing is known (no check yet). */
	readonly checkedScopes: readonly string[] | undefined;
}
/** Wraps `core` so that calls are checked against the token's scopes; see {@link ScopeCheckedCore}. */
export declare function withScopeCheck(core: HttpCore, settings: ScopeCheckSettings): ScopeCheckedCore;
