export { MetaApi, getAuthorizedInfo, getAuthorizedUser, isApplication, isAuthorizedInfo, isAuthorizedUserResponse, isUser, isV1Error, validateApplication, validateAuthorizedInfo, validateAuthorizedUserResponse, validateGetAuthorizedInfoResult, validateGetAuthorizedUserResult, validateUser, validateV1Error } from "./meta.js";
export { API_VERSION, SERVER_URL, createClient, createCore } from "./client.js";
export * from "./errors.js";
