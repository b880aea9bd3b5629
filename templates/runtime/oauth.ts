/**
 * The OAuth 2.0 authorization-code flow of Data Client apps: the URL to send the user to, and the
 * exchange of the returned code for an access token. The endpoints come from the spec's oauth2 scheme
 * (see the generated `OAUTH_AUTHORIZATION_URL` and `OAUTH_TOKEN_URL`).
 */
import { WebflowError } from "./errors.js";
import { redactValue } from "./redact.js";
import { isPlainObject } from "./validation.js";

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
export function authorizeUrl(options: AuthorizeUrlOptions): string {
  const url = new URL(options.authorizationUrl);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", options.clientId);
  if (options.redirectUri !== undefined) url.searchParams.set("redirect_uri", options.redirectUri);
  url.searchParams.set("scope", options.scopes.join(" "));
  if (options.state !== undefined) url.searchParams.set("state", options.state);
  return url.toString();
}

export interface ExchangeCodeOptions {
  /** The token endpoint, e.g. the generated `OAUTH_TOKEN_URL`. */
  tokenUrl: string;
  clientId: string;
  /** Never included in an error. */
  clientSecret: string;
  code: string;
  redirectUri?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

export interface AccessToken {
  access_token: string;
  token_type: string;
}

/** A failed token exchange: the status and the OAuth `error` code, never the secret or the code. */
export class WebflowOAuthError extends WebflowError {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly errorDescription: string | undefined,
  ) {
    super(
      `OAuth token exchange failed with ${status} ${error}${errorDescription ? `: ${errorDescription}` : ""}`,
    );
  }
}

/** Exchanges an authorization code for an access token. */
export async function exchangeCode(options: ExchangeCodeOptions): Promise<AccessToken> {
  const body = {
    client_id: options.clientId,
    client_secret: options.clientSecret,
    code: options.code,
    grant_type: "authorization_code",
    ...(options.redirectUri !== undefined ? { redirect_uri: options.redirectUri } : {}),
  };
  const response = await (options.fetch ?? globalThis.fetch)(options.tokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (response.ok && isPlainObject(parsed) && typeof parsed.access_token === "string") {
    return {
      access_token: parsed.access_token,
      token_type: typeof parsed.token_type === "string" ? parsed.token_type : "bearer",
    };
  }
  // The endpoint may echo the request, raw or JSON-escaped; the error keeps neither secret.
  const safe = redactValue(redactValue(parsed, options.clientSecret), options.code);
  const error =
    isPlainObject(safe) && typeof safe.error === "string"
      ? safe.error
      : response.ok
        ? "invalid_response"
        : "unknown_error";
  const description =
    isPlainObject(safe) && typeof safe.error_description === "string"
      ? safe.error_description
      : undefined;
  throw new WebflowOAuthError(response.status, error, description);
}
