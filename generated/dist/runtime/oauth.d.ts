/**
 * The OAuth 2.0 authorization-code flow of Data Client apps: the URL to send the user to, the
 * exchange of the returned code for an access token, and revoking a token. The endpoints come from
 * the spec's oauth2 scheme (see the generated `OAUTH_AUTHORIZATION_URL` and `OAUTH_TOKEN_URL`).
 *
 * Every failure is a {@link WebflowOAuthError} — the server refused, answered something that is
 * not a token, could not be reached, or did not answer within `timeoutMs` (default 30 s) — and
 * none of them quotes the client secret, the code or a token, raw or JSON-escaped.
 */
import { WebflowError } from "./errors.js";
export interface AuthorizeUrlOptions {
	/** The authorization endpoint, e.g. the generated `OAUTH_AUTHORIZATION_URL`. */
	authorizationUrl: string;
	clientId: string;
	/** Scopes to request; sent space-separated. */
	scopes: readonly string[];
	redirectUri?: string;
	/** An unguessable value to check on the redirect, against CSRF. */
	state?: string;
}
/** The URL that asks the user to grant `scopes` to the app. */
export declare function authorizeUrl(options: AuthorizeUrlOptions): string;
/** What every OAuth call takes besides its own fields. */
export interface OAuthRequestOptions {
	fetch?: typeof fetch;
	signal?: AbortSignal;
	/** Gives up on a server that does not answer; default 30000. `Infinity` waits forever. */
	timeoutMs?: number;
}
export interface ExchangeCodeOptions extends OAuthRequestOptions {
	/** The token endpoint, e.g. the generated `OAUTH_TOKEN_URL`. */
	tokenUrl: string;
	clientId: string;
	/** Never included in an error. */
	clientSecret: string;
	/** Never included in an error. */
	code: string;
	redirectUri?: string;
}
export interface AccessToken {
	access_token: string;
	token_type: string;
}
/**
 * Revoking an access token. Webflow's reference (as this project checks it) documents no revocation
 * endpoint, so the URL is a required option rather than a guess; pass the one Webflow's current
 * documentation names for your app.
 */
export interface RevokeTokenOptions extends OAuthRequestOptions {
	/** The revocation endpoint. Required: see above. */
	revokeUrl: string;
	clientId: string;
	/** Never included in an error. */
	clientSecret: string;
	/** The access token to revoke. Never included in an error. */
	accessToken: string;
}
/** What went wrong, in `WebflowOAuthError.error` when the server did not name an OAuth error itself. */
export type OAuthFailure = "network_error" | "timeout" | "aborted" | "invalid_response" | "missing_token" | "unknown_error";
/** Input of {@link WebflowOAuthError}. */
export interface OAuthErrorInit {
	/** "exchange" for {@link exchangeCode}, "revoke" for {@link revokeToken}. */
	operation: "exchange" | "revoke";
	/** The HTTP status, or 0 when no response arrived. */
	status: number;
	/** The server's OAuth `error` code, or an {@link OAuthFailure}. */
	error: string;
	errorDescription?: string;
	cause?: unknown;
}
/**
 * A failed OAuth call: `status` (0 when no response arrived) and `error`, the server's OAuth error
 * code (`invalid_grant`, …) or what the client saw (`network_error`, `timeout`, `aborted`,
 * `invalid_response` for a body that is not JSON, `missing_token` for a success without
 * `access_token`, `unknown_error` for an error without a code). Never holds the secret, the code or a token.
 */
export declare class WebflowOAuthError extends WebflowError {
	readonly operation: "exchange" | "revoke";
	readonly status: number;
	readonly error: string;
	readonly errorDescription: string | undefined;
	constructor(init: OAuthErrorInit);
}
/** Exchanges an authorization code for an access token. */
export declare function exchangeCode(options: ExchangeCodeOptions): Promise<AccessToken>;
/**
 * Revokes an access token: POSTs `{ client_id, client_secret, access_token }` as JSON to
 * `revokeUrl`. Resolves when the server answers 2xx; a 2xx body of `{ did_revoke: false }` is a
 * {@link WebflowOAuthError} (`error: "not_revoked"`).
 */
export declare function revokeToken(options: RevokeTokenOptions): Promise<void>;
