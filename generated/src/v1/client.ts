/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import {
  createHttpCore,
  type ClientConfig,
  type HttpCore,
  type RequestOptions,
} from "../runtime/http.js";
import type { WebflowNetworkError, WebflowResponseValidationError } from "../runtime/errors.js";
import {
  toApiError,
  type BadRequestError,
  type UnauthorizedError,
  type NotFoundError,
  type TooManyRequestsError,
  type InternalServerError,
} from "./errors.js";
import type { GetAuthorizedInfoResult, GetAuthorizedUserResult } from "./types.js";
import { validateGetAuthorizedInfoResult, validateGetAuthorizedUserResult } from "./validators.js";

/**
 * The default base URL of Webflow API v1 (legacy), from the spec's first server.
 */
export const SERVER_URL = "https://api.webflow.com";

/**
 * The version of the API description this client was generated from.
 */
export const API_VERSION = "1.0.0";

/**
 * Meta operations: Information about the authorization and the user who granted it.
 *
 * Reached as `client.meta`.
 */
export class MetaApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

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
  getAuthorizedInfo(options?: RequestOptions): Promise<GetAuthorizedInfoResult> {
    return this.#core.request<GetAuthorizedInfoResult>(
      {
        operationId: "getAuthorizedInfo",
        method: "GET",
        path: "/info",
        headers: { "Accept-Version": "1.0.0" },
        responseKind: "json",
        validate: validateGetAuthorizedInfoResult,
      },
      options,
    );
  }

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
  getAuthorizedUser(options?: RequestOptions): Promise<GetAuthorizedUserResult> {
    return this.#core.request<GetAuthorizedUserResult>(
      {
        operationId: "getAuthorizedUser",
        method: "GET",
        path: "/user",
        headers: { "Accept-Version": "1.0.0" },
        responseKind: "json",
        validate: validateGetAuthorizedUserResult,
      },
      options,
    );
  }
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
export function createClient(config: ClientConfig): Client {
  const core = createHttpCore({ defaultBaseUrl: SERVER_URL, config, toApiError });
  return { meta: new MetaApi(core) };
}
