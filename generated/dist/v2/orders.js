/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_EMAIL_URI, EXPLAIN_ARRAY_OBJECT, EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_EMAIL_URI, EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_URI, EXPLAIN_ENUM, EXPLAIN_ENUM_OBJECT, EXPLAIN_OBJECT, EXPLAIN_OBJECT_STRING_EMAIL } from "./explainers.js";
import { isPagination, paginationSchema } from "./shared.js";
const ORDER_PURCHASED_ITEM_PRODUCT_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");
const ORDER_STATUS_VALUES = /* @__PURE__ */ new Set([
	"pending",
	"unfulfilled",
	"fulfilled",
	"disputed",
	"dispute-lost",
	"refunded"
]);
/**
 * Whether `value` is a {@link FulfillOrderRequest}; the fast check {@link validateFulfillOrderRequest} runs before explaining a failure.
 */
export function isFulfillOrderRequest(value) {
	return $.isPlainObject(value) && (value.sendOrderFulfilledEmail === undefined || typeof value.sendOrderFulfilledEmail === "boolean");
}
/**
 * The FulfillOrderRequest schema as data: what {@link validateFulfillOrderRequest} walks to say why a value failed.
 */
export const fulfillOrderRequestSchema = {
	kind: "object",
	title: "FulfillOrderRequest",
	properties: { sendOrderFulfilledEmail: { kind: "boolean" } }
};
/**
 * Checks that `value` is a {@link FulfillOrderRequest}.
 * @returns `{ ok: true, value }` typed as {@link FulfillOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateFulfillOrderRequest = /* @__PURE__ */ $.validator(isFulfillOrderRequest, fulfillOrderRequestSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link Order}; the fast check {@link validateOrder} runs before explaining a failure.
 */
export function isOrder(value) {
	return $.isPlainObject(value) && (value.orderId === undefined || typeof value.orderId === "string") && (value.status === undefined || typeof value.status === "string") && (value.comment === undefined || typeof value.comment === "string") && (value.orderComment === undefined || typeof value.orderComment === "string") && (value.acceptedOn === undefined || value.acceptedOn === null || typeof value.acceptedOn === "string" && $.isDateTime(value.acceptedOn)) && (value.fulfilledOn === undefined || value.fulfilledOn === null || typeof value.fulfilledOn === "string" && $.isDateTime(value.fulfilledOn)) && (value.refundedOn === undefined || value.refundedOn === null || typeof value.refundedOn === "string" && $.isDateTime(value.refundedOn)) && (value.disputedOn === undefined || value.disputedOn === null || typeof value.disputedOn === "string" && $.isDateTime(value.disputedOn)) && (value.disputeUpdatedOn === undefined || value.disputeUpdatedOn === null || typeof value.disputeUpdatedOn === "string" && $.isDateTime(value.disputeUpdatedOn)) && (value.disputeLastStatus === undefined || value.disputeLastStatus === null || typeof value.disputeLastStatus === "string") && (value.customerPaid === undefined || isOrderPrice(value.customerPaid)) && (value.netAmount === undefined || isOrderPrice(value.netAmount)) && (value.applicationFee === undefined || isOrderPrice(value.applicationFee)) && (value.allAddresses === undefined || isOrder_allAddresses(value.allAddresses)) && (value.shippingAddress === undefined || isOrderAddress(value.shippingAddress)) && (value.billingAddress === undefined || isOrderAddress(value.billingAddress)) && (value.shippingProvider === undefined || value.shippingProvider === null || typeof value.shippingProvider === "string") && (value.shippingTracking === undefined || value.shippingTracking === null || typeof value.shippingTracking === "string") && (value.shippingTrackingURL === undefined || value.shippingTrackingURL === null || typeof value.shippingTrackingURL === "string") && (value.customerInfo === undefined || isOrderCustomerInfo(value.customerInfo)) && (value.purchasedItems === undefined || isOrder_purchasedItems(value.purchasedItems)) && (value.purchasedItemsCount === undefined || typeof value.purchasedItemsCount === "number" && Number.isFinite(value.purchasedItemsCount)) && (value.stripeDetails === undefined || isOrderStripeDetails(value.stripeDetails)) && (value.stripeCard === undefined || isOrderStripeCard(value.stripeCard)) && (value.paypalDetails === undefined || isOrderPaypalDetails(value.paypalDetails)) && (value.customData === undefined || isOrder_customData(value.customData)) && (value.metadata === undefined || isOrder_metadata(value.metadata)) && (value.isCustomerDeleted === undefined || typeof value.isCustomerDeleted === "boolean") && (value.isShippingRequired === undefined || typeof value.isShippingRequired === "boolean") && (value.hasDownloads === undefined || typeof value.hasDownloads === "boolean") && (value.paymentProcessor === undefined || typeof value.paymentProcessor === "string") && (value.totals === undefined || isOrderTotals(value.totals)) && (value.downloadFiles === undefined || isOrder_downloadFiles(value.downloadFiles));
}
function isOrder_allAddresses(value) {
	return Array.isArray(value) && value.every(isOrderAddress);
}
function isOrder_purchasedItems(value) {
	return Array.isArray(value) && value.every(isOrderPurchasedItem);
}
function isOrder_customData_item(value) {
	return $.isPlainObject(value);
}
function isOrder_customData(value) {
	return Array.isArray(value) && value.every(isOrder_customData_item);
}
function isOrder_metadata(value) {
	return $.isPlainObject(value) && (value.isBuyNow === undefined || typeof value.isBuyNow === "boolean");
}
function isOrder_downloadFiles_item(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string") && (value.name === undefined || typeof value.name === "string") && (value.url === undefined || typeof value.url === "string" && $.isUri(value.url));
}
function isOrder_downloadFiles(value) {
	return Array.isArray(value) && value.every(isOrder_downloadFiles_item);
}
/**
 * The Order schema as data: what {@link validateOrder} walks to say why a value failed.
 */
export const orderSchema = {
	kind: "object",
	title: "Order",
	properties: {
		orderId: { kind: "string" },
		status: { kind: "string" },
		comment: { kind: "string" },
		orderComment: { kind: "string" },
		acceptedOn: {
			kind: "string",
			nullable: true,
			format: "date-time"
		},
		fulfilledOn: {
			kind: "string",
			nullable: true,
			format: "date-time"
		},
		refundedOn: {
			kind: "string",
			nullable: true,
			format: "date-time"
		},
		disputedOn: {
			kind: "string",
			nullable: true,
			format: "date-time"
		},
		disputeUpdatedOn: {
			kind: "string",
			nullable: true,
			format: "date-time"
		},
		disputeLastStatus: {
			kind: "string",
			nullable: true
		},
		customerPaid: () => orderPriceSchema,
		netAmount: () => orderPriceSchema,
		applicationFee: () => orderPriceSchema,
		allAddresses: {
			kind: "array",
			items: () => orderAddressSchema
		},
		shippingAddress: () => orderAddressSchema,
		billingAddress: () => orderAddressSchema,
		shippingProvider: {
			kind: "string",
			nullable: true
		},
		shippingTracking: {
			kind: "string",
			nullable: true
		},
		shippingTrackingURL: {
			kind: "string",
			nullable: true
		},
		customerInfo: () => orderCustomerInfoSchema,
		purchasedItems: {
			kind: "array",
			items: () => orderPurchasedItemSchema
		},
		purchasedItemsCount: { kind: "number" },
		stripeDetails: () => orderStripeDetailsSchema,
		stripeCard: () => orderStripeCardSchema,
		paypalDetails: () => orderPaypalDetailsSchema,
		customData: {
			kind: "array",
			items: { kind: "object" }
		},
		metadata: {
			kind: "object",
			properties: { isBuyNow: { kind: "boolean" } }
		},
		isCustomerDeleted: { kind: "boolean" },
		isShippingRequired: { kind: "boolean" },
		hasDownloads: { kind: "boolean" },
		paymentProcessor: { kind: "string" },
		totals: () => orderTotalsSchema,
		downloadFiles: {
			kind: "array",
			items: {
				kind: "object",
				properties: {
					id: { kind: "string" },
					name: { kind: "string" },
					url: {
						kind: "string",
						format: "uri"
					}
				}
			}
		}
	}
};
/**
 * Checks that `value` is a {@link Order}.
 * @returns `{ ok: true, value }` typed as {@link Order}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrder = /* @__PURE__ */ $.validator(isOrder, orderSchema, EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_EMAIL_URI);
/**
 * Whether `value` is a {@link OrderAddress}; the fast check {@link validateOrderAddress} runs before explaining a failure.
 */
export function isOrderAddress(value) {
	return $.isPlainObject(value) && (value.type === undefined || typeof value.type === "string") && (value.japanType === undefined || value.japanType === null || typeof value.japanType === "string") && (value.addressee === undefined || typeof value.addressee === "string") && (value.line1 === undefined || typeof value.line1 === "string") && (value.line2 === undefined || typeof value.line2 === "string") && (value.city === undefined || typeof value.city === "string") && (value.state === undefined || typeof value.state === "string") && (value.country === undefined || typeof value.country === "string") && (value.postalCode === undefined || typeof value.postalCode === "string");
}
/**
 * The OrderAddress schema as data: what {@link validateOrderAddress} walks to say why a value failed.
 */
export const orderAddressSchema = {
	kind: "object",
	title: "OrderAddress",
	properties: {
		type: { kind: "string" },
		japanType: {
			kind: "string",
			nullable: true
		},
		addressee: { kind: "string" },
		line1: { kind: "string" },
		line2: { kind: "string" },
		city: { kind: "string" },
		state: { kind: "string" },
		country: { kind: "string" },
		postalCode: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link OrderAddress}.
 * @returns `{ ok: true, value }` typed as {@link OrderAddress}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderAddress = /* @__PURE__ */ $.validator(isOrderAddress, orderAddressSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link OrderCustomerInfo}; the fast check {@link validateOrderCustomerInfo} runs before explaining a failure.
 */
export function isOrderCustomerInfo(value) {
	return $.isPlainObject(value) && (value.fullName === undefined || typeof value.fullName === "string") && (value.email === undefined || typeof value.email === "string" && $.isEmail(value.email));
}
/**
 * The OrderCustomerInfo schema as data: what {@link validateOrderCustomerInfo} walks to say why a value failed.
 */
export const orderCustomerInfoSchema = {
	kind: "object",
	title: "OrderCustomerInfo",
	properties: {
		fullName: { kind: "string" },
		email: {
			kind: "string",
			format: "email"
		}
	}
};
/**
 * Checks that `value` is a {@link OrderCustomerInfo}.
 * @returns `{ ok: true, value }` typed as {@link OrderCustomerInfo}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderCustomerInfo = /* @__PURE__ */ $.validator(isOrderCustomerInfo, orderCustomerInfoSchema, EXPLAIN_OBJECT_STRING_EMAIL);
/**
 * Whether `value` is a {@link OrderList}; the fast check {@link validateOrderList} runs before explaining a failure.
 */
export function isOrderList(value) {
	return $.isPlainObject(value) && (value.orders === undefined || isOrderList_orders(value.orders)) && (value.pagination === undefined || isPagination(value.pagination));
}
function isOrderList_orders(value) {
	return Array.isArray(value) && value.every(isOrder);
}
/**
 * The OrderList schema as data: what {@link validateOrderList} walks to say why a value failed.
 */
export const orderListSchema = {
	kind: "object",
	title: "OrderList",
	properties: {
		orders: {
			kind: "array",
			items: () => orderSchema
		},
		pagination: () => paginationSchema
	}
};
/**
 * Checks that `value` is a {@link OrderList}.
 * @returns `{ ok: true, value }` typed as {@link OrderList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderList = /* @__PURE__ */ $.validator(isOrderList, orderListSchema, EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_EMAIL_URI);
/**
 * Whether `value` is a {@link OrderPaypalDetails}; the fast check {@link validateOrderPaypalDetails} runs before explaining a failure.
 */
export function isOrderPaypalDetails(value) {
	return $.isPlainObject(value) && (value.orderId === undefined || typeof value.orderId === "string") && (value.payerId === undefined || typeof value.payerId === "string") && (value.captureId === undefined || typeof value.captureId === "string") && (value.refundId === undefined || typeof value.refundId === "string") && (value.refundReason === undefined || typeof value.refundReason === "string") && (value.disputeId === undefined || typeof value.disputeId === "string");
}
/**
 * The OrderPaypalDetails schema as data: what {@link validateOrderPaypalDetails} walks to say why a value failed.
 */
export const orderPaypalDetailsSchema = {
	kind: "object",
	title: "OrderPaypalDetails",
	properties: {
		orderId: { kind: "string" },
		payerId: { kind: "string" },
		captureId: { kind: "string" },
		refundId: { kind: "string" },
		refundReason: { kind: "string" },
		disputeId: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link OrderPaypalDetails}.
 * @returns `{ ok: true, value }` typed as {@link OrderPaypalDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderPaypalDetails = /* @__PURE__ */ $.validator(isOrderPaypalDetails, orderPaypalDetailsSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link OrderPrice}; the fast check {@link validateOrderPrice} runs before explaining a failure.
 */
export function isOrderPrice(value) {
	return $.isPlainObject(value) && (value.unit === undefined || typeof value.unit === "string") && (value.value === undefined || typeof value.value === "string") && (value.string === undefined || typeof value.string === "string");
}
/**
 * The OrderPrice schema as data: what {@link validateOrderPrice} walks to say why a value failed.
 */
export const orderPriceSchema = {
	kind: "object",
	title: "OrderPrice",
	properties: {
		unit: { kind: "string" },
		value: { kind: "string" },
		string: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link OrderPrice}.
 * @returns `{ ok: true, value }` typed as {@link OrderPrice}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderPrice = /* @__PURE__ */ $.validator(isOrderPrice, orderPriceSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link OrderPurchasedItem}; the fast check {@link validateOrderPurchasedItem} runs before explaining a failure.
 */
export function isOrderPurchasedItem(value) {
	return $.isPlainObject(value) && (value.count === undefined || typeof value.count === "number" && Number.isFinite(value.count)) && (value.rowTotal === undefined || isOrderPrice(value.rowTotal)) && (value.productId === undefined || typeof value.productId === "string" && ORDER_PURCHASED_ITEM_PRODUCT_ID_PATTERN.test(value.productId)) && (value.productName === undefined || typeof value.productName === "string") && (value.productSlug === undefined || typeof value.productSlug === "string") && (value.variantId === undefined || typeof value.variantId === "string") && (value.variantName === undefined || typeof value.variantName === "string") && (value.variantSlug === undefined || typeof value.variantSlug === "string") && (value.variantSKU === undefined || typeof value.variantSKU === "string") && (value.variantImage === undefined || isOrderPurchasedItem_variantImage(value.variantImage)) && (value.variantPrice === undefined || isOrderPrice(value.variantPrice)) && (value.weight === undefined || value.weight === null || typeof value.weight === "number" && Number.isFinite(value.weight)) && (value.width === undefined || value.width === null || typeof value.width === "number" && Number.isFinite(value.width)) && (value.height === undefined || value.height === null || typeof value.height === "number" && Number.isFinite(value.height)) && (value.length === undefined || value.length === null || typeof value.length === "number" && Number.isFinite(value.length));
}
function isOrderPurchasedItem_variantImage_file_variants_item(value) {
	return $.isPlainObject(value) && (value.url === undefined || typeof value.url === "string" && $.isUri(value.url)) && (value.originalFileName === undefined || typeof value.originalFileName === "string") && (value.size === undefined || typeof value.size === "number" && Number.isFinite(value.size)) && (value.width === undefined || typeof value.width === "number" && Number.isInteger(value.width)) && (value.height === undefined || typeof value.height === "number" && Number.isInteger(value.height));
}
function isOrderPurchasedItem_variantImage_file_variants(value) {
	return Array.isArray(value) && value.every(isOrderPurchasedItem_variantImage_file_variants_item);
}
function isOrderPurchasedItem_variantImage_file(value) {
	return $.isPlainObject(value) && (value.size === undefined || typeof value.size === "number" && Number.isFinite(value.size)) && (value.originalFileName === undefined || typeof value.originalFileName === "string") && (value.createdOn === undefined || typeof value.createdOn === "string" && $.isDateTime(value.createdOn)) && (value.contentType === undefined || typeof value.contentType === "string") && (value.width === undefined || typeof value.width === "number" && Number.isInteger(value.width)) && (value.height === undefined || typeof value.height === "number" && Number.isInteger(value.height)) && (value.variants === undefined || isOrderPurchasedItem_variantImage_file_variants(value.variants));
}
function isOrderPurchasedItem_variantImage(value) {
	return $.isPlainObject(value) && (value.url === undefined || typeof value.url === "string" && $.isUri(value.url)) && (value.file === undefined || isOrderPurchasedItem_variantImage_file(value.file));
}
/**
 * The OrderPurchasedItem schema as data: what {@link validateOrderPurchasedItem} walks to say why a value failed.
 */
export const orderPurchasedItemSchema = {
	kind: "object",
	title: "OrderPurchasedItem",
	properties: {
		count: { kind: "number" },
		rowTotal: () => orderPriceSchema,
		productId: {
			kind: "string",
			pattern: ORDER_PURCHASED_ITEM_PRODUCT_ID_PATTERN
		},
		productName: { kind: "string" },
		productSlug: { kind: "string" },
		variantId: { kind: "string" },
		variantName: { kind: "string" },
		variantSlug: { kind: "string" },
		variantSKU: { kind: "string" },
		variantImage: {
			kind: "object",
			properties: {
				url: {
					kind: "string",
					format: "uri"
				},
				file: {
					kind: "object",
					properties: {
						size: { kind: "number" },
						originalFileName: { kind: "string" },
						createdOn: {
							kind: "string",
							format: "date-time"
						},
						contentType: { kind: "string" },
						width: { kind: "integer" },
						height: { kind: "integer" },
						variants: {
							kind: "array",
							items: {
								kind: "object",
								properties: {
									url: {
										kind: "string",
										format: "uri"
									},
									originalFileName: { kind: "string" },
									size: { kind: "number" },
									width: { kind: "integer" },
									height: { kind: "integer" }
								}
							}
						}
					}
				}
			}
		},
		variantPrice: () => orderPriceSchema,
		weight: {
			kind: "number",
			nullable: true
		},
		width: {
			kind: "number",
			nullable: true
		},
		height: {
			kind: "number",
			nullable: true
		},
		length: {
			kind: "number",
			nullable: true
		}
	}
};
/**
 * Checks that `value` is a {@link OrderPurchasedItem}.
 * @returns `{ ok: true, value }` typed as {@link OrderPurchasedItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderPurchasedItem = /* @__PURE__ */ $.validator(isOrderPurchasedItem, orderPurchasedItemSchema, EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_URI);
/**
 * Whether `value` is a {@link OrderStatus}; the fast check {@link validateOrderStatus} runs before explaining a failure.
 */
export function isOrderStatus(value) {
	return typeof value === "string" && ORDER_STATUS_VALUES.has(value);
}
/**
 * The OrderStatus schema as data: what {@link validateOrderStatus} walks to say why a value failed.
 */
export const orderStatusSchema = {
	kind: "string",
	title: "OrderStatus",
	enum: [
		"pending",
		"unfulfilled",
		"fulfilled",
		"disputed",
		"dispute-lost",
		"refunded"
	]
};
/**
 * Checks that `value` is a {@link OrderStatus}.
 * @returns `{ ok: true, value }` typed as {@link OrderStatus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderStatus = /* @__PURE__ */ $.validator(isOrderStatus, orderStatusSchema, EXPLAIN_ENUM);
/**
 * Whether `value` is a {@link OrderStripeCard}; the fast check {@link validateOrderStripeCard} runs before explaining a failure.
 */
export function isOrderStripeCard(value) {
	return $.isPlainObject(value) && (value.last4 === undefined || typeof value.last4 === "string") && (value.brand === undefined || typeof value.brand === "string") && (value.ownerName === undefined || typeof value.ownerName === "string") && (value.expires === undefined || isOrderStripeCard_expires(value.expires));
}
function isOrderStripeCard_expires(value) {
	return $.isPlainObject(value) && (value.year === undefined || typeof value.year === "number" && Number.isFinite(value.year)) && (value.month === undefined || typeof value.month === "number" && Number.isFinite(value.month));
}
/**
 * The OrderStripeCard schema as data: what {@link validateOrderStripeCard} walks to say why a value failed.
 */
export const orderStripeCardSchema = {
	kind: "object",
	title: "OrderStripeCard",
	properties: {
		last4: { kind: "string" },
		brand: { kind: "string" },
		ownerName: { kind: "string" },
		expires: {
			kind: "object",
			properties: {
				year: { kind: "number" },
				month: { kind: "number" }
			}
		}
	}
};
/**
 * Checks that `value` is a {@link OrderStripeCard}.
 * @returns `{ ok: true, value }` typed as {@link OrderStripeCard}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderStripeCard = /* @__PURE__ */ $.validator(isOrderStripeCard, orderStripeCardSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link OrderStripeDetails}; the fast check {@link validateOrderStripeDetails} runs before explaining a failure.
 */
export function isOrderStripeDetails(value) {
	return $.isPlainObject(value) && (value.subscriptionId === undefined || value.subscriptionId === null || typeof value.subscriptionId === "string") && (value.paymentMethod === undefined || value.paymentMethod === null || typeof value.paymentMethod === "string") && (value.paymentIntentId === undefined || value.paymentIntentId === null || typeof value.paymentIntentId === "string") && (value.customerId === undefined || value.customerId === null || typeof value.customerId === "string") && (value.chargeId === undefined || value.chargeId === null || typeof value.chargeId === "string") && (value.disputeId === undefined || value.disputeId === null || typeof value.disputeId === "string") && (value.refundId === undefined || value.refundId === null || typeof value.refundId === "string") && (value.refundReason === undefined || value.refundReason === null || typeof value.refundReason === "string");
}
/**
 * The OrderStripeDetails schema as data: what {@link validateOrderStripeDetails} walks to say why a value failed.
 */
export const orderStripeDetailsSchema = {
	kind: "object",
	title: "OrderStripeDetails",
	properties: {
		subscriptionId: {
			kind: "string",
			nullable: true
		},
		paymentMethod: {
			kind: "string",
			nullable: true
		},
		paymentIntentId: {
			kind: "string",
			nullable: true
		},
		customerId: {
			kind: "string",
			nullable: true
		},
		chargeId: {
			kind: "string",
			nullable: true
		},
		disputeId: {
			kind: "string",
			nullable: true
		},
		refundId: {
			kind: "string",
			nullable: true
		},
		refundReason: {
			kind: "string",
			nullable: true
		}
	}
};
/**
 * Checks that `value` is a {@link OrderStripeDetails}.
 * @returns `{ ok: true, value }` typed as {@link OrderStripeDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderStripeDetails = /* @__PURE__ */ $.validator(isOrderStripeDetails, orderStripeDetailsSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link OrderTotals}; the fast check {@link validateOrderTotals} runs before explaining a failure.
 */
export function isOrderTotals(value) {
	return $.isPlainObject(value) && (value.subtotal === undefined || isOrderPrice(value.subtotal)) && (value.extras === undefined || isOrderTotals_extras(value.extras)) && (value.total === undefined || isOrderPrice(value.total));
}
function isOrderTotals_extras_item(value) {
	return $.isPlainObject(value) && (value.type === undefined || typeof value.type === "string") && (value.name === undefined || typeof value.name === "string") && (value.description === undefined || typeof value.description === "string") && (value.price === undefined || isOrderPrice(value.price));
}
function isOrderTotals_extras(value) {
	return Array.isArray(value) && value.every(isOrderTotals_extras_item);
}
/**
 * The OrderTotals schema as data: what {@link validateOrderTotals} walks to say why a value failed.
 */
export const orderTotalsSchema = {
	kind: "object",
	title: "OrderTotals",
	properties: {
		subtotal: () => orderPriceSchema,
		extras: {
			kind: "array",
			items: {
				kind: "object",
				properties: {
					type: { kind: "string" },
					name: { kind: "string" },
					description: { kind: "string" },
					price: () => orderPriceSchema
				}
			}
		},
		total: () => orderPriceSchema
	}
};
/**
 * Checks that `value` is a {@link OrderTotals}.
 * @returns `{ ok: true, value }` typed as {@link OrderTotals}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderTotals = /* @__PURE__ */ $.validator(isOrderTotals, orderTotalsSchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Whether `value` is a {@link RefundOrderRequest}; the fast check {@link validateRefundOrderRequest} runs before explaining a failure.
 */
export function isRefundOrderRequest(value) {
	return $.isPlainObject(value) && (value.reason === undefined || typeof value.reason === "string" && (value.reason === "duplicate" || value.reason === "fraudulent" || value.reason === "requested"));
}
/**
 * The RefundOrderRequest schema as data: what {@link validateRefundOrderRequest} walks to say why a value failed.
 */
export const refundOrderRequestSchema = {
	kind: "object",
	title: "RefundOrderRequest",
	properties: { reason: {
		kind: "string",
		enum: [
			"duplicate",
			"fraudulent",
			"requested"
		]
	} }
};
/**
 * Checks that `value` is a {@link RefundOrderRequest}.
 * @returns `{ ok: true, value }` typed as {@link RefundOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateRefundOrderRequest = /* @__PURE__ */ $.validator(isRefundOrderRequest, refundOrderRequestSchema, EXPLAIN_ENUM_OBJECT);
/**
 * Whether `value` is a {@link UpdateOrderRequest}; the fast check {@link validateUpdateOrderRequest} runs before explaining a failure.
 */
export function isUpdateOrderRequest(value) {
	return $.isPlainObject(value) && (value.comment === undefined || typeof value.comment === "string") && (value.shippingProvider === undefined || typeof value.shippingProvider === "string") && (value.shippingTracking === undefined || typeof value.shippingTracking === "string") && (value.shippingTrackingURL === undefined || typeof value.shippingTrackingURL === "string");
}
/**
 * The UpdateOrderRequest schema as data: what {@link validateUpdateOrderRequest} walks to say why a value failed.
 */
export const updateOrderRequestSchema = {
	kind: "object",
	title: "UpdateOrderRequest",
	properties: {
		comment: { kind: "string" },
		shippingProvider: { kind: "string" },
		shippingTracking: { kind: "string" },
		shippingTrackingURL: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link UpdateOrderRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateOrderRequest = /* @__PURE__ */ $.validator(isUpdateOrderRequest, updateOrderRequestSchema, EXPLAIN_OBJECT);
/**
 * Checks the 200 response body of `client.orders.fulfill`.
 */
export const validateFulfillOrderResult = validateOrder;
/**
 * Checks a request body of `client.orders.fulfill`; the client runs it before sending.
 */
export const validateFulfillOrderBody = validateFulfillOrderRequest;
/**
 * Fulfill Order: {@link OrdersApi.fulfill | client.orders.fulfill} as a function of the core, so that a program importing only it bundles only it.
 */
export function fulfillOrder(core, params, options) {
	return core.request({
		operationId: "fulfillOrder",
		method: "POST",
		path: "/sites/{site_id}/orders/{order_id}/fulfill",
		pathParams: {
			site_id: params.site_id,
			order_id: params.order_id
		},
		body: params.body,
		validateBody: validateFulfillOrderBody,
		responseKind: "json",
		validate: validateFulfillOrderResult
	}, options);
}
/**
 * Checks the 200 response body of `client.orders.get`.
 */
export const validateGetOrderResult = validateOrder;
/**
 * Get Order: {@link OrdersApi.get | client.orders.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getOrder(core, params, options) {
	return core.request({
		operationId: "getOrder",
		method: "GET",
		path: "/sites/{site_id}/orders/{order_id}",
		pathParams: {
			site_id: params.site_id,
			order_id: params.order_id
		},
		responseKind: "json",
		validate: validateGetOrderResult
	}, options);
}
/**
 * Checks the 200 response body of `client.orders.list`.
 */
export const validateListOrdersResult = validateOrderList;
/**
 * List Orders: {@link OrdersApi.list | client.orders.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listOrders(core, params, options) {
	return core.request({
		operationId: "listOrders",
		method: "GET",
		path: "/sites/{site_id}/orders",
		pathParams: { site_id: params.site_id },
		query: {
			status: params.status,
			offset: params.offset,
			limit: params.limit
		},
		responseKind: "json",
		validate: validateListOrdersResult
	}, options);
}
/**
 * Checks the 200 response body of `client.orders.refund`.
 */
export const validateRefundOrderResult = validateOrder;
/**
 * Checks a request body of `client.orders.refund`; the client runs it before sending.
 */
export const validateRefundOrderBody = validateRefundOrderRequest;
/**
 * Refund Order: {@link OrdersApi.refund | client.orders.refund} as a function of the core, so that a program importing only it bundles only it.
 */
export function refundOrder(core, params, options) {
	return core.request({
		operationId: "refundOrder",
		method: "POST",
		path: "/sites/{site_id}/orders/{order_id}/refund",
		pathParams: {
			site_id: params.site_id,
			order_id: params.order_id
		},
		body: params.body,
		validateBody: validateRefundOrderBody,
		responseKind: "json",
		validate: validateRefundOrderResult
	}, options);
}
/**
 * Checks the 200 response body of `client.orders.unfulfill`.
 */
export const validateUnfulfillOrderResult = validateOrder;
/**
 * Unfulfill Order: {@link OrdersApi.unfulfill | client.orders.unfulfill} as a function of the core, so that a program importing only it bundles only it.
 */
export function unfulfillOrder(core, params, options) {
	return core.request({
		operationId: "unfulfillOrder",
		method: "POST",
		path: "/sites/{site_id}/orders/{order_id}/unfulfill",
		pathParams: {
			site_id: params.site_id,
			order_id: params.order_id
		},
		responseKind: "json",
		validate: validateUnfulfillOrderResult
	}, options);
}
/**
 * Checks the 200 response body of `client.orders.update`.
 */
export const validateUpdateOrderResult = validateOrder;
/**
 * Checks a request body of `client.orders.update`; the client runs it before sending.
 */
export const validateUpdateOrderBody = validateUpdateOrderRequest;
/**
 * Update Order: {@link OrdersApi.update | client.orders.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateOrder(core, params, options) {
	return core.request({
		operationId: "updateOrder",
		method: "PATCH",
		path: "/sites/{site_id}/orders/{order_id}",
		pathParams: {
			site_id: params.site_id,
			order_id: params.order_id
		},
		body: params.body,
		validateBody: validateUpdateOrderBody,
		responseKind: "json",
		validate: validateUpdateOrderResult
	}, options);
}
/**
 * Orders operations: List, read and update ecommerce orders, and fulfill, unfulfill or refund them.
 *
 * Reached as `client.orders`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class OrdersApi {
	#core;
	constructor(core) {
		this.#core = core;
	}
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
	fulfill(params, options) {
		return fulfillOrder(this.#core, params, options);
	}
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
	get(params, options) {
		return getOrder(this.#core, params, options);
	}
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
	list(params, options) {
		return listOrders(this.#core, params, options);
	}
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.orders.iterate(params)) console.log(item);
	 */
	iterate(params, options) {
		return $.paginate(async (offset) => {
			const page = await listOrders(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.orders ?? [],
				pagination: page.pagination ?? {
					offset,
					total: 0
				}
			};
		}, params.offset ?? 0);
	}
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
	refund(params, options) {
		return refundOrder(this.#core, params, options);
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
	unfulfill(params, options) {
		return unfulfillOrder(this.#core, params, options);
	}
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
	update(params, options) {
		return updateOrder(this.#core, params, options);
	}
}
