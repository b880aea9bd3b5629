/**
 * Writing parameters, form bodies and credentials other than a bearer token on the wire. Generated
 * operations that have query parameters, a form body, cookies or a security requirement of their own
 * pass these writers with their request, so a program bundles them only when it calls such an
 * operation; `scalarText` is the HTTP core's own, for path parameters.
 */
import type { BodyKind, CredentialRequest, HeldCredentials, QueryRecord, QueryStyle } from "./http.js";
/**
 * Scalar to its wire text. Non-finite numbers are a caller bug that would otherwise send "NaN"; a
 * lone surrogate would make `encodeURIComponent` throw a `URIError` (and `URLSearchParams` send
 * U+FFFD in its place), so both are the documented `TypeError` instead.
 */
export declare function scalarText(value: string | number | boolean, what: string): string;
/** An operation's query parameters as `?a=1&b=2` ("" when none is sent), each in its OpenAPI style. */
export declare function encodeQuery(operationId: string, query: QueryRecord, styles?: Readonly<Record<string, QueryStyle>>): string;
/** A "form" (`application/x-www-form-urlencoded`) or "multipart" body as fetch sends it. */
export declare function encodeFormBody(kind: BodyKind, body: unknown): FormData | URLSearchParams;
/**
 * The cookies of a request and the credentials of the first alternative of its security requirement
 * (default: a bearer token) the client holds all of, written into `headers`; returns the query, with
 * an API key that travels there. Refused before anything is sent when the client holds none of the
 * alternatives, naming what would do.
 */
export declare function writeCredentials(req: CredentialRequest, headers: Record<string, string>, held: HeldCredentials): QueryRecord | undefined;
