export type { components, operations, paths } from "./schema.js";
export { type Application, type AuthorizedInfo, type AuthorizedUserResponse, type GetAuthorizedInfoResult, type GetAuthorizedUserResult, MetaApi, type User, type V1Error, getAuthorizedInfo, getAuthorizedUser, isApplication, isAuthorizedInfo, isAuthorizedUserResponse, isUser, isV1Error, validateApplication, validateAuthorizedInfo, validateAuthorizedUserResponse, validateGetAuthorizedInfoResult, validateGetAuthorizedUserResult, validateUser, validateV1Error } from "./meta.js";
export { API_VERSION, type Client, SERVER_URL, createClient, createCore } from "./client.js";
export * from "./errors.js";
