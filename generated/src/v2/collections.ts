/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../runtime/errors.js";
import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import {
  EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_DATE_TIME,
  EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME,
  EXPLAIN_OBJECT_STRING_DATE_TIME,
} from "./explainers.js";
import type { components, operations } from "./schema.js";
import { createFieldRequestSchema, fieldSchema, isCreateFieldRequest, isField } from "./shared.js";

const COLLECTION_SUMMARY_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");

/**
 * A CMS collection with its fields (GET /collections/{collection_id}, and the response of POST /sites/{site_id}/collections). Every collection has the built-in `name` and `slug` fields besides its custom fields.
 */
export type Collection = components["schemas"]["Collection"];

/**
 * Whether `value` is a {@link Collection}; the fast check {@link validateCollection} runs before explaining a failure.
 */
export function isCollection(value: unknown): value is Collection {
  return (
    $.isPlainObject(value) &&
    isCollection_all1_fields(value.fields) &&
    value.id !== undefined &&
    value.displayName !== undefined &&
    value.singularName !== undefined &&
    isCollectionSummary(value)
  );
}

function isCollection_all1_fields(value: unknown): boolean {
  return Array.isArray(value) && value.every(isField);
}

/**
 * The Collection schema as data: what {@link validateCollection} walks to say why a value failed.
 */
export const collectionSchema: SchemaPlan = {
  kind: "allOf",
  title: "Collection",
  of: [
    {
      kind: "object",
      properties: { fields: { kind: "array", items: () => fieldSchema } },
      required: ["fields", "id", "displayName", "singularName"],
    },
    { kind: "allOf", of: [() => collectionSummarySchema] },
  ],
};

/**
 * Checks that `value` is a {@link Collection}.
 * @returns `{ ok: true, value }` typed as {@link Collection}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollection: Validator<Collection> = /* @__PURE__ */ $.validator(
  isCollection,
  collectionSchema,
  EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_DATE_TIME,
);

/**
 * Response of GET /sites/{site_id}/collections. The list is not paginated.
 */
export type CollectionList = components["schemas"]["CollectionList"];

/**
 * Whether `value` is a {@link CollectionList}; the fast check {@link validateCollectionList} runs before explaining a failure.
 */
export function isCollectionList(value: unknown): value is CollectionList {
  return (
    $.isPlainObject(value) &&
    (value.collections === undefined || isCollectionList_collections(value.collections))
  );
}

function isCollectionList_collections(value: unknown): boolean {
  return Array.isArray(value) && value.every(isCollectionSummary);
}

/**
 * The CollectionList schema as data: what {@link validateCollectionList} walks to say why a value failed.
 */
export const collectionListSchema: SchemaPlan = {
  kind: "object",
  title: "CollectionList",
  properties: { collections: { kind: "array", items: () => collectionSummarySchema } },
};

/**
 * Checks that `value` is a {@link CollectionList}.
 * @returns `{ ok: true, value }` typed as {@link CollectionList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionList: Validator<CollectionList> = /* @__PURE__ */ $.validator(
  isCollectionList,
  collectionListSchema,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME,
);

/**
 * A CMS collection as GET /sites/{site_id}/collections lists it: its identity and dates, without its fields.
 */
export type CollectionSummary = components["schemas"]["CollectionSummary"];

/**
 * Whether `value` is a {@link CollectionSummary}; the fast check {@link validateCollectionSummary} runs before explaining a failure.
 */
export function isCollectionSummary(value: unknown): value is CollectionSummary {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    COLLECTION_SUMMARY_ID_PATTERN.test(value.id) &&
    (value.displayName === undefined || typeof value.displayName === "string") &&
    (value.singularName === undefined || typeof value.singularName === "string") &&
    (value.slug === undefined || typeof value.slug === "string") &&
    (value.createdOn === undefined ||
      (typeof value.createdOn === "string" && $.isDateTime(value.createdOn))) &&
    (value.lastUpdated === undefined ||
      (typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated)))
  );
}

/**
 * The CollectionSummary schema as data: what {@link validateCollectionSummary} walks to say why a value failed.
 */
export const collectionSummarySchema: SchemaPlan = {
  kind: "object",
  title: "CollectionSummary",
  properties: {
    id: { kind: "string", pattern: COLLECTION_SUMMARY_ID_PATTERN },
    displayName: { kind: "string" },
    singularName: { kind: "string" },
    slug: { kind: "string" },
    createdOn: { kind: "string", format: "date-time" },
    lastUpdated: { kind: "string", format: "date-time" },
  },
  required: ["id"],
};

/**
 * Checks that `value` is a {@link CollectionSummary}.
 * @returns `{ ok: true, value }` typed as {@link CollectionSummary}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionSummary: Validator<CollectionSummary> = /* @__PURE__ */ $.validator(
  isCollectionSummary,
  collectionSummarySchema,
  EXPLAIN_OBJECT_STRING_DATE_TIME,
);

/**
 * Body of POST /sites/{site_id}/collections. The built-in `name` and `slug` fields are created automatically; `fields` adds custom fields (the only way to create several fields in one request).
 */
export type CreateCollectionRequest = components["schemas"]["CreateCollectionRequest"];

/**
 * Whether `value` is a {@link CreateCollectionRequest}; the fast check {@link validateCreateCollectionRequest} runs before explaining a failure.
 */
export function isCreateCollectionRequest(value: unknown): value is CreateCollectionRequest {
  return (
    $.isPlainObject(value) &&
    typeof value.displayName === "string" &&
    typeof value.singularName === "string" &&
    (value.slug === undefined || typeof value.slug === "string") &&
    (value.fields === undefined || isCreateCollectionRequest_fields(value.fields))
  );
}

function isCreateCollectionRequest_fields(value: unknown): boolean {
  return Array.isArray(value) && value.every(isCreateFieldRequest);
}

/**
 * The CreateCollectionRequest schema as data: what {@link validateCreateCollectionRequest} walks to say why a value failed.
 */
export const createCollectionRequestSchema: SchemaPlan = {
  kind: "object",
  title: "CreateCollectionRequest",
  properties: {
    displayName: { kind: "string" },
    singularName: { kind: "string" },
    slug: { kind: "string" },
    fields: { kind: "array", items: () => createFieldRequestSchema },
  },
  required: ["displayName", "singularName"],
};

/**
 * Checks that `value` is a {@link CreateCollectionRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateCollectionRequest: Validator<CreateCollectionRequest> =
  /* @__PURE__ */ $.validator(
    isCreateCollectionRequest,
    createCollectionRequestSchema,
    EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION,
  );

/**
 * Parameters of `client.collections.create`.
 */
export interface CreateCollectionParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["createCollection"]["parameters"]["path"]>["site_id"];
  /**
   * The collection to create.
   */
  body: CreateCollectionBody;
}

/**
 * Request body of `client.collections.create`.
 *
 * The collection to create.
 */
export type CreateCollectionBody = NonNullable<
  operations["createCollection"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.collections.create` resolves to: the 200 response. The created collection, with its fields.
 */
export type CreateCollectionResult =
  operations["createCollection"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.collections.create`.
 */
export const validateCreateCollectionResult: Validator<CreateCollectionResult> = validateCollection;

/**
 * Checks a request body of `client.collections.create`; the client runs it before sending.
 */
export const validateCreateCollectionBody: Validator<CreateCollectionBody> =
  validateCreateCollectionRequest;

/**
 * Create Collection: {@link CollectionsApi.create | client.collections.create} as a function of the core, so that a program importing only it bundles only it.
 */
export function createCollection(
  core: HttpCore,
  params: CreateCollectionParams,
  options?: RequestOptions,
): ApiPromise<CreateCollectionResult> {
  return core.request<CreateCollectionResult>(
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
 * Parameters of `client.collections.remove`.
 */
export interface DeleteCollectionParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<operations["deleteCollection"]["parameters"]["path"]>["collection_id"];
}

/**
 * What `client.collections.remove` resolves to: the 204 response. The collection was deleted. No content.
 */
export type DeleteCollectionResult = void;

/**
 * Delete Collection: {@link CollectionsApi.remove | client.collections.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteCollection(
  core: HttpCore,
  params: DeleteCollectionParams,
  options?: RequestOptions,
): ApiPromise<DeleteCollectionResult> {
  return core.request<DeleteCollectionResult>(
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
 * Parameters of `client.collections.get`.
 */
export interface GetCollectionParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<operations["getCollection"]["parameters"]["path"]>["collection_id"];
}

/**
 * What `client.collections.get` resolves to: the 200 response. The collection, with its fields.
 */
export type GetCollectionResult =
  operations["getCollection"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.collections.get`.
 */
export const validateGetCollectionResult: Validator<GetCollectionResult> = validateCollection;

/**
 * Get Collection Details: {@link CollectionsApi.get | client.collections.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getCollection(
  core: HttpCore,
  params: GetCollectionParams,
  options?: RequestOptions,
): ApiPromise<GetCollectionResult> {
  return core.request<GetCollectionResult>(
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
 * Parameters of `client.collections.list`.
 */
export interface ListCollectionsParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["listCollections"]["parameters"]["path"]>["site_id"];
}

/**
 * What `client.collections.list` resolves to: the 200 response. The collections of the site.
 */
export type ListCollectionsResult =
  operations["listCollections"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.collections.list`.
 */
export const validateListCollectionsResult: Validator<ListCollectionsResult> =
  validateCollectionList;

/**
 * List Collections: {@link CollectionsApi.list | client.collections.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listCollections(
  core: HttpCore,
  params: ListCollectionsParams,
  options?: RequestOptions,
): ApiPromise<ListCollectionsResult> {
  return core.request<ListCollectionsResult>(
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

/**
 * Collections operations: List, read, create and delete the CMS collections of a site.
 *
 * Reached as `client.collections`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class CollectionsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create Collection
   *
   * Create a CMS collection on a site, optionally with custom fields. Every collection gets the built-in `name` and `slug` fields automatically; their `displayName` can be changed later but not their slug. Field slugs are lowercased and spaces in them become hyphens.
   *
   * Required scopes: `cms:write`.
   *
   * POST `/sites/{site_id}/collections` (operationId `createCollection`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: The collection conflicts with one the site already has (for example code `duplicate_collection`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  create(
    params: CreateCollectionParams,
    options?: RequestOptions,
  ): ApiPromise<CreateCollectionResult> {
    return createCollection(this.#core, params, options);
  }

  /**
   * Delete Collection
   *
   * Delete a CMS collection with all its items. Answers 204 with no body.
   *
   * Required scopes: `cms:write`.
   *
   * DELETE `/collections/{collection_id}` (operationId `deleteCollection`).
   * @param params - collection_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  remove(
    params: DeleteCollectionParams,
    options?: RequestOptions,
  ): ApiPromise<DeleteCollectionResult> {
    return deleteCollection(this.#core, params, options);
  }

  /**
   * Get Collection Details
   *
   * Get a CMS collection with all its fields.
   *
   * Required scopes: `cms:read`.
   *
   * GET `/collections/{collection_id}` (operationId `getCollection`).
   * @param params - collection_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it (code `collection_not_found` or `resource_not_found`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  get(params: GetCollectionParams, options?: RequestOptions): ApiPromise<GetCollectionResult> {
    return getCollection(this.#core, params, options);
  }

  /**
   * List Collections
   *
   * List the CMS collections of a site, without their fields (see getCollection for those). The list is not paginated.
   *
   * Required scopes: `cms:read`.
   *
   * GET `/sites/{site_id}/collections` (operationId `listCollections`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  list(params: ListCollectionsParams, options?: RequestOptions): ApiPromise<ListCollectionsResult> {
    return listCollections(this.#core, params, options);
  }
}
