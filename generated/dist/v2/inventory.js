/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ENUM, EXPLAIN_ENUM_OBJECT, EXPLAIN_OBJECT_STRING } from "./explainers.js";
const INVENTORY_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");
/**
 * Whether `value` is a {@link Inventory}; the fast check {@link validateInventory} runs before explaining a failure.
 */
export function isInventory(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string" && INVENTORY_ID_PATTERN.test(value.id)) && (value.quantity === undefined || typeof value.quantity === "number" && Number.isFinite(value.quantity)) && (value.inventoryType === undefined || typeof value.inventoryType === "string");
}
/**
 * The Inventory schema as data: what {@link validateInventory} walks to say why a value failed.
 */
export const inventorySchema = {
	kind: "object",
	title: "Inventory",
	properties: {
		id: {
			kind: "string",
			pattern: INVENTORY_ID_PATTERN
		},
		quantity: { kind: "number" },
		inventoryType: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link Inventory}.
 * @returns `{ ok: true, value }` typed as {@link Inventory}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateInventory = /* @__PURE__ */ $.validator(isInventory, inventorySchema, EXPLAIN_OBJECT_STRING);
/**
 * Whether `value` is a {@link InventoryType}; the fast check {@link validateInventoryType} runs before explaining a failure.
 */
export function isInventoryType(value) {
	return typeof value === "string" && (value === "infinite" || value === "finite");
}
/**
 * The InventoryType schema as data: what {@link validateInventoryType} walks to say why a value failed.
 */
export const inventoryTypeSchema = {
	kind: "string",
	title: "InventoryType",
	enum: ["infinite", "finite"]
};
/**
 * Checks that `value` is a {@link InventoryType}.
 * @returns `{ ok: true, value }` typed as {@link InventoryType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateInventoryType = /* @__PURE__ */ $.validator(isInventoryType, inventoryTypeSchema, EXPLAIN_ENUM);
/**
 * Whether `value` is a {@link UpdateInventoryRequest}; the fast check {@link validateUpdateInventoryRequest} runs before explaining a failure.
 */
export function isUpdateInventoryRequest(value) {
	return $.isPlainObject(value) && isInventoryType(value.inventoryType) && (value.updateQuantity === undefined || typeof value.updateQuantity === "number" && Number.isFinite(value.updateQuantity)) && (value.quantity === undefined || typeof value.quantity === "number" && Number.isFinite(value.quantity));
}
/**
 * The UpdateInventoryRequest schema as data: what {@link validateUpdateInventoryRequest} walks to say why a value failed.
 */
export const updateInventoryRequestSchema = {
	kind: "object",
	title: "UpdateInventoryRequest",
	properties: {
		inventoryType: () => inventoryTypeSchema,
		updateQuantity: { kind: "number" },
		quantity: { kind: "number" }
	},
	required: ["inventoryType"]
};
/**
 * Checks that `value` is a {@link UpdateInventoryRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateInventoryRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateInventoryRequest = /* @__PURE__ */ $.validator(isUpdateInventoryRequest, updateInventoryRequestSchema, EXPLAIN_ENUM_OBJECT);
/**
 * Checks the 200 response body of `client.inventory.get`.
 */
export const validateGetInventoryResult = validateInventory;
/**
 * List Inventory: {@link InventoryApi.get | client.inventory.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getInventory(core, params, options) {
	return core.request({
		operationId: "getInventory",
		method: "GET",
		path: "/collections/{sku_collection_id}/items/{sku_id}/inventory",
		pathParams: {
			sku_collection_id: params.sku_collection_id,
			sku_id: params.sku_id
		},
		responseKind: "json",
		validate: validateGetInventoryResult
	}, options);
}
/**
 * Checks the 200 response body of `client.inventory.update`.
 */
export const validateUpdateInventoryResult = validateInventory;
/**
 * Checks a request body of `client.inventory.update`; the client runs it before sending.
 */
export const validateUpdateInventoryBody = validateUpdateInventoryRequest;
/**
 * Update Item Inventory: {@link InventoryApi.update | client.inventory.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateInventory(core, params, options) {
	return core.request({
		operationId: "updateInventory",
		method: "PATCH",
		path: "/collections/{sku_collection_id}/items/{sku_id}/inventory",
		pathParams: {
			sku_collection_id: params.sku_collection_id,
			sku_id: params.sku_id
		},
		body: params.body,
		validateBody: validateUpdateInventoryBody,
		responseKind: "json",
		validate: validateUpdateInventoryResult
	}, options);
}
/**
 * Inventory operations: Read and update the inventory (stock) of ecommerce SKUs.
 *
 * Reached as `client.inventory`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class InventoryApi {
	#core;
	constructor(core) {
		this.#core = core;
	}
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
	get(params, options) {
		return getInventory(this.#core, params, options);
	}
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
	update(params, options) {
		return updateInventory(this.#core, params, options);
	}
}
