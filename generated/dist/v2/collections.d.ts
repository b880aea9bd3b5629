import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * A CMS collection with its fields (GET /collections/{collection_id}, and the response of POST /sites/{site_id}/collections). Every collection has the built-in `name` and `slug` fields besides its custom fields.
 */
export type Collection = components["schemas"]["Collection"];
/**
 * Whether `value` is a {@link Collection}; the fast check {@link validateCollection} runs before explaining a failure.
 */
export declare function isCollection(value: unknown): value is Collection;
/**
 * The Collection schema as data: what {@link validateCollection} walks to say why a value failed.
 */
export declare const collectionSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Collection}.
 * @returns `{ ok: true, value }` typed as {@link Collection}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCollection: Validator<Collection>;
/**
 * Response of GET /sites/{site_id}/collections. The list is not paginated.
 */
export type CollectionList = components["schemas"]["CollectionList"];
/**
 * Whether `value` is a {@link CollectionList}; the fast check {@link validateCollectionList} runs before explaining a failure.
 */
export declare function isCollectionList(value: unknown): value is CollectionList;
/**
 * The CollectionList schema as data: what {@link validateCollectionList} walks to say why a value failed.
 */
export declare const collectionListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CollectionList}.
 * @returns `{ ok: true, value }` typed as {@link CollectionList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCollectionList: Validator<CollectionList>;
/**
 * A CMS collection as GET /sites/{site_id}/collections lists it: its identity and dates, without its fields.
 */
export type CollectionSummary = components["schemas"]["CollectionSummary"];
/**
 * Whether `value` is a {@link CollectionSummary}; the fast check {@link validateCollectionSummary} runs before explaining a failure.
 */
export declare function isCollectionSummary(value: unknown): value is CollectionSummary;
/**
 * The CollectionSummary schema as data: what {@link validateCollectionSummary} walks to say why a value failed.
 */
export declare const collectionSummarySchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CollectionSummary}.
 * @returns `{ ok: true, value }` typed as {@link CollectionSummary}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCollectionSummary: Validator<CollectionSummary>;
/**
 * Body of POST /sites/{site_id}/collections. The built-in `name` and `slug` fields are created automatically; `fields` adds custom fields (the only way to create several fields in one request).
 */
export type CreateCollectionRequest = components["schemas"]["CreateCollectionRequest"];
/**
 * Whether `value` is a {@link CreateCollectionRequest}; the fast check {@link validateCreateCollectionRequest} runs before explaining a failure.
 */
export declare function isCreateCollectionRequest(value: unknown): value is CreateCollectionRequest;
/**
 * The CreateCollectionRequest schema as data: what {@link validateCreateCollectionRequest} walks to say why a value failed.
 */
export declare const createCollectionRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CreateCollectionRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCreateCollectionRequest: Validator<CreateCollectionRequest>;
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
export type CreateCollectionBody = NonNullable<operations["createCollection"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.collections.create` resolves to: the 200 response. The created collection, with its fields.
 */
export type CreateCollectionResult = operations["createCollection"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.collections.create`.
 */
export declare const validateCreateCollectionResult: Validator<CreateCollectionResult>;
/**
 * Checks a request body of `client.collections.create`; the client runs it before sending.
 */
export declare const validateCreateCollectionBody: Validator<CreateCollectionBody>;
/**
 * Create Collection: {@link CollectionsApi.create | client.collections.create} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function createCollection(core: HttpCore, params: CreateCollectionParams, options?: RequestOptions): ApiPromise<CreateCollectionResult>;
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
export declare function deleteCollection(core: HttpCore, params: DeleteCollectionParams, options?: RequestOptions): ApiPromise<DeleteCollectionResult>;
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
export type GetCollectionResult = operations["getCollection"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.collections.get`.
 */
export declare const validateGetCollectionResult: Validator<GetCollectionResult>;
/**
 * Get Collection Details: {@link CollectionsApi.get | client.collections.get} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getCollection(core: HttpCore, params: GetCollectionParams, options?: RequestOptions): ApiPromise<GetCollectionResult>;
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
export type ListCollectionsResult = operations["listCollections"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.collections.list`.
 */
export declare const validateListCollectionsResult: Validator<ListCollectionsResult>;
/**
 * List Collections: {@link CollectionsApi.list | client.collections.list} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listCollections(core: HttpCore, params: ListCollectionsParams, options?: RequestOptions): ApiPromise<ListCollectionsResult>;
/**
 * Collections operations: List, read, create and delete the CMS collections of a site.
 *
 * Reached as `client.collections`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class CollectionsApi {
	#private;
	constructor(core: HttpCore);
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
	create(params: CreateCollectionParams, options?: RequestOptions): ApiPromise<CreateCollectionResult>;
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
	remove(params: DeleteCollectionParams, options?: RequestOptions): ApiPromise<DeleteCollectionResult>;
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
	get(params: GetCollectionParams, options?: RequestOptions): ApiPromise<GetCollectionResult>;
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
	list(params: ListCollectionsParams, options?: RequestOptions): ApiPromise<ListCollectionsResult>;
}
