import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * Body of POST /sites/{site_id}/products: the product and its first (default) SKU. Further SKUs are added with createSkus.
 */
export type CreateProductRequest = components["schemas"]["CreateProductRequest"];
/**
 * Whether `value` is a {@link CreateProductRequest}; the fast check {@link validateCreateProductRequest} runs before explaining a failure.
 */
export declare function isCreateProductRequest(value: unknown): value is CreateProductRequest;
/**
 * The CreateProductRequest schema as data: what {@link validateCreateProductRequest} walks to say why a value failed.
 */
export declare const createProductRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CreateProductRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateProductRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCreateProductRequest: Validator<CreateProductRequest>;
/**
 * Body of POST /sites/{site_id}/products/{product_id}/skus.
 */
export type CreateSkusRequest = components["schemas"]["CreateSkusRequest"];
/**
 * Whether `value` is a {@link CreateSkusRequest}; the fast check {@link validateCreateSkusRequest} runs before explaining a failure.
 */
export declare function isCreateSkusRequest(value: unknown): value is CreateSkusRequest;
/**
 * The CreateSkusRequest schema as data: what {@link validateCreateSkusRequest} walks to say why a value failed.
 */
export declare const createSkusRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CreateSkusRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateSkusRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCreateSkusRequest: Validator<CreateSkusRequest>;
/**
 * An ecommerce product: an item of the site's Products collection. Its variants (SKUs) are separate items (see Sku). Every field may be absent.
 */
export type Product = components["schemas"]["Product"];
/**
 * Whether `value` is a {@link Product}; the fast check {@link validateProduct} runs before explaining a failure.
 */
export declare function isProduct(value: unknown): value is Product;
/**
 * The Product schema as data: what {@link validateProduct} walks to say why a value failed.
 */
export declare const productSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Product}.
 * @returns `{ ok: true, value }` typed as {@link Product}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateProduct: Validator<Product>;
/**
 * A product together with its SKUs.
 */
export type ProductAndSkus = components["schemas"]["ProductAndSkus"];
/**
 * Whether `value` is a {@link ProductAndSkus}; the fast check {@link validateProductAndSkus} runs before explaining a failure.
 */
export declare function isProductAndSkus(value: unknown): value is ProductAndSkus;
/**
 * The ProductAndSkus schema as data: what {@link validateProductAndSkus} walks to say why a value failed.
 */
export declare const productAndSkusSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ProductAndSkus}.
 * @returns `{ ok: true, value }` typed as {@link ProductAndSkus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateProductAndSkus: Validator<ProductAndSkus>;
/**
 * Response of GET /sites/{site_id}/products, one page of products with their SKUs.
 */
export type ProductAndSkusList = components["schemas"]["ProductAndSkusList"];
/**
 * Whether `value` is a {@link ProductAndSkusList}; the fast check {@link validateProductAndSkusList} runs before explaining a failure.
 */
export declare function isProductAndSkusList(value: unknown): value is ProductAndSkusList;
/**
 * The ProductAndSkusList schema as data: what {@link validateProductAndSkusList} walks to say why a value failed.
 */
export declare const productAndSkusListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ProductAndSkusList}.
 * @returns `{ ok: true, value }` typed as {@link ProductAndSkusList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateProductAndSkusList: Validator<ProductAndSkusList>;
/**
 * The field values of a product, keyed by field slug. Custom fields added to the site's Products collection appear here too, under their own slugs.
 */
export type ProductFieldData = components["schemas"]["ProductFieldData"];
/**
 * Whether `value` is a {@link ProductFieldData}; the fast check {@link validateProductFieldData} runs before explaining a failure.
 */
export declare function isProductFieldData(value: unknown): value is ProductFieldData;
/**
 * The ProductFieldData schema as data: what {@link validateProductFieldData} walks to say why a value failed.
 */
export declare const productFieldDataSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ProductFieldData}.
 * @returns `{ ok: true, value }` typed as {@link ProductFieldData}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateProductFieldData: Validator<ProductFieldData>;
/**
 * The field values of a product as sent in a request: ProductFieldData with `tax-category` and `ec-product-type` limited to the documented values.
 */
export type ProductFieldDataInput = components["schemas"]["ProductFieldDataInput"];
/**
 * Whether `value` is a {@link ProductFieldDataInput}; the fast check {@link validateProductFieldDataInput} runs before explaining a failure.
 */
export declare function isProductFieldDataInput(value: unknown): value is ProductFieldDataInput;
/**
 * The ProductFieldDataInput schema as data: what {@link validateProductFieldDataInput} walks to say why a value failed.
 */
export declare const productFieldDataInputSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ProductFieldDataInput}.
 * @returns `{ ok: true, value }` typed as {@link ProductFieldDataInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateProductFieldDataInput: Validator<ProductFieldDataInput>;
/**
 * A product as sent in a request body: Product with its `fieldData` as ProductFieldDataInput.
 */
export type ProductInput = components["schemas"]["ProductInput"];
/**
 * Whether `value` is a {@link ProductInput}; the fast check {@link validateProductInput} runs before explaining a failure.
 */
export declare function isProductInput(value: unknown): value is ProductInput;
/**
 * The ProductInput schema as data: what {@link validateProductInput} walks to say why a value failed.
 */
export declare const productInputSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ProductInput}.
 * @returns `{ ok: true, value }` typed as {@link ProductInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateProductInput: Validator<ProductInput>;
/**
 * The documented product types, identified by fixed IDs: `ff42fee0113744f693a764e3431a9cc2` physical, `f22027db68002190aef89a4a2b7ac8a1` digital, `c599e43b1a1c34d5a323aedf75d3adf6` service, `b6ccc1830db4b1babeb06a9ac5f6dd76` advanced.
 */
export type ProductType = components["schemas"]["ProductType"];
/**
 * Whether `value` is a {@link ProductType}; the fast check {@link validateProductType} runs before explaining a failure.
 */
export declare function isProductType(value: unknown): value is ProductType;
/**
 * The ProductType schema as data: what {@link validateProductType} walks to say why a value failed.
 */
export declare const productTypeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ProductType}.
 * @returns `{ ok: true, value }` typed as {@link ProductType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateProductType: Validator<ProductType>;
/**
 * Whether a product or SKU write goes to the staged site (`staging`) or is also published live (`live`).
 */
export type PublishStatus = components["schemas"]["PublishStatus"];
/**
 * Whether `value` is a {@link PublishStatus}; the fast check {@link validatePublishStatus} runs before explaining a failure.
 */
export declare function isPublishStatus(value: unknown): value is PublishStatus;
/**
 * The PublishStatus schema as data: what {@link validatePublishStatus} walks to say why a value failed.
 */
export declare const publishStatusSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link PublishStatus}.
 * @returns `{ ok: true, value }` typed as {@link PublishStatus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validatePublishStatus: Validator<PublishStatus>;
/**
 * A SKU: one purchasable variant of a product, an item of the site's SKUs collection.
 */
export type Sku = components["schemas"]["Sku"];
/**
 * Whether `value` is a {@link Sku}; the fast check {@link validateSku} runs before explaining a failure.
 */
export declare function isSku(value: unknown): value is Sku;
/**
 * The Sku schema as data: what {@link validateSku} walks to say why a value failed.
 */
export declare const skuSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Sku}.
 * @returns `{ ok: true, value }` typed as {@link Sku}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSku: Validator<Sku>;
/**
 * How a SKU is billed, `one-time` or `subscription`.
 */
export type SkuBillingMethod = components["schemas"]["SkuBillingMethod"];
/**
 * Whether `value` is a {@link SkuBillingMethod}; the fast check {@link validateSkuBillingMethod} runs before explaining a failure.
 */
export declare function isSkuBillingMethod(value: unknown): value is SkuBillingMethod;
/**
 * The SkuBillingMethod schema as data: what {@link validateSkuBillingMethod} walks to say why a value failed.
 */
export declare const skuBillingMethodSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SkuBillingMethod}.
 * @returns `{ ok: true, value }` typed as {@link SkuBillingMethod}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSkuBillingMethod: Validator<SkuBillingMethod>;
/**
 * The field values of a SKU, keyed by field slug. Custom fields added to the site's SKUs collection appear here too.
 */
export type SkuFieldData = components["schemas"]["SkuFieldData"];
/**
 * Whether `value` is a {@link SkuFieldData}; the fast check {@link validateSkuFieldData} runs before explaining a failure.
 */
export declare function isSkuFieldData(value: unknown): value is SkuFieldData;
/**
 * The SkuFieldData schema as data: what {@link validateSkuFieldData} walks to say why a value failed.
 */
export declare const skuFieldDataSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SkuFieldData}.
 * @returns `{ ok: true, value }` typed as {@link SkuFieldData}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSkuFieldData: Validator<SkuFieldData>;
/**
 * The field values of a SKU as sent in a request: SkuFieldData with `ec-sku-billing-method` limited to the documented values and `main-image` given as a URL.
 */
export type SkuFieldDataInput = components["schemas"]["SkuFieldDataInput"];
/**
 * Whether `value` is a {@link SkuFieldDataInput}; the fast check {@link validateSkuFieldDataInput} runs before explaining a failure.
 */
export declare function isSkuFieldDataInput(value: unknown): value is SkuFieldDataInput;
/**
 * The SkuFieldDataInput schema as data: what {@link validateSkuFieldDataInput} walks to say why a value failed.
 */
export declare const skuFieldDataInputSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SkuFieldDataInput}.
 * @returns `{ ok: true, value }` typed as {@link SkuFieldDataInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSkuFieldDataInput: Validator<SkuFieldDataInput>;
/**
 * A SKU as sent in a request body: Sku with its `fieldData` as SkuFieldDataInput.
 */
export type SkuInput = components["schemas"]["SkuInput"];
/**
 * Whether `value` is a {@link SkuInput}; the fast check {@link validateSkuInput} runs before explaining a failure.
 */
export declare function isSkuInput(value: unknown): value is SkuInput;
/**
 * The SkuInput schema as data: what {@link validateSkuInput} walks to say why a value failed.
 */
export declare const skuInputSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SkuInput}.
 * @returns `{ ok: true, value }` typed as {@link SkuInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSkuInput: Validator<SkuInput>;
/**
 * Response of POST /sites/{site_id}/products/{product_id}/skus, the SKUs created.
 */
export type SkuList = components["schemas"]["SkuList"];
/**
 * Whether `value` is a {@link SkuList}; the fast check {@link validateSkuList} runs before explaining a failure.
 */
export declare function isSkuList(value: unknown): value is SkuList;
/**
 * The SkuList schema as data: what {@link validateSkuList} walks to say why a value failed.
 */
export declare const skuListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SkuList}.
 * @returns `{ ok: true, value }` typed as {@link SkuList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSkuList: Validator<SkuList>;
/**
 * A price of a SKU: an amount in the smallest unit of the currency (for example cents) and its currency code.
 */
export type SkuPrice = components["schemas"]["SkuPrice"];
/**
 * Whether `value` is a {@link SkuPrice}; the fast check {@link validateSkuPrice} runs before explaining a failure.
 */
export declare function isSkuPrice(value: unknown): value is SkuPrice;
/**
 * The SkuPrice schema as data: what {@link validateSkuPrice} walks to say why a value failed.
 */
export declare const skuPriceSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SkuPrice}.
 * @returns `{ ok: true, value }` typed as {@link SkuPrice}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSkuPrice: Validator<SkuPrice>;
/**
 * A variant option of a product (for example Color) and its possible values.
 */
export type SkuProperty = components["schemas"]["SkuProperty"];
/**
 * Whether `value` is a {@link SkuProperty}; the fast check {@link validateSkuProperty} runs before explaining a failure.
 */
export declare function isSkuProperty(value: unknown): value is SkuProperty;
/**
 * The SkuProperty schema as data: what {@link validateSkuProperty} walks to say why a value failed.
 */
export declare const skuPropertySchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SkuProperty}.
 * @returns `{ ok: true, value }` typed as {@link SkuProperty}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSkuProperty: Validator<SkuProperty>;
/**
 * The subscription plan of a SKU billed as a subscription.
 */
export type SkuSubscriptionPlan = components["schemas"]["SkuSubscriptionPlan"];
/**
 * Whether `value` is a {@link SkuSubscriptionPlan}; the fast check {@link validateSkuSubscriptionPlan} runs before explaining a failure.
 */
export declare function isSkuSubscriptionPlan(value: unknown): value is SkuSubscriptionPlan;
/**
 * The SkuSubscriptionPlan schema as data: what {@link validateSkuSubscriptionPlan} walks to say why a value failed.
 */
export declare const skuSubscriptionPlanSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SkuSubscriptionPlan}.
 * @returns `{ ok: true, value }` typed as {@link SkuSubscriptionPlan}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSkuSubscriptionPlan: Validator<SkuSubscriptionPlan>;
/**
 * The documented tax categories of a product.
 */
export type TaxCategory = components["schemas"]["TaxCategory"];
/**
 * Whether `value` is a {@link TaxCategory}; the fast check {@link validateTaxCategory} runs before explaining a failure.
 */
export declare function isTaxCategory(value: unknown): value is TaxCategory;
/**
 * The TaxCategory schema as data: what {@link validateTaxCategory} walks to say why a value failed.
 */
export declare const taxCategorySchema: SchemaPlan;
/**
 * Checks that `value` is a {@link TaxCategory}.
 * @returns `{ ok: true, value }` typed as {@link TaxCategory}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateTaxCategory: Validator<TaxCategory>;
/**
 * Body of PATCH /sites/{site_id}/products/{product_id}: the product fields to change and, optionally, changes to its default SKU.
 */
export type UpdateProductRequest = components["schemas"]["UpdateProductRequest"];
/**
 * Whether `value` is a {@link UpdateProductRequest}; the fast check {@link validateUpdateProductRequest} runs before explaining a failure.
 */
export declare function isUpdateProductRequest(value: unknown): value is UpdateProductRequest;
/**
 * The UpdateProductRequest schema as data: what {@link validateUpdateProductRequest} walks to say why a value failed.
 */
export declare const updateProductRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UpdateProductRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateProductRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUpdateProductRequest: Validator<UpdateProductRequest>;
/**
 * Body of PATCH /sites/{site_id}/products/{product_id}/skus/{sku_id}.
 */
export type UpdateSkuRequest = components["schemas"]["UpdateSkuRequest"];
/**
 * Whether `value` is a {@link UpdateSkuRequest}; the fast check {@link validateUpdateSkuRequest} runs before explaining a failure.
 */
export declare function isUpdateSkuRequest(value: unknown): value is UpdateSkuRequest;
/**
 * The UpdateSkuRequest schema as data: what {@link validateUpdateSkuRequest} walks to say why a value failed.
 */
export declare const updateSkuRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UpdateSkuRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateSkuRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUpdateSkuRequest: Validator<UpdateSkuRequest>;
/**
 * Parameters of `client.products.create`.
 */
export interface CreateProductParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["createProduct"]["parameters"]["path"]>["site_id"];
	/**
	 * The product and its default SKU.
	 */
	body: CreateProductBody;
}
/**
 * Request body of `client.products.create`.
 *
 * The product and its default SKU.
 */
export type CreateProductBody = NonNullable<operations["createProduct"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.products.create` resolves to: the 200 response. The product and its SKU were created.
 */
export type CreateProductResult = operations["createProduct"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.products.create`.
 */
export declare const validateCreateProductResult: Validator<CreateProductResult>;
/**
 * Checks a request body of `client.products.create`; the client runs it before sending.
 */
export declare const validateCreateProductBody: Validator<CreateProductBody>;
/**
 * Create Product & SKU: {@link ProductsApi.create | client.products.create} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function createProduct(core: HttpCore, params: CreateProductParams, options?: RequestOptions): ApiPromise<CreateProductResult>;
/**
 * Parameters of `client.products.createSkus`.
 */
export interface CreateSkusParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["createSkus"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a product.
	 *
	 * Sent in the path.
	 */
	product_id: NonNullable<operations["createSkus"]["parameters"]["path"]>["product_id"];
	/**
	 * The SKUs to create.
	 */
	body: CreateSkusBody;
}
/**
 * Request body of `client.products.createSkus`.
 *
 * The SKUs to create.
 */
export type CreateSkusBody = NonNullable<operations["createSkus"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.products.createSkus` resolves to: the 200 response. The SKUs were created.
 */
export type CreateSkusResult = operations["createSkus"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.products.createSkus`.
 */
export declare const validateCreateSkusResult: Validator<CreateSkusResult>;
/**
 * Checks a request body of `client.products.createSkus`; the client runs it before sending.
 */
export declare const validateCreateSkusBody: Validator<CreateSkusBody>;
/**
 * Create SKUs: {@link ProductsApi.createSkus | client.products.createSkus} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function createSkus(core: HttpCore, params: CreateSkusParams, options?: RequestOptions): ApiPromise<CreateSkusResult>;
/**
 * Parameters of `client.products.get`.
 */
export interface GetProductParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["getProduct"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a product.
	 *
	 * Sent in the path.
	 */
	product_id: NonNullable<operations["getProduct"]["parameters"]["path"]>["product_id"];
}
/**
 * What `client.products.get` resolves to: the 200 response. The product and its SKUs.
 */
export type GetProductResult = operations["getProduct"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.products.get`.
 */
export declare const validateGetProductResult: Validator<GetProductResult>;
/**
 * Get Product and SKUs: {@link ProductsApi.get | client.products.get} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getProduct(core: HttpCore, params: GetProductParams, options?: RequestOptions): ApiPromise<GetProductResult>;
/**
 * Parameters of `client.products.list`.
 */
export interface ListProductsParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["listProducts"]["parameters"]["path"]>["site_id"];
	/**
	 * Number of items to skip before the first item returned (for paging). Defaults to 0.
	 *
	 * Sent in the query.
	 */
	offset?: NonNullable<operations["listProducts"]["parameters"]["query"]>["offset"];
	/**
	 * Maximum number of items to return (at most 100). Defaults to 100.
	 *
	 * Sent in the query.
	 */
	limit?: NonNullable<operations["listProducts"]["parameters"]["query"]>["limit"];
}
/**
 * What `client.products.list` resolves to: the 200 response. One page of products with their SKUs.
 */
export type ListProductsResult = operations["listProducts"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.products.list`.
 */
export declare const validateListProductsResult: Validator<ListProductsResult>;
/**
 * List Products & SKUs: {@link ProductsApi.list | client.products.list} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listProducts(core: HttpCore, params: ListProductsParams, options?: RequestOptions): ApiPromise<ListProductsResult>;
/**
 * Parameters of `client.products.update`.
 */
export interface UpdateProductParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["updateProduct"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a product.
	 *
	 * Sent in the path.
	 */
	product_id: NonNullable<operations["updateProduct"]["parameters"]["path"]>["product_id"];
	/**
	 * The product fields to change.
	 */
	body: UpdateProductBody;
}
/**
 * Request body of `client.products.update`.
 *
 * The product fields to change.
 */
export type UpdateProductBody = NonNullable<operations["updateProduct"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.products.update` resolves to: the 200 response. The updated product.
 */
export type UpdateProductResult = operations["updateProduct"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.products.update`.
 */
export declare const validateUpdateProductResult: Validator<UpdateProductResult>;
/**
 * Checks a request body of `client.products.update`; the client runs it before sending.
 */
export declare const validateUpdateProductBody: Validator<UpdateProductBody>;
/**
 * Update Product: {@link ProductsApi.update | client.products.update} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function updateProduct(core: HttpCore, params: UpdateProductParams, options?: RequestOptions): ApiPromise<UpdateProductResult>;
/**
 * Parameters of `client.products.updateSku`.
 */
export interface UpdateSkuParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["updateSku"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a product.
	 *
	 * Sent in the path.
	 */
	product_id: NonNullable<operations["updateSku"]["parameters"]["path"]>["product_id"];
	/**
	 * Unique identifier of a SKU (an item of the site's SKUs collection).
	 *
	 * Sent in the path.
	 */
	sku_id: NonNullable<operations["updateSku"]["parameters"]["path"]>["sku_id"];
	/**
	 * The SKU fields to set.
	 */
	body: UpdateSkuBody;
}
/**
 * Request body of `client.products.updateSku`.
 *
 * The SKU fields to set.
 */
export type UpdateSkuBody = NonNullable<operations["updateSku"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.products.updateSku` resolves to: the 200 response. The updated SKU.
 */
export type UpdateSkuResult = operations["updateSku"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.products.updateSku`.
 */
export declare const validateUpdateSkuResult: Validator<UpdateSkuResult>;
/**
 * Checks a request body of `client.products.updateSku`; the client runs it before sending.
 */
export declare const validateUpdateSkuBody: Validator<UpdateSkuBody>;
/**
 * Update SKU: {@link ProductsApi.updateSku | client.products.updateSku} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function updateSku(core: HttpCore, params: UpdateSkuParams, options?: RequestOptions): ApiPromise<UpdateSkuResult>;
/**
 * Products operations: List, read, create and update ecommerce products and their SKUs (variants).
 *
 * Reached as `client.products`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class ProductsApi {
	#private;
	constructor(core: HttpCore);
	/**
	 * Create Product & SKU
	 *
	 * Create a product and its default SKU. To give the product variants, define its `sku-properties` here, then add the other SKUs with createSkus. `publishStatus` chooses between staging the product and publishing it live.
	 *
	 * Required scopes: `ecommerce:write`.
	 *
	 * POST `/sites/{site_id}/products` (operationId `createProduct`).
	 * @param params - site_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`); `details` names the offending fields.
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
	 * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	create(params: CreateProductParams, options?: RequestOptions): ApiPromise<CreateProductResult>;
	/**
	 * Create SKUs
	 *
	 * Add SKUs (variants) to a product. Each SKU's `sku-values` picks one value of each of the product's `sku-properties`. `publishStatus` chooses between staging the SKUs and publishing them live.
	 *
	 * Required scopes: `ecommerce:write`.
	 *
	 * POST `/sites/{site_id}/products/{product_id}/skus` (operationId `createSkus`).
	 * @param params - site_id, product_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`); `details` names the offending fields.
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no product with this `product_id`.
	 * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	createSkus(params: CreateSkusParams, options?: RequestOptions): ApiPromise<CreateSkusResult>;
	/**
	 * Get Product and SKUs
	 *
	 * Get a product and its SKUs.
	 *
	 * Required scopes: `ecommerce:read`.
	 *
	 * GET `/sites/{site_id}/products/{product_id}` (operationId `getProduct`).
	 * @param params - site_id, product_id
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no product with this `product_id`.
	 * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	get(params: GetProductParams, options?: RequestOptions): ApiPromise<GetProductResult>;
	/**
	 * List Products & SKUs
	 *
	 * List the ecommerce products of a site, each with its SKUs, one page at a time (`offset` and `limit`, at most 100 per page).
	 *
	 * Required scopes: `ecommerce:read`.
	 *
	 * GET `/sites/{site_id}/products` (operationId `listProducts`).
	 * @param params - site_id, offset, limit
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
	list(params: ListProductsParams, options?: RequestOptions): ApiPromise<ListProductsResult>;
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.products.iterate(params)) console.log(item);
	 */
	iterate(params: ListProductsParams, options?: RequestOptions): AsyncGenerator<NonNullable<ListProductsResult["items"]>[number], void, undefined>;
	/**
	 * Update Product
	 *
	 * Update a product and, optionally, its default SKU. Only the fields sent change. `publishStatus` chooses between staging the change and publishing it live. Answers with the product (without its SKUs).
	 *
	 * Required scopes: `ecommerce:write`.
	 *
	 * PATCH `/sites/{site_id}/products/{product_id}` (operationId `updateProduct`).
	 * @param params - site_id, product_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`); `details` names the offending fields.
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no product with this `product_id`.
	 * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	update(params: UpdateProductParams, options?: RequestOptions): ApiPromise<UpdateProductResult>;
	/**
	 * Update SKU
	 *
	 * Update a SKU of a product. `publishStatus` chooses between staging the change and publishing it live.
	 *
	 * Required scopes: `ecommerce:write`.
	 *
	 * PATCH `/sites/{site_id}/products/{product_id}/skus/{sku_id}` (operationId `updateSku`).
	 * @param params - site_id, product_id, sku_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`); `details` names the offending fields.
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, the site has no product with this `product_id`, or the product has no SKU with this `sku_id`.
	 * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	updateSku(params: UpdateSkuParams, options?: RequestOptions): ApiPromise<UpdateSkuResult>;
}
