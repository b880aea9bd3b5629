/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import {
  createHttpCore,
  type ClientConfig,
  type HttpCore,
  type RequestOptions,
} from "../runtime/http.js";
import type {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../runtime/errors.js";
import { toApiError, type NotFoundError } from "./errors.js";
import type {
  CreateWebhookParams,
  CreateWebhookResult,
  GetSiteParams,
  GetSiteResult,
} from "./types.js";
import {
  validateCreateWebhookBody,
  validateCreateWebhookResult,
  validateGetSiteResult,
} from "./validators.js";

/**
 * The default base URL of Multi-file API, from the spec's first server.
 */
export const SERVER_URL = "https://api.example.com/v2";

/**
 * The version of the API description this client was generated from.
 */
export const API_VERSION = "2.0.0";

/**
 * Sites operations: Sites and their webhooks.
 *
 * Reached as `client.sites`.
 */
export class SitesApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create a webhook
   *
   * Required scopes: `sites:write`.
   *
   * POST `/sites/{site_id}/webhooks` (operationId `createWebhook`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  createWebhook(
    params: CreateWebhookParams,
    options?: RequestOptions,
  ): Promise<CreateWebhookResult> {
    return this.#core.request<CreateWebhookResult>(
      {
        operationId: "createWebhook",
        method: "POST",
        path: "/sites/{site_id}/webhooks",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateCreateWebhookBody,
        responseKind: "json",
        validate: validateCreateWebhookResult,
      },
      options,
    );
  }

  /**
   * Get a site
   *
   * Required scopes: `sites:read`.
   *
   * GET `/sites/{site_id}` (operationId `getSite`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link NotFoundError} 404: No such site.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  get(params: GetSiteParams, options?: RequestOptions): Promise<GetSiteResult> {
    return this.#core.request<GetSiteResult>(
      {
        operationId: "getSite",
        method: "GET",
        path: "/sites/{site_id}",
        pathParams: { site_id: params.site_id },
        responseKind: "json",
        validate: validateGetSiteResult,
      },
      options,
    );
  }
}

/**
 * A Multi-file API client: one property per tag, one method per operation.
 */
export interface Client {
  readonly sites: SitesApi;
}

/**
 * Creates a Multi-file API client.
 *
 * Every call sends `Authorization: Bearer <token>` to `https://api.example.com/v2` (or `config.baseUrl`), checks the response against the spec unless `validateResponses` is false, and throws a typed error for every documented error status.
 * @example const client = createClient({ token: process.env.WEBFLOW_TOKEN! });
 */
export function createClient(config: ClientConfig): Client {
  const core = createHttpCore({ defaultBaseUrl: SERVER_URL, config, toApiError });
  return { sites: new SitesApi(core) };
}
