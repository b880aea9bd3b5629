/* This file is generated from the OpenAPI description by openapi-typescript, via webflow-codegen. Do not edit it by hand. */
export interface paths {
    "/info": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the v1 API. The generated client sends `1.0.0` automatically.
                 * @example 1.0.0
                 */
                "Accept-Version": components["parameters"]["Accept-Version"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Authorized Info
         * @description Basic information about the authorization being used: its grant type, the sites, organizations, workspaces and users it covers, its rate limit, and (for OAuth grants) the application.
         */
        get: operations["getAuthorizedInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the v1 API. The generated client sends `1.0.0` automatically.
                 * @example 1.0.0
                 */
                "Accept-Version": components["parameters"]["Accept-Version"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Authorized User
         * @description The user who authorized the token, wrapped in a `user` key (see the x-decision on AuthorizedUserResponse).
         */
        get: operations["getAuthorizedUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Basic information about the authorization being used (response of GET /info).
         * @example {
         *       "_id": "55818d58616600637b9a5786",
         *       "createdOn": "2016-10-03T23:12:00.755Z",
         *       "grantType": "authorization_code",
         *       "lastUsed": "2016-10-10T21:41:12.736Z",
         *       "sites": [
         *         "62f3b1f7eafac55d0c64ef91"
         *       ],
         *       "orgs": [
         *         "551ad253f0a9c0686f71ed08"
         *       ],
         *       "workspaces": [],
         *       "users": [
         *         "545bbecb7bdd6769632504a7"
         *       ],
         *       "rateLimit": 60,
         *       "status": "confirmed",
         *       "application": {
         *         "_id": "55131cd036c09f7d07883dfc",
         *         "description": "OAuth Testing Application",
         *         "homepage": "https://webflow.com",
         *         "name": "Test App",
         *         "owner": "545bbecb7bdd6769632504a7",
         *         "ownerType": "Person"
         *       }
         *     }
         */
        AuthorizedInfo: {
            /** @description Unique ID of the authorization. The documentation gives it `format: uuid`, but its example (and every v1 id) is a 24-hex object id; the pattern follows the example (see x-decision). */
            _id: string;
            /**
             * Format: date-time
             * @description Date the authorization was created.
             */
            createdOn: string;
            /** @description Grant type of the authorization (for example `authorization_code`). */
            grantType: string;
            /**
             * Format: date-time
             * @description Date the authorization was last used.
             */
            lastUsed: string;
            /** @description IDs of the sites authorized. */
            sites: string[];
            /** @description IDs of the organizations authorized. */
            orgs: string[];
            /** @description IDs of the workspaces authorized. */
            workspaces: string[];
            /** @description IDs of the users authorized. */
            users: string[];
            /** @description Default rate limit of the authorization, in requests per minute. */
            rateLimit: number;
            /** @description Status of the authorization (for example `confirmed`). */
            status: string;
            /** @description The OAuth application the authorization was granted to; absent for grants without an application. */
            application?: components["schemas"]["Application"];
        };
        /**
         * @description The OAuth application the authorization was granted to.
         * @example {
         *       "_id": "55131cd036c09f7d07883dfc",
         *       "description": "OAuth Testing Application",
         *       "homepage": "https://webflow.com",
         *       "name": "Test App",
         *       "owner": "545bbecb7bdd6769632504a7",
         *       "ownerType": "Person"
         *     }
         */
        Application: {
            /** @description Unique ID of the application. */
            _id: string;
            /** @description Description of the application. */
            description: string;
            /**
             * Format: uri
             * @description Homepage URL of the application.
             */
            homepage: string;
            /** @description Name of the application. */
            name: string;
            /** @description ID of the owner of the application. */
            owner: string;
            /** @description Kind of owner of the application (for example `Person`). */
            ownerType: string;
        };
        /**
         * @description Response of GET /user: the user who authorized the token, wrapped in a `user` key.
         * @example {
         *       "user": {
         *         "_id": "545bbecb7bdd6769632504a7",
         *         "email": "some@email.com",
         *         "firstName": "Some",
         *         "lastName": "One"
         *       }
         *     }
         */
        AuthorizedUserResponse: {
            /** @description The user who authorized the token. */
            user: components["schemas"]["User"];
        };
        /**
         * @description A Webflow user.
         * @example {
         *       "_id": "545bbecb7bdd6769632504a7",
         *       "email": "some@email.com",
         *       "firstName": "Some",
         *       "lastName": "One"
         *     }
         */
        User: {
            /** @description Unique ID of the user. */
            _id: string;
            /**
             * Format: email
             * @description Email address of the user.
             */
            email: string;
            /** @description First name of the user. */
            firstName: string;
            /** @description Last name of the user. */
            lastName: string;
        };
        /**
         * @description Body of every 4xx and 5xx response of the legacy v1 API.
         * @example {
         *       "msg": "Not Authorized",
         *       "code": 401,
         *       "name": "NotAuthorized",
         *       "path": "/info",
         *       "err": "NotAuthorized: Not Authorized"
         *     }
         * @example {
         *       "msg": "Validation Failure",
         *       "code": 400,
         *       "name": "ValidationError",
         *       "path": "/collections/580e63fc8c9a982ac9b8b745/items",
         *       "err": "ValidationError: Validation Failure",
         *       "problems": [
         *         "Field 'name': Field is required"
         *       ]
         *     }
         */
        V1Error: {
            /** @description Human-readable error message. */
            msg: string;
            /** @description HTTP status code of the error. */
            code: number;
            /** @description Name of the error class (for example `NotAuthorized`). */
            name: string;
            /** @description Path of the request that failed. */
            path: string;
            /** @description The error name and message combined, as `<name>: <msg>`. */
            err: string;
            /** @description List of individual problems, sent with validation errors. */
            problems?: string[];
        };
    };
    responses: {
        /** @description Bad request: the request is malformed, the Accept-Version header is missing or unsupported, or the input failed validation (`problems` lists the failures). */
        BadRequest: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                /** @example {
                 *       "msg": "Validation Failure",
                 *       "code": 400,
                 *       "name": "ValidationError",
                 *       "path": "/info",
                 *       "err": "ValidationError: Validation Failure",
                 *       "problems": [
                 *         "Accept-Version: must be 1.0.0"
                 *       ]
                 *     } */
                "application/json": components["schemas"]["V1Error"];
            };
        };
        /** @description Unauthorized: the bearer token is missing, invalid or revoked. */
        Unauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                /** @example {
                 *       "msg": "Not Authorized",
                 *       "code": 401,
                 *       "name": "NotAuthorized",
                 *       "path": "/info",
                 *       "err": "NotAuthorized: Not Authorized"
                 *     } */
                "application/json": components["schemas"]["V1Error"];
            };
        };
        /** @description Not found: the requested resource does not exist or is not visible to the token. */
        NotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                /** @example {
                 *       "msg": "Requested resource not found",
                 *       "code": 404,
                 *       "name": "NotFound",
                 *       "path": "/user",
                 *       "err": "NotFound: Requested resource not found"
                 *     } */
                "application/json": components["schemas"]["V1Error"];
            };
        };
        /** @description Too many requests: the per-minute rate limit of the API key is exhausted. Wait for `Retry-After` seconds before retrying. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                /** @example {
                 *       "msg": "Rate limit hit",
                 *       "code": 429,
                 *       "name": "RateLimit",
                 *       "path": "/info",
                 *       "err": "RateLimit: Rate limit hit"
                 *     } */
                "application/json": components["schemas"]["V1Error"];
            };
        };
        /** @description Internal server error: an unexpected error on Webflow's side. */
        InternalServerError: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                /** @example {
                 *       "msg": "Internal Server Error",
                 *       "code": 500,
                 *       "name": "ServerError",
                 *       "path": "/info",
                 *       "err": "ServerError: Internal Server Error"
                 *     } */
                "application/json": components["schemas"]["V1Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Version of the v1 API. The generated client sends `1.0.0` automatically.
         * @example 1.0.0
         */
        "Accept-Version": "1.0.0";
    };
    requestBodies: never;
    headers: {
        /**
         * @description Number of requests per minute allowed for the API key.
         * @example 60
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Number of requests left in the current one-minute window.
         * @example 59
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description Number of seconds to wait before retrying (typically 60). Sent with 429 responses.
         * @example 60
         */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAuthorizedInfo: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the v1 API. The generated client sends `1.0.0` automatically.
                 * @example 1.0.0
                 */
                "Accept-Version": components["parameters"]["Accept-Version"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request was successful. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {
                     *       "_id": "55818d58616600637b9a5786",
                     *       "createdOn": "2016-10-03T23:12:00.755Z",
                     *       "grantType": "authorization_code",
                     *       "lastUsed": "2016-10-10T21:41:12.736Z",
                     *       "sites": [
                     *         "62f3b1f7eafac55d0c64ef91"
                     *       ],
                     *       "orgs": [
                     *         "551ad253f0a9c0686f71ed08"
                     *       ],
                     *       "workspaces": [],
                     *       "users": [
                     *         "545bbecb7bdd6769632504a7"
                     *       ],
                     *       "rateLimit": 60,
                     *       "status": "confirmed",
                     *       "application": {
                     *         "_id": "55131cd036c09f7d07883dfc",
                     *         "description": "OAuth Testing Application",
                     *         "homepage": "https://webflow.com",
                     *         "name": "Test App",
                     *         "owner": "545bbecb7bdd6769632504a7",
                     *         "ownerType": "Person"
                     *       }
                     *     } */
                    "application/json": components["schemas"]["AuthorizedInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getAuthorizedUser: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the v1 API. The generated client sends `1.0.0` automatically.
                 * @example 1.0.0
                 */
                "Accept-Version": components["parameters"]["Accept-Version"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request was successful. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {
                     *       "user": {
                     *         "_id": "545bbecb7bdd6769632504a7",
                     *         "email": "some@email.com",
                     *         "firstName": "Some",
                     *         "lastName": "One"
                     *       }
                     *     } */
                    "application/json": components["schemas"]["AuthorizedUserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
