/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import {
  createHttpCore,
  type ClientConfig,
  type HttpCore,
  type RequestOptions,
} from "../runtime/http.js";
import { paginate } from "../runtime/paging.js";
import type {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../runtime/errors.js";
import {
  toApiError,
  type BadRequestError,
  type UnauthorizedError,
  type ForbiddenError,
  type NotFoundError,
  type ConflictError,
  type TooManyRequestsError,
  type InternalServerError,
  type ServiceUnavailableError,
} from "./errors.js";
import type {
  BatchDeleteCustomFontsParams,
  BatchDeleteCustomFontsResult,
  BulkCreateCollectionItemsParams,
  BulkCreateCollectionItemsResult,
  CreateAssetFolderParams,
  CreateAssetFolderResult,
  CreateCollectionFieldParams,
  CreateCollectionFieldResult,
  CreateCollectionItemsParams,
  CreateCollectionItemsResult,
  CreateCollectionParams,
  CreateCollectionResult,
  CreateCustomFontParams,
  CreateCustomFontResult,
  CreateLiveCollectionItemsParams,
  CreateLiveCollectionItemsResult,
  CreateProductParams,
  CreateProductResult,
  CreateRedirectParams,
  CreateRedirectResult,
  CreateSiteParams,
  CreateSiteResult,
  CreateSkusParams,
  CreateSkusResult,
  CreateWebhookParams,
  CreateWebhookResult,
  DeleteAllGoogleTagsParams,
  DeleteAllGoogleTagsResult,
  DeleteAssetParams,
  DeleteAssetResult,
  DeleteCollectionFieldParams,
  DeleteCollectionFieldResult,
  DeleteCollectionItemParams,
  DeleteCollectionItemResult,
  DeleteCollectionItemsParams,
  DeleteCollectionItemsResult,
  DeleteCollectionParams,
  DeleteCollectionResult,
  DeleteCustomFontParams,
  DeleteCustomFontResult,
  DeleteFormSubmissionBySiteParams,
  DeleteFormSubmissionBySiteResult,
  DeleteFormSubmissionParams,
  DeleteFormSubmissionResult,
  DeleteGoogleTagParams,
  DeleteGoogleTagResult,
  DeletePageCustomCodeParams,
  DeletePageCustomCodeResult,
  DeleteRedirectParams,
  DeleteRedirectResult,
  DeleteRobotsTxtParams,
  DeleteRobotsTxtResult,
  DeleteSiteCustomCodeParams,
  DeleteSiteCustomCodeResult,
  DeleteSiteParams,
  DeleteSiteResult,
  DeleteWellKnownFilesParams,
  DeleteWellKnownFilesResult,
  FulfillOrderParams,
  FulfillOrderResult,
  GetAssetFolderParams,
  GetAssetFolderResult,
  GetAssetParams,
  GetAssetResult,
  GetAuthorizedUserResult,
  GetCollectionItemParams,
  GetCollectionItemResult,
  GetCollectionParams,
  GetCollectionResult,
  GetCommentThreadParams,
  GetCommentThreadResult,
  GetComponentContentParams,
  GetComponentContentResult,
  GetComponentPropertiesParams,
  GetComponentPropertiesResult,
  GetCustomDomainsParams,
  GetCustomDomainsResult,
  GetCustomFontParams,
  GetCustomFontResult,
  GetEcommerceSettingsParams,
  GetEcommerceSettingsResult,
  GetFormParams,
  GetFormResult,
  GetFormSubmissionBySiteParams,
  GetFormSubmissionBySiteResult,
  GetFormSubmissionParams,
  GetFormSubmissionResult,
  GetInventoryParams,
  GetInventoryResult,
  GetLiveCollectionItemParams,
  GetLiveCollectionItemResult,
  GetOrderParams,
  GetOrderResult,
  GetPageContentParams,
  GetPageContentResult,
  GetPageCustomCodeParams,
  GetPageCustomCodeResult,
  GetPageMetadataParams,
  GetPageMetadataResult,
  GetProductParams,
  GetProductResult,
  GetRobotsTxtParams,
  GetRobotsTxtResult,
  GetSiteCustomCodeParams,
  GetSiteCustomCodeResult,
  GetSiteParams,
  GetSitePlanParams,
  GetSitePlanResult,
  GetSiteResult,
  GetWebhookParams,
  GetWebhookResult,
  IntrospectTokenResult,
  ListAssetFoldersParams,
  ListAssetFoldersResult,
  ListAssetsParams,
  ListAssetsResult,
  ListCollectionItemsParams,
  ListCollectionItemsResult,
  ListCollectionsParams,
  ListCollectionsResult,
  ListCommentRepliesParams,
  ListCommentRepliesResult,
  ListCommentThreadsParams,
  ListCommentThreadsResult,
  ListComponentsParams,
  ListComponentsResult,
  ListCustomCodeBlocksParams,
  ListCustomCodeBlocksResult,
  ListCustomFontsParams,
  ListCustomFontsResult,
  ListFormSubmissionsBySiteAndFormParams,
  ListFormSubmissionsBySiteAndFormResult,
  ListFormSubmissionsBySiteParams,
  ListFormSubmissionsBySiteResult,
  ListFormSubmissionsParams,
  ListFormSubmissionsResult,
  ListFormsParams,
  ListFormsResult,
  ListGoogleTagsParams,
  ListGoogleTagsResult,
  ListLiveCollectionItemsParams,
  ListLiveCollectionItemsResult,
  ListOrdersParams,
  ListOrdersResult,
  ListPagesParams,
  ListPagesResult,
  ListProductsParams,
  ListProductsResult,
  ListRedirectsParams,
  ListRedirectsResult,
  ListRegisteredScriptsParams,
  ListRegisteredScriptsResult,
  ListSiteActivityLogsParams,
  ListSiteActivityLogsResult,
  ListSitesResult,
  ListWebhooksParams,
  ListWebhooksResult,
  ListWorkspaceAuditLogsParams,
  ListWorkspaceAuditLogsResult,
  PublishCollectionItemsParams,
  PublishCollectionItemsResult,
  PublishSiteParams,
  PublishSiteResult,
  RefundOrderParams,
  RefundOrderResult,
  RegisterHostedScriptParams,
  RegisterHostedScriptResult,
  RegisterInlineScriptParams,
  RegisterInlineScriptResult,
  RemoveWebhookParams,
  RemoveWebhookResult,
  ReplaceCustomFontFileParams,
  ReplaceCustomFontFileResult,
  ReplaceRobotsTxtParams,
  ReplaceRobotsTxtResult,
  SetWellKnownFileParams,
  SetWellKnownFileResult,
  UnfulfillOrderParams,
  UnfulfillOrderResult,
  UnpublishLiveCollectionItemParams,
  UnpublishLiveCollectionItemResult,
  UnpublishLiveCollectionItemsParams,
  UnpublishLiveCollectionItemsResult,
  UpdateAssetParams,
  UpdateAssetResult,
  UpdateCollectionFieldParams,
  UpdateCollectionFieldResult,
  UpdateCollectionItemParams,
  UpdateCollectionItemResult,
  UpdateCollectionItemsParams,
  UpdateCollectionItemsResult,
  UpdateComponentContentParams,
  UpdateComponentContentResult,
  UpdateComponentPropertiesParams,
  UpdateComponentPropertiesResult,
  UpdateCustomFontParams,
  UpdateCustomFontResult,
  UpdateFormSubmissionBySiteParams,
  UpdateFormSubmissionBySiteResult,
  UpdateFormSubmissionParams,
  UpdateFormSubmissionResult,
  UpdateGoogleTagsParams,
  UpdateGoogleTagsResult,
  UpdateInventoryParams,
  UpdateInventoryResult,
  UpdateLiveCollectionItemParams,
  UpdateLiveCollectionItemResult,
  UpdateLiveCollectionItemsParams,
  UpdateLiveCollectionItemsResult,
  UpdateOrderParams,
  UpdateOrderResult,
  UpdatePageContentParams,
  UpdatePageContentResult,
  UpdatePageMetadataParams,
  UpdatePageMetadataResult,
  UpdateProductParams,
  UpdateProductResult,
  UpdateRedirectParams,
  UpdateRedirectResult,
  UpdateRobotsTxtParams,
  UpdateRobotsTxtResult,
  UpdateSiteParams,
  UpdateSiteResult,
  UpdateSkuParams,
  UpdateSkuResult,
  UploadAssetParams,
  UploadAssetResult,
  UpsertPageCustomCodeParams,
  UpsertPageCustomCodeResult,
  UpsertSiteCustomCodeParams,
  UpsertSiteCustomCodeResult,
} from "./types.js";
import {
  validateBatchDeleteCustomFontsBody,
  validateBatchDeleteCustomFontsResult,
  validateBulkCreateCollectionItemsBody,
  validateBulkCreateCollectionItemsResult,
  validateCreateAssetFolderBody,
  validateCreateAssetFolderResult,
  validateCreateCollectionBody,
  validateCreateCollectionFieldBody,
  validateCreateCollectionFieldResult,
  validateCreateCollectionItemsBody,
  validateCreateCollectionItemsResult,
  validateCreateCollectionResult,
  validateCreateCustomFontBody,
  validateCreateCustomFontResult,
  validateCreateLiveCollectionItemsBody,
  validateCreateLiveCollectionItemsResult,
  validateCreateProductBody,
  validateCreateProductResult,
  validateCreateRedirectBody,
  validateCreateRedirectResult,
  validateCreateSiteBody,
  validateCreateSiteResult,
  validateCreateSkusBody,
  validateCreateSkusResult,
  validateCreateWebhookBody,
  validateCreateWebhookResult,
  validateDeleteCollectionItemsBody,
  validateDeleteGoogleTagResult,
  validateDeleteRedirectResult,
  validateDeleteRobotsTxtBody,
  validateDeleteRobotsTxtResult,
  validateDeleteWellKnownFilesBody,
  validateFulfillOrderBody,
  validateFulfillOrderResult,
  validateGetAssetFolderResult,
  validateGetAssetResult,
  validateGetAuthorizedUserResult,
  validateGetCollectionItemResult,
  validateGetCollectionResult,
  validateGetCommentThreadResult,
  validateGetComponentContentResult,
  validateGetComponentPropertiesResult,
  validateGetCustomDomainsResult,
  validateGetCustomFontResult,
  validateGetEcommerceSettingsResult,
  validateGetFormResult,
  validateGetFormSubmissionBySiteResult,
  validateGetFormSubmissionResult,
  validateGetInventoryResult,
  validateGetLiveCollectionItemResult,
  validateGetOrderResult,
  validateGetPageContentResult,
  validateGetPageCustomCodeResult,
  validateGetPageMetadataResult,
  validateGetProductResult,
  validateGetRobotsTxtResult,
  validateGetSiteCustomCodeResult,
  validateGetSitePlanResult,
  validateGetSiteResult,
  validateGetWebhookResult,
  validateIntrospectTokenResult,
  validateListAssetFoldersResult,
  validateListAssetsResult,
  validateListCollectionItemsResult,
  validateListCollectionsResult,
  validateListCommentRepliesResult,
  validateListCommentThreadsResult,
  validateListComponentsResult,
  validateListCustomCodeBlocksResult,
  validateListCustomFontsResult,
  validateListFormSubmissionsBySiteAndFormResult,
  validateListFormSubmissionsBySiteResult,
  validateListFormSubmissionsResult,
  validateListFormsResult,
  validateListGoogleTagsResult,
  validateListLiveCollectionItemsResult,
  validateListOrdersResult,
  validateListPagesResult,
  validateListProductsResult,
  validateListRedirectsResult,
  validateListRegisteredScriptsResult,
  validateListSiteActivityLogsResult,
  validateListSitesResult,
  validateListWebhooksResult,
  validateListWorkspaceAuditLogsResult,
  validatePublishCollectionItemsBody,
  validatePublishCollectionItemsResult,
  validatePublishSiteBody,
  validatePublishSiteResult,
  validateRefundOrderBody,
  validateRefundOrderResult,
  validateRegisterHostedScriptBody,
  validateRegisterHostedScriptResult,
  validateRegisterInlineScriptBody,
  validateRegisterInlineScriptResult,
  validateReplaceCustomFontFileBody,
  validateReplaceCustomFontFileResult,
  validateReplaceRobotsTxtBody,
  validateReplaceRobotsTxtResult,
  validateSetWellKnownFileBody,
  validateUnfulfillOrderResult,
  validateUnpublishLiveCollectionItemsBody,
  validateUpdateAssetBody,
  validateUpdateAssetResult,
  validateUpdateCollectionFieldBody,
  validateUpdateCollectionFieldResult,
  validateUpdateCollectionItemBody,
  validateUpdateCollectionItemResult,
  validateUpdateCollectionItemsBody,
  validateUpdateCollectionItemsResult,
  validateUpdateComponentContentBody,
  validateUpdateComponentContentResult,
  validateUpdateComponentPropertiesBody,
  validateUpdateComponentPropertiesResult,
  validateUpdateCustomFontBody,
  validateUpdateCustomFontResult,
  validateUpdateFormSubmissionBody,
  validateUpdateFormSubmissionBySiteBody,
  validateUpdateFormSubmissionBySiteResult,
  validateUpdateFormSubmissionResult,
  validateUpdateGoogleTagsBody,
  validateUpdateGoogleTagsResult,
  validateUpdateInventoryBody,
  validateUpdateInventoryResult,
  validateUpdateLiveCollectionItemBody,
  validateUpdateLiveCollectionItemResult,
  validateUpdateLiveCollectionItemsBody,
  validateUpdateLiveCollectionItemsResult,
  validateUpdateOrderBody,
  validateUpdateOrderResult,
  validateUpdatePageContentBody,
  validateUpdatePageContentResult,
  validateUpdatePageMetadataBody,
  validateUpdatePageMetadataResult,
  validateUpdateProductBody,
  validateUpdateProductResult,
  validateUpdateRedirectBody,
  validateUpdateRedirectResult,
  validateUpdateRobotsTxtBody,
  validateUpdateRobotsTxtResult,
  validateUpdateSiteBody,
  validateUpdateSiteResult,
  validateUpdateSkuBody,
  validateUpdateSkuResult,
  validateUploadAssetBody,
  validateUploadAssetResult,
  validateUpsertPageCustomCodeBody,
  validateUpsertPageCustomCodeResult,
  validateUpsertSiteCustomCodeBody,
  validateUpsertSiteCustomCodeResult,
} from "./validators.js";

/**
 * The default base URL of Webflow Data API, from the spec's first server.
 */
export const SERVER_URL = "https://api.webflow.com/v2";

/**
 * The version of the API description this client was generated from.
 */
export const API_VERSION = "2.0.0";

/**
 * Asset Folders operations: List, read and create the folders that group the assets of a site.
 *
 * Reached as `client.assetFolders`.
 */
export class AssetFoldersApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create Asset Folder
   *
   * Create an asset folder on a site, at the top level or inside another folder (`parentFolder`). Required scope: `assets:write`.
   *
   * Required scopes: `assets:write`.
   *
   * POST `/sites/{site_id}/asset_folders` (operationId `createAssetFolder`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  create(
    params: CreateAssetFolderParams,
    options?: RequestOptions,
  ): Promise<CreateAssetFolderResult> {
    return this.#core.request<CreateAssetFolderResult>(
      {
        operationId: "createAssetFolder",
        method: "POST",
        path: "/sites/{site_id}/asset_folders",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateCreateAssetFolderBody,
        responseKind: "json",
        validate: validateCreateAssetFolderResult,
      },
      options,
    );
  }

  /**
   * Get Asset Folder
   *
   * Get an asset folder and the IDs of the assets in it. Required scope: `assets:read`.
   *
   * Required scopes: `assets:read`.
   *
   * GET `/asset_folders/{asset_folder_id}` (operationId `getAssetFolder`).
   * @param params - asset_folder_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No asset folder with this `asset_folder_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  get(params: GetAssetFolderParams, options?: RequestOptions): Promise<GetAssetFolderResult> {
    return this.#core.request<GetAssetFolderResult>(
      {
        operationId: "getAssetFolder",
        method: "GET",
        path: "/asset_folders/{asset_folder_id}",
        pathParams: { asset_folder_id: params.asset_folder_id },
        responseKind: "json",
        validate: validateGetAssetFolderResult,
      },
      options,
    );
  }

  /**
   * List Asset Folders
   *
   * List the asset folders of a site. The endpoint takes no paging parameters. Required scope: `assets:read`.
   *
   * Required scopes: `assets:read`.
   *
   * GET `/sites/{site_id}/asset_folders` (operationId `listAssetFolders`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(params: ListAssetFoldersParams, options?: RequestOptions): Promise<ListAssetFoldersResult> {
    return this.#core.request<ListAssetFoldersResult>(
      {
        operationId: "listAssetFolders",
        method: "GET",
        path: "/sites/{site_id}/asset_folders",
        pathParams: { site_id: params.site_id },
        responseKind: "json",
        validate: validateListAssetFoldersResult,
      },
      options,
    );
  }
}

/**
 * Assets operations: List, read, upload, update and delete the assets (images and files) of a site.
 *
 * Reached as `client.assets`.
 */
export class AssetsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Delete Asset
   *
   * Delete an asset. Required scope: `assets:write`.
   *
   * Required scopes: `assets:write`.
   *
   * DELETE `/assets/{asset_id}` (operationId `deleteAsset`).
   * @param params - asset_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No asset with this `asset_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  remove(params: DeleteAssetParams, options?: RequestOptions): Promise<DeleteAssetResult> {
    return this.#core.request<DeleteAssetResult>(
      {
        operationId: "deleteAsset",
        method: "DELETE",
        path: "/assets/{asset_id}",
        pathParams: { asset_id: params.asset_id },
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Get Asset
   *
   * Get an asset. Required scope: `assets:read`.
   *
   * Required scopes: `assets:read`.
   *
   * GET `/assets/{asset_id}` (operationId `getAsset`).
   * @param params - asset_id, localeId
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No asset with this `asset_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  get(params: GetAssetParams, options?: RequestOptions): Promise<GetAssetResult> {
    return this.#core.request<GetAssetResult>(
      {
        operationId: "getAsset",
        method: "GET",
        path: "/assets/{asset_id}",
        pathParams: { asset_id: params.asset_id },
        query: { localeId: params.localeId },
        responseKind: "json",
        validate: validateGetAssetResult,
      },
      options,
    );
  }

  /**
   * List Assets
   *
   * List the assets (images and files) of a site, one page at a time (`offset` and `limit`, at most 100 per page), optionally only those of one folder (`folderId`). Required scope: `assets:read`.
   *
   * Required scopes: `assets:read`.
   *
   * GET `/sites/{site_id}/assets` (operationId `listAssets`).
   * @param params - site_id, localeId, offset, limit, folderId
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(params: ListAssetsParams, options?: RequestOptions): Promise<ListAssetsResult> {
    return this.#core.request<ListAssetsResult>(
      {
        operationId: "listAssets",
        method: "GET",
        path: "/sites/{site_id}/assets",
        pathParams: { site_id: params.site_id },
        query: {
          localeId: params.localeId,
          offset: params.offset,
          limit: params.limit,
          folderId: params.folderId,
        },
        responseKind: "json",
        validate: validateListAssetsResult,
      },
      options,
    );
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.assets.iterate(params)) console.log(item);
   */
  iterate(
    params: ListAssetsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListAssetsResult["assets"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.list({ ...params, offset }, options);
      return { items: page.assets, pagination: page.pagination };
    }, params.offset ?? 0);
  }

  /**
   * Update Asset
   *
   * Update the display name and/or the alternative text of an asset; only the fields sent are changed. With `localeId` the alternative text of that locale is updated. Required scope: `assets:write`.
   *
   * Required scopes: `assets:write`.
   *
   * PATCH `/assets/{asset_id}` (operationId `updateAsset`).
   * @param params - asset_id, localeId, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No asset with this `asset_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  update(params: UpdateAssetParams, options?: RequestOptions): Promise<UpdateAssetResult> {
    return this.#core.request<UpdateAssetResult>(
      {
        operationId: "updateAsset",
        method: "PATCH",
        path: "/assets/{asset_id}",
        pathParams: { asset_id: params.asset_id },
        query: { localeId: params.localeId },
        body: params.body,
        validateBody: validateUpdateAssetBody,
        responseKind: "json",
        validate: validateUpdateAssetResult,
      },
      options,
    );
  }

  /**
   * Upload Asset
   *
   * Start uploading an asset to a site. Send the file's name and the MD5 hash of its content; the response holds the new asset's ID and an S3 upload target. Finish the upload by POSTing the file as `multipart/form-data` to `uploadUrl` with every `uploadDetails` field as a form field. Required scope: `assets:write`.
   *
   * Required scopes: `assets:write`.
   *
   * POST `/sites/{site_id}/assets` (operationId `uploadAsset`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  upload(params: UploadAssetParams, options?: RequestOptions): Promise<UploadAssetResult> {
    return this.#core.request<UploadAssetResult>(
      {
        operationId: "uploadAsset",
        method: "POST",
        path: "/sites/{site_id}/assets",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateUploadAssetBody,
        responseKind: "json",
        validate: validateUploadAssetResult,
      },
      options,
    );
  }
}

/**
 * Collections operations: List, read, create and delete the CMS collections of a site.
 *
 * Reached as `client.collections`.
 */
export class CollectionsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create Collection
   *
   * Create a CMS collection on a site, optionally with custom fields. Every collection gets the built-in `name` and `slug` fields automatically; their `displayName` can be changed later but not their slug. Field slugs are lowercased and spaces in them become hyphens. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * POST `/sites/{site_id}/collections` (operationId `createCollection`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: The collection conflicts with one the site already has (for example code `duplicate_collection`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  create(
    params: CreateCollectionParams,
    options?: RequestOptions,
  ): Promise<CreateCollectionResult> {
    return this.#core.request<CreateCollectionResult>(
      {
        operationId: "createCollection",
        method: "POST",
        path: "/sites/{site_id}/collections",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateCreateCollectionBody,
        responseKind: "json",
        validate: validateCreateCollectionResult,
      },
      options,
    );
  }

  /**
   * Delete Collection
   *
   * Delete a CMS collection with all its items. Answers 204 with no body. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * DELETE `/collections/{collection_id}` (operationId `deleteCollection`).
   * @param params - collection_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  remove(
    params: DeleteCollectionParams,
    options?: RequestOptions,
  ): Promise<DeleteCollectionResult> {
    return this.#core.request<DeleteCollectionResult>(
      {
        operationId: "deleteCollection",
        method: "DELETE",
        path: "/collections/{collection_id}",
        pathParams: { collection_id: params.collection_id },
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Get Collection Details
   *
   * Get a CMS collection with all its fields. Required scope: `cms:read`.
   *
   * Required scopes: `cms:read`.
   *
   * GET `/collections/{collection_id}` (operationId `getCollection`).
   * @param params - collection_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it (code `collection_not_found` or `resource_not_found`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  get(params: GetCollectionParams, options?: RequestOptions): Promise<GetCollectionResult> {
    return this.#core.request<GetCollectionResult>(
      {
        operationId: "getCollection",
        method: "GET",
        path: "/collections/{collection_id}",
        pathParams: { collection_id: params.collection_id },
        responseKind: "json",
        validate: validateGetCollectionResult,
      },
      options,
    );
  }

  /**
   * List Collections
   *
   * List the CMS collections of a site, without their fields (see getCollection for those). The list is not paginated. Required scope: `cms:read`.
   *
   * Required scopes: `cms:read`.
   *
   * GET `/sites/{site_id}/collections` (operationId `listCollections`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(params: ListCollectionsParams, options?: RequestOptions): Promise<ListCollectionsResult> {
    return this.#core.request<ListCollectionsResult>(
      {
        operationId: "listCollections",
        method: "GET",
        path: "/sites/{site_id}/collections",
        pathParams: { site_id: params.site_id },
        responseKind: "json",
        validate: validateListCollectionsResult,
      },
      options,
    );
  }
}

/**
 * Comments operations: Read the comment threads and replies left on a site in the Designer.
 *
 * Reached as `client.comments`.
 */
export class CommentsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Get Comment Thread
   *
   * Get a comment thread of a site. Takes the same query parameters as listCommentThreads. Required scope: `comments:read`.
   *
   * Required scopes: `comments:read`.
   *
   * GET `/sites/{site_id}/comments/{comment_thread_id}` (operationId `getCommentThread`).
   * @param params - site_id, comment_thread_id, localeId, offset, limit, sortBy, sortOrder
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no comment thread with this `comment_thread_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  getThread(
    params: GetCommentThreadParams,
    options?: RequestOptions,
  ): Promise<GetCommentThreadResult> {
    return this.#core.request<GetCommentThreadResult>(
      {
        operationId: "getCommentThread",
        method: "GET",
        path: "/sites/{site_id}/comments/{comment_thread_id}",
        pathParams: { site_id: params.site_id, comment_thread_id: params.comment_thread_id },
        query: {
          localeId: params.localeId,
          offset: params.offset,
          limit: params.limit,
          sortBy: params.sortBy,
          sortOrder: params.sortOrder,
        },
        responseKind: "json",
        validate: validateGetCommentThreadResult,
      },
      options,
    );
  }

  /**
   * List Comment Replies
   *
   * List the replies of a comment thread, one page at a time (`offset` and `limit`, at most 100 per page). The replies come under the key `comments`. `sortBy` only applies together with `sortOrder`. Required scope: `comments:read`.
   *
   * Required scopes: `comments:read`.
   *
   * GET `/sites/{site_id}/comments/{comment_thread_id}/replies` (operationId `listCommentReplies`).
   * @param params - site_id, comment_thread_id, localeId, offset, limit, sortBy, sortOrder
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no comment thread with this `comment_thread_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  listReplies(
    params: ListCommentRepliesParams,
    options?: RequestOptions,
  ): Promise<ListCommentRepliesResult> {
    return this.#core.request<ListCommentRepliesResult>(
      {
        operationId: "listCommentReplies",
        method: "GET",
        path: "/sites/{site_id}/comments/{comment_thread_id}/replies",
        pathParams: { site_id: params.site_id, comment_thread_id: params.comment_thread_id },
        query: {
          localeId: params.localeId,
          offset: params.offset,
          limit: params.limit,
          sortBy: params.sortBy,
          sortOrder: params.sortOrder,
        },
        responseKind: "json",
        validate: validateListCommentRepliesResult,
      },
      options,
    );
  }

  /**
   * Every item of `listReplies` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.comments.iterateReplies(params)) console.log(item);
   */
  iterateReplies(
    params: ListCommentRepliesParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListCommentRepliesResult["comments"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.listReplies({ ...params, offset }, options);
      return { items: page.comments, pagination: page.pagination };
    }, params.offset ?? 0);
  }

  /**
   * List Comment Threads
   *
   * List the comment threads of a site, one page at a time (`offset` and `limit`, at most 100 per page). `sortBy` only applies together with `sortOrder`. Required scope: `comments:read`.
   *
   * Required scopes: `comments:read`.
   *
   * GET `/sites/{site_id}/comments` (operationId `listCommentThreads`).
   * @param params - site_id, localeId, offset, limit, sortBy, sortOrder
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  listThreads(
    params: ListCommentThreadsParams,
    options?: RequestOptions,
  ): Promise<ListCommentThreadsResult> {
    return this.#core.request<ListCommentThreadsResult>(
      {
        operationId: "listCommentThreads",
        method: "GET",
        path: "/sites/{site_id}/comments",
        pathParams: { site_id: params.site_id },
        query: {
          localeId: params.localeId,
          offset: params.offset,
          limit: params.limit,
          sortBy: params.sortBy,
          sortOrder: params.sortOrder,
        },
        responseKind: "json",
        validate: validateListCommentThreadsResult,
      },
      options,
    );
  }

  /**
   * Every item of `listThreads` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.comments.iterateThreads(params)) console.log(item);
   */
  iterateThreads(
    params: ListCommentThreadsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListCommentThreadsResult["comments"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.listThreads({ ...params, offset }, options);
      return { items: page.comments, pagination: page.pagination };
    }, params.offset ?? 0);
  }
}

/**
 * Components operations: Read and update the components of a site, their static content and their properties.
 *
 * Reached as `client.components`.
 */
export class ComponentsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Get Component Content
   *
   * Get the static content of a component as a list of nodes (the same node types as getPageContent), one page of results at a time (`offset` and `limit`, at most 100 per page). With `localeId` the content of that locale is returned, with `branchId` the content on that branch. Required scope: `components:read`.
   *
   * Required scopes: `components:read`.
   *
   * GET `/sites/{site_id}/components/{component_id}/dom` (operationId `getComponentContent`).
   * @param params - site_id, component_id, localeId, branchId, limit, offset
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no component with this `component_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  getContent(
    params: GetComponentContentParams,
    options?: RequestOptions,
  ): Promise<GetComponentContentResult> {
    return this.#core.request<GetComponentContentResult>(
      {
        operationId: "getComponentContent",
        method: "GET",
        path: "/sites/{site_id}/components/{component_id}/dom",
        pathParams: { site_id: params.site_id, component_id: params.component_id },
        query: {
          localeId: params.localeId,
          branchId: params.branchId,
          limit: params.limit,
          offset: params.offset,
        },
        responseKind: "json",
        validate: validateGetComponentContentResult,
      },
      options,
    );
  }

  /**
   * Every item of `getContent` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.components.iterateContent(params)) console.log(item);
   */
  iterateContent(
    params: GetComponentContentParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<GetComponentContentResult["nodes"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.getContent({ ...params, offset }, options);
      return { items: page.nodes ?? [], pagination: page.pagination ?? { offset, total: 0 } };
    }, params.offset ?? 0);
  }

  /**
   * Get Component Properties
   *
   * Get the text properties of a component with their default values, one page of results at a time (`offset` and `limit`, at most 100 per page). With `localeId` the values of that locale are returned, with `branchId` the values on that branch. Required scope: `components:read`.
   *
   * Required scopes: `components:read`.
   *
   * GET `/sites/{site_id}/components/{component_id}/properties` (operationId `getComponentProperties`).
   * @param params - site_id, component_id, localeId, branchId, limit, offset
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no component with this `component_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  getProperties(
    params: GetComponentPropertiesParams,
    options?: RequestOptions,
  ): Promise<GetComponentPropertiesResult> {
    return this.#core.request<GetComponentPropertiesResult>(
      {
        operationId: "getComponentProperties",
        method: "GET",
        path: "/sites/{site_id}/components/{component_id}/properties",
        pathParams: { site_id: params.site_id, component_id: params.component_id },
        query: {
          localeId: params.localeId,
          branchId: params.branchId,
          limit: params.limit,
          offset: params.offset,
        },
        responseKind: "json",
        validate: validateGetComponentPropertiesResult,
      },
      options,
    );
  }

  /**
   * Every item of `getProperties` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.components.iterateProperties(params)) console.log(item);
   */
  iterateProperties(
    params: GetComponentPropertiesParams,
    options?: RequestOptions,
  ): AsyncGenerator<
    NonNullable<GetComponentPropertiesResult["properties"]>[number],
    void,
    undefined
  > {
    return paginate(async (offset) => {
      const page = await this.getProperties({ ...params, offset }, options);
      return { items: page.properties ?? [], pagination: page.pagination ?? { offset, total: 0 } };
    }, params.offset ?? 0);
  }

  /**
   * List Components
   *
   * List the components of a site, one page of results at a time (`offset` and `limit`, at most 100 per page). With `branchId` the components of that branch are listed. Required scope: `components:read`.
   *
   * Required scopes: `components:read`.
   *
   * GET `/sites/{site_id}/components` (operationId `listComponents`).
   * @param params - site_id, branchId, limit, offset
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(params: ListComponentsParams, options?: RequestOptions): Promise<ListComponentsResult> {
    return this.#core.request<ListComponentsResult>(
      {
        operationId: "listComponents",
        method: "GET",
        path: "/sites/{site_id}/components",
        pathParams: { site_id: params.site_id },
        query: { branchId: params.branchId, limit: params.limit, offset: params.offset },
        responseKind: "json",
        validate: validateListComponentsResult,
      },
      options,
    );
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.components.iterate(params)) console.log(item);
   */
  iterate(
    params: ListComponentsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListComponentsResult["components"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.list({ ...params, offset }, options);
      return { items: page.components ?? [], pagination: page.pagination ?? { offset, total: 0 } };
    }, params.offset ?? 0);
  }

  /**
   * Update Component Content
   *
   * Update the static content of a component: for each node, identified by `nodeId`, send the new content its type takes (see DomNodeUpdate). With `localeId` the content of that locale is updated, with `branchId` the content on that branch. The response lists in `errors` the updates that could not be applied. Required scope: `components:write`.
   *
   * Required scopes: `components:write`.
   *
   * POST `/sites/{site_id}/components/{component_id}/dom` (operationId `updateComponentContent`).
   * @param params - site_id, component_id, localeId, branchId, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no component with this `component_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  updateContent(
    params: UpdateComponentContentParams,
    options?: RequestOptions,
  ): Promise<UpdateComponentContentResult> {
    return this.#core.request<UpdateComponentContentResult>(
      {
        operationId: "updateComponentContent",
        method: "POST",
        path: "/sites/{site_id}/components/{component_id}/dom",
        pathParams: { site_id: params.site_id, component_id: params.component_id },
        query: { localeId: params.localeId, branchId: params.branchId },
        body: params.body,
        validateBody: validateUpdateComponentContentBody,
        responseKind: "json",
        validate: validateUpdateComponentContentResult,
      },
      options,
    );
  }

  /**
   * Update Component Properties
   *
   * Update the default values of text properties of a component. With `localeId` the values of that locale are updated, with `branchId` the values on that branch. The response lists in `errors` the updates that could not be applied. Required scope: `components:write`.
   *
   * Required scopes: `components:write`.
   *
   * POST `/sites/{site_id}/components/{component_id}/properties` (operationId `updateComponentProperties`).
   * @param params - site_id, component_id, localeId, branchId, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no component with this `component_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  updateProperties(
    params: UpdateComponentPropertiesParams,
    options?: RequestOptions,
  ): Promise<UpdateComponentPropertiesResult> {
    return this.#core.request<UpdateComponentPropertiesResult>(
      {
        operationId: "updateComponentProperties",
        method: "POST",
        path: "/sites/{site_id}/components/{component_id}/properties",
        pathParams: { site_id: params.site_id, component_id: params.component_id },
        query: { localeId: params.localeId, branchId: params.branchId },
        body: params.body,
        validateBody: validateUpdateComponentPropertiesBody,
        responseKind: "json",
        validate: validateUpdateComponentPropertiesResult,
      },
      options,
    );
  }
}

/**
 * Custom Code operations: Apply registered scripts to a site or to its pages as custom code, read and remove them.
 *
 * Reached as `client.customCode`.
 */
export class CustomCodeApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Delete Page Custom Code
   *
   * Remove the custom code (the applied scripts) of a page. Answers 204 with no body. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:write`.
   *
   * DELETE `/pages/{page_id}/custom_code` (operationId `deletePageCustomCode`).
   * @param params - page_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No page with this `page_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  deleteForPage(
    params: DeletePageCustomCodeParams,
    options?: RequestOptions,
  ): Promise<DeletePageCustomCodeResult> {
    return this.#core.request<DeletePageCustomCodeResult>(
      {
        operationId: "deletePageCustomCode",
        method: "DELETE",
        path: "/pages/{page_id}/custom_code",
        pathParams: { page_id: params.page_id },
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Delete Site Custom Code
   *
   * Remove the custom code (the applied scripts) of a site. Answers 204 with no body. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:write`.
   *
   * DELETE `/sites/{site_id}/custom_code` (operationId `deleteSiteCustomCode`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  deleteForSite(
    params: DeleteSiteCustomCodeParams,
    options?: RequestOptions,
  ): Promise<DeleteSiteCustomCodeResult> {
    return this.#core.request<DeleteSiteCustomCodeResult>(
      {
        operationId: "deleteSiteCustomCode",
        method: "DELETE",
        path: "/sites/{site_id}/custom_code",
        pathParams: { site_id: params.site_id },
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Get Page Custom Code
   *
   * Get the registered scripts applied to a page as custom code. Required scope: `custom_code:read` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:read`.
   *
   * GET `/pages/{page_id}/custom_code` (operationId `getPageCustomCode`).
   * @param params - page_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No page with this `page_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  getForPage(
    params: GetPageCustomCodeParams,
    options?: RequestOptions,
  ): Promise<GetPageCustomCodeResult> {
    return this.#core.request<GetPageCustomCodeResult>(
      {
        operationId: "getPageCustomCode",
        method: "GET",
        path: "/pages/{page_id}/custom_code",
        pathParams: { page_id: params.page_id },
        responseKind: "json",
        validate: validateGetPageCustomCodeResult,
      },
      options,
    );
  }

  /**
   * Get Site Custom Code
   *
   * Get the registered scripts applied to a site as custom code. Required scope: `custom_code:read` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:read`.
   *
   * GET `/sites/{site_id}/custom_code` (operationId `getSiteCustomCode`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  getForSite(
    params: GetSiteCustomCodeParams,
    options?: RequestOptions,
  ): Promise<GetSiteCustomCodeResult> {
    return this.#core.request<GetSiteCustomCodeResult>(
      {
        operationId: "getSiteCustomCode",
        method: "GET",
        path: "/sites/{site_id}/custom_code",
        pathParams: { site_id: params.site_id },
        responseKind: "json",
        validate: validateGetSiteCustomCodeResult,
      },
      options,
    );
  }

  /**
   * List Custom Code Blocks
   *
   * List the custom code applied across a site, one block for the site itself and one for each page that has custom code, one page of results at a time (`offset` and `limit`, at most 100 per page). Required scope: `custom_code:read` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:read`.
   *
   * GET `/sites/{site_id}/custom_code/blocks` (operationId `listCustomCodeBlocks`).
   * @param params - site_id, offset, limit
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  listBlocks(
    params: ListCustomCodeBlocksParams,
    options?: RequestOptions,
  ): Promise<ListCustomCodeBlocksResult> {
    return this.#core.request<ListCustomCodeBlocksResult>(
      {
        operationId: "listCustomCodeBlocks",
        method: "GET",
        path: "/sites/{site_id}/custom_code/blocks",
        pathParams: { site_id: params.site_id },
        query: { offset: params.offset, limit: params.limit },
        responseKind: "json",
        validate: validateListCustomCodeBlocksResult,
      },
      options,
    );
  }

  /**
   * Every item of `listBlocks` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.customCode.iterateBlocks(params)) console.log(item);
   */
  iterateBlocks(
    params: ListCustomCodeBlocksParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListCustomCodeBlocksResult["blocks"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.listBlocks({ ...params, offset }, options);
      return { items: page.blocks ?? [], pagination: page.pagination ?? { offset, total: 0 } };
    }, params.offset ?? 0);
  }

  /**
   * Add/Update Page Custom Code
   *
   * Apply registered scripts to a page as custom code (add them, or change their version, location or attributes). The scripts must have been registered first (see client.scripts). Answers with the custom code of the page. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:write`.
   *
   * PUT `/pages/{page_id}/custom_code` (operationId `upsertPageCustomCode`).
   * @param params - page_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No page with this `page_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: The custom code conflicts with the current state of the page (code `conflict`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  upsertForPage(
    params: UpsertPageCustomCodeParams,
    options?: RequestOptions,
  ): Promise<UpsertPageCustomCodeResult> {
    return this.#core.request<UpsertPageCustomCodeResult>(
      {
        operationId: "upsertPageCustomCode",
        method: "PUT",
        path: "/pages/{page_id}/custom_code",
        pathParams: { page_id: params.page_id },
        body: params.body,
        validateBody: validateUpsertPageCustomCodeBody,
        responseKind: "json",
        validate: validateUpsertPageCustomCodeResult,
      },
      options,
    );
  }

  /**
   * Add/Update Site Custom Code
   *
   * Apply registered scripts to a site as custom code (add them, or change their version, location or attributes). The scripts must have been registered first (see client.scripts). Answers with the custom code of the site. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:write`.
   *
   * PUT `/sites/{site_id}/custom_code` (operationId `upsertSiteCustomCode`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  upsertForSite(
    params: UpsertSiteCustomCodeParams,
    options?: RequestOptions,
  ): Promise<UpsertSiteCustomCodeResult> {
    return this.#core.request<UpsertSiteCustomCodeResult>(
      {
        operationId: "upsertSiteCustomCode",
        method: "PUT",
        path: "/sites/{site_id}/custom_code",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateUpsertSiteCustomCodeBody,
        responseKind: "json",
        validate: validateUpsertSiteCustomCodeResult,
      },
      options,
    );
  }
}

/**
 * Custom Fonts operations: List, read, upload, update, replace and delete the custom fonts of a site.
 *
 * Reached as `client.customFonts`.
 */
export class CustomFontsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Batch Delete Custom Fonts
   *
   * Delete several custom fonts of a site in one request. The response lists the fonts that were deleted and those that could not be, with the reason; a font that could not be deleted does not fail the request. Required scope: `sites:write`.
   *
   * Required scopes: `sites:write`.
   *
   * POST `/sites/{site_id}/custom_fonts/batchDelete` (operationId `batchDeleteCustomFonts`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  batchDelete(
    params: BatchDeleteCustomFontsParams,
    options?: RequestOptions,
  ): Promise<BatchDeleteCustomFontsResult> {
    return this.#core.request<BatchDeleteCustomFontsResult>(
      {
        operationId: "batchDeleteCustomFonts",
        method: "POST",
        path: "/sites/{site_id}/custom_fonts/batchDelete",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateBatchDeleteCustomFontsBody,
        responseKind: "json",
        validate: validateBatchDeleteCustomFontsResult,
      },
      options,
    );
  }

  /**
   * Create Custom Font
   *
   * Create a custom font on a site. Send the font's settings and the name and MD5 hash of its file; the API answers 202 Accepted with the font's record and an S3 upload target. Finish by POSTing the file as `multipart/form-data` to `upload.url` with every `upload.fields` entry as a form field, before `upload.expiresAt`. Required scope: `sites:write`.
   *
   * Required scopes: `sites:write`.
   *
   * POST `/sites/{site_id}/custom_fonts` (operationId `createCustomFont`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 202 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: Conflict: the request conflicts with the current state of the resource (code `conflict`), e.g. creating a webhook that already exists or exceeds the limit for its trigger type.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  create(
    params: CreateCustomFontParams,
    options?: RequestOptions,
  ): Promise<CreateCustomFontResult> {
    return this.#core.request<CreateCustomFontResult>(
      {
        operationId: "createCustomFont",
        method: "POST",
        path: "/sites/{site_id}/custom_fonts",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateCreateCustomFontBody,
        responseKind: "json",
        validate: validateCreateCustomFontResult,
      },
      options,
    );
  }

  /**
   * Delete Custom Font
   *
   * Delete a custom font of a site. Required scope: `sites:write`.
   *
   * Required scopes: `sites:write`.
   *
   * DELETE `/sites/{site_id}/custom_fonts/{font_id}` (operationId `deleteCustomFont`).
   * @param params - site_id, font_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no custom font with this `font_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  remove(
    params: DeleteCustomFontParams,
    options?: RequestOptions,
  ): Promise<DeleteCustomFontResult> {
    return this.#core.request<DeleteCustomFontResult>(
      {
        operationId: "deleteCustomFont",
        method: "DELETE",
        path: "/sites/{site_id}/custom_fonts/{font_id}",
        pathParams: { site_id: params.site_id, font_id: params.font_id },
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Get Custom Font
   *
   * Get a custom font of a site. Required scope: `sites:read`.
   *
   * Required scopes: `sites:read`.
   *
   * GET `/sites/{site_id}/custom_fonts/{font_id}` (operationId `getCustomFont`).
   * @param params - site_id, font_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no custom font with this `font_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  get(params: GetCustomFontParams, options?: RequestOptions): Promise<GetCustomFontResult> {
    return this.#core.request<GetCustomFontResult>(
      {
        operationId: "getCustomFont",
        method: "GET",
        path: "/sites/{site_id}/custom_fonts/{font_id}",
        pathParams: { site_id: params.site_id, font_id: params.font_id },
        responseKind: "json",
        validate: validateGetCustomFontResult,
      },
      options,
    );
  }

  /**
   * List Custom Fonts
   *
   * List the custom fonts of a site, one page at a time (`offset` and `limit`, at most 100 per page). Required scope: `sites:read`.
   *
   * Required scopes: `sites:read`.
   *
   * GET `/sites/{site_id}/custom_fonts` (operationId `listCustomFonts`).
   * @param params - site_id, offset, limit
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(params: ListCustomFontsParams, options?: RequestOptions): Promise<ListCustomFontsResult> {
    return this.#core.request<ListCustomFontsResult>(
      {
        operationId: "listCustomFonts",
        method: "GET",
        path: "/sites/{site_id}/custom_fonts",
        pathParams: { site_id: params.site_id },
        query: { offset: params.offset, limit: params.limit },
        responseKind: "json",
        validate: validateListCustomFontsResult,
      },
      options,
    );
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.customFonts.iterate(params)) console.log(item);
   */
  iterate(
    params: ListCustomFontsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListCustomFontsResult["customFonts"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.list({ ...params, offset }, options);
      return { items: page.customFonts, pagination: page.pagination };
    }, params.offset ?? 0);
  }

  /**
   * Replace Custom Font File
   *
   * Replace the file of a custom font, keeping its ID and settings. Send the name and MD5 hash of the new file; the API answers 202 Accepted with an S3 upload target to POST the new file to, as for createCustomFont. Required scope: `sites:write`.
   *
   * Required scopes: `sites:write`.
   *
   * PUT `/sites/{site_id}/custom_fonts/{font_id}/file` (operationId `replaceCustomFontFile`).
   * @param params - site_id, font_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 202 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no custom font with this `font_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  replaceFile(
    params: ReplaceCustomFontFileParams,
    options?: RequestOptions,
  ): Promise<ReplaceCustomFontFileResult> {
    return this.#core.request<ReplaceCustomFontFileResult>(
      {
        operationId: "replaceCustomFontFile",
        method: "PUT",
        path: "/sites/{site_id}/custom_fonts/{font_id}/file",
        pathParams: { site_id: params.site_id, font_id: params.font_id },
        body: params.body,
        validateBody: validateReplaceCustomFontFileBody,
        responseKind: "json",
        validate: validateReplaceCustomFontFileResult,
      },
      options,
    );
  }

  /**
   * Update Custom Font
   *
   * Update the settings of a custom font (family name, weight, style, display strategy); only the fields sent are changed. To change the font file, use replaceCustomFontFile. Required scope: `sites:write`.
   *
   * Required scopes: `sites:write`.
   *
   * PATCH `/sites/{site_id}/custom_fonts/{font_id}` (operationId `updateCustomFont`).
   * @param params - site_id, font_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no custom font with this `font_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  update(
    params: UpdateCustomFontParams,
    options?: RequestOptions,
  ): Promise<UpdateCustomFontResult> {
    return this.#core.request<UpdateCustomFontResult>(
      {
        operationId: "updateCustomFont",
        method: "PATCH",
        path: "/sites/{site_id}/custom_fonts/{font_id}",
        pathParams: { site_id: params.site_id, font_id: params.font_id },
        body: params.body,
        validateBody: validateUpdateCustomFontBody,
        responseKind: "json",
        validate: validateUpdateCustomFontResult,
      },
      options,
    );
  }
}

/**
 * Ecommerce operations: Read the ecommerce settings of a site.
 *
 * Reached as `client.ecommerce`.
 */
export class EcommerceApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Get Ecommerce Settings
   *
   * Get the ecommerce settings of a site, such as its default currency. Required scope: `ecommerce:read`.
   *
   * Required scopes: `ecommerce:read`.
   *
   * GET `/sites/{site_id}/ecommerce/settings` (operationId `getEcommerceSettings`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  getSettings(
    params: GetEcommerceSettingsParams,
    options?: RequestOptions,
  ): Promise<GetEcommerceSettingsResult> {
    return this.#core.request<GetEcommerceSettingsResult>(
      {
        operationId: "getEcommerceSettings",
        method: "GET",
        path: "/sites/{site_id}/ecommerce/settings",
        pathParams: { site_id: params.site_id },
        responseKind: "json",
        validate: validateGetEcommerceSettingsResult,
      },
      options,
    );
  }
}

/**
 * Fields operations: Create, update and delete the custom fields of a CMS collection.
 *
 * Reached as `client.fields`.
 */
export class FieldsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create Collection Field
   *
   * Create one custom field in a collection: a static field, an Option field (with its options) or a Reference/MultiReference field (with the referenced collection). Several fields cannot be created in one request here (send them in `fields` when creating the collection), and field validations cannot be set through the API. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * POST `/collections/{collection_id}/fields` (operationId `createCollectionField`).
   * @param params - collection_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: The field conflicts with one the collection already has (for example the same slug).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  create(
    params: CreateCollectionFieldParams,
    options?: RequestOptions,
  ): Promise<CreateCollectionFieldResult> {
    return this.#core.request<CreateCollectionFieldResult>(
      {
        operationId: "createCollectionField",
        method: "POST",
        path: "/collections/{collection_id}/fields",
        pathParams: { collection_id: params.collection_id },
        body: params.body,
        validateBody: validateCreateCollectionFieldBody,
        responseKind: "json",
        validate: validateCreateCollectionFieldResult,
      },
      options,
    );
  }

  /**
   * Delete Collection Field
   *
   * Delete a custom field of a collection (one field per request). Answers 204 with no body. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * DELETE `/collections/{collection_id}/fields/{field_id}` (operationId `deleteCollectionField`).
   * @param params - collection_id, field_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no field with this `field_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  remove(
    params: DeleteCollectionFieldParams,
    options?: RequestOptions,
  ): Promise<DeleteCollectionFieldResult> {
    return this.#core.request<DeleteCollectionFieldResult>(
      {
        operationId: "deleteCollectionField",
        method: "DELETE",
        path: "/collections/{collection_id}/fields/{field_id}",
        pathParams: { collection_id: params.collection_id, field_id: params.field_id },
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Update Collection Field
   *
   * Update a custom field of a collection: whether it is required, its display name and its help text. Only the properties sent are changed. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * PATCH `/collections/{collection_id}/fields/{field_id}` (operationId `updateCollectionField`).
   * @param params - collection_id, field_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no field with this `field_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  update(
    params: UpdateCollectionFieldParams,
    options?: RequestOptions,
  ): Promise<UpdateCollectionFieldResult> {
    return this.#core.request<UpdateCollectionFieldResult>(
      {
        operationId: "updateCollectionField",
        method: "PATCH",
        path: "/collections/{collection_id}/fields/{field_id}",
        pathParams: { collection_id: params.collection_id, field_id: params.field_id },
        body: params.body,
        validateBody: validateUpdateCollectionFieldBody,
        responseKind: "json",
        validate: validateUpdateCollectionFieldResult,
      },
      options,
    );
  }
}

/**
 * Form Submissions operations: List, read, modify and delete the submissions of the forms of a site.
 *
 * Reached as `client.formSubmissions`.
 */
export class FormSubmissionsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Delete Form Submission
   *
   * Delete a form submission. Required scope: `forms:write`.
   *
   * Required scopes: `forms:write`.
   *
   * DELETE `/form_submissions/{form_submission_id}` (operationId `deleteFormSubmission`).
   * @param params - form_submission_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No form submission with this `form_submission_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: Conflict: the request conflicts with the current state of the resource (code `conflict`), e.g. creating a webhook that already exists or exceeds the limit for its trigger type.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  remove(
    params: DeleteFormSubmissionParams,
    options?: RequestOptions,
  ): Promise<DeleteFormSubmissionResult> {
    return this.#core.request<DeleteFormSubmissionResult>(
      {
        operationId: "deleteFormSubmission",
        method: "DELETE",
        path: "/form_submissions/{form_submission_id}",
        pathParams: { form_submission_id: params.form_submission_id },
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Delete Form Submission by Site
   *
   * Delete a form submission of a site. Required scope: `forms:write`.
   *
   * Required scopes: `forms:write`.
   *
   * DELETE `/sites/{site_id}/form_submissions/{form_submission_id}` (operationId `deleteFormSubmissionBySite`).
   * @param params - site_id, form_submission_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no form submission with this `form_submission_id`.
   * @throws {@link ConflictError} 409: Conflict: the request conflicts with the current state of the resource (code `conflict`), e.g. creating a webhook that already exists or exceeds the limit for its trigger type.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  removeBySite(
    params: DeleteFormSubmissionBySiteParams,
    options?: RequestOptions,
  ): Promise<DeleteFormSubmissionBySiteResult> {
    return this.#core.request<DeleteFormSubmissionBySiteResult>(
      {
        operationId: "deleteFormSubmissionBySite",
        method: "DELETE",
        path: "/sites/{site_id}/form_submissions/{form_submission_id}",
        pathParams: { site_id: params.site_id, form_submission_id: params.form_submission_id },
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Get Form Submission
   *
   * Get a form submission. Required scope: `forms:read`.
   *
   * Required scopes: `forms:read`.
   *
   * GET `/form_submissions/{form_submission_id}` (operationId `getFormSubmission`).
   * @param params - form_submission_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No form submission with this `form_submission_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  get(params: GetFormSubmissionParams, options?: RequestOptions): Promise<GetFormSubmissionResult> {
    return this.#core.request<GetFormSubmissionResult>(
      {
        operationId: "getFormSubmission",
        method: "GET",
        path: "/form_submissions/{form_submission_id}",
        pathParams: { form_submission_id: params.form_submission_id },
        responseKind: "json",
        validate: validateGetFormSubmissionResult,
      },
      options,
    );
  }

  /**
   * Get Form Submission by Site
   *
   * Get a form submission of a site. Required scope: `forms:read`.
   *
   * Required scopes: `forms:read`.
   *
   * GET `/sites/{site_id}/form_submissions/{form_submission_id}` (operationId `getFormSubmissionBySite`).
   * @param params - site_id, form_submission_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no form submission with this `form_submission_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  getBySite(
    params: GetFormSubmissionBySiteParams,
    options?: RequestOptions,
  ): Promise<GetFormSubmissionBySiteResult> {
    return this.#core.request<GetFormSubmissionBySiteResult>(
      {
        operationId: "getFormSubmissionBySite",
        method: "GET",
        path: "/sites/{site_id}/form_submissions/{form_submission_id}",
        pathParams: { site_id: params.site_id, form_submission_id: params.form_submission_id },
        responseKind: "json",
        validate: validateGetFormSubmissionBySiteResult,
      },
      options,
    );
  }

  /**
   * List Form Submissions
   *
   * List the submissions of a form, one page at a time (`offset` and `limit`, at most 100 per page). The same list is available under the site as listFormSubmissionsBySiteAndForm. Required scope: `forms:read`.
   *
   * Required scopes: `forms:read`.
   *
   * GET `/forms/{form_id}/submissions` (operationId `listFormSubmissions`).
   * @param params - form_id, offset, limit
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No form with this `form_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(
    params: ListFormSubmissionsParams,
    options?: RequestOptions,
  ): Promise<ListFormSubmissionsResult> {
    return this.#core.request<ListFormSubmissionsResult>(
      {
        operationId: "listFormSubmissions",
        method: "GET",
        path: "/forms/{form_id}/submissions",
        pathParams: { form_id: params.form_id },
        query: { offset: params.offset, limit: params.limit },
        responseKind: "json",
        validate: validateListFormSubmissionsResult,
      },
      options,
    );
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.formSubmissions.iterate(params)) console.log(item);
   */
  iterate(
    params: ListFormSubmissionsParams,
    options?: RequestOptions,
  ): AsyncGenerator<
    NonNullable<ListFormSubmissionsResult["formSubmissions"]>[number],
    void,
    undefined
  > {
    return paginate(async (offset) => {
      const page = await this.list({ ...params, offset }, options);
      return {
        items: page.formSubmissions ?? [],
        pagination: page.pagination ?? { offset, total: 0 },
      };
    }, params.offset ?? 0);
  }

  /**
   * List Form Submissions by Site
   *
   * List the form submissions of a site across all its forms, one page at a time (`offset` and `limit`, at most 100 per page), optionally only those of one form element (`elementId`). Required scope: `forms:read`.
   *
   * Required scopes: `forms:read`.
   *
   * GET `/sites/{site_id}/form_submissions` (operationId `listFormSubmissionsBySite`).
   * @param params - site_id, elementId, offset, limit
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  listBySite(
    params: ListFormSubmissionsBySiteParams,
    options?: RequestOptions,
  ): Promise<ListFormSubmissionsBySiteResult> {
    return this.#core.request<ListFormSubmissionsBySiteResult>(
      {
        operationId: "listFormSubmissionsBySite",
        method: "GET",
        path: "/sites/{site_id}/form_submissions",
        pathParams: { site_id: params.site_id },
        query: { elementId: params.elementId, offset: params.offset, limit: params.limit },
        responseKind: "json",
        validate: validateListFormSubmissionsBySiteResult,
      },
      options,
    );
  }

  /**
   * Every item of `listBySite` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.formSubmissions.iterateBySite(params)) console.log(item);
   */
  iterateBySite(
    params: ListFormSubmissionsBySiteParams,
    options?: RequestOptions,
  ): AsyncGenerator<
    NonNullable<ListFormSubmissionsBySiteResult["formSubmissions"]>[number],
    void,
    undefined
  > {
    return paginate(async (offset) => {
      const page = await this.listBySite({ ...params, offset }, options);
      return {
        items: page.formSubmissions ?? [],
        pagination: page.pagination ?? { offset, total: 0 },
      };
    }, params.offset ?? 0);
  }

  /**
   * List Form Submissions by Site and Form
   *
   * List the submissions of one form of a site, one page at a time (`offset` and `limit`, at most 100 per page). Required scope: `forms:read`.
   *
   * Required scopes: `forms:read`.
   *
   * GET `/sites/{site_id}/forms/{form_id}/submissions` (operationId `listFormSubmissionsBySiteAndForm`).
   * @param params - site_id, form_id, offset, limit
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no form with this `form_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  listBySiteAndForm(
    params: ListFormSubmissionsBySiteAndFormParams,
    options?: RequestOptions,
  ): Promise<ListFormSubmissionsBySiteAndFormResult> {
    return this.#core.request<ListFormSubmissionsBySiteAndFormResult>(
      {
        operationId: "listFormSubmissionsBySiteAndForm",
        method: "GET",
        path: "/sites/{site_id}/forms/{form_id}/submissions",
        pathParams: { site_id: params.site_id, form_id: params.form_id },
        query: { offset: params.offset, limit: params.limit },
        responseKind: "json",
        validate: validateListFormSubmissionsBySiteAndFormResult,
      },
      options,
    );
  }

  /**
   * Every item of `listBySiteAndForm` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.formSubmissions.iterateBySiteAndForm(params)) console.log(item);
   */
  iterateBySiteAndForm(
    params: ListFormSubmissionsBySiteAndFormParams,
    options?: RequestOptions,
  ): AsyncGenerator<
    NonNullable<ListFormSubmissionsBySiteAndFormResult["formSubmissions"]>[number],
    void,
    undefined
  > {
    return paginate(async (offset) => {
      const page = await this.listBySiteAndForm({ ...params, offset }, options);
      return {
        items: page.formSubmissions ?? [],
        pagination: page.pagination ?? { offset, total: 0 },
      };
    }, params.offset ?? 0);
  }

  /**
   * Modify Form Submission
   *
   * Modify the submitted values of a form submission. Required scope: `forms:write`.
   *
   * Required scopes: `forms:write`.
   *
   * PATCH `/form_submissions/{form_submission_id}` (operationId `updateFormSubmission`).
   * @param params - form_submission_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No form submission with this `form_submission_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: Conflict: the request conflicts with the current state of the resource (code `conflict`), e.g. creating a webhook that already exists or exceeds the limit for its trigger type.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  update(
    params: UpdateFormSubmissionParams,
    options?: RequestOptions,
  ): Promise<UpdateFormSubmissionResult> {
    return this.#core.request<UpdateFormSubmissionResult>(
      {
        operationId: "updateFormSubmission",
        method: "PATCH",
        path: "/form_submissions/{form_submission_id}",
        pathParams: { form_submission_id: params.form_submission_id },
        body: params.body,
        validateBody: validateUpdateFormSubmissionBody,
        responseKind: "json",
        validate: validateUpdateFormSubmissionResult,
      },
      options,
    );
  }

  /**
   * Modify Form Submission by Site
   *
   * Modify the submitted values of a form submission of a site. Required scope: `forms:write`.
   *
   * Required scopes: `forms:write`.
   *
   * PATCH `/sites/{site_id}/form_submissions/{form_submission_id}` (operationId `updateFormSubmissionBySite`).
   * @param params - site_id, form_submission_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no form submission with this `form_submission_id`.
   * @throws {@link ConflictError} 409: Conflict: the request conflicts with the current state of the resource (code `conflict`), e.g. creating a webhook that already exists or exceeds the limit for its trigger type.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  updateBySite(
    params: UpdateFormSubmissionBySiteParams,
    options?: RequestOptions,
  ): Promise<UpdateFormSubmissionBySiteResult> {
    return this.#core.request<UpdateFormSubmissionBySiteResult>(
      {
        operationId: "updateFormSubmissionBySite",
        method: "PATCH",
        path: "/sites/{site_id}/form_submissions/{form_submission_id}",
        pathParams: { site_id: params.site_id, form_submission_id: params.form_submission_id },
        body: params.body,
        validateBody: validateUpdateFormSubmissionBySiteBody,
        responseKind: "json",
        validate: validateUpdateFormSubmissionBySiteResult,
      },
      options,
    );
  }
}

/**
 * Forms operations: List the forms of a site and read their schema.
 *
 * Reached as `client.forms`.
 */
export class FormsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Get Form Schema
   *
   * Get a form and its schema: its fields and response settings. Required scope: `forms:read`.
   *
   * Required scopes: `forms:read`.
   *
   * GET `/forms/{form_id}` (operationId `getForm`).
   * @param params - form_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No form with this `form_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  get(params: GetFormParams, options?: RequestOptions): Promise<GetFormResult> {
    return this.#core.request<GetFormResult>(
      {
        operationId: "getForm",
        method: "GET",
        path: "/forms/{form_id}",
        pathParams: { form_id: params.form_id },
        responseKind: "json",
        validate: validateGetFormResult,
      },
      options,
    );
  }

  /**
   * List Forms
   *
   * List the forms of a site, one page at a time (`offset` and `limit`, at most 100 per page). Required scope: `forms:read`.
   *
   * Required scopes: `forms:read`.
   *
   * GET `/sites/{site_id}/forms` (operationId `listForms`).
   * @param params - site_id, offset, limit
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: Conflict: the request conflicts with the current state of the resource (code `conflict`), e.g. creating a webhook that already exists or exceeds the limit for its trigger type.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(params: ListFormsParams, options?: RequestOptions): Promise<ListFormsResult> {
    return this.#core.request<ListFormsResult>(
      {
        operationId: "listForms",
        method: "GET",
        path: "/sites/{site_id}/forms",
        pathParams: { site_id: params.site_id },
        query: { offset: params.offset, limit: params.limit },
        responseKind: "json",
        validate: validateListFormsResult,
      },
      options,
    );
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.forms.iterate(params)) console.log(item);
   */
  iterate(
    params: ListFormsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListFormsResult["forms"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.list({ ...params, offset }, options);
      return { items: page.forms, pagination: page.pagination };
    }, params.offset ?? 0);
  }
}

/**
 * Google Tags operations: List, update and remove the Google tags installed on a site.
 *
 * Reached as `client.googleTags`.
 */
export class GoogleTagsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Delete Google Tags
   *
   * Remove every Google tag installed on a site. Answers 204 with no body. Required scope: `sites:write`.
   *
   * Required scopes: `sites:write`.
   *
   * DELETE `/sites/{site_id}/integrations/google_tags` (operationId `deleteAllGoogleTags`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  removeAll(
    params: DeleteAllGoogleTagsParams,
    options?: RequestOptions,
  ): Promise<DeleteAllGoogleTagsResult> {
    return this.#core.request<DeleteAllGoogleTagsResult>(
      {
        operationId: "deleteAllGoogleTags",
        method: "DELETE",
        path: "/sites/{site_id}/integrations/google_tags",
        pathParams: { site_id: params.site_id },
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Delete Google Tag
   *
   * Remove one Google tag from a site. Answers 200 with the Google tags that remain. Required scope: `sites:write`.
   *
   * Required scopes: `sites:write`.
   *
   * DELETE `/sites/{site_id}/integrations/google_tags/{tag_id}` (operationId `deleteGoogleTag`).
   * @param params - site_id, tag_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no Google tag with this `tag_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  remove(params: DeleteGoogleTagParams, options?: RequestOptions): Promise<DeleteGoogleTagResult> {
    return this.#core.request<DeleteGoogleTagResult>(
      {
        operationId: "deleteGoogleTag",
        method: "DELETE",
        path: "/sites/{site_id}/integrations/google_tags/{tag_id}",
        pathParams: { site_id: params.site_id, tag_id: params.tag_id },
        responseKind: "json",
        validate: validateDeleteGoogleTagResult,
      },
      options,
    );
  }

  /**
   * List Google Tags
   *
   * List the Google tags (Google Analytics, Google Ads... tag IDs) installed on a site. Required scope: `sites:read`.
   *
   * Required scopes: `sites:read`.
   *
   * GET `/sites/{site_id}/integrations/google_tags` (operationId `listGoogleTags`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(params: ListGoogleTagsParams, options?: RequestOptions): Promise<ListGoogleTagsResult> {
    return this.#core.request<ListGoogleTagsResult>(
      {
        operationId: "listGoogleTags",
        method: "GET",
        path: "/sites/{site_id}/integrations/google_tags",
        pathParams: { site_id: params.site_id },
        responseKind: "json",
        validate: validateListGoogleTagsResult,
      },
      options,
    );
  }

  /**
   * Update Google Tag
   *
   * Update the Google tags installed on a site with the tags sent. Answers with the Google tags of the site after the change. Required scope: `sites:write`.
   *
   * Required scopes: `sites:write`.
   *
   * PATCH `/sites/{site_id}/integrations/google_tags` (operationId `updateGoogleTags`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  update(
    params: UpdateGoogleTagsParams,
    options?: RequestOptions,
  ): Promise<UpdateGoogleTagsResult> {
    return this.#core.request<UpdateGoogleTagsResult>(
      {
        operationId: "updateGoogleTags",
        method: "PATCH",
        path: "/sites/{site_id}/integrations/google_tags",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateUpdateGoogleTagsBody,
        responseKind: "json",
        validate: validateUpdateGoogleTagsResult,
      },
      options,
    );
  }
}

/**
 * Inventory operations: Read and update the inventory (stock) of ecommerce SKUs.
 *
 * Reached as `client.inventory`.
 */
export class InventoryApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * List Inventory
   *
   * Get the inventory of a SKU: whether its stock is tracked and how many units are in stock. The SKU is addressed as an item of the site's SKUs collection. Required scope: `ecommerce:read`.
   *
   * Required scopes: `ecommerce:read`.
   *
   * GET `/collections/{sku_collection_id}/items/{sku_id}/inventory` (operationId `getInventory`).
   * @param params - sku_collection_id, sku_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `sku_collection_id` exists, the token cannot access it, or it has no SKU with this `sku_id`.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  get(params: GetInventoryParams, options?: RequestOptions): Promise<GetInventoryResult> {
    return this.#core.request<GetInventoryResult>(
      {
        operationId: "getInventory",
        method: "GET",
        path: "/collections/{sku_collection_id}/items/{sku_id}/inventory",
        pathParams: { sku_collection_id: params.sku_collection_id, sku_id: params.sku_id },
        responseKind: "json",
        validate: validateGetInventoryResult,
      },
      options,
    );
  }

  /**
   * Update Item Inventory
   *
   * Update the inventory of a SKU: set its inventory type and either set the stock (`quantity`) or change it by an amount (`updateQuantity`, negative to subtract). Required scope: `ecommerce:write`.
   *
   * Required scopes: `ecommerce:write`.
   *
   * PATCH `/collections/{sku_collection_id}/items/{sku_id}/inventory` (operationId `updateInventory`).
   * @param params - sku_collection_id, sku_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`).
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `sku_collection_id` exists, the token cannot access it, or it has no SKU with this `sku_id`.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  update(params: UpdateInventoryParams, options?: RequestOptions): Promise<UpdateInventoryResult> {
    return this.#core.request<UpdateInventoryResult>(
      {
        operationId: "updateInventory",
        method: "PATCH",
        path: "/collections/{sku_collection_id}/items/{sku_id}/inventory",
        pathParams: { sku_collection_id: params.sku_collection_id, sku_id: params.sku_id },
        body: params.body,
        validateBody: validateUpdateInventoryBody,
        responseKind: "json",
        validate: validateUpdateInventoryResult,
      },
      options,
    );
  }
}

/**
 * Items operations: List, read, create, update, delete, publish and unpublish the items of a CMS collection, staged or live.
 *
 * Reached as `client.items`.
 */
export class ItemsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create Collection Items
   *
   * Create one staged item, or up to 100 (`fieldData` as a list), in each of several CMS locales (`cmsLocaleIds`); without `cmsLocaleIds` in the primary locale only. The API answers 202. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * POST `/collections/{collection_id}/items/bulk` (operationId `bulkCreateCollectionItems`).
   * @param params - collection_id, skipInvalidFiles, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 202 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  createBulk(
    params: BulkCreateCollectionItemsParams,
    options?: RequestOptions,
  ): Promise<BulkCreateCollectionItemsResult> {
    return this.#core.request<BulkCreateCollectionItemsResult>(
      {
        operationId: "bulkCreateCollectionItems",
        method: "POST",
        path: "/collections/{collection_id}/items/bulk",
        pathParams: { collection_id: params.collection_id },
        query: { skipInvalidFiles: params.skipInvalidFiles },
        body: params.body,
        validateBody: validateBulkCreateCollectionItemsBody,
        responseKind: "json",
        validate: validateBulkCreateCollectionItemsResult,
      },
      options,
    );
  }

  /**
   * Create Collection Item(s)
   *
   * Create one staged item, or several at once (`items`), in a collection. Without `cmsLocaleId` an item is created in the primary locale; to create items in several locales at once use createBulk (POST .../items/bulk). The API answers 202 with the created item(s). Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * POST `/collections/{collection_id}/items` (operationId `createCollectionItems`).
   * @param params - collection_id, skipInvalidFiles, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 202 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  create(
    params: CreateCollectionItemsParams,
    options?: RequestOptions,
  ): Promise<CreateCollectionItemsResult> {
    return this.#core.request<CreateCollectionItemsResult>(
      {
        operationId: "createCollectionItems",
        method: "POST",
        path: "/collections/{collection_id}/items",
        pathParams: { collection_id: params.collection_id },
        query: { skipInvalidFiles: params.skipInvalidFiles },
        body: params.body,
        validateBody: validateCreateCollectionItemsBody,
        responseKind: "json",
        validate: validateCreateCollectionItemsResult,
      },
      options,
    );
  }

  /**
   * Create Live Collection Item(s)
   *
   * Create one item, or several at once (`items`), in a collection and publish them to the live site right away. Without `cmsLocaleId` an item is created in the primary locale; to create items in several locales at once use createBulk (POST .../items/bulk). The API answers 202 with the created item(s). Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * POST `/collections/{collection_id}/items/live` (operationId `createLiveCollectionItems`).
   * @param params - collection_id, skipInvalidFiles, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 202 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  createLive(
    params: CreateLiveCollectionItemsParams,
    options?: RequestOptions,
  ): Promise<CreateLiveCollectionItemsResult> {
    return this.#core.request<CreateLiveCollectionItemsResult>(
      {
        operationId: "createLiveCollectionItems",
        method: "POST",
        path: "/collections/{collection_id}/items/live",
        pathParams: { collection_id: params.collection_id },
        query: { skipInvalidFiles: params.skipInvalidFiles },
        body: params.body,
        validateBody: validateCreateLiveCollectionItemsBody,
        responseKind: "json",
        validate: validateCreateLiveCollectionItemsResult,
      },
      options,
    );
  }

  /**
   * Delete Collection Item
   *
   * Delete an item of a collection. Without `cmsLocaleId` the item is deleted in the primary locale only. Answers 204 with no body. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * DELETE `/collections/{collection_id}/items/{item_id}` (operationId `deleteCollectionItem`).
   * @param params - collection_id, item_id, cmsLocaleId
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no item with this `item_id` (code `item_not_found` or `resource_not_found`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  remove(
    params: DeleteCollectionItemParams,
    options?: RequestOptions,
  ): Promise<DeleteCollectionItemResult> {
    return this.#core.request<DeleteCollectionItemResult>(
      {
        operationId: "deleteCollectionItem",
        method: "DELETE",
        path: "/collections/{collection_id}/items/{item_id}",
        pathParams: { collection_id: params.collection_id, item_id: params.item_id },
        query: { cmsLocaleId: params.cmsLocaleId },
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Delete Collection Items
   *
   * Delete items of a collection. An item is deleted in the primary locale only unless its `cmsLocaleIds` are sent. Answers 204 with no body. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * DELETE `/collections/{collection_id}/items` (operationId `deleteCollectionItems`).
   * @param params - collection_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: The request conflicts with the current state of the items.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  removeMany(
    params: DeleteCollectionItemsParams,
    options?: RequestOptions,
  ): Promise<DeleteCollectionItemsResult> {
    return this.#core.request<DeleteCollectionItemsResult>(
      {
        operationId: "deleteCollectionItems",
        method: "DELETE",
        path: "/collections/{collection_id}/items",
        pathParams: { collection_id: params.collection_id },
        body: params.body,
        validateBody: validateDeleteCollectionItemsBody,
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Get Collection Item
   *
   * Get a staged item of a collection. Without `cmsLocaleId` the primary locale's version is returned. Required scope: `cms:read`.
   *
   * Required scopes: `cms:read`.
   *
   * GET `/collections/{collection_id}/items/{item_id}` (operationId `getCollectionItem`).
   * @param params - collection_id, item_id, cmsLocaleId
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no item with this `item_id` (code `item_not_found` or `resource_not_found`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  get(params: GetCollectionItemParams, options?: RequestOptions): Promise<GetCollectionItemResult> {
    return this.#core.request<GetCollectionItemResult>(
      {
        operationId: "getCollectionItem",
        method: "GET",
        path: "/collections/{collection_id}/items/{item_id}",
        pathParams: { collection_id: params.collection_id, item_id: params.item_id },
        query: { cmsLocaleId: params.cmsLocaleId },
        responseKind: "json",
        validate: validateGetCollectionItemResult,
      },
      options,
    );
  }

  /**
   * Get Live Collection Item
   *
   * Get the published (live) version of an item of a collection. Without `cmsLocaleId` the primary locale's version is returned. Required scope: `cms:read`.
   *
   * Required scopes: `cms:read`.
   *
   * GET `/collections/{collection_id}/items/{item_id}/live` (operationId `getLiveCollectionItem`).
   * @param params - collection_id, item_id, cmsLocaleId
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no live item with this `item_id` (code `item_not_found` or `resource_not_found`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  getLive(
    params: GetLiveCollectionItemParams,
    options?: RequestOptions,
  ): Promise<GetLiveCollectionItemResult> {
    return this.#core.request<GetLiveCollectionItemResult>(
      {
        operationId: "getLiveCollectionItem",
        method: "GET",
        path: "/collections/{collection_id}/items/{item_id}/live",
        pathParams: { collection_id: params.collection_id, item_id: params.item_id },
        query: { cmsLocaleId: params.cmsLocaleId },
        responseKind: "json",
        validate: validateGetLiveCollectionItemResult,
      },
      options,
    );
  }

  /**
   * List Collection Items
   *
   * List the staged items of a collection (drafts and published items as last saved), one page at a time (`offset` and `limit`, at most 100 per page), optionally filtered by name, slug or dates and sorted. Without `cmsLocaleId` the items of the primary locale are listed. Required scope: `cms:read`.
   *
   * Required scopes: `cms:read`.
   *
   * GET `/collections/{collection_id}/items` (operationId `listCollectionItems`).
   * @param params - collection_id, cmsLocaleId, offset, limit, name, slug, createdOn[lte], createdOn[gte], lastPublished[lte], lastPublished[gte], lastUpdated[lte], lastUpdated[gte], sortBy, sortOrder
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(
    params: ListCollectionItemsParams,
    options?: RequestOptions,
  ): Promise<ListCollectionItemsResult> {
    return this.#core.request<ListCollectionItemsResult>(
      {
        operationId: "listCollectionItems",
        method: "GET",
        path: "/collections/{collection_id}/items",
        pathParams: { collection_id: params.collection_id },
        query: {
          cmsLocaleId: params.cmsLocaleId,
          offset: params.offset,
          limit: params.limit,
          name: params.name,
          slug: params.slug,
          "createdOn[lte]": params["createdOn[lte]"],
          "createdOn[gte]": params["createdOn[gte]"],
          "lastPublished[lte]": params["lastPublished[lte]"],
          "lastPublished[gte]": params["lastPublished[gte]"],
          "lastUpdated[lte]": params["lastUpdated[lte]"],
          "lastUpdated[gte]": params["lastUpdated[gte]"],
          sortBy: params.sortBy,
          sortOrder: params.sortOrder,
        },
        responseKind: "json",
        validate: validateListCollectionItemsResult,
      },
      options,
    );
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.items.iterate(params)) console.log(item);
   */
  iterate(
    params: ListCollectionItemsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListCollectionItemsResult["items"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.list({ ...params, offset }, options);
      return { items: page.items, pagination: page.pagination };
    }, params.offset ?? 0);
  }

  /**
   * List Live Collection Items
   *
   * List the published (live) items of a collection, one page at a time (`offset` and `limit`, at most 100 per page), optionally filtered by name, slug or dates and sorted. Without `cmsLocaleId` the items of the primary locale are listed. Required scope: `cms:read`.
   *
   * Required scopes: `cms:read`.
   *
   * GET `/collections/{collection_id}/items/live` (operationId `listLiveCollectionItems`).
   * @param params - collection_id, cmsLocaleId, offset, limit, name, slug, createdOn[lte], createdOn[gte], lastPublished[lte], lastPublished[gte], lastUpdated[lte], lastUpdated[gte], sortBy, sortOrder
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  listLive(
    params: ListLiveCollectionItemsParams,
    options?: RequestOptions,
  ): Promise<ListLiveCollectionItemsResult> {
    return this.#core.request<ListLiveCollectionItemsResult>(
      {
        operationId: "listLiveCollectionItems",
        method: "GET",
        path: "/collections/{collection_id}/items/live",
        pathParams: { collection_id: params.collection_id },
        query: {
          cmsLocaleId: params.cmsLocaleId,
          offset: params.offset,
          limit: params.limit,
          name: params.name,
          slug: params.slug,
          "createdOn[lte]": params["createdOn[lte]"],
          "createdOn[gte]": params["createdOn[gte]"],
          "lastPublished[lte]": params["lastPublished[lte]"],
          "lastPublished[gte]": params["lastPublished[gte]"],
          "lastUpdated[lte]": params["lastUpdated[lte]"],
          "lastUpdated[gte]": params["lastUpdated[gte]"],
          sortBy: params.sortBy,
          sortOrder: params.sortOrder,
        },
        responseKind: "json",
        validate: validateListLiveCollectionItemsResult,
      },
      options,
    );
  }

  /**
   * Every item of `listLive` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.items.iterateLive(params)) console.log(item);
   */
  iterateLive(
    params: ListLiveCollectionItemsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListLiveCollectionItemsResult["items"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.listLive({ ...params, offset }, options);
      return { items: page.items, pagination: page.pagination };
    }, params.offset ?? 0);
  }

  /**
   * Publish Collection Item
   *
   * Publish staged items of a collection to the live site: by ID (`itemIds`, primary locale), or with the CMS locales to publish each in (`items`). The API answers 202 with the IDs published and any errors. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * POST `/collections/{collection_id}/items/publish` (operationId `publishCollectionItems`).
   * @param params - collection_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 202 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: The request conflicts with the current state of the items.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  publish(
    params: PublishCollectionItemsParams,
    options?: RequestOptions,
  ): Promise<PublishCollectionItemsResult> {
    return this.#core.request<PublishCollectionItemsResult>(
      {
        operationId: "publishCollectionItems",
        method: "POST",
        path: "/collections/{collection_id}/items/publish",
        pathParams: { collection_id: params.collection_id },
        body: params.body,
        validateBody: validatePublishCollectionItemsBody,
        responseKind: "json",
        validate: validatePublishCollectionItemsResult,
      },
      options,
    );
  }

  /**
   * Unpublish Live Collection Item
   *
   * Unpublish an item from the live site and set its `isDraft` to true; the staged item is kept. Without `cmsLocaleId` the item is unpublished in the primary locale only. Answers 204 with no body. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * DELETE `/collections/{collection_id}/items/{item_id}/live` (operationId `unpublishLiveCollectionItem`).
   * @param params - collection_id, item_id, cmsLocaleId
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no live item with this `item_id` (code `item_not_found` or `resource_not_found`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  unpublish(
    params: UnpublishLiveCollectionItemParams,
    options?: RequestOptions,
  ): Promise<UnpublishLiveCollectionItemResult> {
    return this.#core.request<UnpublishLiveCollectionItemResult>(
      {
        operationId: "unpublishLiveCollectionItem",
        method: "DELETE",
        path: "/collections/{collection_id}/items/{item_id}/live",
        pathParams: { collection_id: params.collection_id, item_id: params.item_id },
        query: { cmsLocaleId: params.cmsLocaleId },
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Unpublish Live Collection Items
   *
   * Unpublish up to 100 items from the live site and set their `isDraft` to true; the staged items are kept. An item is unpublished in the primary locale only unless its `cmsLocaleIds` are sent. Answers 204 with no body. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * DELETE `/collections/{collection_id}/items/live` (operationId `unpublishLiveCollectionItems`).
   * @param params - collection_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  unpublishMany(
    params: UnpublishLiveCollectionItemsParams,
    options?: RequestOptions,
  ): Promise<UnpublishLiveCollectionItemsResult> {
    return this.#core.request<UnpublishLiveCollectionItemsResult>(
      {
        operationId: "unpublishLiveCollectionItems",
        method: "DELETE",
        path: "/collections/{collection_id}/items/live",
        pathParams: { collection_id: params.collection_id },
        body: params.body,
        validateBody: validateUnpublishLiveCollectionItemsBody,
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Update Collection Item
   *
   * Update a staged item of a collection; only the properties and field values sent are changed. Without `cmsLocaleId` in the body the primary locale is updated. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * PATCH `/collections/{collection_id}/items/{item_id}` (operationId `updateCollectionItem`).
   * @param params - collection_id, item_id, skipInvalidFiles, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no item with this `item_id` (code `item_not_found` or `resource_not_found`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  update(
    params: UpdateCollectionItemParams,
    options?: RequestOptions,
  ): Promise<UpdateCollectionItemResult> {
    return this.#core.request<UpdateCollectionItemResult>(
      {
        operationId: "updateCollectionItem",
        method: "PATCH",
        path: "/collections/{collection_id}/items/{item_id}",
        pathParams: { collection_id: params.collection_id, item_id: params.item_id },
        query: { skipInvalidFiles: params.skipInvalidFiles },
        body: params.body,
        validateBody: validateUpdateCollectionItemBody,
        responseKind: "json",
        validate: validateUpdateCollectionItemResult,
      },
      options,
    );
  }

  /**
   * Update Collection Items
   *
   * Update up to 100 staged items of a collection, each named by `id`; only the properties and field values sent are changed. An item is updated in the primary locale unless its `cmsLocaleId` is sent. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * PATCH `/collections/{collection_id}/items` (operationId `updateCollectionItems`).
   * @param params - collection_id, skipInvalidFiles, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  updateMany(
    params: UpdateCollectionItemsParams,
    options?: RequestOptions,
  ): Promise<UpdateCollectionItemsResult> {
    return this.#core.request<UpdateCollectionItemsResult>(
      {
        operationId: "updateCollectionItems",
        method: "PATCH",
        path: "/collections/{collection_id}/items",
        pathParams: { collection_id: params.collection_id },
        query: { skipInvalidFiles: params.skipInvalidFiles },
        body: params.body,
        validateBody: validateUpdateCollectionItemsBody,
        responseKind: "json",
        validate: validateUpdateCollectionItemsResult,
      },
      options,
    );
  }

  /**
   * Update Live Collection Item
   *
   * Update a published item of a collection and publish the changes to the live site; only the properties and field values sent are changed. Without `cmsLocaleId` in the body the primary locale is updated. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * PATCH `/collections/{collection_id}/items/{item_id}/live` (operationId `updateLiveCollectionItem`).
   * @param params - collection_id, item_id, skipInvalidFiles, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no item with this `item_id` (code `item_not_found` or `resource_not_found`).
   * @throws {@link ConflictError} 409: The request conflicts with the current state of the item.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  updateLive(
    params: UpdateLiveCollectionItemParams,
    options?: RequestOptions,
  ): Promise<UpdateLiveCollectionItemResult> {
    return this.#core.request<UpdateLiveCollectionItemResult>(
      {
        operationId: "updateLiveCollectionItem",
        method: "PATCH",
        path: "/collections/{collection_id}/items/{item_id}/live",
        pathParams: { collection_id: params.collection_id, item_id: params.item_id },
        query: { skipInvalidFiles: params.skipInvalidFiles },
        body: params.body,
        validateBody: validateUpdateLiveCollectionItemBody,
        responseKind: "json",
        validate: validateUpdateLiveCollectionItemResult,
      },
      options,
    );
  }

  /**
   * Update Live Collection Items
   *
   * Update up to 100 published items of a collection, each named by `id`, and publish the changes to the live site; only the properties and field values sent are changed. An item is updated in the primary locale unless its `cmsLocaleId` is sent. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * PATCH `/collections/{collection_id}/items/live` (operationId `updateLiveCollectionItems`).
   * @param params - collection_id, skipInvalidFiles, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: The request conflicts with the current state of the items.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  updateManyLive(
    params: UpdateLiveCollectionItemsParams,
    options?: RequestOptions,
  ): Promise<UpdateLiveCollectionItemsResult> {
    return this.#core.request<UpdateLiveCollectionItemsResult>(
      {
        operationId: "updateLiveCollectionItems",
        method: "PATCH",
        path: "/collections/{collection_id}/items/live",
        pathParams: { collection_id: params.collection_id },
        query: { skipInvalidFiles: params.skipInvalidFiles },
        body: params.body,
        validateBody: validateUpdateLiveCollectionItemsBody,
        responseKind: "json",
        validate: validateUpdateLiveCollectionItemsResult,
      },
      options,
    );
  }
}

/**
 * Orders operations: List, read and update ecommerce orders, and fulfill, unfulfill or refund them.
 *
 * Reached as `client.orders`.
 */
export class OrdersApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Fulfill Order
   *
   * Mark an order as fulfilled, optionally emailing the customer. The body is optional. Required scope: `ecommerce:write`.
   *
   * Required scopes: `ecommerce:write`.
   *
   * POST `/sites/{site_id}/orders/{order_id}/fulfill` (operationId `fulfillOrder`).
   * @param params - site_id, order_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`).
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  fulfill(params: FulfillOrderParams, options?: RequestOptions): Promise<FulfillOrderResult> {
    return this.#core.request<FulfillOrderResult>(
      {
        operationId: "fulfillOrder",
        method: "POST",
        path: "/sites/{site_id}/orders/{order_id}/fulfill",
        pathParams: { site_id: params.site_id, order_id: params.order_id },
        body: params.body,
        validateBody: validateFulfillOrderBody,
        responseKind: "json",
        validate: validateFulfillOrderResult,
      },
      options,
    );
  }

  /**
   * Get Order
   *
   * Get an order. Required scope: `ecommerce:read`.
   *
   * Required scopes: `ecommerce:read`.
   *
   * GET `/sites/{site_id}/orders/{order_id}` (operationId `getOrder`).
   * @param params - site_id, order_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`).
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  get(params: GetOrderParams, options?: RequestOptions): Promise<GetOrderResult> {
    return this.#core.request<GetOrderResult>(
      {
        operationId: "getOrder",
        method: "GET",
        path: "/sites/{site_id}/orders/{order_id}",
        pathParams: { site_id: params.site_id, order_id: params.order_id },
        responseKind: "json",
        validate: validateGetOrderResult,
      },
      options,
    );
  }

  /**
   * List Orders
   *
   * List the ecommerce orders of a site, optionally only those with one status, one page at a time (`offset` and `limit`, at most 100 per page). Required scope: `ecommerce:read`.
   *
   * Required scopes: `ecommerce:read`.
   *
   * GET `/sites/{site_id}/orders` (operationId `listOrders`).
   * @param params - site_id, status, offset, limit
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(params: ListOrdersParams, options?: RequestOptions): Promise<ListOrdersResult> {
    return this.#core.request<ListOrdersResult>(
      {
        operationId: "listOrders",
        method: "GET",
        path: "/sites/{site_id}/orders",
        pathParams: { site_id: params.site_id },
        query: { status: params.status, offset: params.offset, limit: params.limit },
        responseKind: "json",
        validate: validateListOrdersResult,
      },
      options,
    );
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.orders.iterate(params)) console.log(item);
   */
  iterate(
    params: ListOrdersParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListOrdersResult["orders"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.list({ ...params, offset }, options);
      return { items: page.orders ?? [], pagination: page.pagination ?? { offset, total: 0 } };
    }, params.offset ?? 0);
  }

  /**
   * Refund Order
   *
   * Refund an order in full through its payment processor, optionally giving a reason. The body is optional. Required scope: `ecommerce:write`.
   *
   * Required scopes: `ecommerce:write`.
   *
   * POST `/sites/{site_id}/orders/{order_id}/refund` (operationId `refundOrder`).
   * @param params - site_id, order_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`).
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  refund(params: RefundOrderParams, options?: RequestOptions): Promise<RefundOrderResult> {
    return this.#core.request<RefundOrderResult>(
      {
        operationId: "refundOrder",
        method: "POST",
        path: "/sites/{site_id}/orders/{order_id}/refund",
        pathParams: { site_id: params.site_id, order_id: params.order_id },
        body: params.body,
        validateBody: validateRefundOrderBody,
        responseKind: "json",
        validate: validateRefundOrderResult,
      },
      options,
    );
  }

  /**
   * Unfulfill Order
   *
   * Mark a fulfilled order as unfulfilled again. Takes no body. Required scope: `ecommerce:write`.
   *
   * Required scopes: `ecommerce:write`.
   *
   * POST `/sites/{site_id}/orders/{order_id}/unfulfill` (operationId `unfulfillOrder`).
   * @param params - site_id, order_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`).
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  unfulfill(params: UnfulfillOrderParams, options?: RequestOptions): Promise<UnfulfillOrderResult> {
    return this.#core.request<UnfulfillOrderResult>(
      {
        operationId: "unfulfillOrder",
        method: "POST",
        path: "/sites/{site_id}/orders/{order_id}/unfulfill",
        pathParams: { site_id: params.site_id, order_id: params.order_id },
        responseKind: "json",
        validate: validateUnfulfillOrderResult,
      },
      options,
    );
  }

  /**
   * Update Order
   *
   * Set the merchant comment and the shipping details (carrier, tracking number, tracking URL) of an order. Only the fields sent change. Required scope: `ecommerce:write`.
   *
   * Required scopes: `ecommerce:write`.
   *
   * PATCH `/sites/{site_id}/orders/{order_id}` (operationId `updateOrder`).
   * @param params - site_id, order_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`).
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`).
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  update(params: UpdateOrderParams, options?: RequestOptions): Promise<UpdateOrderResult> {
    return this.#core.request<UpdateOrderResult>(
      {
        operationId: "updateOrder",
        method: "PATCH",
        path: "/sites/{site_id}/orders/{order_id}",
        pathParams: { site_id: params.site_id, order_id: params.order_id },
        body: params.body,
        validateBody: validateUpdateOrderBody,
        responseKind: "json",
        validate: validateUpdateOrderResult,
      },
      options,
    );
  }
}

/**
 * Pages operations: Read and update the pages of a site, their metadata and their static content.
 *
 * Reached as `client.pages`.
 */
export class PagesApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Get Page Content
   *
   * Get the static content of a page as a list of nodes (text, images, form fields, component instances...), one page of results at a time (`offset` and `limit`, at most 100 per page). With `localeId` the content of that locale is returned. Nodes of a type this description does not document are returned as UnknownDomNode. Required scope: `pages:read`.
   *
   * Required scopes: `pages:read`.
   *
   * GET `/pages/{page_id}/dom` (operationId `getPageContent`).
   * @param params - page_id, localeId, limit, offset
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No page with this `page_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  getContent(
    params: GetPageContentParams,
    options?: RequestOptions,
  ): Promise<GetPageContentResult> {
    return this.#core.request<GetPageContentResult>(
      {
        operationId: "getPageContent",
        method: "GET",
        path: "/pages/{page_id}/dom",
        pathParams: { page_id: params.page_id },
        query: { localeId: params.localeId, limit: params.limit, offset: params.offset },
        responseKind: "json",
        validate: validateGetPageContentResult,
      },
      options,
    );
  }

  /**
   * Every item of `getContent` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.pages.iterateContent(params)) console.log(item);
   */
  iterateContent(
    params: GetPageContentParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<GetPageContentResult["nodes"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.getContent({ ...params, offset }, options);
      return { items: page.nodes ?? [], pagination: page.pagination ?? { offset, total: 0 } };
    }, params.offset ?? 0);
  }

  /**
   * Get Page Metadata
   *
   * Get the metadata of a page (title, slug, SEO and Open Graph settings...). With `localeId` the metadata of that locale is returned. Required scope: `pages:read`.
   *
   * Required scopes: `pages:read`.
   *
   * GET `/pages/{page_id}` (operationId `getPageMetadata`).
   * @param params - page_id, localeId
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No page with this `page_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  getMetadata(
    params: GetPageMetadataParams,
    options?: RequestOptions,
  ): Promise<GetPageMetadataResult> {
    return this.#core.request<GetPageMetadataResult>(
      {
        operationId: "getPageMetadata",
        method: "GET",
        path: "/pages/{page_id}",
        pathParams: { page_id: params.page_id },
        query: { localeId: params.localeId },
        responseKind: "json",
        validate: validateGetPageMetadataResult,
      },
      options,
    );
  }

  /**
   * List Pages
   *
   * List the pages of a site with their metadata, one page of results at a time (`offset` and `limit`, at most 100 per page). With `localeId` the metadata of that locale is returned. Required scope: `pages:read`.
   *
   * Required scopes: `pages:read`.
   *
   * GET `/sites/{site_id}/pages` (operationId `listPages`).
   * @param params - site_id, localeId, limit, offset
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(params: ListPagesParams, options?: RequestOptions): Promise<ListPagesResult> {
    return this.#core.request<ListPagesResult>(
      {
        operationId: "listPages",
        method: "GET",
        path: "/sites/{site_id}/pages",
        pathParams: { site_id: params.site_id },
        query: { localeId: params.localeId, limit: params.limit, offset: params.offset },
        responseKind: "json",
        validate: validateListPagesResult,
      },
      options,
    );
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.pages.iterate(params)) console.log(item);
   */
  iterate(
    params: ListPagesParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListPagesResult["pages"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.list({ ...params, offset }, options);
      return { items: page.pages ?? [], pagination: page.pagination ?? { offset, total: 0 } };
    }, params.offset ?? 0);
  }

  /**
   * Update Page Content
   *
   * Update the static content of a page in one locale (`localeId`, required): for each node, identified by `nodeId`, send the new content its type takes (see DomNodeUpdate). The response lists in `errors` the updates that could not be applied. Required scope: `pages:write`.
   *
   * Required scopes: `pages:write`.
   *
   * POST `/pages/{page_id}/dom` (operationId `updatePageContent`).
   * @param params - page_id, localeId, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No page with this `page_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  updateContent(
    params: UpdatePageContentParams,
    options?: RequestOptions,
  ): Promise<UpdatePageContentResult> {
    return this.#core.request<UpdatePageContentResult>(
      {
        operationId: "updatePageContent",
        method: "POST",
        path: "/pages/{page_id}/dom",
        pathParams: { page_id: params.page_id },
        query: { localeId: params.localeId },
        body: params.body,
        validateBody: validateUpdatePageContentBody,
        responseKind: "json",
        validate: validateUpdatePageContentResult,
      },
      options,
    );
  }

  /**
   * Update Page Metadata
   *
   * Update the metadata of a page (title, slug, SEO and Open Graph settings); fields not sent are left as they are. With `localeId` the metadata of that locale is updated. Answers with the updated page. Required scope: `pages:write`.
   *
   * Required scopes: `pages:write`.
   *
   * PUT `/pages/{page_id}` (operationId `updatePageMetadata`).
   * @param params - page_id, localeId, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No page with this `page_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  updateMetadata(
    params: UpdatePageMetadataParams,
    options?: RequestOptions,
  ): Promise<UpdatePageMetadataResult> {
    return this.#core.request<UpdatePageMetadataResult>(
      {
        operationId: "updatePageMetadata",
        method: "PUT",
        path: "/pages/{page_id}",
        pathParams: { page_id: params.page_id },
        query: { localeId: params.localeId },
        body: params.body,
        validateBody: validateUpdatePageMetadataBody,
        responseKind: "json",
        validate: validateUpdatePageMetadataResult,
      },
      options,
    );
  }
}

/**
 * Products operations: List, read, create and update ecommerce products and their SKUs (variants).
 *
 * Reached as `client.products`.
 */
export class ProductsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create Product & SKU
   *
   * Create a product and its default SKU. To give the product variants, define its `sku-properties` here, then add the other SKUs with createSkus. `publishStatus` chooses between staging the product and publishing it live. Required scope: `ecommerce:write`.
   *
   * Required scopes: `ecommerce:write`.
   *
   * POST `/sites/{site_id}/products` (operationId `createProduct`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`); `details` names the offending fields.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  create(params: CreateProductParams, options?: RequestOptions): Promise<CreateProductResult> {
    return this.#core.request<CreateProductResult>(
      {
        operationId: "createProduct",
        method: "POST",
        path: "/sites/{site_id}/products",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateCreateProductBody,
        responseKind: "json",
        validate: validateCreateProductResult,
      },
      options,
    );
  }

  /**
   * Create SKUs
   *
   * Add SKUs (variants) to a product. Each SKU's `sku-values` picks one value of each of the product's `sku-properties`. `publishStatus` chooses between staging the SKUs and publishing them live. Required scope: `ecommerce:write`.
   *
   * Required scopes: `ecommerce:write`.
   *
   * POST `/sites/{site_id}/products/{product_id}/skus` (operationId `createSkus`).
   * @param params - site_id, product_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`); `details` names the offending fields.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no product with this `product_id`.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  createSkus(params: CreateSkusParams, options?: RequestOptions): Promise<CreateSkusResult> {
    return this.#core.request<CreateSkusResult>(
      {
        operationId: "createSkus",
        method: "POST",
        path: "/sites/{site_id}/products/{product_id}/skus",
        pathParams: { site_id: params.site_id, product_id: params.product_id },
        body: params.body,
        validateBody: validateCreateSkusBody,
        responseKind: "json",
        validate: validateCreateSkusResult,
      },
      options,
    );
  }

  /**
   * Get Product and SKUs
   *
   * Get a product and its SKUs. Required scope: `ecommerce:read`.
   *
   * Required scopes: `ecommerce:read`.
   *
   * GET `/sites/{site_id}/products/{product_id}` (operationId `getProduct`).
   * @param params - site_id, product_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no product with this `product_id`.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  get(params: GetProductParams, options?: RequestOptions): Promise<GetProductResult> {
    return this.#core.request<GetProductResult>(
      {
        operationId: "getProduct",
        method: "GET",
        path: "/sites/{site_id}/products/{product_id}",
        pathParams: { site_id: params.site_id, product_id: params.product_id },
        responseKind: "json",
        validate: validateGetProductResult,
      },
      options,
    );
  }

  /**
   * List Products & SKUs
   *
   * List the ecommerce products of a site, each with its SKUs, one page at a time (`offset` and `limit`, at most 100 per page). Required scope: `ecommerce:read`.
   *
   * Required scopes: `ecommerce:read`.
   *
   * GET `/sites/{site_id}/products` (operationId `listProducts`).
   * @param params - site_id, offset, limit
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(params: ListProductsParams, options?: RequestOptions): Promise<ListProductsResult> {
    return this.#core.request<ListProductsResult>(
      {
        operationId: "listProducts",
        method: "GET",
        path: "/sites/{site_id}/products",
        pathParams: { site_id: params.site_id },
        query: { offset: params.offset, limit: params.limit },
        responseKind: "json",
        validate: validateListProductsResult,
      },
      options,
    );
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.products.iterate(params)) console.log(item);
   */
  iterate(
    params: ListProductsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListProductsResult["items"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.list({ ...params, offset }, options);
      return { items: page.items ?? [], pagination: page.pagination ?? { offset, total: 0 } };
    }, params.offset ?? 0);
  }

  /**
   * Update Product
   *
   * Update a product and, optionally, its default SKU. Only the fields sent change. `publishStatus` chooses between staging the change and publishing it live. Answers with the product (without its SKUs). Required scope: `ecommerce:write`.
   *
   * Required scopes: `ecommerce:write`.
   *
   * PATCH `/sites/{site_id}/products/{product_id}` (operationId `updateProduct`).
   * @param params - site_id, product_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`); `details` names the offending fields.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no product with this `product_id`.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  update(params: UpdateProductParams, options?: RequestOptions): Promise<UpdateProductResult> {
    return this.#core.request<UpdateProductResult>(
      {
        operationId: "updateProduct",
        method: "PATCH",
        path: "/sites/{site_id}/products/{product_id}",
        pathParams: { site_id: params.site_id, product_id: params.product_id },
        body: params.body,
        validateBody: validateUpdateProductBody,
        responseKind: "json",
        validate: validateUpdateProductResult,
      },
      options,
    );
  }

  /**
   * Update SKU
   *
   * Update a SKU of a product. `publishStatus` chooses between staging the change and publishing it live. Required scope: `ecommerce:write`.
   *
   * Required scopes: `ecommerce:write`.
   *
   * PATCH `/sites/{site_id}/products/{product_id}/skus/{sku_id}` (operationId `updateSku`).
   * @param params - site_id, product_id, sku_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`); `details` names the offending fields.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, the site has no product with this `product_id`, or the product has no SKU with this `sku_id`.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  updateSku(params: UpdateSkuParams, options?: RequestOptions): Promise<UpdateSkuResult> {
    return this.#core.request<UpdateSkuResult>(
      {
        operationId: "updateSku",
        method: "PATCH",
        path: "/sites/{site_id}/products/{product_id}/skus/{sku_id}",
        pathParams: {
          site_id: params.site_id,
          product_id: params.product_id,
          sku_id: params.sku_id,
        },
        body: params.body,
        validateBody: validateUpdateSkuBody,
        responseKind: "json",
        validate: validateUpdateSkuResult,
      },
      options,
    );
  }
}

/**
 * Redirects operations: Read, create, update and delete the 301 redirects of a site.
 *
 * Reached as `client.redirects`.
 */
export class RedirectsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create a 301 redirect
   *
   * Add a 301 redirect to a site, from a path of the site to another path or URL. Answers 200 with the new redirect. Required scope: `sites:write`.
   *
   * Required scopes: `sites:write`.
   *
   * POST `/sites/{site_id}/redirects` (operationId `createRedirect`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  create(params: CreateRedirectParams, options?: RequestOptions): Promise<CreateRedirectResult> {
    return this.#core.request<CreateRedirectResult>(
      {
        operationId: "createRedirect",
        method: "POST",
        path: "/sites/{site_id}/redirects",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateCreateRedirectBody,
        responseKind: "json",
        validate: validateCreateRedirectResult,
      },
      options,
    );
  }

  /**
   * Delete 301 redirects
   *
   * Delete a 301 redirect. Answers 200 with the redirects of the site that remain. Required scope: `sites:write`.
   *
   * Required scopes: `sites:write`.
   *
   * DELETE `/sites/{site_id}/redirects/{redirect_id}` (operationId `deleteRedirect`).
   * @param params - site_id, redirect_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no redirect with this `redirect_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  remove(params: DeleteRedirectParams, options?: RequestOptions): Promise<DeleteRedirectResult> {
    return this.#core.request<DeleteRedirectResult>(
      {
        operationId: "deleteRedirect",
        method: "DELETE",
        path: "/sites/{site_id}/redirects/{redirect_id}",
        pathParams: { site_id: params.site_id, redirect_id: params.redirect_id },
        responseKind: "json",
        validate: validateDeleteRedirectResult,
      },
      options,
    );
  }

  /**
   * Get 301 redirects
   *
   * List the 301 redirects of a site. The endpoint takes no paging parameters; the response may still carry `pagination`. Required scope: `sites:read`.
   *
   * Required scopes: `sites:read`.
   *
   * GET `/sites/{site_id}/redirects` (operationId `listRedirects`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(params: ListRedirectsParams, options?: RequestOptions): Promise<ListRedirectsResult> {
    return this.#core.request<ListRedirectsResult>(
      {
        operationId: "listRedirects",
        method: "GET",
        path: "/sites/{site_id}/redirects",
        pathParams: { site_id: params.site_id },
        responseKind: "json",
        validate: validateListRedirectsResult,
      },
      options,
    );
  }

  /**
   * Update 301 redirect
   *
   * Change the source or the target of a 301 redirect. Only the fields sent are changed. Answers with the updated redirect. Required scope: `sites:write`.
   *
   * Required scopes: `sites:write`.
   *
   * PATCH `/sites/{site_id}/redirects/{redirect_id}` (operationId `updateRedirect`).
   * @param params - site_id, redirect_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no redirect with this `redirect_id`.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  update(params: UpdateRedirectParams, options?: RequestOptions): Promise<UpdateRedirectResult> {
    return this.#core.request<UpdateRedirectResult>(
      {
        operationId: "updateRedirect",
        method: "PATCH",
        path: "/sites/{site_id}/redirects/{redirect_id}",
        pathParams: { site_id: params.site_id, redirect_id: params.redirect_id },
        body: params.body,
        validateBody: validateUpdateRedirectBody,
        responseKind: "json",
        validate: validateUpdateRedirectResult,
      },
      options,
    );
  }
}

/**
 * Robots.txt operations: Read, replace, update and remove the robots.txt rules of a site.
 *
 * Reached as `client.robotsTxt`.
 */
export class RobotsTxtApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Delete robots.txt
   *
   * Remove the rules (and sitemap URL) sent from the robots.txt of a site. Answers with the resulting robots.txt. Required scope: `site_config:write`.
   *
   * Required scopes: `site_config:write`.
   *
   * DELETE `/sites/{site_id}/robots_txt` (operationId `deleteRobotsTxt`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  remove(params: DeleteRobotsTxtParams, options?: RequestOptions): Promise<DeleteRobotsTxtResult> {
    return this.#core.request<DeleteRobotsTxtResult>(
      {
        operationId: "deleteRobotsTxt",
        method: "DELETE",
        path: "/sites/{site_id}/robots_txt",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateDeleteRobotsTxtBody,
        responseKind: "json",
        validate: validateDeleteRobotsTxtResult,
      },
      options,
    );
  }

  /**
   * Get robots.txt
   *
   * Get the robots.txt rules and sitemap URL of a site. Required scope: `site_config:read`.
   *
   * Required scopes: `site_config:read`.
   *
   * GET `/sites/{site_id}/robots_txt` (operationId `getRobotsTxt`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  get(params: GetRobotsTxtParams, options?: RequestOptions): Promise<GetRobotsTxtResult> {
    return this.#core.request<GetRobotsTxtResult>(
      {
        operationId: "getRobotsTxt",
        method: "GET",
        path: "/sites/{site_id}/robots_txt",
        pathParams: { site_id: params.site_id },
        responseKind: "json",
        validate: validateGetRobotsTxtResult,
      },
      options,
    );
  }

  /**
   * Replace robots.txt
   *
   * Replace the whole robots.txt of a site with the rules and sitemap URL sent. Answers with the resulting robots.txt. Required scope: `site_config:write`.
   *
   * Required scopes: `site_config:write`.
   *
   * PUT `/sites/{site_id}/robots_txt` (operationId `replaceRobotsTxt`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  replace(
    params: ReplaceRobotsTxtParams,
    options?: RequestOptions,
  ): Promise<ReplaceRobotsTxtResult> {
    return this.#core.request<ReplaceRobotsTxtResult>(
      {
        operationId: "replaceRobotsTxt",
        method: "PUT",
        path: "/sites/{site_id}/robots_txt",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateReplaceRobotsTxtBody,
        responseKind: "json",
        validate: validateReplaceRobotsTxtResult,
      },
      options,
    );
  }

  /**
   * Update robots.txt
   *
   * Update the robots.txt of a site with the rules and sitemap URL sent, keeping what is not sent. Answers with the resulting robots.txt. Required scope: `site_config:write`.
   *
   * Required scopes: `site_config:write`.
   *
   * PATCH `/sites/{site_id}/robots_txt` (operationId `updateRobotsTxt`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  update(params: UpdateRobotsTxtParams, options?: RequestOptions): Promise<UpdateRobotsTxtResult> {
    return this.#core.request<UpdateRobotsTxtResult>(
      {
        operationId: "updateRobotsTxt",
        method: "PATCH",
        path: "/sites/{site_id}/robots_txt",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateUpdateRobotsTxtBody,
        responseKind: "json",
        validate: validateUpdateRobotsTxtResult,
      },
      options,
    );
  }
}

/**
 * Scripts operations: List and register the scripts (hosted or inline) that can be applied to a site or its pages as custom code.
 *
 * Reached as `client.scripts`.
 */
export class ScriptsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Get Registered Scripts
   *
   * List the scripts registered on a site (the scripts that can be applied as custom code). The endpoint takes no paging parameters; the response still carries `pagination`. Required scope: `custom_code:read` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:read`.
   *
   * GET `/sites/{site_id}/registered_scripts` (operationId `listRegisteredScripts`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(
    params: ListRegisteredScriptsParams,
    options?: RequestOptions,
  ): Promise<ListRegisteredScriptsResult> {
    return this.#core.request<ListRegisteredScriptsResult>(
      {
        operationId: "listRegisteredScripts",
        method: "GET",
        path: "/sites/{site_id}/registered_scripts",
        pathParams: { site_id: params.site_id },
        responseKind: "json",
        validate: validateListRegisteredScriptsResult,
      },
      options,
    );
  }

  /**
   * Register Script - Hosted
   *
   * Register a script hosted at a URL of your own on a site, so that it can be applied to the site or its pages (see client.customCode). Answers 201 with the registered script. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:write`.
   *
   * POST `/sites/{site_id}/registered_scripts/hosted` (operationId `registerHostedScript`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 201 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  registerHosted(
    params: RegisterHostedScriptParams,
    options?: RequestOptions,
  ): Promise<RegisterHostedScriptResult> {
    return this.#core.request<RegisterHostedScriptResult>(
      {
        operationId: "registerHostedScript",
        method: "POST",
        path: "/sites/{site_id}/registered_scripts/hosted",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateRegisterHostedScriptBody,
        responseKind: "json",
        validate: validateRegisterHostedScriptResult,
      },
      options,
    );
  }

  /**
   * Register Script - Inline
   *
   * Register JavaScript source code on a site; Webflow hosts it and the registered script (with its `hostedLocation`) can then be applied to the site or its pages (see client.customCode). Answers 201 with the registered script. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:write`.
   *
   * POST `/sites/{site_id}/registered_scripts/inline` (operationId `registerInlineScript`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 201 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  registerInline(
    params: RegisterInlineScriptParams,
    options?: RequestOptions,
  ): Promise<RegisterInlineScriptResult> {
    return this.#core.request<RegisterInlineScriptResult>(
      {
        operationId: "registerInlineScript",
        method: "POST",
        path: "/sites/{site_id}/registered_scripts/inline",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateRegisterInlineScriptBody,
        responseKind: "json",
        validate: validateRegisterInlineScriptResult,
      },
      options,
    );
  }
}

/**
 * Sites operations: Create, list, read, update, delete and publish sites; read their custom domains, hosting plan and activity log.
 *
 * Reached as `client.sites`.
 */
export class SitesApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create Site
   *
   * Create a site in a workspace, blank or from a template, optionally in a Dashboard folder. Answers 201 with the new site. Required scope: `workspace:write`.
   *
   * Required scopes: `workspace:write`.
   *
   * POST `/workspaces/{workspace_id}/sites` (operationId `createSite`).
   * @param params - workspace_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 201 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No workspace with this `workspace_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  create(params: CreateSiteParams, options?: RequestOptions): Promise<CreateSiteResult> {
    return this.#core.request<CreateSiteResult>(
      {
        operationId: "createSite",
        method: "POST",
        path: "/workspaces/{workspace_id}/sites",
        pathParams: { workspace_id: params.workspace_id },
        body: params.body,
        validateBody: validateCreateSiteBody,
        responseKind: "json",
        validate: validateCreateSiteResult,
      },
      options,
    );
  }

  /**
   * Delete Site
   *
   * Delete a site. Answers 204 with no body. Required scope: `sites:write`.
   *
   * Required scopes: `sites:write`.
   *
   * DELETE `/sites/{site_id}` (operationId `deleteSite`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  remove(params: DeleteSiteParams, options?: RequestOptions): Promise<DeleteSiteResult> {
    return this.#core.request<DeleteSiteResult>(
      {
        operationId: "deleteSite",
        method: "DELETE",
        path: "/sites/{site_id}",
        pathParams: { site_id: params.site_id },
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Get Custom Domains
   *
   * List the custom domains attached to a site; their IDs are what publishSite takes in `customDomains`. Required scope: `sites:read`.
   *
   * Required scopes: `sites:read`.
   *
   * GET `/sites/{site_id}/custom_domains` (operationId `getCustomDomains`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  getCustomDomains(
    params: GetCustomDomainsParams,
    options?: RequestOptions,
  ): Promise<GetCustomDomainsResult> {
    return this.#core.request<GetCustomDomainsResult>(
      {
        operationId: "getCustomDomains",
        method: "GET",
        path: "/sites/{site_id}/custom_domains",
        pathParams: { site_id: params.site_id },
        responseKind: "json",
        validate: validateGetCustomDomainsResult,
      },
      options,
    );
  }

  /**
   * Get Site
   *
   * Get the details of a site. Required scope: `sites:read`.
   *
   * Required scopes: `sites:read`.
   *
   * GET `/sites/{site_id}` (operationId `getSite`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
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

  /**
   * Get Site Plan
   *
   * Get the hosting plan of a site. Required scope: `sites:read`.
   *
   * Required scopes: `sites:read`.
   *
   * GET `/sites/{site_id}/plan` (operationId `getSitePlan`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  getPlan(params: GetSitePlanParams, options?: RequestOptions): Promise<GetSitePlanResult> {
    return this.#core.request<GetSitePlanResult>(
      {
        operationId: "getSitePlan",
        method: "GET",
        path: "/sites/{site_id}/plan",
        pathParams: { site_id: params.site_id },
        responseKind: "json",
        validate: validateGetSitePlanResult,
      },
      options,
    );
  }

  /**
   * Get Site Activity Logs
   *
   * List the activity log of a site (changes made in the Designer, publishes, CMS changes, backups, branches, locales...), one page at a time (`offset` and `limit`, at most 100 per page). The `event` of an entry may be a value this description does not list yet. Required scope: `site_activity:read`.
   *
   * Required scopes: `site_activity:read`.
   *
   * GET `/sites/{site_id}/activity_logs` (operationId `listSiteActivityLogs`).
   * @param params - site_id, limit, offset
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  listActivityLogs(
    params: ListSiteActivityLogsParams,
    options?: RequestOptions,
  ): Promise<ListSiteActivityLogsResult> {
    return this.#core.request<ListSiteActivityLogsResult>(
      {
        operationId: "listSiteActivityLogs",
        method: "GET",
        path: "/sites/{site_id}/activity_logs",
        pathParams: { site_id: params.site_id },
        query: { limit: params.limit, offset: params.offset },
        responseKind: "json",
        validate: validateListSiteActivityLogsResult,
      },
      options,
    );
  }

  /**
   * Every item of `listActivityLogs` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.sites.iterateActivityLogs(params)) console.log(item);
   */
  iterateActivityLogs(
    params: ListSiteActivityLogsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListSiteActivityLogsResult["items"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.listActivityLogs({ ...params, offset }, options);
      return { items: page.items ?? [], pagination: page.pagination ?? { offset, total: 0 } };
    }, params.offset ?? 0);
  }

  /**
   * List Sites
   *
   * List the sites the access token can access. The list is not paginated. Required scope: `sites:read`. Workspace tokens cannot call site endpoints (403).
   *
   * Required scopes: `sites:read`.
   *
   * GET `/sites` (operationId `listSites`).
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: Listed by the reference for this endpoint, without a stated reason.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(options?: RequestOptions): Promise<ListSitesResult> {
    return this.#core.request<ListSitesResult>(
      {
        operationId: "listSites",
        method: "GET",
        path: "/sites",
        responseKind: "json",
        validate: validateListSitesResult,
      },
      options,
    );
  }

  /**
   * Publish Site
   *
   * Publish a site to its custom domains and/or its webflow.io subdomain. At least one of `customDomains` and `publishToWebflowSubdomain` must be sent (the request schema says so; `validatePublishSiteRequest` checks a body before it is sent). A site can be published successfully at most once per minute. Publishing is asynchronous: the API answers 202 Accepted. Required scope: `sites:write`.
   *
   * Required scopes: `sites:write`.
   *
   * POST `/sites/{site_id}/publish` (operationId `publishSite`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 202 response body, validated.
   * @throws {@link BadRequestError} 400: The body is invalid: neither `customDomains` nor `publishToWebflowSubdomain` was sent, or a domain ID is unknown (codes `validation_error`, `invalid_domain`, `no_domains`).
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: The rate limit is exhausted (code `too_many_requests`). A second publish within a minute of a successful one (one successful publish per minute) is expected to be rejected this way too. Wait for `Retry-After` seconds.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  publish(params: PublishSiteParams, options?: RequestOptions): Promise<PublishSiteResult> {
    return this.#core.request<PublishSiteResult>(
      {
        operationId: "publishSite",
        method: "POST",
        path: "/sites/{site_id}/publish",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validatePublishSiteBody,
        responseKind: "json",
        validate: validatePublishSiteResult,
      },
      options,
    );
  }

  /**
   * Update Site
   *
   * Rename a site or move it to another Dashboard folder (or out of its folder with `parentFolderId: null`). Only the fields sent are changed. Answers with the updated site. Required scope: `sites:write`.
   *
   * Required scopes: `sites:write`.
   *
   * PATCH `/sites/{site_id}` (operationId `updateSite`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  update(params: UpdateSiteParams, options?: RequestOptions): Promise<UpdateSiteResult> {
    return this.#core.request<UpdateSiteResult>(
      {
        operationId: "updateSite",
        method: "PATCH",
        path: "/sites/{site_id}",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateUpdateSiteBody,
        responseKind: "json",
        validate: validateUpdateSiteResult,
      },
      options,
    );
  }
}

/**
 * Token operations: Information about the access token and the user who authorized it.
 *
 * Reached as `client.token`.
 */
export class TokenApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Get Authorization User Info
   *
   * Information about the user who authorized the access token. Required scope: `authorized_user:read`.
   *
   * Required scopes: `authorized_user:read`.
   *
   * GET `/token/authorized_by` (operationId `getAuthorizedUser`).
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  getAuthorizedUser(options?: RequestOptions): Promise<GetAuthorizedUserResult> {
    return this.#core.request<GetAuthorizedUserResult>(
      {
        operationId: "getAuthorizedUser",
        method: "GET",
        path: "/token/authorized_by",
        responseKind: "json",
        validate: validateGetAuthorizedUserResult,
      },
      options,
    );
  }

  /**
   * Get Authorization Info
   *
   * Information about the access token used for the request: its grant, scopes, rate limit, the sites, workspaces and users it is authorized for, and (for OAuth tokens only) the application it was issued to. Needs a valid token but no scope.
   *
   * Required scopes: none (any valid token).
   *
   * GET `/token/introspect` (operationId `introspectToken`).
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  introspect(options?: RequestOptions): Promise<IntrospectTokenResult> {
    return this.#core.request<IntrospectTokenResult>(
      {
        operationId: "introspectToken",
        method: "GET",
        path: "/token/introspect",
        responseKind: "json",
        validate: validateIntrospectTokenResult,
      },
      options,
    );
  }
}

/**
 * Webhooks operations: List, read, create and remove webhooks that notify your server of site events.
 *
 * Reached as `client.webhooks`.
 */
export class WebhooksApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create Webhook
   *
   * Register a webhook on a site. Required scope: `sites:write`, with a Data Client App token; the token must also hold the scope the trigger type needs (see the `x-trigger-scopes` of TriggerType, e.g. `forms:read` for `form_submission`). `filter` is only allowed with `form_submission`. A site can have at most 75 webhooks per trigger type.
   *
   * Required scopes: `sites:write`.
   *
   * POST `/sites/{site_id}/webhooks` (operationId `createWebhook`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 201 response body, validated.
   * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`), the trigger type is not supported (`unsupported_webhook_trigger_type`), or a `filter` was sent with a trigger type other than `form_submission` (`incompatible_webhook_filter`).
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: The token lacks `sites:write` or the scope the trigger type needs (code `missing_scopes`), or is not allowed to create webhooks on the site (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: The webhook conflicts with existing ones: the same trigger type and URL are already registered, or the site already has 75 webhooks for this trigger type.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  create(params: CreateWebhookParams, options?: RequestOptions): Promise<CreateWebhookResult> {
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
   * Get Webhook
   *
   * Get a webhook. Required scope: `sites:read`.
   *
   * Required scopes: `sites:read`.
   *
   * GET `/webhooks/{webhook_id}` (operationId `getWebhook`).
   * @param params - webhook_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No webhook with this `webhook_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  get(params: GetWebhookParams, options?: RequestOptions): Promise<GetWebhookResult> {
    return this.#core.request<GetWebhookResult>(
      {
        operationId: "getWebhook",
        method: "GET",
        path: "/webhooks/{webhook_id}",
        pathParams: { webhook_id: params.webhook_id },
        responseKind: "json",
        validate: validateGetWebhookResult,
      },
      options,
    );
  }

  /**
   * List Webhooks
   *
   * List the webhooks registered on a site. The endpoint takes no paging parameters; the response still carries `pagination`. Required scope: `sites:read`.
   *
   * Required scopes: `sites:read`.
   *
   * GET `/sites/{site_id}/webhooks` (operationId `listWebhooks`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  list(params: ListWebhooksParams, options?: RequestOptions): Promise<ListWebhooksResult> {
    return this.#core.request<ListWebhooksResult>(
      {
        operationId: "listWebhooks",
        method: "GET",
        path: "/sites/{site_id}/webhooks",
        pathParams: { site_id: params.site_id },
        responseKind: "json",
        validate: validateListWebhooksResult,
      },
      options,
    );
  }

  /**
   * Remove Webhook
   *
   * Remove a webhook. Answers 204 with no body. Required scope: `sites:write` (the documentation text and the reference's scope column say `sites:read`; see x-decision).
   *
   * Required scopes: `sites:write`.
   *
   * DELETE `/webhooks/{webhook_id}` (operationId `removeWebhook`).
   * @param params - webhook_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No webhook with this `webhook_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  remove(params: RemoveWebhookParams, options?: RequestOptions): Promise<RemoveWebhookResult> {
    return this.#core.request<RemoveWebhookResult>(
      {
        operationId: "removeWebhook",
        method: "DELETE",
        path: "/webhooks/{webhook_id}",
        pathParams: { webhook_id: params.webhook_id },
        responseKind: "empty",
      },
      options,
    );
  }
}

/**
 * Well-Known operations: Set and delete the files a site serves under `/.well-known/`.
 *
 * Reached as `client.wellKnown`.
 */
export class WellKnownApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Delete a well-known file
   *
   * Delete files served under `/.well-known/` on a site, named in the body. Answers 204 with no body. Required scope: `site_config:write`.
   *
   * Required scopes: `site_config:write`.
   *
   * DELETE `/sites/{site_id}/well_known` (operationId `deleteWellKnownFiles`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  remove(
    params: DeleteWellKnownFilesParams,
    options?: RequestOptions,
  ): Promise<DeleteWellKnownFilesResult> {
    return this.#core.request<DeleteWellKnownFilesResult>(
      {
        operationId: "deleteWellKnownFiles",
        method: "DELETE",
        path: "/sites/{site_id}/well_known",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateDeleteWellKnownFilesBody,
        responseKind: "empty",
      },
      options,
    );
  }

  /**
   * Set a well-known file
   *
   * Create or replace a file served at `/.well-known/<fileName>` on the site's domains (for example `apple-app-site-association` or `security.txt`). Answers 201 with no body. Required scope: `site_config:write`.
   *
   * Required scopes: `site_config:write`.
   *
   * PUT `/sites/{site_id}/well_known` (operationId `setWellKnownFile`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 201 with no body.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  set(params: SetWellKnownFileParams, options?: RequestOptions): Promise<SetWellKnownFileResult> {
    return this.#core.request<SetWellKnownFileResult>(
      {
        operationId: "setWellKnownFile",
        method: "PUT",
        path: "/sites/{site_id}/well_known",
        pathParams: { site_id: params.site_id },
        body: params.body,
        validateBody: validateSetWellKnownFileBody,
        responseKind: "empty",
      },
      options,
    );
  }
}

/**
 * Workspaces operations: Read the audit log of a workspace.
 *
 * Reached as `client.workspaces`.
 */
export class WorkspacesApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Get Workspace Audit Logs
   *
   * List the audit log of a workspace (sign-ins, membership and role changes, invitations, setting changes), one page at a time (`offset` and `limit`, at most 100 per page), optionally of one `eventType` and within a `from`/`to` time window, sorted by `sortOrder`. Each event is one of the AuditLogEvent variants, discriminated on `eventType`; an event type this description does not know yet comes as an UnknownAuditEvent. Required scope: `workspace_activity:read` (a workspace-level scope: workspace tokens and Data Client apps with workspace access).
   *
   * Required scopes: `workspace_activity:read`.
   *
   * GET `/workspaces/{workspace_id_or_slug}/audit_logs` (operationId `listWorkspaceAuditLogs`).
   * @param params - workspace_id_or_slug, limit, offset, sortOrder, eventType, from, to
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated.
   * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
   * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
   * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
   * @throws {@link NotFoundError} 404: No workspace with this `workspace_id_or_slug` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
   * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
   * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
   * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
   * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
   */
  listAuditLogs(
    params: ListWorkspaceAuditLogsParams,
    options?: RequestOptions,
  ): Promise<ListWorkspaceAuditLogsResult> {
    return this.#core.request<ListWorkspaceAuditLogsResult>(
      {
        operationId: "listWorkspaceAuditLogs",
        method: "GET",
        path: "/workspaces/{workspace_id_or_slug}/audit_logs",
        pathParams: { workspace_id_or_slug: params.workspace_id_or_slug },
        query: {
          limit: params.limit,
          offset: params.offset,
          sortOrder: params.sortOrder,
          eventType: params.eventType,
          from: params.from,
          to: params.to,
        },
        responseKind: "json",
        validate: validateListWorkspaceAuditLogsResult,
      },
      options,
    );
  }

  /**
   * Every item of `listAuditLogs` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.workspaces.iterateAuditLogs(params)) console.log(item);
   */
  iterateAuditLogs(
    params: ListWorkspaceAuditLogsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListWorkspaceAuditLogsResult["items"]>[number], void, undefined> {
    return paginate(async (offset) => {
      const page = await this.listAuditLogs({ ...params, offset }, options);
      return { items: page.items ?? [], pagination: page.pagination ?? { offset, total: 0 } };
    }, params.offset ?? 0);
  }
}

/**
 * A Webflow Data API client: one property per tag, one method per operation.
 */
export interface Client {
  readonly assetFolders: AssetFoldersApi;
  readonly assets: AssetsApi;
  readonly collections: CollectionsApi;
  readonly comments: CommentsApi;
  readonly components: ComponentsApi;
  readonly customCode: CustomCodeApi;
  readonly customFonts: CustomFontsApi;
  readonly ecommerce: EcommerceApi;
  readonly fields: FieldsApi;
  readonly formSubmissions: FormSubmissionsApi;
  readonly forms: FormsApi;
  readonly googleTags: GoogleTagsApi;
  readonly inventory: InventoryApi;
  readonly items: ItemsApi;
  readonly orders: OrdersApi;
  readonly pages: PagesApi;
  readonly products: ProductsApi;
  readonly redirects: RedirectsApi;
  readonly robotsTxt: RobotsTxtApi;
  readonly scripts: ScriptsApi;
  readonly sites: SitesApi;
  readonly token: TokenApi;
  readonly webhooks: WebhooksApi;
  readonly wellKnown: WellKnownApi;
  readonly workspaces: WorkspacesApi;
}

/**
 * Creates a Webflow Data API client.
 *
 * Every call sends `Authorization: Bearer <token>` to `https://api.webflow.com/v2` (or `config.baseUrl`), checks the response against the spec unless `validateResponses` is false, and throws a typed error for every documented error status.
 * @example const client = createClient({ token: process.env.WEBFLOW_TOKEN! });
 */
export function createClient(config: ClientConfig): Client {
  const core = createHttpCore({ defaultBaseUrl: SERVER_URL, config, toApiError });
  return {
    assetFolders: new AssetFoldersApi(core),
    assets: new AssetsApi(core),
    collections: new CollectionsApi(core),
    comments: new CommentsApi(core),
    components: new ComponentsApi(core),
    customCode: new CustomCodeApi(core),
    customFonts: new CustomFontsApi(core),
    ecommerce: new EcommerceApi(core),
    fields: new FieldsApi(core),
    formSubmissions: new FormSubmissionsApi(core),
    forms: new FormsApi(core),
    googleTags: new GoogleTagsApi(core),
    inventory: new InventoryApi(core),
    items: new ItemsApi(core),
    orders: new OrdersApi(core),
    pages: new PagesApi(core),
    products: new ProductsApi(core),
    redirects: new RedirectsApi(core),
    robotsTxt: new RobotsTxtApi(core),
    scripts: new ScriptsApi(core),
    sites: new SitesApi(core),
    token: new TokenApi(core),
    webhooks: new WebhooksApi(core),
    wellKnown: new WellKnownApi(core),
    workspaces: new WorkspacesApi(core),
  };
}
