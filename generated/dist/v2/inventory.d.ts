import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * The inventory of a SKU.
 */
export type Inventory = components["schemas"]["Inventory"];
/**
 * Whether `value` is a {@link Inventory}; the fast check {@link validateInventory} runs before explaining a failure.
 */
export declare function isInventory(value: unknown): value is Inventory;
/**
 * The Inventory schema as data: what {@link validateInventory} walks to say why a value failed.
 */
export declare const inventorySchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Inventory}.
 * @returns `{ ok: true, value }` typed as {@link Inventory}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateInventory: Validator<Inventory>;
/**
 * How the stock of a SKU is counted: `finite` (tracked quantity) or `infinite` (unlimited).
 */
export type InventoryType = components["schemas"]["InventoryType"];
/**
 * Whether `value` is a {@link InventoryType}; the fast check {@link validateInventoryType} runs before explaining a failure.
 */
export declare function isInventoryType(value: unknown): value is InventoryType;
/**
 * The InventoryType schema as data: what {@link validateInventoryType} walks to say why a value failed.
 */
export declare const inventoryTypeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link InventoryType}.
 * @returns `{ ok: true, value }` typed as {@link InventoryType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateInventoryType: Validator<InventoryType>;
/**
 * Body of PATCH /collections/{sku_collection_id}/items/{sku_id}/inventory. Send `quantity` to set the stock to a value, or `updateQuantity` to add to (or, negative, subtract from) the current stock.
 */
export type UpdateInventoryRequest = components["schemas"]["UpdateInventoryRequest"];
/**
 * Whether `value` is a {@link UpdateInventoryRequest}; the fast check {@link validateUpdateInventoryRequest} runs before explaining a failure.
 */
export declare function isUpdateInventoryRequest(value: unknown): value is UpdateInventoryRequest;
/**
 * The UpdateInventoryRequest schema as data: what {@link validateUpdateInventoryRequest} walks to say why a value failed.
 */
export declare const updateInventoryRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UpdateInventoryRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateInventoryRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUpdateInventoryRequest: Validator<UpdateInventoryRequest>;
/**
 * Parameters of `client.inventory.get`.
 */
export interface GetInventoryParams {
	/**
	 * Unique identifier of the site's SKUs collection.
	 *
	 * Sent in the path.
	 */
	sku_collection_id: NonNullable<operations["getInventory"]["parameters"]["path"]>["sku_collection_id"];
	/**
	 * Unique identifier of a SKU (an item of the site's SKUs collection).
	 *
	 * Sent in the path.
	 */
	sku_id: NonNullable<operations["getInventory"]["parameters"]["path"]>["sku_id"];
}
/**
 * What `client.inventory.get` resolves to: the 200 response. The inventory of the SKU.
 */
export type GetInventoryResult = operations["getInventory"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.inventory.get`.
 */
export declare const validateGetInventoryResult: Validator<GetInventoryResult>;
/**
 * List Inventory: {@link InventoryApi.get | client.inventory.get} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getInventory(core: HttpCore, params: GetInventoryParams, options?: RequestOptions): ApiPromise<GetInventoryResult>;
/**
 * Parameters of `client.inventory.update`.
 */
export interface UpdateInventoryParams {
	/**
	 * Unique identifier of the site's SKUs collection.
	 *
	 * Sent in the path.
	 */
	sku_collection_id: NonNullable<operations["updateInventory"]["parameters"]["path"]>["sku_collection_id"];
	/**
	 * Unique identifier of a SKU (an item of the site's SKUs collection).
	 *
	 * Sent in the path.
	 */
	sku_id: NonNullable<operations["updateInventory"]["parameters"]["path"]>["sku_id"];
	/**
	 * The inventory type and the stock change.
	 */
	body: UpdateInventoryBody;
}
/**
 * Request body of `client.inventory.update`.
 *
 * The inventory type and the stock change.
 */
export type UpdateInventoryBody = NonNullable<operations["updateInventory"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.inventory.update` resolves to: the 200 response. The updated inventory of the SKU.
 */
export type UpdateInventoryResult = operations["updateInventory"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.inventory.update`.
 */
export declare const validateUpdateInventoryResult: Validator<UpdateInventoryResult>;
/**
 * Checks a request body of `client.inventory.update`; the client runs it before sending.
 */
export declare const validateUpdateInventoryBody: Validator<UpdateInventoryBody>;
/**
 * Update Item Inventory: {@link InventoryApi.update | client.inventory.update} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function updateInventory(core: HttpCore, params: UpdateInventoryParams, options?: RequestOptions): ApiPromise<UpdateInventoryResult>;
/**
 * Inventory operations: Read and update the inventory (stock) of ecommerce SKUs.
 *
 * Reached as `client.inventory`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class InventoryApi {
	#private;
	constructor(core: HttpCore);
	/**
	 * List Inventory
	 *
	 * Get the inventory of a SKU: whether its stock is tracked and how many units are in stock. The SKU is addressed as an item of the site's SKUs collection.
	 *
	 * Required scopes: `ecommerce:read`.
	 *
	 * GET `/collections/{sku_collection_id}/items/{sku_id}/inventory` (operationId `getInventory`).
	 * @param params - sku_collection_id, sku_id
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No collection with this `sku_collection_id` exists, the token cannot access it, or it has no SKU with this `sku_id`.
	 * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	get(params: GetInventoryParams, options?: RequestOptions): ApiPromise<GetInventoryResult>;
	/**
	 * Update Item Inventory
	 *
	 * Update the inventory of a SKU: set its inventory type and either set the stock (`quantity`) or change it by an amount (`updateQuantity`, negative to subtract).
	 *
	 * Required scopes: `ecommerce:write`.
	 *
	 * PATCH `/collections/{sku_collection_id}/items/{sku_id}/inventory` (operationId `updateInventory`).
	 * @param params - sku_collection_id, sku_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`).
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No collection with this `sku_collection_id` exists, the token cannot access it, or it has no SKU with this `sku_id`.
	 * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	update(params: UpdateInventoryParams, options?: RequestOptions): ApiPromise<UpdateInventoryResult>;
}
