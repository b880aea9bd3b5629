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
  EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_EMAIL_URI,
  EXPLAIN_ARRAY_OBJECT,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_EMAIL_URI,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_URI,
  EXPLAIN_ENUM,
  EXPLAIN_ENUM_OBJECT,
  EXPLAIN_OBJECT,
  EXPLAIN_OBJECT_STRING_EMAIL,
} from "./explainers.js";
import type { components, operations } from "./schema.js";
import { isPagination, paginationSchema } from "./shared.js";

const ORDER_PURCHASED_ITEM_PRODUCT_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");

const ORDER_STATUS_VALUES = /* @__PURE__ */ new Set<unknown>([
  "pending",
  "unfulfilled",
  "fulfilled",
  "disputed",
  "dispute-lost",
  "refunded",
]);

/**
 * Body of POST /sites/{site_id}/orders/{order_id}/fulfill.
 */
export type FulfillOrderRequest = components["schemas"]["FulfillOrderRequest"];

/**
 * Whether `value` is a {@link FulfillOrderRequest}; the fast check {@link validateFulfillOrderRequest} runs before explaining a failure.
 */
export function isFulfillOrderRequest(value: unknown): value is FulfillOrderRequest {
  return (
    $.isPlainObject(value) &&
    (value.sendOrderFulfilledEmail === undefined ||
      typeof value.sendOrderFulfilledEmail === "boolean")
  );
}

/**
 * The FulfillOrderRequest schema as data: what {@link validateFulfillOrderRequest} walks to say why a value failed.
 */
export const fulfillOrderRequestSchema: SchemaPlan = {
  kind: "object",
  title: "FulfillOrderRequest",
  properties: { sendOrderFulfilledEmail: { kind: "boolean" } },
};

/**
 * Checks that `value` is a {@link FulfillOrderRequest}.
 * @returns `{ ok: true, value }` typed as {@link FulfillOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateFulfillOrderRequest: Validator<FulfillOrderRequest> =
  /* @__PURE__ */ $.validator(isFulfillOrderRequest, fulfillOrderRequestSchema, EXPLAIN_OBJECT);

/**
 * An ecommerce order: its status, customer, addresses, purchased items, payment details and totals. Every field may be absent.
 */
export type Order = components["schemas"]["Order"];

/**
 * Whether `value` is a {@link Order}; the fast check {@link validateOrder} runs before explaining a failure.
 */
export function isOrder(value: unknown): value is Order {
  return (
    $.isPlainObject(value) &&
    (value.orderId === undefined || typeof value.orderId === "string") &&
    (value.status === undefined || typeof value.status === "string") &&
    (value.comment === undefined || typeof value.comment === "string") &&
    (value.orderComment === undefined || typeof value.orderComment === "string") &&
    (value.acceptedOn === undefined ||
      value.acceptedOn === null ||
      (typeof value.acceptedOn === "string" && $.isDateTime(value.acceptedOn))) &&
    (value.fulfilledOn === undefined ||
      value.fulfilledOn === null ||
      (typeof value.fulfilledOn === "string" && $.isDateTime(value.fulfilledOn))) &&
    (value.refundedOn === undefined ||
      value.refundedOn === null ||
      (typeof value.refundedOn === "string" && $.isDateTime(value.refundedOn))) &&
    (value.disputedOn === undefined ||
      value.disputedOn === null ||
      (typeof value.disputedOn === "string" && $.isDateTime(value.disputedOn))) &&
    (value.disputeUpdatedOn === undefined ||
      value.disputeUpdatedOn === null ||
      (typeof value.disputeUpdatedOn === "string" && $.isDateTime(value.disputeUpdatedOn))) &&
    (value.disputeLastStatus === undefined ||
      value.disputeLastStatus === null ||
      typeof value.disputeLastStatus === "string") &&
    (value.customerPaid === undefined || isOrderPrice(value.customerPaid)) &&
    (value.netAmount === undefined || isOrderPrice(value.netAmount)) &&
    (value.applicationFee === undefined || isOrderPrice(value.applicationFee)) &&
    (value.allAddresses === undefined || isOrder_allAddresses(value.allAddresses)) &&
    (value.shippingAddress === undefined || isOrderAddress(value.shippingAddress)) &&
    (value.billingAddress === undefined || isOrderAddress(value.billingAddress)) &&
    (value.shippingProvider === undefined ||
      value.shippingProvider === null ||
      typeof value.shippingProvider === "string") &&
    (value.shippingTracking === undefined ||
      value.shippingTracking === null ||
      typeof value.shippingTracking === "string") &&
    (value.shippingTrackingURL === undefined ||
      value.shippingTrackingURL === null ||
      typeof value.shippingTrackingURL === "string") &&
    (value.customerInfo === undefined || isOrderCustomerInfo(value.customerInfo)) &&
    (value.purchasedItems === undefined || isOrder_purchasedItems(value.purchasedItems)) &&
    (value.purchasedItemsCount === undefined ||
      (typeof value.purchasedItemsCount === "number" &&
        Number.isFinite(value.purchasedItemsCount))) &&
    (value.stripeDetails === undefined || isOrderStripeDetails(value.stripeDetails)) &&
    (value.stripeCard === undefined || isOrderStripeCard(value.stripeCard)) &&
    (value.paypalDetails === undefined || isOrderPaypalDetails(value.paypalDetails)) &&
    (value.customData === undefined || isOrder_customData(value.customData)) &&
    (value.metadata === undefined || isOrder_metadata(value.metadata)) &&
    (value.isCustomerDeleted === undefined || typeof value.isCustomerDeleted === "boolean") &&
    (value.isShippingRequired === undefined || typeof value.isShippingRequired === "boolean") &&
    (value.hasDownloads === undefined || typeof value.hasDownloads === "boolean") &&
    (value.paymentProcessor === undefined || typeof value.paymentProcessor === "string") &&
    (value.totals === undefined || isOrderTotals(value.totals)) &&
    (value.downloadFiles === undefined || isOrder_downloadFiles(value.downloadFiles))
  );
}

function isOrder_allAddresses(value: unknown): boolean {
  return Array.isArray(value) && value.every(isOrderAddress);
}

function isOrder_purchasedItems(value: unknown): boolean {
  return Array.isArray(value) && value.every(isOrderPurchasedItem);
}

function isOrder_customData_item(value: unknown): boolean {
  return $.isPlainObject(value);
}

function isOrder_customData(value: unknown): boolean {
  return Array.isArray(value) && value.every(isOrder_customData_item);
}

function isOrder_metadata(value: unknown): boolean {
  return (
    $.isPlainObject(value) && (value.isBuyNow === undefined || typeof value.isBuyNow === "boolean")
  );
}

function isOrder_downloadFiles_item(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || typeof value.id === "string") &&
    (value.name === undefined || typeof value.name === "string") &&
    (value.url === undefined || (typeof value.url === "string" && $.isUri(value.url)))
  );
}

function isOrder_downloadFiles(value: unknown): boolean {
  return Array.isArray(value) && value.every(isOrder_downloadFiles_item);
}

/**
 * The Order schema as data: what {@link validateOrder} walks to say why a value failed.
 */
export const orderSchema: SchemaPlan = {
  kind: "object",
  title: "Order",
  properties: {
    orderId: { kind: "string" },
    status: { kind: "string" },
    comment: { kind: "string" },
    orderComment: { kind: "string" },
    acceptedOn: { kind: "string", nullable: true, format: "date-time" },
    fulfilledOn: { kind: "string", nullable: true, format: "date-time" },
    refundedOn: { kind: "string", nullable: true, format: "date-time" },
    disputedOn: { kind: "string", nullable: true, format: "date-time" },
    disputeUpdatedOn: { kind: "string", nullable: true, format: "date-time" },
    disputeLastStatus: { kind: "string", nullable: true },
    customerPaid: () => orderPriceSchema,
    netAmount: () => orderPriceSchema,
    applicationFee: () => orderPriceSchema,
    allAddresses: { kind: "array", items: () => orderAddressSchema },
    shippingAddress: () => orderAddressSchema,
    billingAddress: () => orderAddressSchema,
    shippingProvider: { kind: "string", nullable: true },
    shippingTracking: { kind: "string", nullable: true },
    shippingTrackingURL: { kind: "string", nullable: true },
    customerInfo: () => orderCustomerInfoSchema,
    purchasedItems: { kind: "array", items: () => orderPurchasedItemSchema },
    purchasedItemsCount: { kind: "number" },
    stripeDetails: () => orderStripeDetailsSchema,
    stripeCard: () => orderStripeCardSchema,
    paypalDetails: () => orderPaypalDetailsSchema,
    customData: { kind: "array", items: { kind: "object" } },
    metadata: { kind: "object", properties: { isBuyNow: { kind: "boolean" } } },
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
          url: { kind: "string", format: "uri" },
        },
      },
    },
  },
};

/**
 * Checks that `value` is a {@link Order}.
 * @returns `{ ok: true, value }` typed as {@link Order}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrder: Validator<Order> = /* @__PURE__ */ $.validator(
  isOrder,
  orderSchema,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_EMAIL_URI,
);

/**
 * A shipping or billing address of an order.
 */
export type OrderAddress = components["schemas"]["OrderAddress"];

/**
 * Whether `value` is a {@link OrderAddress}; the fast check {@link validateOrderAddress} runs before explaining a failure.
 */
export function isOrderAddress(value: unknown): value is OrderAddress {
  return (
    $.isPlainObject(value) &&
    (value.type === undefined || typeof value.type === "string") &&
    (value.japanType === undefined ||
      value.japanType === null ||
      typeof value.japanType === "string") &&
    (value.addressee === undefined || typeof value.addressee === "string") &&
    (value.line1 === undefined || typeof value.line1 === "string") &&
    (value.line2 === undefined || typeof value.line2 === "string") &&
    (value.city === undefined || typeof value.city === "string") &&
    (value.state === undefined || typeof value.state === "string") &&
    (value.country === undefined || typeof value.country === "string") &&
    (value.postalCode === undefined || typeof value.postalCode === "string")
  );
}

/**
 * The OrderAddress schema as data: what {@link validateOrderAddress} walks to say why a value failed.
 */
export const orderAddressSchema: SchemaPlan = {
  kind: "object",
  title: "OrderAddress",
  properties: {
    type: { kind: "string" },
    japanType: { kind: "string", nullable: true },
    addressee: { kind: "string" },
    line1: { kind: "string" },
    line2: { kind: "string" },
    city: { kind: "string" },
    state: { kind: "string" },
    country: { kind: "string" },
    postalCode: { kind: "string" },
  },
};

/**
 * Checks that `value` is a {@link OrderAddress}.
 * @returns `{ ok: true, value }` typed as {@link OrderAddress}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderAddress: Validator<OrderAddress> = /* @__PURE__ */ $.validator(
  isOrderAddress,
  orderAddressSchema,
  EXPLAIN_OBJECT,
);

/**
 * The customer who placed an order.
 */
export type OrderCustomerInfo = components["schemas"]["OrderCustomerInfo"];

/**
 * Whether `value` is a {@link OrderCustomerInfo}; the fast check {@link validateOrderCustomerInfo} runs before explaining a failure.
 */
export function isOrderCustomerInfo(value: unknown): value is OrderCustomerInfo {
  return (
    $.isPlainObject(value) &&
    (value.fullName === undefined || typeof value.fullName === "string") &&
    (value.email === undefined || (typeof value.email === "string" && $.isEmail(value.email)))
  );
}

/**
 * The OrderCustomerInfo schema as data: what {@link validateOrderCustomerInfo} walks to say why a value failed.
 */
export const orderCustomerInfoSchema: SchemaPlan = {
  kind: "object",
  title: "OrderCustomerInfo",
  properties: { fullName: { kind: "string" }, email: { kind: "string", format: "email" } },
};

/**
 * Checks that `value` is a {@link OrderCustomerInfo}.
 * @returns `{ ok: true, value }` typed as {@link OrderCustomerInfo}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderCustomerInfo: Validator<OrderCustomerInfo> = /* @__PURE__ */ $.validator(
  isOrderCustomerInfo,
  orderCustomerInfoSchema,
  EXPLAIN_OBJECT_STRING_EMAIL,
);

/**
 * Response of GET /sites/{site_id}/orders, one page of orders.
 */
export type OrderList = components["schemas"]["OrderList"];

/**
 * Whether `value` is a {@link OrderList}; the fast check {@link validateOrderList} runs before explaining a failure.
 */
export function isOrderList(value: unknown): value is OrderList {
  return (
    $.isPlainObject(value) &&
    (value.orders === undefined || isOrderList_orders(value.orders)) &&
    (value.pagination === undefined || isPagination(value.pagination))
  );
}

function isOrderList_orders(value: unknown): boolean {
  return Array.isArray(value) && value.every(isOrder);
}

/**
 * The OrderList schema as data: what {@link validateOrderList} walks to say why a value failed.
 */
export const orderListSchema: SchemaPlan = {
  kind: "object",
  title: "OrderList",
  properties: {
    orders: { kind: "array", items: () => orderSchema },
    pagination: () => paginationSchema,
  },
};

/**
 * Checks that `value` is a {@link OrderList}.
 * @returns `{ ok: true, value }` typed as {@link OrderList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderList: Validator<OrderList> = /* @__PURE__ */ $.validator(
  isOrderList,
  orderListSchema,
  EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_EMAIL_URI,
);

/**
 * PayPal identifiers of an order's payment.
 */
export type OrderPaypalDetails = components["schemas"]["OrderPaypalDetails"];

/**
 * Whether `value` is a {@link OrderPaypalDetails}; the fast check {@link validateOrderPaypalDetails} runs before explaining a failure.
 */
export function isOrderPaypalDetails(value: unknown): value is OrderPaypalDetails {
  return (
    $.isPlainObject(value) &&
    (value.orderId === undefined || typeof value.orderId === "string") &&
    (value.payerId === undefined || typeof value.payerId === "string") &&
    (value.captureId === undefined || typeof value.captureId === "string") &&
    (value.refundId === undefined || typeof value.refundId === "string") &&
    (value.refundReason === undefined || typeof value.refundReason === "string") &&
    (value.disputeId === undefined || typeof value.disputeId === "string")
  );
}

/**
 * The OrderPaypalDetails schema as data: what {@link validateOrderPaypalDetails} walks to say why a value failed.
 */
export const orderPaypalDetailsSchema: SchemaPlan = {
  kind: "object",
  title: "OrderPaypalDetails",
  properties: {
    orderId: { kind: "string" },
    payerId: { kind: "string" },
    captureId: { kind: "string" },
    refundId: { kind: "string" },
    refundReason: { kind: "string" },
    disputeId: { kind: "string" },
  },
};

/**
 * Checks that `value` is a {@link OrderPaypalDetails}.
 * @returns `{ ok: true, value }` typed as {@link OrderPaypalDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderPaypalDetails: Validator<OrderPaypalDetails> =
  /* @__PURE__ */ $.validator(isOrderPaypalDetails, orderPaypalDetailsSchema, EXPLAIN_OBJECT);

/**
 * An amount of money in an order: the amount in the smallest unit of the currency as a string, its currency code, and the amount formatted for display.
 */
export type OrderPrice = components["schemas"]["OrderPrice"];

/**
 * Whether `value` is a {@link OrderPrice}; the fast check {@link validateOrderPrice} runs before explaining a failure.
 */
export function isOrderPrice(value: unknown): value is OrderPrice {
  return (
    $.isPlainObject(value) &&
    (value.unit === undefined || typeof value.unit === "string") &&
    (value.value === undefined || typeof value.value === "string") &&
    (value.string === undefined || typeof value.string === "string")
  );
}

/**
 * The OrderPrice schema as data: what {@link validateOrderPrice} walks to say why a value failed.
 */
export const orderPriceSchema: SchemaPlan = {
  kind: "object",
  title: "OrderPrice",
  properties: { unit: { kind: "string" }, value: { kind: "string" }, string: { kind: "string" } },
};

/**
 * Checks that `value` is a {@link OrderPrice}.
 * @returns `{ ok: true, value }` typed as {@link OrderPrice}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderPrice: Validator<OrderPrice> = /* @__PURE__ */ $.validator(
  isOrderPrice,
  orderPriceSchema,
  EXPLAIN_OBJECT,
);

/**
 * One purchased SKU of an order, with its quantity and prices.
 */
export type OrderPurchasedItem = components["schemas"]["OrderPurchasedItem"];

/**
 * Whether `value` is a {@link OrderPurchasedItem}; the fast check {@link validateOrderPurchasedItem} runs before explaining a failure.
 */
export function isOrderPurchasedItem(value: unknown): value is OrderPurchasedItem {
  return (
    $.isPlainObject(value) &&
    (value.count === undefined ||
      (typeof value.count === "number" && Number.isFinite(value.count))) &&
    (value.rowTotal === undefined || isOrderPrice(value.rowTotal)) &&
    (value.productId === undefined ||
      (typeof value.productId === "string" &&
        ORDER_PURCHASED_ITEM_PRODUCT_ID_PATTERN.test(value.productId))) &&
    (value.productName === undefined || typeof value.productName === "string") &&
    (value.productSlug === undefined || typeof value.productSlug === "string") &&
    (value.variantId === undefined || typeof value.variantId === "string") &&
    (value.variantName === undefined || typeof value.variantName === "string") &&
    (value.variantSlug === undefined || typeof value.variantSlug === "string") &&
    (value.variantSKU === undefined || typeof value.variantSKU === "string") &&
    (value.variantImage === undefined || isOrderPurchasedItem_variantImage(value.variantImage)) &&
    (value.variantPrice === undefined || isOrderPrice(value.variantPrice)) &&
    (value.weight === undefined ||
      value.weight === null ||
      (typeof value.weight === "number" && Number.isFinite(value.weight))) &&
    (value.width === undefined ||
      value.width === null ||
      (typeof value.width === "number" && Number.isFinite(value.width))) &&
    (value.height === undefined ||
      value.height === null ||
      (typeof value.height === "number" && Number.isFinite(value.height))) &&
    (value.length === undefined ||
      value.length === null ||
      (typeof value.length === "number" && Number.isFinite(value.length)))
  );
}

function isOrderPurchasedItem_variantImage_file_variants_item(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.url === undefined || (typeof value.url === "string" && $.isUri(value.url))) &&
    (value.originalFileName === undefined || typeof value.originalFileName === "string") &&
    (value.size === undefined || (typeof value.size === "number" && Number.isFinite(value.size))) &&
    (value.width === undefined ||
      (typeof value.width === "number" && Number.isInteger(value.width))) &&
    (value.height === undefined ||
      (typeof value.height === "number" && Number.isInteger(value.height)))
  );
}

function isOrderPurchasedItem_variantImage_file_variants(value: unknown): boolean {
  return Array.isArray(value) && value.every(isOrderPurchasedItem_variantImage_file_variants_item);
}

function isOrderPurchasedItem_variantImage_file(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.size === undefined || (typeof value.size === "number" && Number.isFinite(value.size))) &&
    (value.originalFileName === undefined || typeof value.originalFileName === "string") &&
    (value.createdOn === undefined ||
      (typeof value.createdOn === "string" && $.isDateTime(value.createdOn))) &&
    (value.contentType === undefined || typeof value.contentType === "string") &&
    (value.width === undefined ||
      (typeof value.width === "number" && Number.isInteger(value.width))) &&
    (value.height === undefined ||
      (typeof value.height === "number" && Number.isInteger(value.height))) &&
    (value.variants === undefined ||
      isOrderPurchasedItem_variantImage_file_variants(value.variants))
  );
}

function isOrderPurchasedItem_variantImage(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.url === undefined || (typeof value.url === "string" && $.isUri(value.url))) &&
    (value.file === undefined || isOrderPurchasedItem_variantImage_file(value.file))
  );
}

/**
 * The OrderPurchasedItem schema as data: what {@link validateOrderPurchasedItem} walks to say why a value failed.
 */
export const orderPurchasedItemSchema: SchemaPlan = {
  kind: "object",
  title: "OrderPurchasedItem",
  properties: {
    count: { kind: "number" },
    rowTotal: () => orderPriceSchema,
    productId: { kind: "string", pattern: ORDER_PURCHASED_ITEM_PRODUCT_ID_PATTERN },
    productName: { kind: "string" },
    productSlug: { kind: "string" },
    variantId: { kind: "string" },
    variantName: { kind: "string" },
    variantSlug: { kind: "string" },
    variantSKU: { kind: "string" },
    variantImage: {
      kind: "object",
      properties: {
        url: { kind: "string", format: "uri" },
        file: {
          kind: "object",
          properties: {
            size: { kind: "number" },
            originalFileName: { kind: "string" },
            createdOn: { kind: "string", format: "date-time" },
            contentType: { kind: "string" },
            width: { kind: "integer" },
            height: { kind: "integer" },
            variants: {
              kind: "array",
              items: {
                kind: "object",
                properties: {
                  url: { kind: "string", format: "uri" },
                  originalFileName: { kind: "string" },
                  size: { kind: "number" },
                  width: { kind: "integer" },
                  height: { kind: "integer" },
                },
              },
            },
          },
        },
      },
    },
    variantPrice: () => orderPriceSchema,
    weight: { kind: "number", nullable: true },
    width: { kind: "number", nullable: true },
    height: { kind: "number", nullable: true },
    length: { kind: "number", nullable: true },
  },
};

/**
 * Checks that `value` is a {@link OrderPurchasedItem}.
 * @returns `{ ok: true, value }` typed as {@link OrderPurchasedItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderPurchasedItem: Validator<OrderPurchasedItem> =
  /* @__PURE__ */ $.validator(
    isOrderPurchasedItem,
    orderPurchasedItemSchema,
    EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_URI,
  );

/**
 * The documented statuses of an order: `pending` (payment not yet confirmed), `unfulfilled`, `fulfilled`, `disputed`, `dispute-lost` and `refunded`.
 */
export type OrderStatus = components["schemas"]["OrderStatus"];

/**
 * Whether `value` is a {@link OrderStatus}; the fast check {@link validateOrderStatus} runs before explaining a failure.
 */
export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === "string" && ORDER_STATUS_VALUES.has(value);
}

/**
 * The OrderStatus schema as data: what {@link validateOrderStatus} walks to say why a value failed.
 */
export const orderStatusSchema: SchemaPlan = {
  kind: "string",
  title: "OrderStatus",
  enum: ["pending", "unfulfilled", "fulfilled", "disputed", "dispute-lost", "refunded"],
};

/**
 * Checks that `value` is a {@link OrderStatus}.
 * @returns `{ ok: true, value }` typed as {@link OrderStatus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderStatus: Validator<OrderStatus> = /* @__PURE__ */ $.validator(
  isOrderStatus,
  orderStatusSchema,
  EXPLAIN_ENUM,
);

/**
 * The card an order was paid with.
 */
export type OrderStripeCard = components["schemas"]["OrderStripeCard"];

/**
 * Whether `value` is a {@link OrderStripeCard}; the fast check {@link validateOrderStripeCard} runs before explaining a failure.
 */
export function isOrderStripeCard(value: unknown): value is OrderStripeCard {
  return (
    $.isPlainObject(value) &&
    (value.last4 === undefined || typeof value.last4 === "string") &&
    (value.brand === undefined || typeof value.brand === "string") &&
    (value.ownerName === undefined || typeof value.ownerName === "string") &&
    (value.expires === undefined || isOrderStripeCard_expires(value.expires))
  );
}

function isOrderStripeCard_expires(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.year === undefined || (typeof value.year === "number" && Number.isFinite(value.year))) &&
    (value.month === undefined || (typeof value.month === "number" && Number.isFinite(value.month)))
  );
}

/**
 * The OrderStripeCard schema as data: what {@link validateOrderStripeCard} walks to say why a value failed.
 */
export const orderStripeCardSchema: SchemaPlan = {
  kind: "object",
  title: "OrderStripeCard",
  properties: {
    last4: { kind: "string" },
    brand: { kind: "string" },
    ownerName: { kind: "string" },
    expires: {
      kind: "object",
      properties: { year: { kind: "number" }, month: { kind: "number" } },
    },
  },
};

/**
 * Checks that `value` is a {@link OrderStripeCard}.
 * @returns `{ ok: true, value }` typed as {@link OrderStripeCard}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderStripeCard: Validator<OrderStripeCard> = /* @__PURE__ */ $.validator(
  isOrderStripeCard,
  orderStripeCardSchema,
  EXPLAIN_OBJECT,
);

/**
 * Stripe identifiers of an order's payment; each is null when it does not apply.
 */
export type OrderStripeDetails = components["schemas"]["OrderStripeDetails"];

/**
 * Whether `value` is a {@link OrderStripeDetails}; the fast check {@link validateOrderStripeDetails} runs before explaining a failure.
 */
export function isOrderStripeDetails(value: unknown): value is OrderStripeDetails {
  return (
    $.isPlainObject(value) &&
    (value.subscriptionId === undefined ||
      value.subscriptionId === null ||
      typeof value.subscriptionId === "string") &&
    (value.paymentMethod === undefined ||
      value.paymentMethod === null ||
      typeof value.paymentMethod === "string") &&
    (value.paymentIntentId === undefined ||
      value.paymentIntentId === null ||
      typeof value.paymentIntentId === "string") &&
    (value.customerId === undefined ||
      value.customerId === null ||
      typeof value.customerId === "string") &&
    (value.chargeId === undefined ||
      value.chargeId === null ||
      typeof value.chargeId === "string") &&
    (value.disputeId === undefined ||
      value.disputeId === null ||
      typeof value.disputeId === "string") &&
    (value.refundId === undefined ||
      value.refundId === null ||
      typeof value.refundId === "string") &&
    (value.refundReason === undefined ||
      value.refundReason === null ||
      typeof value.refundReason === "string")
  );
}

/**
 * The OrderStripeDetails schema as data: what {@link validateOrderStripeDetails} walks to say why a value failed.
 */
export const orderStripeDetailsSchema: SchemaPlan = {
  kind: "object",
  title: "OrderStripeDetails",
  properties: {
    subscriptionId: { kind: "string", nullable: true },
    paymentMethod: { kind: "string", nullable: true },
    paymentIntentId: { kind: "string", nullable: true },
    customerId: { kind: "string", nullable: true },
    chargeId: { kind: "string", nullable: true },
    disputeId: { kind: "string", nullable: true },
    refundId: { kind: "string", nullable: true },
    refundReason: { kind: "string", nullable: true },
  },
};

/**
 * Checks that `value` is a {@link OrderStripeDetails}.
 * @returns `{ ok: true, value }` typed as {@link OrderStripeDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderStripeDetails: Validator<OrderStripeDetails> =
  /* @__PURE__ */ $.validator(isOrderStripeDetails, orderStripeDetailsSchema, EXPLAIN_OBJECT);

/**
 * The totals of an order.
 */
export type OrderTotals = components["schemas"]["OrderTotals"];

/**
 * Whether `value` is a {@link OrderTotals}; the fast check {@link validateOrderTotals} runs before explaining a failure.
 */
export function isOrderTotals(value: unknown): value is OrderTotals {
  return (
    $.isPlainObject(value) &&
    (value.subtotal === undefined || isOrderPrice(value.subtotal)) &&
    (value.extras === undefined || isOrderTotals_extras(value.extras)) &&
    (value.total === undefined || isOrderPrice(value.total))
  );
}

function isOrderTotals_extras_item(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.type === undefined || typeof value.type === "string") &&
    (value.name === undefined || typeof value.name === "string") &&
    (value.description === undefined || typeof value.description === "string") &&
    (value.price === undefined || isOrderPrice(value.price))
  );
}

function isOrderTotals_extras(value: unknown): boolean {
  return Array.isArray(value) && value.every(isOrderTotals_extras_item);
}

/**
 * The OrderTotals schema as data: what {@link validateOrderTotals} walks to say why a value failed.
 */
export const orderTotalsSchema: SchemaPlan = {
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
          price: () => orderPriceSchema,
        },
      },
    },
    total: () => orderPriceSchema,
  },
};

/**
 * Checks that `value` is a {@link OrderTotals}.
 * @returns `{ ok: true, value }` typed as {@link OrderTotals}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateOrderTotals: Validator<OrderTotals> = /* @__PURE__ */ $.validator(
  isOrderTotals,
  orderTotalsSchema,
  EXPLAIN_ARRAY_OBJECT,
);

/**
 * Body of POST /sites/{site_id}/orders/{order_id}/refund.
 */
export type RefundOrderRequest = components["schemas"]["RefundOrderRequest"];

/**
 * Whether `value` is a {@link RefundOrderRequest}; the fast check {@link validateRefundOrderRequest} runs before explaining a failure.
 */
export function isRefundOrderRequest(value: unknown): value is RefundOrderRequest {
  return (
    $.isPlainObject(value) &&
    (value.reason === undefined ||
      (typeof value.reason === "string" &&
        (value.reason === "duplicate" ||
          value.reason === "fraudulent" ||
          value.reason === "requested")))
  );
}

/**
 * The RefundOrderRequest schema as data: what {@link validateRefundOrderRequest} walks to say why a value failed.
 */
export const refundOrderRequestSchema: SchemaPlan = {
  kind: "object",
  title: "RefundOrderRequest",
  properties: { reason: { kind: "string", enum: ["duplicate", "fraudulent", "requested"] } },
};

/**
 * Checks that `value` is a {@link RefundOrderRequest}.
 * @returns `{ ok: true, value }` typed as {@link RefundOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateRefundOrderRequest: Validator<RefundOrderRequest> =
  /* @__PURE__ */ $.validator(isRefundOrderRequest, refundOrderRequestSchema, EXPLAIN_ENUM_OBJECT);

/**
 * Body of PATCH /sites/{site_id}/orders/{order_id}: the merchant comment and shipping details to set.
 */
export type UpdateOrderRequest = components["schemas"]["UpdateOrderRequest"];

/**
 * Whether `value` is a {@link UpdateOrderRequest}; the fast check {@link validateUpdateOrderRequest} runs before explaining a failure.
 */
export function isUpdateOrderRequest(value: unknown): value is UpdateOrderRequest {
  return (
    $.isPlainObject(value) &&
    (value.comment === undefined || typeof value.comment === "string") &&
    (value.shippingProvider === undefined || typeof value.shippingProvider === "string") &&
    (value.shippingTracking === undefined || typeof value.shippingTracking === "string") &&
    (value.shippingTrackingURL === undefined || typeof value.shippingTrackingURL === "string")
  );
}

/**
 * The UpdateOrderRequest schema as data: what {@link validateUpdateOrderRequest} walks to say why a value failed.
 */
export const updateOrderRequestSchema: SchemaPlan = {
  kind: "object",
  title: "UpdateOrderRequest",
  properties: {
    comment: { kind: "string" },
    shippingProvider: { kind: "string" },
    shippingTracking: { kind: "string" },
    shippingTrackingURL: { kind: "string" },
  },
};

/**
 * Checks that `value` is a {@link UpdateOrderRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateOrderRequest: Validator<UpdateOrderRequest> =
  /* @__PURE__ */ $.validator(isUpdateOrderRequest, updateOrderRequestSchema, EXPLAIN_OBJECT);

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
export type FulfillOrderBody = NonNullable<
  operations["fulfillOrder"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.orders.fulfill` resolves to: the 200 response. The fulfilled order.
 */
export type FulfillOrderResult =
  operations["fulfillOrder"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.orders.fulfill`.
 */
export const validateFulfillOrderResult: Validator<FulfillOrderResult> = validateOrder;

/**
 * Checks a request body of `client.orders.fulfill`; the client runs it before sending.
 */
export const validateFulfillOrderBody: Validator<FulfillOrderBody> = validateFulfillOrderRequest;

/**
 * Fulfill Order: {@link OrdersApi.fulfill | client.orders.fulfill} as a function of the core, so that a program importing only it bundles only it.
 */
export function fulfillOrder(
  core: HttpCore,
  params: FulfillOrderParams,
  options?: RequestOptions,
): ApiPromise<FulfillOrderResult> {
  return core.request<FulfillOrderResult>(
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
export type GetOrderResult =
  operations["getOrder"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.orders.get`.
 */
export const validateGetOrderResult: Validator<GetOrderResult> = validateOrder;

/**
 * Get Order: {@link OrdersApi.get | client.orders.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getOrder(
  core: HttpCore,
  params: GetOrderParams,
  options?: RequestOptions,
): ApiPromise<GetOrderResult> {
  return core.request<GetOrderResult>(
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
export type ListOrdersResult =
  operations["listOrders"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.orders.list`.
 */
export const validateListOrdersResult: Validator<ListOrdersResult> = validateOrderList;

/**
 * List Orders: {@link OrdersApi.list | client.orders.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listOrders(
  core: HttpCore,
  params: ListOrdersParams,
  options?: RequestOptions,
): ApiPromise<ListOrdersResult> {
  return core.request<ListOrdersResult>(
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
export type RefundOrderBody = NonNullable<
  operations["refundOrder"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.orders.refund` resolves to: the 200 response. The refunded order.
 */
export type RefundOrderResult =
  operations["refundOrder"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.orders.refund`.
 */
export const validateRefundOrderResult: Validator<RefundOrderResult> = validateOrder;

/**
 * Checks a request body of `client.orders.refund`; the client runs it before sending.
 */
export const validateRefundOrderBody: Validator<RefundOrderBody> = validateRefundOrderRequest;

/**
 * Refund Order: {@link OrdersApi.refund | client.orders.refund} as a function of the core, so that a program importing only it bundles only it.
 */
export function refundOrder(
  core: HttpCore,
  params: RefundOrderParams,
  options?: RequestOptions,
): ApiPromise<RefundOrderResult> {
  return core.request<RefundOrderResult>(
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
export type UnfulfillOrderResult =
  operations["unfulfillOrder"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.orders.unfulfill`.
 */
export const validateUnfulfillOrderResult: Validator<UnfulfillOrderResult> = validateOrder;

/**
 * Unfulfill Order: {@link OrdersApi.unfulfill | client.orders.unfulfill} as a function of the core, so that a program importing only it bundles only it.
 */
export function unfulfillOrder(
  core: HttpCore,
  params: UnfulfillOrderParams,
  options?: RequestOptions,
): ApiPromise<UnfulfillOrderResult> {
  return core.request<UnfulfillOrderResult>(
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
export type UpdateOrderBody = NonNullable<
  operations["updateOrder"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.orders.update` resolves to: the 200 response. The updated order.
 */
export type UpdateOrderResult =
  operations["updateOrder"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.orders.update`.
 */
export const validateUpdateOrderResult: Validator<UpdateOrderResult> = validateOrder;

/**
 * Checks a request body of `client.orders.update`; the client runs it before sending.
 */
export const validateUpdateOrderBody: Validator<UpdateOrderBody> = validateUpdateOrderRequest;

/**
 * Update Order: {@link OrdersApi.update | client.orders.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateOrder(
  core: HttpCore,
  params: UpdateOrderParams,
  options?: RequestOptions,
): ApiPromise<UpdateOrderResult> {
  return core.request<UpdateOrderResult>(
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

/**
 * Orders operations: List, read and update ecommerce orders, and fulfill, unfulfill or refund them.
 *
 * Reached as `client.orders`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class OrdersApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
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
  fulfill(params: FulfillOrderParams, options?: RequestOptions): ApiPromise<FulfillOrderResult> {
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
  get(params: GetOrderParams, options?: RequestOptions): ApiPromise<GetOrderResult> {
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
  list(params: ListOrdersParams, options?: RequestOptions): ApiPromise<ListOrdersResult> {
    return listOrders(this.#core, params, options);
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
    return $.paginate(async (offset) => {
      const page = await listOrders(this.#core, { ...params, offset }, options);
      return { items: page.orders ?? [], pagination: page.pagination ?? { offset, total: 0 } };
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
  refund(params: RefundOrderParams, options?: RequestOptions): ApiPromise<RefundOrderResult> {
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
  unfulfill(
    params: UnfulfillOrderParams,
    options?: RequestOptions,
  ): ApiPromise<UnfulfillOrderResult> {
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
  update(params: UpdateOrderParams, options?: RequestOptions): ApiPromise<UpdateOrderResult> {
    return updateOrder(this.#core, params, options);
  }
}
