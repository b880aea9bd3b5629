/**
 * The runtime helpers generated modules call, in one place: they import it as a namespace
 * (`import * as $ from "../runtime/support.js"`), so no name a spec gives a schema or an operation can
 * ever collide with a helper's.
 */
export { allOfKeywords, arrayKeywords, discriminatorKeyword, enumKeyword, explainer, extrasMatch, hasDuplicates, isMultipleOf, jsonEqual, maxLength, minLength, notKeyword, numberKeywords, objectKeywords, own, stringKeywords, unionKeywords, uniqueItemsKeyword, validator } from "./explain.js";
export { paginate } from "./paging.js";
export { parseWebhook } from "./webhooks.js";
export { isDate, isDateTime, isEmail, isPlainObject, isUri } from "./validation.js";
export { encodeFormBody, encodeQuery, writeCredentials } from "./query.js";
