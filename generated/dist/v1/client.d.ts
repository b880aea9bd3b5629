import { type ClientConfig, type HttpCore, type RequestOptions } from "../runtime/http.js";
import type { GetAuthorizedInfoResult, GetAuthorizedUserResult } from "./types.js";
/**
 * The default base URL of Webflow API v1 (legacy), from the spec's first server.
 */
export declare const SERVER_URL = "https://api.webflow.com";
/**
 * The version of the API description this client was generated from.
 */
export declare const API_VERSION = "1.0.0";
/**
 * Meta operations: Information about the authorization and the user who granted it.
 *
 * Reached as `client.meta`.
 */
export declare class MetaApi {
    #private;
    constructor(core: HttpCore);
    /**
     * Authorized Info
     *
     * Basic information about the authorization being used: its grant type, the sites, organizations, workspaces and users it covers, its rate limit, and (for OAuth grants) the application.
     *
     * GET `/info` (operationId `getAuthorizedInfo`).
     * @param options - Per-call abort signal, headers and timeout.
     * @returns The 200 response body, validated.
     * @throws {@link BadRequestError} 400: Bad request: the request is malformed, the Accept-Version header is missing or unsupported, or the input failed validation (`problems` lists the failures).
     * @throws {@link UnauthorizedError} 401: Unauthorized: the bearer token is missing, invalid or revoked.
     * @throws {@link NotFoundError} 404: Not found: the requested resource does not exist or is not visible to the token.
     * @throws {@link TooManyRequestsError} 429: Too many requests: the per-minute rate limit of the API key is exhausted. Wait for `Retry-After` seconds before retrying.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    getAuthorizedInfo(options?: RequestOptions): Promise<GetAuthorizedInfoResult>;
    /**
     * Authorized User
     *
     * The user who authorized the token, wrapped in a `user` key (see the x-decision on AuthorizedUserResponse).
     *
     * GET `/user` (operationId `getAuthorizedUser`).
     * @param options - Per-call abort signal, headers and timeout.
     * @returns The 200 response body, validated.
     * @throws {@link BadRequestError} 400: Bad request: the request is malformed, the Accept-Version header is missing or unsupported, or the input failed validation (`problems` lists the failures).
     * @throws {@link UnauthorizedError} 401: Unauthorized: the bearer token is missing, invalid or revoked.
     * @throws {@link NotFoundError} 404: Not found: the requested resource does not exist or is not visible to the token.
     * @throws {@link TooManyRequestsError} 429: Too many requests: the per-minute rate limit of the API key is exhausted. Wait for `Retry-After` seconds before retrying.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    getAuthorizedUser(options?: RequestOptions): Promise<GetAuthorizedUserResult>;
}
/**
 * A Webflow API v1 (legacy) client: one property per tag, one method per operation.
 */
export interface Client {
    readonly meta: MetaApi;
}
/**
 * Creates a Webflow API v1 (legacy) client.
 *
 * Every call sends `Authorization: Bearer <token>` to `https://api.webflow.com` (or `config.baseUrl`), checks the response against the spec unless `validateResponses` is false, and throws a typed error for every documented error status.
 * @example const client = createClient({ token: process.env.WEBFLOW_TOKEN! });
 */
export declare function createClient(config: ClientConfig): Client;
