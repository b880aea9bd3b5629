/**
 * The OAuth 2.0 authorization-code flow of Data Client apps: the URL to send the user to, and the
 * exchange of the returned code for an access token. The endpoints come from the spec's oauth2 scheme
 * (see the generated `OAUTH_AUTHORIZATION_URL` and `OAUTH_TOKEN_URL`).
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
export declare class WebflowOAuthError extends WebflowError {
    readonly status: number;
    readonly error: string;
    readonly errorDescription: string | undefined;
    constructor(status: number, error: string, errorDescription: string | undefined);
}
/** Exchanges an authorization code for an access token. */
export declare function exchangeCode(options: ExchangeCodeOptions): Promise<AccessToken>;
