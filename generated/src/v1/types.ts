/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import type { components, operations } from "./schema.js";

/**
 * The OAuth application the authorization was granted to.
 */
export type Application = components["schemas"]["Application"];

/**
 * Basic information about the authorization being used (response of GET /info).
 */
export type AuthorizedInfo = components["schemas"]["AuthorizedInfo"];

/**
 * Response of GET /user: the user who authorized the token, wrapped in a `user` key.
 */
export type AuthorizedUserResponse = components["schemas"]["AuthorizedUserResponse"];

/**
 * A Webflow user.
 */
export type User = components["schemas"]["User"];

/**
 * Body of every 4xx and 5xx response of the legacy v1 API.
 */
export type V1Error = components["schemas"]["V1Error"];

/**
 * What `client.meta.getAuthorizedInfo` resolves to: the 200 response. Request was successful.
 */
export type GetAuthorizedInfoResult =
  operations["getAuthorizedInfo"]["responses"][200]["content"]["application/json"];

/**
 * What `client.meta.getAuthorizedUser` resolves to: the 200 response. Request was successful.
 */
export type GetAuthorizedUserResult =
  operations["getAuthorizedUser"]["responses"][200]["content"]["application/json"];
