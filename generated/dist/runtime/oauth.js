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
import { redactText, redactValue } from "./redact.js";
import { isPlainObject } from "./validation.js";
/** The URL that asks the user to grant `scopes` to the app. */
export function authorizeUrl(options) {
	const url = new URL(options.authorizationUrl);
	url.searchParams.set("response_type", "code");
	url.searchParams.set("client_id", options.clientId);
	if (options.redirectUri !== undefined) url.searchParams.set("redirect_uri", options.redirectUri);
	url.searchParams.set("scope", options.scopes.join(" "));
	if (options.state !== undefined) url.searchParams.set("state", options.state);
	return url.toString();
}
/**
 * A failed OAuth call: `status` (0 when no response arrived) and `error`, the server's OAuth error
 * code (`invalid_grant`, …) or what the client saw (`network_error`, `timeout`, `aborted`,
 * `invalid_response` for a body that is not JSON, `missing_token` for a success without
 * `access_token`, `unknown_error` for an error without a code). Never holds the secret, the code or a token.
 */
export class WebflowOAuthError extends WebflowError {
	operation;
	status;
	error;
	errorDescription;
	constructor(init) {
		const what = init.operation === "exchange" ? "OAuth token exchange" : "OAuth token revocation";
		const how = init.status === 0 ? "failed" : `failed with ${init.status}`;
		super(`${what} ${how}: ${init.error}${init.errorDescription ? `: ${init.errorDescription}` : ""}`, init.cause === undefined ? undefined : { cause: init.cause });
		this.name = "WebflowOAuthError";
		this.operation = init.operation;
		this.status = init.status;
		this.error = init.error;
		this.errorDescription = init.errorDescription;
	}
}
const DEFAULT_TIMEOUT_MS = 3e4;
/** A Node network error code such as ECONNREFUSED, without quoting anything of the request. */
function networkCode(cause) {
	const inner = isPlainObject(cause) ? cause.cause : undefined;
	return isPlainObject(inner) && typeof inner.code === "string" ? inner.code : undefined;
}
/**
 * POSTs `body` as JSON under a timeout and returns the parsed answer, or throws a
 * {@link WebflowOAuthError} with `secrets` removed from everything it keeps of the response.
 */
async function post(operation, url, body, secrets, options) {
	const fetchFn = options.fetch ?? globalThis.fetch;
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const controller = new AbortController();
	let timedOut = false;
	const timer = Number.isFinite(timeoutMs) ? setTimeout(() => {
		timedOut = true;
		controller.abort();
	}, timeoutMs) : undefined;
	const onAbort = () => controller.abort();
	options.signal?.addEventListener("abort", onAbort, { once: true });
	if (options.signal?.aborted) controller.abort();
	let response;
	let text;
	try {
		response = await fetchFn(url, {
			method: "POST",
			headers: {
				"Content-Type": "application/json",
				Accept: "application/json"
			},
			body: JSON.stringify(body),
			signal: controller.signal
		});
		text = await response.text();
	} catch (cause) {
		// The cause is dropped: a fetch error may quote the request, and so the secrets.
		const code = networkCode(cause);
		throw new WebflowOAuthError({
			operation,
			status: 0,
			error: timedOut ? "timeout" : options.signal?.aborted ? "aborted" : "network_error",
			errorDescription: timedOut ? `no answer within ${timeoutMs} ms` : options.signal?.aborted ? "aborted by the caller" : code === undefined ? "the server could not be reached" : `the server could not be reached (${code})`
		});
	} finally {
		clearTimeout(timer);
		options.signal?.removeEventListener("abort", onAbort);
	}
	let parsed;
	let json = true;
	try {
		// An empty success (a revocation may answer 204) parses as nothing rather than failing.
		parsed = text === "" && response.ok ? undefined : JSON.parse(text);
	} catch {
		json = false;
	}
	// The endpoint may echo the request, raw or JSON-escaped; the error keeps none of the secrets.
	const redact = (value) => secrets.reduce((kept, secret) => redactValue(kept, secret), value);
	if (!json) {
		throw new WebflowOAuthError({
			operation,
			status: response.status,
			error: response.ok ? "invalid_response" : "unknown_error",
			errorDescription: response.ok ? "the body is not JSON" : secrets.reduce((kept, secret) => redactText(kept, secret), text).slice(0, 200) || undefined
		});
	}
	if (!response.ok) {
		const safe = redact(parsed);
		throw new WebflowOAuthError({
			operation,
			status: response.status,
			error: isPlainObject(safe) && typeof safe.error === "string" ? safe.error : "unknown_error",
			errorDescription: isPlainObject(safe) && typeof safe.error_description === "string" ? safe.error_description : isPlainObject(safe) && typeof safe.message === "string" ? safe.message : undefined
		});
	}
	return {
		response,
		parsed
	};
}
/** Exchanges an authorization code for an access token. */
export async function exchangeCode(options) {
	const body = {
		client_id: options.clientId,
		client_secret: options.clientSecret,
		code: options.code,
		grant_type: "authorization_code"
	};
	if (options.redirectUri !== undefined) body.redirect_uri = options.redirectUri;
	const secrets = [options.clientSecret, options.code];
	const { response, parsed } = await post("exchange", options.tokenUrl, body, secrets, options);
	if (!isPlainObject(parsed) || typeof parsed.access_token !== "string" || parsed.access_token === "") {
		throw new WebflowOAuthError({
			operation: "exchange",
			status: response.status,
			error: "missing_token",
			errorDescription: "the answer has no access_token"
		});
	}
	return {
		access_token: parsed.access_token,
		token_type: typeof parsed.token_type === "string" ? parsed.token_type : "bearer"
	};
}
/**
 * Revokes an access token: POSTs `{ client_id, client_secret, access_token }` as JSON to
 * `revokeUrl`. Resolves when the server answers 2xx; a 2xx body of `{ did_revoke: false }` is a
 * {@link WebflowOAuthError} (`error: "not_revoked"`).
 */
export async function revokeToken(options) {
	const body = {
		client_id: options.clientId,
		client_secret: options.clientSecret,
		access_token: options.accessToken
	};
	const secrets = [options.clientSecret, options.accessToken];
	const { response, parsed } = await post("revoke", options.revokeUrl, body, secrets, options);
	if (isPlainObject(parsed) && parsed.did_revoke === false) {
		throw new WebflowOAuthError({
			operation: "revoke",
			status: response.status,
			error: "not_revoked",
			errorDescription: "the server answered did_revoke: false"
		});
	}
}
