import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * Response of POST /collections/{collection_id}/fields: the created field, in the shape of the request (with its `id`).
 */
export type CreatedField = components["schemas"]["CreatedField"];
/**
 * Whether `value` is a {@link CreatedField}; the fast check {@link validateCreatedField} runs before explaining a failure.
 */
export declare function isCreatedField(value: unknown): value is CreatedField;
/**
 * The CreatedField schema as data: what {@link validateCreatedField} walks to say why a value failed.
 */
export declare const createdFieldSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CreatedField}.
 * @returns `{ ok: true, value }` typed as {@link CreatedField}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCreatedField: Validator<CreatedField>;
/**
 * Body of PATCH /collections/{collection_id}/fields/{field_id}; only the properties sent are changed.
 */
export type UpdateFieldRequest = components["schemas"]["UpdateFieldRequest"];
/**
 * Whether `value` is a {@link UpdateFieldRequest}; the fast check {@link validateUpdateFieldRequest} runs before explaining a failure.
 */
export declare function isUpdateFieldRequest(value: unknown): value is UpdateFieldRequest;
/**
 * The UpdateFieldRequest schema as data: what {@link validateUpdateFieldRequest} walks to say why a value failed.
 */
export declare const updateFieldRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UpdateFieldRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUpdateFieldRequest: Validator<UpdateFieldRequest>;
/**
 * Parameters of `client.fields.create`.
 */
export interface CreateCollectionFieldParams {
	/**
	 * Unique identifier of a CMS collection.
	 *
	 * Sent in the path.
	 */
	collection_id: NonNullable<operations["createCollectionField"]["parameters"]["path"]>["collection_id"];
	/**
	 * The field to create.
	 */
	body: CreateCollectionFieldBody;
}
/**
 * Request body of `client.fields.create`.
 *
 * The field to create.
 */
export type CreateCollectionFieldBody = NonNullable<operations["createCollectionField"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.fields.create` resolves to: the 200 response. The created field.
 */
export type CreateCollectionFieldResult = operations["createCollectionField"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.fields.create`.
 */
export declare const validateCreateCollectionFieldResult: Validator<CreateCollectionFieldResult>;
/**
 * Checks a request body of `client.fields.create`; the client runs it before sending.
 */
export declare const validateCreateCollectionFieldBody: Validator<CreateCollectionFieldBody>;
/**
 * Create Collection Field: {@link FieldsApi.create | client.fields.create} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function createCollectionField(core: HttpCore, params: CreateCollectionFieldParams, options?: RequestOptions): ApiPromise<CreateCollectionFieldResult>;
/**
 * Parameters of `client.fields.remove`.
 */
export interface DeleteCollectionFieldParams {
	/**
	 * Unique identifier of a CMS collection.
	 *
	 * Sent in the path.
	 */
	collection_id: NonNullable<operations["deleteCollectionField"]["parameters"]["path"]>["collection_id"];
	/**
	 * Unique identifier of a field of the collection.
	 *
	 * Sent in the path.
	 */
	field_id: NonNullable<operations["deleteCollectionField"]["parameters"]["path"]>["field_id"];
}
/**
 * What `client.fields.remove` resolves to: the 204 response. The field was deleted. No content.
 */
export type DeleteCollectionFieldResult = void;
/**
 * Delete Collection Field: {@link FieldsApi.remove | client.fields.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function deleteCollectionField(core: HttpCore, params: DeleteCollectionFieldParams, options?: RequestOptions): ApiPromise<DeleteCollectionFieldResult>;
/**
 * Parameters of `client.fields.update`.
 */
export interface UpdateCollectionFieldParams {
	/**
	 * Unique identifier of a CMS collection.
	 *
	 * Sent in the path.
	 */
	collection_id: NonNullable<operations["updateCollectionField"]["parameters"]["path"]>["collection_id"];
	/**
	 * Unique identifier of a field of the collection.
	 *
	 * Sent in the path.
	 */
	field_id: NonNullable<operations["updateCollectionField"]["parameters"]["path"]>["field_id"];
	/**
	 * The changes to the field.
	 */
	body: UpdateCollectionFieldBody;
}
/**
 * Request body of `client.fields.update`.
 *
 * The changes to the field.
 */
export type UpdateCollectionFieldBody = NonNullable<operations["updateCollectionField"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.fields.update` resolves to: the 200 response. The updated field.
 */
export type UpdateCollectionFieldResult = operations["updateCollectionField"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.fields.update`.
 */
export declare const validateUpdateCollectionFieldResult: Validator<UpdateCollectionFieldResult>;
/**
 * Checks a request body of `client.fields.update`; the client runs it before sending.
 */
export declare const validateUpdateCollectionFieldBody: Validator<UpdateCollectionFieldBody>;
/**
 * Update Collection Field: {@link FieldsApi.update | client.fields.update} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function updateCollectionField(core: HttpCore, params: UpdateCollectionFieldParams, options?: RequestOptions): ApiPromise<UpdateCollectionFieldResult>;
/**
 * Fields operations: Create, update and delete the custom fields of a CMS collection.
 *
 * Reached as `client.fields`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class FieldsApi {
	#private;
	constructor(core: HttpCore);
	/**
	 * Create Collection Field
	 *
	 * Create one custom field in a collection: a static field, an Option field (with its options) or a Reference/MultiReference field (with the referenced collection). Several fields cannot be created in one request here (send them in `fields` when creating the collection), and field validations cannot be set through the API.
	 *
	 * Required scopes: `cms:write`.
	 *
	 * POST `/collections/{collection_id}/fields` (operationId `createCollectionField`).
	 * @param params - collection_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
	 * @throws {@link ConflictError} 409: The field conflicts with one the collection already has (for example the same slug).
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	create(params: CreateCollectionFieldParams, options?: RequestOptions): ApiPromise<CreateCollectionFieldResult>;
	/**
	 * Delete Collection Field
	 *
	 * Delete a custom field of a collection (one field per request). Answers 204 with no body.
	 *
	 * Required scopes: `cms:write`.
	 *
	 * DELETE `/collections/{collection_id}/fields/{field_id}` (operationId `deleteCollectionField`).
	 * @param params - collection_id, field_id
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no field with this `field_id`.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	remove(params: DeleteCollectionFieldParams, options?: RequestOptions): ApiPromise<DeleteCollectionFieldResult>;
	/**
	 * Update Collection Field
	 *
	 * Update a custom field of a collection: whether it is required, its display name and its help text. Only the properties sent are changed.
	 *
	 * Required scopes: `cms:write`.
	 *
	 * PATCH `/collections/{collection_id}/fields/{field_id}` (operationId `updateCollectionField`).
	 * @param params - collection_id, field_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no field with this `field_id`.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	update(params: UpdateCollectionFieldParams, options?: RequestOptions): ApiPromise<UpdateCollectionFieldResult>;
}
