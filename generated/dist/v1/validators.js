/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import { fail, hasOwn, isDateTime, isEmail, isPlainObject, isUri, issue, ok, pointerJoin, } from "../runtime/validation.js";
const PATTERN_1 = new RegExp("^[0-9a-f]{24}$", "u");
/**
 * Appends to `issues` every way `value` is not a Application.
 */
function checkApplication(value, path, issues) {
    if (!isPlainObject(value)) {
        issues.push(issue(path, "object", value));
    }
    else {
        if (hasOwn(value, "_id")) {
            const v1 = value._id;
            if (typeof v1 !== "string") {
                issues.push(issue(pointerJoin(path, "_id"), "string", v1));
            }
            else {
                if (!PATTERN_1.test(v1)) {
                    issues.push(issue(pointerJoin(path, "_id"), "string matching /^[0-9a-f]{24}$/", v1));
                }
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "_id"), "required property", undefined));
        }
        if (hasOwn(value, "description")) {
            const v2 = value.description;
            if (typeof v2 !== "string") {
                issues.push(issue(pointerJoin(path, "description"), "string", v2));
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "description"), "required property", undefined));
        }
        if (hasOwn(value, "homepage")) {
            const v3 = value.homepage;
            if (typeof v3 !== "string") {
                issues.push(issue(pointerJoin(path, "homepage"), "string", v3));
            }
            else {
                if (!isUri(v3)) {
                    issues.push(issue(pointerJoin(path, "homepage"), "uri string", v3));
                }
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "homepage"), "required property", undefined));
        }
        if (hasOwn(value, "name")) {
            const v4 = value.name;
            if (typeof v4 !== "string") {
                issues.push(issue(pointerJoin(path, "name"), "string", v4));
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "name"), "required property", undefined));
        }
        if (hasOwn(value, "owner")) {
            const v5 = value.owner;
            if (typeof v5 !== "string") {
                issues.push(issue(pointerJoin(path, "owner"), "string", v5));
            }
            else {
                if (!PATTERN_1.test(v5)) {
                    issues.push(issue(pointerJoin(path, "owner"), "string matching /^[0-9a-f]{24}$/", v5));
                }
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "owner"), "required property", undefined));
        }
        if (hasOwn(value, "ownerType")) {
            const v6 = value.ownerType;
            if (typeof v6 !== "string") {
                issues.push(issue(pointerJoin(path, "ownerType"), "string", v6));
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "ownerType"), "required property", undefined));
        }
    }
}
/**
 * Checks that `value` is a {@link Application}.
 *
 * The OAuth application the authorization was granted to.
 * @returns `{ ok: true, value }` typed as {@link Application}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateApplication(value) {
    const issues = [];
    checkApplication(value, "", issues);
    return issues.length === 0 ? ok(value) : fail(issues);
}
/**
 * Appends to `issues` every way `value` is not a AuthorizedInfo.
 */
function checkAuthorizedInfo(value, path, issues) {
    if (!isPlainObject(value)) {
        issues.push(issue(path, "object", value));
    }
    else {
        if (hasOwn(value, "_id")) {
            const v1 = value._id;
            if (typeof v1 !== "string") {
                issues.push(issue(pointerJoin(path, "_id"), "string", v1));
            }
            else {
                if (!PATTERN_1.test(v1)) {
                    issues.push(issue(pointerJoin(path, "_id"), "string matching /^[0-9a-f]{24}$/", v1));
                }
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "_id"), "required property", undefined));
        }
        if (hasOwn(value, "createdOn")) {
            const v2 = value.createdOn;
            if (typeof v2 !== "string") {
                issues.push(issue(pointerJoin(path, "createdOn"), "string", v2));
            }
            else {
                if (!isDateTime(v2)) {
                    issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v2));
                }
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "createdOn"), "required property", undefined));
        }
        if (hasOwn(value, "grantType")) {
            const v3 = value.grantType;
            if (typeof v3 !== "string") {
                issues.push(issue(pointerJoin(path, "grantType"), "string", v3));
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "grantType"), "required property", undefined));
        }
        if (hasOwn(value, "lastUsed")) {
            const v4 = value.lastUsed;
            if (typeof v4 !== "string") {
                issues.push(issue(pointerJoin(path, "lastUsed"), "string", v4));
            }
            else {
                if (!isDateTime(v4)) {
                    issues.push(issue(pointerJoin(path, "lastUsed"), "date-time string", v4));
                }
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "lastUsed"), "required property", undefined));
        }
        if (hasOwn(value, "sites")) {
            const v5 = value.sites;
            checkSitesShape(v5, pointerJoin(path, "sites"), issues);
        }
        else {
            issues.push(issue(pointerJoin(path, "sites"), "required property", undefined));
        }
        if (hasOwn(value, "orgs")) {
            const v6 = value.orgs;
            checkSitesShape(v6, pointerJoin(path, "orgs"), issues);
        }
        else {
            issues.push(issue(pointerJoin(path, "orgs"), "required property", undefined));
        }
        if (hasOwn(value, "workspaces")) {
            const v7 = value.workspaces;
            checkSitesShape(v7, pointerJoin(path, "workspaces"), issues);
        }
        else {
            issues.push(issue(pointerJoin(path, "workspaces"), "required property", undefined));
        }
        if (hasOwn(value, "users")) {
            const v8 = value.users;
            checkSitesShape(v8, pointerJoin(path, "users"), issues);
        }
        else {
            issues.push(issue(pointerJoin(path, "users"), "required property", undefined));
        }
        if (hasOwn(value, "rateLimit")) {
            const v9 = value.rateLimit;
            if (typeof v9 !== "number" || !Number.isInteger(v9)) {
                issues.push(issue(pointerJoin(path, "rateLimit"), "integer", v9));
            }
            else {
                if (v9 < 0) {
                    issues.push(issue(pointerJoin(path, "rateLimit"), "integer >= 0", v9));
                }
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "rateLimit"), "required property", undefined));
        }
        if (hasOwn(value, "status")) {
            const v10 = value.status;
            if (typeof v10 !== "string") {
                issues.push(issue(pointerJoin(path, "status"), "string", v10));
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "status"), "required property", undefined));
        }
        if (hasOwn(value, "application")) {
            const v11 = value.application;
            checkApplication(v11, pointerJoin(path, "application"), issues);
        }
    }
}
/**
 * Checks that `value` is a {@link AuthorizedInfo}.
 *
 * Basic information about the authorization being used (response of GET /info).
 * @returns `{ ok: true, value }` typed as {@link AuthorizedInfo}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAuthorizedInfo(value) {
    const issues = [];
    checkAuthorizedInfo(value, "", issues);
    return issues.length === 0 ? ok(value) : fail(issues);
}
/**
 * Appends to `issues` every way `value` is not a AuthorizedUserResponse.
 */
function checkAuthorizedUserResponse(value, path, issues) {
    if (!isPlainObject(value)) {
        issues.push(issue(path, "object", value));
    }
    else {
        if (hasOwn(value, "user")) {
            const v1 = value.user;
            checkUser(v1, pointerJoin(path, "user"), issues);
        }
        else {
            issues.push(issue(pointerJoin(path, "user"), "required property", undefined));
        }
    }
}
/**
 * Checks that `value` is a {@link AuthorizedUserResponse}.
 *
 * Response of GET /user: the user who authorized the token, wrapped in a `user` key.
 * @returns `{ ok: true, value }` typed as {@link AuthorizedUserResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAuthorizedUserResponse(value) {
    const issues = [];
    checkAuthorizedUserResponse(value, "", issues);
    return issues.length === 0 ? ok(value) : fail(issues);
}
/**
 * Appends to `issues` every way `value` is not a User.
 */
function checkUser(value, path, issues) {
    if (!isPlainObject(value)) {
        issues.push(issue(path, "object", value));
    }
    else {
        if (hasOwn(value, "_id")) {
            const v1 = value._id;
            if (typeof v1 !== "string") {
                issues.push(issue(pointerJoin(path, "_id"), "string", v1));
            }
            else {
                if (!PATTERN_1.test(v1)) {
                    issues.push(issue(pointerJoin(path, "_id"), "string matching /^[0-9a-f]{24}$/", v1));
                }
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "_id"), "required property", undefined));
        }
        if (hasOwn(value, "email")) {
            const v2 = value.email;
            if (typeof v2 !== "string") {
                issues.push(issue(pointerJoin(path, "email"), "string", v2));
            }
            else {
                if (!isEmail(v2)) {
                    issues.push(issue(pointerJoin(path, "email"), "email string", v2));
                }
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "email"), "required property", undefined));
        }
        if (hasOwn(value, "firstName")) {
            const v3 = value.firstName;
            if (typeof v3 !== "string") {
                issues.push(issue(pointerJoin(path, "firstName"), "string", v3));
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "firstName"), "required property", undefined));
        }
        if (hasOwn(value, "lastName")) {
            const v4 = value.lastName;
            if (typeof v4 !== "string") {
                issues.push(issue(pointerJoin(path, "lastName"), "string", v4));
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "lastName"), "required property", undefined));
        }
    }
}
/**
 * Checks that `value` is a {@link User}.
 *
 * A Webflow user.
 * @returns `{ ok: true, value }` typed as {@link User}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUser(value) {
    const issues = [];
    checkUser(value, "", issues);
    return issues.length === 0 ? ok(value) : fail(issues);
}
/**
 * Appends to `issues` every way `value` is not a V1Error.
 */
function checkV1Error(value, path, issues) {
    if (!isPlainObject(value)) {
        issues.push(issue(path, "object", value));
    }
    else {
        if (hasOwn(value, "msg")) {
            const v1 = value.msg;
            if (typeof v1 !== "string") {
                issues.push(issue(pointerJoin(path, "msg"), "string", v1));
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "msg"), "required property", undefined));
        }
        if (hasOwn(value, "code")) {
            const v2 = value.code;
            if (typeof v2 !== "number" || !Number.isInteger(v2)) {
                issues.push(issue(pointerJoin(path, "code"), "integer", v2));
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "code"), "required property", undefined));
        }
        if (hasOwn(value, "name")) {
            const v3 = value.name;
            if (typeof v3 !== "string") {
                issues.push(issue(pointerJoin(path, "name"), "string", v3));
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "name"), "required property", undefined));
        }
        if (hasOwn(value, "path")) {
            const v4 = value.path;
            if (typeof v4 !== "string") {
                issues.push(issue(pointerJoin(path, "path"), "string", v4));
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "path"), "required property", undefined));
        }
        if (hasOwn(value, "err")) {
            const v5 = value.err;
            if (typeof v5 !== "string") {
                issues.push(issue(pointerJoin(path, "err"), "string", v5));
            }
        }
        else {
            issues.push(issue(pointerJoin(path, "err"), "required property", undefined));
        }
        if (hasOwn(value, "problems")) {
            const v6 = value.problems;
            if (!Array.isArray(v6)) {
                issues.push(issue(pointerJoin(path, "problems"), "array", v6));
            }
            else {
                for (let i7 = 0; i7 < v6.length; i7++) {
                    const item8 = v6[i7];
                    if (typeof item8 !== "string") {
                        issues.push(issue(pointerJoin(pointerJoin(path, "problems"), i7), "string", item8));
                    }
                }
            }
        }
    }
}
/**
 * Checks that `value` is a {@link V1Error}.
 *
 * Body of every 4xx and 5xx response of the legacy v1 API.
 * @returns `{ ok: true, value }` typed as {@link V1Error}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateV1Error(value) {
    const issues = [];
    checkV1Error(value, "", issues);
    return issues.length === 0 ? ok(value) : fail(issues);
}
/**
 * Checks the 200 response body of `client.meta.getAuthorizedInfo` (Authorized Info).
 * @returns `{ ok: true, value }` typed as {@link GetAuthorizedInfoResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetAuthorizedInfoResult(value) {
    const issues = [];
    checkAuthorizedInfo(value, "", issues);
    return issues.length === 0 ? ok(value) : fail(issues);
}
/**
 * Checks the 200 response body of `client.meta.getAuthorizedUser` (Authorized User).
 * @returns `{ ok: true, value }` typed as {@link GetAuthorizedUserResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetAuthorizedUserResult(value) {
    const issues = [];
    checkAuthorizedUserResponse(value, "", issues);
    return issues.length === 0 ? ok(value) : fail(issues);
}
/**
 * Appends to `issues` every way `value` does not have the shape shared by `AuthorizedInfo.sites`, `AuthorizedInfo.orgs`, `AuthorizedInfo.workspaces`, `AuthorizedInfo.users`.
 */
function checkSitesShape(value, path, issues) {
    if (!Array.isArray(value)) {
        issues.push(issue(path, "array", value));
    }
    else {
        for (let i1 = 0; i1 < value.length; i1++) {
            const item2 = value[i1];
            if (typeof item2 !== "string") {
                issues.push(issue(pointerJoin(path, i1), "string", item2));
            }
            else {
                if (!PATTERN_1.test(item2)) {
                    issues.push(issue(pointerJoin(path, i1), "string matching /^[0-9a-f]{24}$/", item2));
                }
            }
        }
    }
}
