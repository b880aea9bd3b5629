import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * Body of POST /sites/{site_id}/orders/{order_id}/fulfill.
 */
export type FulfillOrderRequest = components["schemas"]["FulfillOrderRequest"];
/**
 * Whether `value` is a {@link FulfillOrderRequest}; the fast check {@link validateFulfillOrderRequest} runs before explaining a failure.
 */
export declare function isFulfillOrderRequest(value: unknown): value is FulfillOrderRequest;
/**
 * The FulfillOrderRequest schema as data: what {@link validateFulfillOrderRequest} walks to say why a value failed.
 */
export declare const fulfillOrderRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link FulfillOrderRequest}.
 * @returns `{ ok: true, value }` typed as {@link FulfillOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateFulfillOrderRequest: Validator<FulfillOrderRequest>;
/**
 * An ecommerce order: its status, customer, addresses, purchased items, payment details and totals. Every field may be absent.
 */
export type Order = components["schemas"]["Order"];
/**
 * Whether `value` is a {@link Order}; the fast check {@link validateOrder} runs before explaining a failure.
 */
export declare function isOrder(value: unknown): value is Order;
/**
 * The Order schema as data: what {@link validateOrder} walks to say why a value failed.
 */
export declare const orderSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Order}.
 * @returns `{ ok: true, value }` typed as {@link Order}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateOrder: Validator<Order>;
/**
 * A shipping or billing address of an order.
 */
export type OrderAddress = components["schemas"]["OrderAddress"];
/**
 * Whether `value` is a {@link OrderAddress}; the fast check {@link validateOrderAddress} runs before explaining a failure.
 */
export declare function isOrderAddress(value: unknown): value is OrderAddress;
/**
 * The OrderAddress schema as data: what {@link validateOrderAddress} walks to say why a value failed.
 */
export declare const orderAddressSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link OrderAddress}.
 * @returns `{ ok: true, value }` typed as {@link OrderAddress}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateOrderAddress: Validator<OrderAddress>;
/**
 * The customer who placed an order.
 */
export type OrderCustomerInfo = components["schemas"]["OrderCustomerInfo"];
/**
 * Whether `value` is a {@link OrderCustomerInfo}; the fast check {@link validateOrderCustomerInfo} runs before explaining a failure.
 */
export declare function isOrderCustomerInfo(value: unknown): value is OrderCustomerInfo;
/**
 * The OrderCustomerInfo schema as data: what {@link validateOrderCustomerInfo} walks to say why a value failed.
 */
export declare const orderCustomerInfoSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link OrderCustomerInfo}.
 * @returns `{ ok: true, value }` typed as {@link OrderCustomerInfo}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateOrderCustomerInfo: Validator<OrderCustomerInfo>;
/**
 * Response of GET /sites/{site_id}/orders, one page of orders.
 */
export type OrderList = components["schemas"]["OrderList"];
/**
 * Whether `value` is a {@link OrderList}; the fast check {@link validateOrderList} runs before explaining a failure.
 */
export declare function isOrderList(value: unknown): value is OrderList;
/**
 * The OrderList schema as data: what {@link validateOrderList} walks to say why a value failed.
 */
export declare const orderListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link OrderList}.
 * @returns `{ ok: true, value }` typed as {@link OrderList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateOrderList: Validator<OrderList>;
/**
 * PayPal identifiers of an order's payment.
 */
export type OrderPaypalDetails = components["schemas"]["OrderPaypalDetails"];
/**
 * Whether `value` is a {@link OrderPaypalDetails}; the fast check {@link validateOrderPaypalDetails} runs before explaining a failure.
 */
export declare function isOrderPaypalDetails(value: unknown): value is OrderPaypalDetails;
/**
 * The OrderPaypalDetails schema as data: what {@link validateOrderPaypalDetails} walks to say why a value failed.
 */
export declare const orderPaypalDetailsSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link OrderPaypalDetails}.
 * @returns `{ ok: true, value }` typed as {@link OrderPaypalDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateOrderPaypalDetails: Validator<OrderPaypalDetails>;
/**
 * An amount of money in an order: the amount in the smallest unit of the currency as a string, its currency code, and the amount formatted for display.
 */
export type OrderPrice = components["schemas"]["OrderPrice"];
/**
 * Whether `value` is a {@link OrderPrice}; the fast check {@link validateOrderPrice} runs before explaining a failure.
 */
export declare function isOrderPrice(value: unknown): value is OrderPrice;
/**
 * The OrderPrice schema as data: what {@link validateOrderPrice} walks to say why a value failed.
 */
export declare const orderPriceSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link OrderPrice}.
 * @returns `{ ok: true, value }` typed as {@link OrderPrice}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateOrderPrice: Validator<OrderPrice>;
/**
 * One purchased SKU of an order, with its quantity and prices.
 */
export type OrderPurchasedItem = components["schemas"]["OrderPurchasedItem"];
/**
 * Whether `value` is a {@link OrderPurchasedItem}; the fast check {@link validateOrderPurchasedItem} runs before explaining a failure.
 */
export declare function isOrderPurchasedItem(value: unknown): value is OrderPurchasedItem;
/**
 * The OrderPurchasedItem schema as data: what {@link validateOrderPurchasedItem} walks to say why a value failed.
 */
export declare const orderPurchasedItemSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link OrderPurchasedItem}.
 * @returns `{ ok: true, value }` typed as {@link OrderPurchasedItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateOrderPurchasedItem: Validator<OrderPurchasedItem>;
/**
 * The documented statuses of an order: `pending` (payment not yet confirmed), `unfulfilled`, `fulfilled`, `disputed`, `dispute-lost` and `refunded`.
 */
export type OrderStatus = components["schemas"]["OrderStatus"];
/**
 * Whether `value` is a {@link OrderStatus}; the fast check {@link validateOrderStatus} runs before explaining a failure.
 */
export declare function isOrderStatus(value: unknown): value is OrderStatus;
/**
 * The OrderStatus schema as data: what {@link validateOrderStatus} walks to say why a value failed.
 */
export declare const orderStatusSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link OrderStatus}.
 * @returns `{ ok: true, value }` typed as {@link OrderStatus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateOrderStatus: Validator<OrderStatus>;
/**
 * The card an order was paid with.
 */
export type OrderStripeCard = components["schemas"]["OrderStripeCard"];
/**
 * Whether `value` is a {@link OrderStripeCard}; the fast check {@link validateOrderStripeCard} runs before explaining a failure.
 */
export declare function isOrderStripeCard(value: unknown): value is OrderStripeCard;
/**
 * The OrderStripeCard schema as data: what {@link validateOrderStripeCard} walks to say why a value failed.
 */
export declare const orderStripeCardSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link OrderStripeCard}.
 * @returns `{ ok: true, value }` typed as {@link OrderStripeCard}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateOrderStripeCard: Validator<OrderStripeCard>;
/**
 * Stripe identifiers of an order's payment; each is null when it does not apply.
 */
export type OrderStripeDetails = components["schemas"]["OrderStripeDetails"];
/**
 * Whether `value` is a {@link OrderStripeDetails}; the fast check {@link validateOrderStripeDetails} runs before explaining a failure.
 */
export declare function isOrderStripeDetails(value: unknown): value is OrderStripeDetails;
/**
 * The OrderStripeDetails schema as data: what {@link validateOrderStripeDetails} walks to say why a value failed.
 */
export declare const orderStripeDetailsSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link OrderStripeDetails}.
 * @returns `{ ok: true, value }` typed as {@link OrderStripeDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateOrderStripeDetails: Validator<OrderStripeDetails>;
/**
 * The totals of an order.
 */
export type OrderTotals = components["schemas"]["OrderTotals"];
/**
 * Whether `value` is a {@link OrderTotals}; the fast check {@link validateOrderTotals} runs before explaining a failure.
 */
export declare function isOrderTotals(value: unknown): value is OrderTotals;
/**
 * The OrderTotals schema as data: what {@link validateOrderTotals} walks to say why a value failed.
 */
export declare const orderTotalsSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link OrderTotals}.
 * @returns `{ ok: true, value }` typed as {@link OrderTotals}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateOrderTotals: Validator<OrderTotals>;
/**
 * Body of POST /sites/{site_id}/orders/{order_id}/refund.
 */
export type RefundOrderRequest = components["schemas"]["RefundOrderRequest"];
/**
 * Whether `value` is a {@link RefundOrderRequest}; the fast check {@link validateRefundOrderRequest} runs before explaining a failure.
 */
export declare function isRefundOrderRequest(value: unknown): value is RefundOrderRequest;
/**
 * The RefundOrderRequest schema as data: what {@link validateRefundOrderRequest} walks to say why a value failed.
 */
export declare const refundOrderRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link RefundOrderRequest}.
 * @returns `{ ok: true, value }` typed as {@link RefundOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateRefundOrderRequest: Validator<RefundOrderRequest>;
/**
 * Body of PATCH /sites/{site_id}/orders/{order_id}: the merchant comment and shipping details to set.
 */
export type UpdateOrderRequest = components["schemas"]["UpdateOrderRequest"];
/**
 * Whether `value` is a {@link UpdateOrderRequest}; the fast check {@link validateUpdateOrderRequest} runs before explaining a failure.
 */
export declare function isUpdateOrderRequest(value: unknown): value is UpdateOrderRequest;
/**
 * The UpdateOrderRequest schema as data: what {@link validateUpdateOrderRequest} walks to say why a value failed.
 */
export declare const updateOrderRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UpdateOrderRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUpdateOrderRequest: Validator<UpdateOrderRequest>;
/**
 * Parameters of `client.orders.fulfill`.
 */
export interface FulfillOrderParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["fulfillOrder"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
	 *
	 * Sent in the path.
	 */
	order_id: NonNullable<operations["fulfillOrder"]["parameters"]["path"]>["order_id"];
	/**
	 * Whether to email the customer.
	 */
	body?: FulfillOrderBody;
}
/**
 * Request body of `client.orders.fulfill`.
 *
 * Whether to email the customer.
 */
export type FulfillOrderBody = NonNullable<operations["fulfillOrder"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.orders.fulfill` resolves to: the 200 response. The fulfilled order.
 */
export type FulfillOrderResult = operations["fulfillOrder"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.orders.fulfill`.
 */
export declare const validateFulfillOrderResult: Validator<FulfillOrderResult>;
/**
 * Checks a request body of `client.orders.fulfill`; the client runs it before sending.
 */
export declare const validateFulfillOrderBody: Validator<FulfillOrderBody>;
/**
 * Fulfill Order: {@link OrdersApi.fulfill | client.orders.fulfill} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function fulfillOrder(core: HttpCore, params: FulfillOrderParams, options?: RequestOptions): ApiPromise<FulfillOrderResult>;
/**
 * Parameters of `client.orders.get`.
 */
export interface GetOrderParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["getOrder"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
	 *
	 * Sent in the path.
	 */
	order_id: NonNullable<operations["getOrder"]["parameters"]["path"]>["order_id"];
}
/**
 * What `client.orders.get` resolves to: the 200 response. The order.
 */
export type GetOrderResult = operations["getOrder"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.orders.get`.
 */
export declare const validateGetOrderResult: Validator<GetOrderResult>;
/**
 * Get Order: {@link OrdersApi.get | client.orders.get} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getOrder(core: HttpCore, params: GetOrderParams, options?: RequestOptions): ApiPromise<GetOrderResult>;
/**
 * Parameters of `client.orders.list`.
 */
export interface ListOrdersParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["listOrders"]["parameters"]["path"]>["site_id"];
	/**
	 * Only list orders with this status.
	 *
	 * Sent in the query.
	 */
	status?: NonNullable<operations["listOrders"]["parameters"]["query"]>["status"];
	/**
	 * Number of items to skip before the first item returned (for paging). Defaults to 0.
	 *
	 * Sent in the query.
	 */
	offset?: NonNullable<operations["listOrders"]["parameters"]["query"]>["offset"];
	/**
	 * Maximum number of items to return (at most 100). Defaults to 100.
	 *
	 * Sent in the query.
	 */
	limit?: NonNullable<operations["listOrders"]["parameters"]["query"]>["limit"];
}
/**
 * What `client.orders.list` resolves to: the 200 response. One page of orders.
 */
export type ListOrdersResult = operations["listOrders"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.orders.list`.
 */
export declare const validateListOrdersResult: Validator<ListOrdersResult>;
/**
 * List Orders: {@link OrdersApi.list | client.orders.list} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listOrders(core: HttpCore, params: ListOrdersParams, options?: RequestOptions): ApiPromise<ListOrdersResult>;
/**
 * Parameters of `client.orders.refund`.
 */
export interface RefundOrderParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["refundOrder"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
	 *
	 * Sent in the path.
	 */
	order_id: NonNullable<operations["refundOrder"]["parameters"]["path"]>["order_id"];
	/**
	 * The reason for the refund.
	 */
	body?: RefundOrderBody;
}
/**
 * Request body of `client.orders.refund`.
 *
 * The reason for the refund.
 */
export type RefundOrderBody = NonNullable<operations["refundOrder"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.orders.refund` resolves to: the 200 response. The refunded order.
 */
export type RefundOrderResult = operations["refundOrder"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.orders.refund`.
 */
export declare const validateRefundOrderResult: Validator<RefundOrderResult>;
/**
 * Checks a request body of `client.orders.refund`; the client runs it before sending.
 */
export declare const validateRefundOrderBody: Validator<RefundOrderBody>;
/**
 * Refund Order: {@link OrdersApi.refund | client.orders.refund} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function refundOrder(core: HttpCore, params: RefundOrderParams, options?: RequestOptions): ApiPromise<RefundOrderResult>;
/**
 * Parameters of `client.orders.unfulfill`.
 */
export interface UnfulfillOrderParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["unfulfillOrder"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
	 *
	 * Sent in the path.
	 */
	order_id: NonNullable<operations["unfulfillOrder"]["parameters"]["path"]>["order_id"];
}
/**
 * What `client.orders.unfulfill` resolves to: the 200 response. The order, unfulfilled.
 */
export type UnfulfillOrderResult = operations["unfulfillOrder"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.orders.unfulfill`.
 */
export declare const validateUnfulfillOrderResult: Validator<UnfulfillOrderResult>;
/**
 * Unfulfill Order: {@link OrdersApi.unfulfill | client.orders.unfulfill} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function unfulfillOrder(core: HttpCore, params: UnfulfillOrderParams, options?: RequestOptions): ApiPromise<UnfulfillOrderResult>;
/**
 * Parameters of `client.orders.update`.
 */
export interface UpdateOrderParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["updateOrder"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
	 *
	 * Sent in the path.
	 */
	order_id: NonNullable<operations["updateOrder"]["parameters"]["path"]>["order_id"];
	/**
	 * The fields to set.
	 */
	body: UpdateOrderBody;
}
/**
 * Request body of `client.orders.update`.
 *
 * The fields to set.
 */
export type UpdateOrderBody = NonNullable<operations["updateOrder"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.orders.update` resolves to: the 200 response. The updated order.
 */
export type UpdateOrderResult = operations["updateOrder"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.orders.update`.
 */
export declare const validateUpdateOrderResult: Validator<UpdateOrderResult>;
/**
 * Checks a request body of `client.orders.update`; the client runs it before sending.
 */
export declare const validateUpdateOrderBody: Validator<UpdateOrderBody>;
/**
 * Update Order: {@link OrdersApi.update | client.orders.update} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function updateOrder(core: HttpCore, params: UpdateOrderParams, options?: RequestOptions): ApiPromise<UpdateOrderResult>;
/**
 * Orders operations: List, read and update ecommerce orders, and fulfill, unfulfill or refund them.
 *
 * Reached as `client.orders`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class OrdersApi {
	#private;
	constructor(core: HttpCore);
	/**
	 * Fulfill Order
	 *
	 * Mark an order as fulfilled, optionally emailing the customer. The body is optional.
	 *
	 * Required scopes: `ecommerce:write`.
	 *
	 * POST `/sites/{site_id}/orders/{order_id}/fulfill` (operationId `fulfillOrder`).
	 * @param params - site_id, order_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`).
	 * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	fulfill(params: FulfillOrderParams, options?: RequestOptions): ApiPromise<FulfillOrderResult>;
	/**
	 * Get Order
	 *
	 * Get an order.
	 *
	 * Required scopes: `ecommerce:read`.
	 *
	 * GET `/sites/{site_id}/orders/{order_id}` (operationId `getOrder`).
	 * @param params - site_id, order_id
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`).
	 * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	get(params: GetOrderParams, options?: RequestOptions): ApiPromise<GetOrderResult>;
	/**
	 * List Orders
	 *
	 * List the ecommerce orders of a site, optionally only those with one status, one page at a time (`offset` and `limit`, at most 100 per page).
	 *
	 * Required scopes: `ecommerce:read`.
	 *
	 * GET `/sites/{site_id}/orders` (operationId `listOrders`).
	 * @param params - site_id, status, offset, limit
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
	 * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	list(params: ListOrdersParams, options?: RequestOptions): ApiPromise<ListOrdersResult>;
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.orders.iterate(params)) console.log(item);
	 */
	iterate(params: ListOrdersParams, options?: RequestOptions): AsyncGenerator<NonNullable<ListOrdersResult["orders"]>[number], void, undefined>;
	/**
	 * Refund Order
	 *
	 * Refund an order in full through its payment processor, optionally giving a reason. The body is optional.
	 *
	 * Required scopes: `ecommerce:write`.
	 *
	 * POST `/sites/{site_id}/orders/{order_id}/refund` (operationId `refundOrder`).
	 * @param params - site_id, order_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`).
	 * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	refund(params: RefundOrderParams, options?: RequestOptions): ApiPromise<RefundOrderResult>;
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
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`).
	 * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	unfulfill(params: UnfulfillOrderParams, options?: RequestOptions): ApiPromise<UnfulfillOrderResult>;
	/**
	 * Update Order
	 *
	 * Set the merchant comment and the shipping details (carrier, tracking number, tracking URL) of an order. Only the fields sent change.
	 *
	 * Required scopes: `ecommerce:write`.
	 *
	 * PATCH `/sites/{site_id}/orders/{order_id}` (operationId `updateOrder`).
	 * @param params - site_id, order_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`).
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`).
	 * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	update(params: UpdateOrderParams, options?: RequestOptions): ApiPromise<UpdateOrderResult>;
}
