/* This file is generated from the OpenAPI description by openapi-typescript, via webflow-codegen. Do not edit it by hand. */
export interface paths {
  "/token/authorized_by": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Authorization User Info
     * @description Information about the user who authorized the access token. Required scope: `authorized_user:read`.
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
  "/token/introspect": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Authorization Info
     * @description Information about the access token used for the request: its grant, scopes, rate limit, the sites, workspaces and users it is authorized for, and (for OAuth tokens only) the application it was issued to. Needs a valid token but no scope.
     */
    get: operations["introspectToken"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List Sites
     * @description List the sites the access token can access. The list is not paginated. Required scope: `sites:read`. Workspace tokens cannot call site endpoints (403).
     */
    get: operations["listSites"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
      };
      cookie?: never;
    };
    /**
     * Get Site
     * @description Get the details of a site. Required scope: `sites:read`.
     */
    get: operations["getSite"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/custom_domains": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
      };
      cookie?: never;
    };
    /**
     * Get Custom Domains
     * @description List the custom domains attached to a site; their IDs are what publishSite takes in `customDomains`. Required scope: `sites:read`.
     */
    get: operations["getCustomDomains"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/publish": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish Site
     * @description Publish a site to its custom domains and/or its webflow.io subdomain. At least one of `customDomains` and `publishToWebflowSubdomain` must be sent (the request schema says so; `validatePublishSiteRequest` checks a body before it is sent). A site can be published successfully at most once per minute. Publishing is asynchronous: the API answers 202 Accepted. Required scope: `sites:write`.
     */
    post: operations["publishSite"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/comments": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
      };
      cookie?: never;
    };
    /**
     * List Comment Threads
     * @description List the comment threads of a site, one page at a time (`offset` and `limit`, at most 100 per page). `sortBy` only applies together with `sortOrder`. Required scope: `comments:read`.
     */
    get: operations["listCommentThreads"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/comments/{comment_thread_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
        /**
         * @description Unique identifier of a comment thread.
         * @example 679a4f4e0a7b6c3b7d4b4e21
         */
        comment_thread_id: components["parameters"]["comment_thread_id"];
      };
      cookie?: never;
    };
    /**
     * Get Comment Thread
     * @description Get a comment thread of a site. Takes the same query parameters as listCommentThreads. Required scope: `comments:read`.
     */
    get: operations["getCommentThread"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/comments/{comment_thread_id}/replies": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
        /**
         * @description Unique identifier of a comment thread.
         * @example 679a4f4e0a7b6c3b7d4b4e21
         */
        comment_thread_id: components["parameters"]["comment_thread_id"];
      };
      cookie?: never;
    };
    /**
     * List Comment Replies
     * @description List the replies of a comment thread, one page at a time (`offset` and `limit`, at most 100 per page). The replies come under the key `comments`. `sortBy` only applies together with `sortOrder`. Required scope: `comments:read`.
     */
    get: operations["listCommentReplies"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
      };
      cookie?: never;
    };
    /**
     * List Webhooks
     * @description List the webhooks registered on a site. The endpoint takes no paging parameters; the response still carries `pagination`. Required scope: `sites:read`.
     */
    get: operations["listWebhooks"];
    put?: never;
    /**
     * Create Webhook
     * @description Register a webhook on a site. Required scope: `sites:write`, with a Data Client App token; the token must also hold the scope the trigger type needs (see the `x-trigger-scopes` of TriggerType, e.g. `forms:read` for `form_submission`). `filter` is only allowed with `form_submission`. A site can have at most 75 webhooks per trigger type.
     */
    post: operations["createWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/webhooks/{webhook_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a webhook.
         * @example 57ca0a9e418c504a6e1acbb6
         */
        webhook_id: components["parameters"]["webhook_id"];
      };
      cookie?: never;
    };
    /**
     * Get Webhook
     * @description Get a webhook. Required scope: `sites:read`.
     */
    get: operations["getWebhook"];
    put?: never;
    post?: never;
    /**
     * Remove Webhook
     * @description Remove a webhook. Answers 204 with no body. Required scope: `sites:write` (the documentation text says `sites:read`; see x-decision).
     */
    delete: operations["removeWebhook"];
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
     * @description A Webflow object id: 24 lowercase hexadecimal characters (a MongoDB ObjectId), as used for sites, pages, collections, items and most other resources.
     * @example 580e63e98c9a982ac9b8b741
     */
    ObjectId: string;
    /**
     * Format: date-time
     * @description An ISO-8601 date and time in UTC, e.g. `2023-04-02T12:42:00.000Z`.
     * @example 2023-04-02T12:42:00.000Z
     */
    DateTime: string;
    /**
     * @description Body of every 4xx and 5xx response of the Data API v2. `code` is a machine-readable error code (see ErrorCode), `message` a human-readable explanation (for `missing_scopes` it names the missing scopes), `externalReference` an optional link or reference id, and `details` extra information such as the parameters that failed validation. Only `code` and `message` are required, so that a client can still surface errors whose body omits the optional fields.
     * @example {
     *       "code": "resource_not_found",
     *       "message": "Requested resource not found: The site cannot be found",
     *       "externalReference": null,
     *       "details": []
     *     }
     * @example {
     *       "code": "validation_error",
     *       "message": "Validation Error: Provided ID is invalid",
     *       "externalReference": null,
     *       "details": [
     *         {
     *           "param": "site_id",
     *           "description": "Provided ID is invalid"
     *         },
     *         "The request could not be validated"
     *       ]
     *     }
     */
    Error: {
      /** @description Machine-readable error code; may be a code not listed in ErrorCode. */
      code: components["schemas"]["ErrorCode"];
      /** @description Human-readable description of the error. For `missing_scopes` it names the scopes that are missing. */
      message: string;
      /** @description Optional external reference (for example a link to documentation) for the error, or null. */
      externalReference?: string | null;
      /** @description Additional details about the error. Items are either plain strings or objects naming the offending parameter (see ErrorDetail). */
      details?: (string | components["schemas"]["ErrorDetail"])[];
    };
    /**
     * @description Machine-readable error code. The enum lists every code known when this description was written, but new codes appear over time: the schema also accepts any other string, and clients must handle unknown codes (treat them by HTTP status). Common codes by status: 400 bad_request / validation_error, 401 not_authorized, 403 forbidden / missing_scopes, 404 resource_not_found, 409 conflict, 429 too_many_requests, 500 internal_error, 503 service_unavailable.
     * @example missing_scopes
     * @example resource_not_found
     */
    ErrorCode:
      | (
          | "bad_request"
          | "validation_error"
          | "not_authorized"
          | "forbidden"
          | "missing_scopes"
          | "resource_not_found"
          | "conflict"
          | "too_many_requests"
          | "internal_error"
          | "service_unavailable"
          | "collection_not_found"
          | "duplicate_collection"
          | "duplicate_user_email"
          | "ecommerce_not_enabled"
          | "forms_require_republish"
          | "incompatible_webhook_filter"
          | "invalid_auth_version"
          | "invalid_credentials"
          | "invalid_domain"
          | "invalid_user_email"
          | "item_not_found"
          | "no_domains"
          | "not_enterprise_plan_site"
          | "not_enterprise_plan_workspace"
          | "order_not_found"
          | "unsupported_version"
          | "unsupported_webhook_trigger_type"
          | "user_limit_reached"
          | "user_not_found"
          | "users_not_enabled"
        )
      | string;
    /**
     * @description A structured error detail naming the parameter that caused the error.
     * @example {
     *       "param": "triggerType",
     *       "description": "triggerType must be one of the supported trigger types"
     *     }
     */
    ErrorDetail: {
      /** @description Name of the request parameter or body field the detail refers to. */
      param?: string;
      /** @description Explanation of what is wrong with the parameter. */
      description?: string;
    };
    /**
     * @description Paging information returned by list endpoints. Lists page with `offset` and `limit` (at most 100); `total` is the number of items across all pages.
     * @example {
     *       "limit": 100,
     *       "offset": 0,
     *       "total": 2
     *     }
     */
    Pagination: {
      /** @description The page size that was applied to this response. */
      limit: number;
      /** @description The number of items skipped before the first item of this page. */
      offset: number;
      /** @description The total number of items available across all pages. */
      total: number;
    };
    /**
     * @description The user who authorized the token (response of GET /token/authorized_by).
     * @example {
     *       "id": "545bbecb7bdd6769632504a7",
     *       "email": "some@email.com",
     *       "firstName": "Some",
     *       "lastName": "One"
     *     }
     */
    AuthorizedUser: {
      /** @description Unique identifier of the user. */
      id: string;
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
     * @description Information about the token used for the request (response of GET /token/introspect). `application` is absent for site and workspace tokens (grantType `client_credentials`).
     * @example {
     *       "authorization": {
     *         "id": "55818d58616600637b9a5786",
     *         "createdOn": "2016-10-03T23:12:00.755Z",
     *         "lastUsed": "2016-10-10T21:41:12.736Z",
     *         "grantType": "authorization_code",
     *         "rateLimit": 60,
     *         "scope": "assets:read,assets:write,authorized_user:read,sites:read,sites:write",
     *         "authorizedTo": {
     *           "siteIds": [
     *             "580e63e98c9a982ac9b8b741"
     *           ],
     *           "workspaceIds": [
     *             "580e63fc8c9a982ac9b8b744"
     *           ],
     *           "userIds": [
     *             "545bbecb7bdd6769632504a7"
     *           ]
     *         }
     *       },
     *       "application": {
     *         "id": "55131cd036c09f7d07883dfc",
     *         "description": "OAuth Testing Application",
     *         "homepage": "https://webflow.com",
     *         "displayName": "Test App"
     *       }
     *     }
     */
    Introspection: {
      /** @description The authorization behind the token. */
      authorization: components["schemas"]["Authorization"];
      /** @description The app the token was issued to; absent for site and workspace tokens. */
      application?: components["schemas"]["Application"];
    };
    /**
     * @description The authorization (token grant) behind the access token.
     * @example {
     *       "id": "55818d58616600637b9a5786",
     *       "createdOn": "2016-10-03T23:12:00.755Z",
     *       "lastUsed": "2016-10-10T21:41:12.736Z",
     *       "grantType": "client_credentials",
     *       "rateLimit": 120,
     *       "scope": "sites:read,comments:read",
     *       "authorizedTo": {
     *         "siteIds": [
     *           "580e63e98c9a982ac9b8b741"
     *         ],
     *         "workspaceIds": [],
     *         "userIds": [
     *           "545bbecb7bdd6769632504a7"
     *         ]
     *       }
     *     }
     */
    Authorization: {
      /** @description Unique identifier of the authorization. */
      id: string;
      /**
       * Format: date-time
       * @description Date the authorization was created.
       */
      createdOn: string;
      /**
       * Format: date-time
       * @description Date the authorization was last used.
       */
      lastUsed: string;
      /** @description Grant type of the authorization: `authorization_code` for OAuth apps, `client_credentials` for site and workspace tokens. */
      grantType: string;
      /** @description Rate limit of the authorization in requests per minute. */
      rateLimit: number;
      /** @description Comma-separated list of the scopes granted to the authorization. */
      scope: string;
      /** @description The resources the authorization grants access to. */
      authorizedTo: {
        /** @description IDs of the sites the token can access. */
        siteIds: string[];
        /** @description IDs of the workspaces the token can access. */
        workspaceIds: string[];
        /** @description IDs of the users who authorized the token. */
        userIds: string[];
      };
    };
    /**
     * @description The Data Client app the token was issued to (present only for OAuth tokens).
     * @example {
     *       "id": "55131cd036c09f7d07883dfc",
     *       "description": "OAuth Testing Application",
     *       "homepage": "https://webflow.com",
     *       "displayName": "Test App"
     *     }
     */
    Application: {
      /** @description Unique identifier of the application. */
      id: string;
      /** @description Description of the application. */
      description: string;
      /**
       * Format: uri
       * @description Homepage URL of the application.
       */
      homepage: string;
      /** @description Display name of the application. */
      displayName: string;
    };
    /**
     * @description A Webflow site.
     * @example {
     *       "id": "580e63e98c9a982ac9b8b741",
     *       "workspaceId": "580e63fc8c9a982ac9b8b744",
     *       "createdOn": "2016-10-24T19:41:29.156Z",
     *       "displayName": "api_docs_sample_json",
     *       "shortName": "api-docs-sample-json",
     *       "lastPublished": "2023-04-02T12:42:00.000Z",
     *       "lastUpdated": "2023-04-02T12:42:00.000Z",
     *       "previewUrl": "https://screenshots.webflow.com/sites/580e63e98c9a982ac9b8b741/20230402124200_a1b2c3.png",
     *       "timeZone": "America/Los_Angeles",
     *       "parentFolderId": null,
     *       "customDomains": [
     *         {
     *           "id": "589a331aa51e760df7ccb89d",
     *           "url": "test-api-domain.com",
     *           "lastPublished": "2023-04-02T12:42:00.000Z"
     *         }
     *       ],
     *       "locales": {
     *         "primary": {
     *           "id": "653fd9af6a07fc9cfd7a5e57",
     *           "cmsLocaleId": "653ad57de882f528b32e810e",
     *           "enabled": false,
     *           "displayName": "English (United States)",
     *           "displayImageId": null,
     *           "redirect": true,
     *           "subdirectory": "",
     *           "tag": "en-US"
     *         },
     *         "secondary": [
     *           {
     *             "id": "653fd9af6a07fc9cfd7a5e56",
     *             "cmsLocaleId": "6526f08b7c5cd8b5e2c7b1e2",
     *             "enabled": true,
     *             "displayName": "French (France)",
     *             "displayImageId": null,
     *             "redirect": true,
     *             "subdirectory": "fr-fr",
     *             "tag": "fr-FR"
     *           }
     *         ]
     *       },
     *       "dataCollectionEnabled": true,
     *       "dataCollectionType": "always"
     *     }
     */
    Site: {
      /** @description Unique identifier of the site. */
      id: string;
      /** @description Unique identifier of the workspace the site belongs to. */
      workspaceId?: string;
      /**
       * Format: date-time
       * @description Date the site was created.
       */
      createdOn?: string;
      /** @description Name of the site as shown in the Designer and Dashboard. */
      displayName?: string;
      /** @description Slugified version of the site name, used in the webflow.io subdomain. */
      shortName?: string;
      /**
       * Format: date-time
       * @description Date the site was last published, or null for a site that was never published.
       */
      lastPublished?: string | null;
      /**
       * Format: date-time
       * @description Date the site was last updated.
       */
      lastUpdated?: string;
      /**
       * Format: uri
       * @description URL of a preview image of the site.
       */
      previewUrl?: string;
      /** @description IANA time zone of the site (for example `America/Los_Angeles`). */
      timeZone?: string;
      /** @description Unique identifier of the Dashboard folder containing the site, or null when the site is not in a folder. */
      parentFolderId?: string | null;
      /** @description The custom domains attached to the site. */
      customDomains?: components["schemas"]["Domain"][];
      /** @description The locales of the site (Localization). */
      locales?: {
        /** @description The primary locale of the site. */
        primary: components["schemas"]["Locale"];
        /** @description The secondary locales of the site. */
        secondary: components["schemas"]["Locale"][];
      };
      /** @description Whether data collection is enabled for the site. */
      dataCollectionEnabled?: boolean;
      /**
       * @description The data collection setting of the site: `always` collects data, `optOut` collects until the visitor opts out, `disabled` collects nothing.
       * @enum {string}
       */
      dataCollectionType?: "always" | "optOut" | "disabled";
    };
    /**
     * @description A custom domain attached to a site.
     * @example {
     *       "id": "589a331aa51e760df7ccb89d",
     *       "url": "test-api-domain.com",
     *       "lastPublished": "2023-04-02T12:42:00.000Z"
     *     }
     * @example {
     *       "id": "589a331aa51e760df7ccb89e",
     *       "url": "www.test-api-domain.com",
     *       "lastPublished": null
     *     }
     */
    Domain: {
      /** @description Unique identifier of the domain. */
      id: string;
      /** @description The registered domain name (host name without scheme, e.g. `www.example.com`). */
      url?: string;
      /**
       * Format: date-time
       * @description Date the site was last published to this domain, or null if it never was.
       */
      lastPublished?: string | null;
    };
    /**
     * @description A locale of a site (Localization).
     * @example {
     *       "id": "653fd9af6a07fc9cfd7a5e56",
     *       "cmsLocaleId": "6526f08b7c5cd8b5e2c7b1e2",
     *       "enabled": true,
     *       "displayName": "French (France)",
     *       "displayImageId": null,
     *       "redirect": true,
     *       "subdirectory": "fr-fr",
     *       "tag": "fr-FR"
     *     }
     */
    Locale: {
      /** @description Unique identifier of the locale. */
      id: string;
      /** @description Identifier of the locale in the CMS (used to read and write localized CMS items). */
      cmsLocaleId?: string;
      /** @description Whether the locale is enabled (published). */
      enabled?: boolean;
      /** @description Display name of the locale, typically the language and region. */
      displayName?: string;
      /** @description Asset ID of the image shown for the locale, or null when there is none. */
      displayImageId?: string | null;
      /** @description Whether visitors are redirected to this locale based on their language preference. */
      redirect?: boolean;
      /** @description URL path prefix of the locale (empty for the primary locale). */
      subdirectory?: string;
      /** @description BCP 47 language tag of the locale (for example `en-US`). */
      tag?: string;
    };
    /**
     * @description Response of GET /sites. The list is not paginated.
     * @example {
     *       "sites": [
     *         {
     *           "id": "580e63e98c9a982ac9b8b741",
     *           "workspaceId": "580e63fc8c9a982ac9b8b744",
     *           "createdOn": "2016-10-24T19:41:29.156Z",
     *           "displayName": "api_docs_sample_json",
     *           "shortName": "api-docs-sample-json",
     *           "lastPublished": "2023-04-02T12:42:00.000Z",
     *           "lastUpdated": "2023-04-02T12:42:00.000Z",
     *           "timeZone": "America/Los_Angeles",
     *           "parentFolderId": null,
     *           "customDomains": [],
     *           "dataCollectionEnabled": false,
     *           "dataCollectionType": "disabled"
     *         }
     *       ]
     *     }
     */
    SiteList: {
      /** @description The sites the token can access. */
      sites: components["schemas"]["Site"][];
    };
    /**
     * @description Response of GET /sites/{site_id}/custom_domains.
     * @example {
     *       "customDomains": [
     *         {
     *           "id": "589a331aa51e760df7ccb89d",
     *           "url": "test-api-domain.com",
     *           "lastPublished": "2023-04-02T12:42:00.000Z"
     *         },
     *         {
     *           "id": "589a331aa51e760df7ccb89e",
     *           "url": "www.test-api-domain.com",
     *           "lastPublished": null
     *         }
     *       ]
     *     }
     */
    CustomDomainList: {
      /** @description The custom domains of the site. */
      customDomains: components["schemas"]["Domain"][];
    };
    /**
     * @description Body of POST /sites/{site_id}/publish. At least one of `customDomains` and `publishToWebflowSubdomain` must be sent (enforced by the `allOf`/`anyOf` below).
     * @example {
     *       "customDomains": [
     *         "589a331aa51e760df7ccb89d"
     *       ],
     *       "publishToWebflowSubdomain": true
     *     }
     * @example {
     *       "publishToWebflowSubdomain": true
     *     }
     */
    PublishSiteRequest: {
      /** @description IDs of the custom domains to publish to (see GET /sites/{site_id}/custom_domains). */
      customDomains?: string[];
      /** @description Whether to publish to the site's webflow.io subdomain. The server treats an absent value as false. */
      publishToWebflowSubdomain?: boolean;
      /** @description ID of a single page to publish; when omitted the whole site is published. */
      pageId?: string;
    } & (unknown | unknown);
    /**
     * @description Response of POST /sites/{site_id}/publish (202 Accepted; publishing continues asynchronously).
     * @example {
     *       "customDomains": [
     *         {
     *           "id": "589a331aa51e760df7ccb89d",
     *           "url": "test-api-domain.com",
     *           "lastPublished": "2023-04-02T12:42:00.000Z"
     *         }
     *       ],
     *       "publishToWebflowSubdomain": true,
     *       "publishScope": "site"
     *     }
     */
    PublishSiteResponse: {
      /** @description The custom domains the site is being published to. */
      customDomains: components["schemas"]["Domain"][];
      /** @description Whether the site is being published to its webflow.io subdomain. */
      publishToWebflowSubdomain: boolean;
      /**
       * @description Whether the whole site (`site`) or a single page (`page`) is being published.
       * @enum {string}
       */
      publishScope: "site" | "page";
    };
    /**
     * @description A comment thread left on a page of a site in the Designer.
     * @example {
     *       "id": "679a4f4e0a7b6c3b7d4b4e21",
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "pageId": "63c720f9347c2139b248e552",
     *       "localeId": null,
     *       "itemId": null,
     *       "breakpoint": "main",
     *       "url": "https://webflow.com/design/api-docs-sample-json?pageId=63c720f9347c2139b248e552&commentId=679a4f4e0a7b6c3b7d4b4e21",
     *       "content": "Can we make this heading bigger?",
     *       "isResolved": false,
     *       "author": {
     *         "userId": "545bbecb7bdd6769632504a7",
     *         "email": "some@email.com",
     *         "name": "Some One"
     *       },
     *       "mentionedUsers": [
     *         {
     *           "userId": "6287ec36a841b25637c663df",
     *           "email": "other@email.com",
     *           "name": "Other Person"
     *         }
     *       ],
     *       "createdOn": "2025-01-29T15:52:14.000Z",
     *       "lastUpdated": "2025-01-29T15:52:14.000Z"
     *     }
     */
    CommentThread: {
      /** @description Unique identifier of the comment thread. */
      id: string;
      /** @description Unique identifier of the site. */
      siteId: string;
      /** @description Unique identifier of the page the thread is on. */
      pageId: string;
      /** @description Unique identifier of the locale the thread was left in, or null for the primary locale. */
      localeId: string | null;
      /** @description Unique identifier of the CMS item the thread is on (collection template pages), or null. */
      itemId: string | null;
      /** @description The Designer breakpoint the thread was left at (for example `main`). */
      breakpoint: string;
      /**
       * Format: uri
       * @description URL of the page and position the thread refers to.
       */
      url: string;
      /** @description Text of the first comment of the thread. */
      content: string;
      /** @description Whether the thread has been resolved. */
      isResolved: boolean;
      /** @description The user who started the thread. */
      author: components["schemas"]["CommentThreadUser"];
      /** @description Users mentioned in the thread's first comment. */
      mentionedUsers: components["schemas"]["CommentThreadUser"][];
      /**
       * Format: date-time
       * @description Date the thread was created.
       */
      createdOn: string;
      /**
       * Format: date-time
       * @description Date the thread was last updated.
       */
      lastUpdated: string;
    };
    /**
     * @description A user in a comment thread (its author or a mentioned user), identified by `userId`.
     * @example {
     *       "userId": "545bbecb7bdd6769632504a7",
     *       "email": "some@email.com",
     *       "name": "Some One"
     *     }
     */
    CommentThreadUser: {
      /** @description Unique identifier of the user. */
      userId: string;
      /**
       * Format: email
       * @description Email address of the user.
       */
      email: string;
      /** @description Full name of the user. */
      name: string;
    };
    /**
     * @description A reply in a comment thread.
     * @example {
     *       "id": "679a4f8e0a7b6c3b7d4b4e31",
     *       "commentId": "679a4f4e0a7b6c3b7d4b4e21",
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "pageId": "63c720f9347c2139b248e552",
     *       "breakpoint": "main",
     *       "content": "Done, it is now an H1.",
     *       "isResolved": false,
     *       "author": {
     *         "id": "6287ec36a841b25637c663df",
     *         "email": "other@email.com",
     *         "name": "Other Person"
     *       },
     *       "mentionedUsers": [],
     *       "createdOn": "2025-01-29T16:03:41.000Z",
     *       "lastUpdated": "2025-01-29T16:03:41.000Z"
     *     }
     */
    CommentReply: {
      /** @description Unique identifier of the reply. */
      id: string;
      /** @description Unique identifier of the comment thread the reply belongs to. */
      commentId: string;
      /** @description Unique identifier of the site. */
      siteId: string;
      /** @description Unique identifier of the page the thread is on. */
      pageId: string;
      /** @description Unique identifier of the locale the reply was left in. */
      localeId?: string;
      /** @description The Designer breakpoint the thread was left at (for example `main`). */
      breakpoint: string;
      /** @description Text of the reply. */
      content: string;
      /** @description Whether the thread the reply belongs to has been resolved. */
      isResolved: boolean;
      /** @description The user who wrote the reply. */
      author: components["schemas"]["CommentReplyUser"];
      /** @description Users mentioned in the reply. */
      mentionedUsers?: components["schemas"]["CommentReplyUser"][];
      /**
       * Format: date-time
       * @description Date the reply was created.
       */
      createdOn: string;
      /**
       * Format: date-time
       * @description Date the reply was last updated.
       */
      lastUpdated: string;
    };
    /**
     * @description A user in a comment reply (its author or a mentioned user). Unlike CommentThreadUser it is identified by `id`, not `userId`.
     * @example {
     *       "id": "6287ec36a841b25637c663df",
     *       "email": "other@email.com",
     *       "name": "Other Person"
     *     }
     */
    CommentReplyUser: {
      /** @description Unique identifier of the user. */
      id: string;
      /**
       * Format: email
       * @description Email address of the user.
       */
      email: string;
      /** @description Full name of the user. */
      name: string;
    };
    /**
     * @description Response of GET /sites/{site_id}/comments, one page of comment threads.
     * @example {
     *       "comments": [
     *         {
     *           "id": "679a4f4e0a7b6c3b7d4b4e21",
     *           "siteId": "580e63e98c9a982ac9b8b741",
     *           "pageId": "63c720f9347c2139b248e552",
     *           "localeId": null,
     *           "itemId": null,
     *           "breakpoint": "main",
     *           "url": "https://webflow.com/design/api-docs-sample-json?pageId=63c720f9347c2139b248e552&commentId=679a4f4e0a7b6c3b7d4b4e21",
     *           "content": "Can we make this heading bigger?",
     *           "isResolved": false,
     *           "author": {
     *             "userId": "545bbecb7bdd6769632504a7",
     *             "email": "some@email.com",
     *             "name": "Some One"
     *           },
     *           "mentionedUsers": [],
     *           "createdOn": "2025-01-29T15:52:14.000Z",
     *           "lastUpdated": "2025-01-29T15:52:14.000Z"
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    CommentThreadList: {
      /** @description The comment threads of this page. */
      comments: components["schemas"]["CommentThread"][];
      /** @description Paging information of this page of results. */
      pagination: components["schemas"]["Pagination"];
    };
    /**
     * @description Response of GET /sites/{site_id}/comments/{comment_thread_id}/replies, one page of replies. The array is under the key `comments`, not `replies`.
     * @example {
     *       "comments": [
     *         {
     *           "id": "679a4f8e0a7b6c3b7d4b4e31",
     *           "commentId": "679a4f4e0a7b6c3b7d4b4e21",
     *           "siteId": "580e63e98c9a982ac9b8b741",
     *           "pageId": "63c720f9347c2139b248e552",
     *           "breakpoint": "main",
     *           "content": "Done, it is now an H1.",
     *           "isResolved": false,
     *           "author": {
     *             "id": "6287ec36a841b25637c663df",
     *             "email": "other@email.com",
     *             "name": "Other Person"
     *           },
     *           "createdOn": "2025-01-29T16:03:41.000Z",
     *           "lastUpdated": "2025-01-29T16:03:41.000Z"
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    CommentReplyList: {
      /** @description The replies of this page. */
      comments: components["schemas"]["CommentReply"][];
      /** @description Paging information of this page of results. */
      pagination: components["schemas"]["Pagination"];
    };
    /**
     * @description A webhook registered on a site.
     * @example {
     *       "id": "57ca0a9e418c504a6e1acbb6",
     *       "triggerType": "form_submission",
     *       "url": "https://api.example.com/webhooks/webflow",
     *       "workspaceId": "580e63fc8c9a982ac9b8b744",
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "filter": {
     *         "name": "Contact Form"
     *       },
     *       "lastTriggered": "2023-02-08T23:59:28.572Z",
     *       "createdOn": "2023-02-08T23:59:28.572Z"
     *     }
     */
    Webhook: {
      /** @description Unique identifier of the webhook. */
      id: string;
      /** @description The event that fires the webhook: one of the documented TriggerType values, or a newer trigger type this description does not list yet. */
      triggerType: components["schemas"]["TriggerType"] | string;
      /**
       * Format: uri
       * @description URL the webhook events are POSTed to.
       */
      url: string;
      /** @description Unique identifier of the workspace the site belongs to. */
      workspaceId: string;
      /** @description Unique identifier of the site the webhook is registered on. */
      siteId: string;
      /** @description Restricts the webhook to one form; only with triggerType `form_submission`. */
      filter?: components["schemas"]["WebhookFilter"];
      /**
       * Format: date-time
       * @description Date the webhook was last triggered, or null if it never was.
       */
      lastTriggered: string | null;
      /**
       * Format: date-time
       * @description Date the webhook was created.
       */
      createdOn: string;
    };
    /**
     * @description Restricts which events fire the webhook. Only valid with triggerType `form_submission` (limits the webhook to the form with this name); the server rejects a filter on any other trigger type with `incompatible_webhook_filter`.
     * @example {
     *       "name": "Contact Form"
     *     }
     */
    WebhookFilter: {
      /** @description Name of the form whose submissions fire the webhook. */
      name: string;
    };
    /**
     * @description Response of GET /sites/{site_id}/webhooks.
     * @example {
     *       "webhooks": [
     *         {
     *           "id": "57ca0a9e418c504a6e1acbb6",
     *           "triggerType": "form_submission",
     *           "url": "https://api.example.com/webhooks/webflow",
     *           "workspaceId": "580e63fc8c9a982ac9b8b744",
     *           "siteId": "580e63e98c9a982ac9b8b741",
     *           "filter": {
     *             "name": "Contact Form"
     *           },
     *           "lastTriggered": "2023-02-08T23:59:28.572Z",
     *           "createdOn": "2023-02-08T23:59:28.572Z"
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    WebhookList: {
      /** @description The webhooks registered on the site. */
      webhooks: components["schemas"]["Webhook"][];
      /** @description Paging information (the endpoint takes no paging parameters). */
      pagination: components["schemas"]["Pagination"];
    };
    /**
     * @description Body of POST /sites/{site_id}/webhooks. `filter` may only be sent with triggerType `form_submission`. At most 75 webhooks per triggerType per site.
     * @example {
     *       "triggerType": "form_submission",
     *       "url": "https://api.example.com/webhooks/webflow",
     *       "filter": {
     *         "name": "Contact Form"
     *       }
     *     }
     * @example {
     *       "triggerType": "site_publish",
     *       "url": "https://api.example.com/webhooks/webflow"
     *     }
     */
    CreateWebhookRequest: {
      /** @description The event that fires the webhook. */
      triggerType: components["schemas"]["TriggerType"];
      /**
       * Format: uri
       * @description URL the webhook events will be POSTed to.
       */
      url: string;
      /** @description Restricts the webhook to one form; only with triggerType `form_submission`. */
      filter?: components["schemas"]["WebhookFilter"];
    };
    /**
     * @description The event that fires a webhook. Each trigger type needs a scope in addition to the scope of the webhook endpoint itself (see `x-trigger-scopes`).
     * @example form_submission
     * @example collection_item_created
     * @enum {string}
     */
    TriggerType:
      | "form_submission"
      | "site_publish"
      | "page_created"
      | "page_metadata_updated"
      | "page_deleted"
      | "ecomm_new_order"
      | "ecomm_order_changed"
      | "ecomm_inventory_changed"
      | "collection_item_created"
      | "collection_item_changed"
      | "collection_item_deleted"
      | "collection_item_published"
      | "collection_item_unpublished"
      | "comment_created";
  };
  responses: {
    /** @description Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters. */
    BadRequest: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
        "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
        [name: string]: unknown;
      };
      content: {
        /** @example {
         *       "code": "validation_error",
         *       "message": "Validation Error: Provided ID is invalid",
         *       "externalReference": null,
         *       "details": [
         *         {
         *           "param": "site_id",
         *           "description": "Provided ID is invalid"
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`). */
    Unauthorized: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
        "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
        [name: string]: unknown;
      };
      content: {
        /** @example {
         *       "code": "not_authorized",
         *       "message": "Request not authorized",
         *       "externalReference": null,
         *       "details": []
         *     } */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`). */
    Forbidden: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
        "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
        [name: string]: unknown;
      };
      content: {
        /** @example {
         *       "code": "missing_scopes",
         *       "message": "You are missing the following scopes - sites:read",
         *       "externalReference": null,
         *       "details": []
         *     } */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Not found: a resource named in the path does not exist or is not visible to the token (code `resource_not_found`). */
    NotFound: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
        "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
        [name: string]: unknown;
      };
      content: {
        /** @example {
         *       "code": "resource_not_found",
         *       "message": "Requested resource not found: The site cannot be found",
         *       "externalReference": null,
         *       "details": []
         *     } */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Conflict: the request conflicts with the current state of the resource (code `conflict`), e.g. creating a webhook that already exists or exceeds the limit for its trigger type. */
    Conflict: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
        "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
        [name: string]: unknown;
      };
      content: {
        /** @example {
         *       "code": "conflict",
         *       "message": "A webhook with this triggerType and url already exists",
         *       "externalReference": null,
         *       "details": []
         *     } */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying. */
    TooManyRequests: {
      headers: {
        "Retry-After": components["headers"]["Retry-After"];
        "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
        "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
        [name: string]: unknown;
      };
      content: {
        /** @example {
         *       "code": "too_many_requests",
         *       "message": "Too many requests",
         *       "externalReference": null,
         *       "details": []
         *     } */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried. */
    InternalServerError: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
        "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
        [name: string]: unknown;
      };
      content: {
        /** @example {
         *       "code": "internal_error",
         *       "message": "An internal error occurred",
         *       "externalReference": null,
         *       "details": []
         *     } */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later. */
    ServiceUnavailable: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
        "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
        [name: string]: unknown;
      };
      content: {
        /** @example {
         *       "code": "service_unavailable",
         *       "message": "Service temporarily unavailable",
         *       "externalReference": null,
         *       "details": []
         *     } */
        "application/json": components["schemas"]["Error"];
      };
    };
  };
  parameters: {
    /**
     * @description Unique identifier of a site.
     * @example 580e63e98c9a982ac9b8b741
     */
    site_id: string;
    /**
     * @description Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     * @example 653fd9af6a07fc9cfd7a5e56
     */
    localeId: string;
    /**
     * @description Number of items to skip before the first item returned (for paging). Defaults to 0.
     * @example 0
     */
    offset: number;
    /**
     * @description Maximum number of items to return (at most 100). Defaults to 100.
     * @example 100
     */
    limit: number;
    /**
     * @description Field to sort the results by. Only applies together with `sortOrder`; sent alone it has no effect.
     * @example createdOn
     */
    sortBy: "createdOn" | "lastUpdated";
    /**
     * @description Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
     * @example asc
     */
    sortOrder: "asc" | "desc";
    /**
     * @description Unique identifier of a comment thread.
     * @example 679a4f4e0a7b6c3b7d4b4e21
     */
    comment_thread_id: string;
    /**
     * @description Unique identifier of a webhook.
     * @example 57ca0a9e418c504a6e1acbb6
     */
    webhook_id: string;
  };
  requestBodies: never;
  headers: {
    /**
     * @description Number of requests per minute allowed for the API key (60 on Starter and Basic plans, 120 on CMS, eCommerce and Business plans, custom on Enterprise).
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
  getAuthorizedUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user who authorized the token. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "545bbecb7bdd6769632504a7",
           *       "email": "some@email.com",
           *       "firstName": "Some",
           *       "lastName": "One"
           *     } */
          "application/json": components["schemas"]["AuthorizedUser"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  introspectToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Information about the token. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "authorization": {
           *         "id": "55818d58616600637b9a5786",
           *         "createdOn": "2016-10-03T23:12:00.755Z",
           *         "lastUsed": "2016-10-10T21:41:12.736Z",
           *         "grantType": "authorization_code",
           *         "rateLimit": 60,
           *         "scope": "assets:read,assets:write,authorized_user:read,sites:read,sites:write",
           *         "authorizedTo": {
           *           "siteIds": [
           *             "580e63e98c9a982ac9b8b741"
           *           ],
           *           "workspaceIds": [
           *             "580e63fc8c9a982ac9b8b744"
           *           ],
           *           "userIds": [
           *             "545bbecb7bdd6769632504a7"
           *           ]
           *         }
           *       },
           *       "application": {
           *         "id": "55131cd036c09f7d07883dfc",
           *         "description": "OAuth Testing Application",
           *         "homepage": "https://webflow.com",
           *         "displayName": "Test App"
           *       }
           *     } */
          "application/json": components["schemas"]["Introspection"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listSites: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sites the token can access. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "sites": [
           *         {
           *           "id": "580e63e98c9a982ac9b8b741",
           *           "workspaceId": "580e63fc8c9a982ac9b8b744",
           *           "createdOn": "2016-10-24T19:41:29.156Z",
           *           "displayName": "api_docs_sample_json",
           *           "shortName": "api-docs-sample-json",
           *           "lastPublished": "2023-04-02T12:42:00.000Z",
           *           "lastUpdated": "2023-04-02T12:42:00.000Z",
           *           "previewUrl": "https://screenshots.webflow.com/sites/580e63e98c9a982ac9b8b741/20230402124200_a1b2c3.png",
           *           "timeZone": "America/Los_Angeles",
           *           "parentFolderId": null,
           *           "customDomains": [
           *             {
           *               "id": "589a331aa51e760df7ccb89d",
           *               "url": "test-api-domain.com",
           *               "lastPublished": "2023-04-02T12:42:00.000Z"
           *             }
           *           ],
           *           "locales": {
           *             "primary": {
           *               "id": "653fd9af6a07fc9cfd7a5e57",
           *               "cmsLocaleId": "653ad57de882f528b32e810e",
           *               "enabled": false,
           *               "displayName": "English (United States)",
           *               "displayImageId": null,
           *               "redirect": true,
           *               "subdirectory": "",
           *               "tag": "en-US"
           *             },
           *             "secondary": []
           *           },
           *           "dataCollectionEnabled": true,
           *           "dataCollectionType": "always"
           *         }
           *       ]
           *     } */
          "application/json": components["schemas"]["SiteList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getSite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The site. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "580e63e98c9a982ac9b8b741",
           *       "workspaceId": "580e63fc8c9a982ac9b8b744",
           *       "createdOn": "2016-10-24T19:41:29.156Z",
           *       "displayName": "api_docs_sample_json",
           *       "shortName": "api-docs-sample-json",
           *       "lastPublished": "2023-04-02T12:42:00.000Z",
           *       "lastUpdated": "2023-04-02T12:42:00.000Z",
           *       "previewUrl": "https://screenshots.webflow.com/sites/580e63e98c9a982ac9b8b741/20230402124200_a1b2c3.png",
           *       "timeZone": "America/Los_Angeles",
           *       "parentFolderId": null,
           *       "customDomains": [
           *         {
           *           "id": "589a331aa51e760df7ccb89d",
           *           "url": "test-api-domain.com",
           *           "lastPublished": "2023-04-02T12:42:00.000Z"
           *         },
           *         {
           *           "id": "589a331aa51e760df7ccb89e",
           *           "url": "www.test-api-domain.com",
           *           "lastPublished": null
           *         }
           *       ],
           *       "locales": {
           *         "primary": {
           *           "id": "653fd9af6a07fc9cfd7a5e57",
           *           "cmsLocaleId": "653ad57de882f528b32e810e",
           *           "enabled": false,
           *           "displayName": "English (United States)",
           *           "displayImageId": null,
           *           "redirect": true,
           *           "subdirectory": "",
           *           "tag": "en-US"
           *         },
           *         "secondary": [
           *           {
           *             "id": "653fd9af6a07fc9cfd7a5e56",
           *             "cmsLocaleId": "6526f08b7c5cd8b5e2c7b1e2",
           *             "enabled": true,
           *             "displayName": "French (France)",
           *             "displayImageId": null,
           *             "redirect": true,
           *             "subdirectory": "fr-fr",
           *             "tag": "fr-FR"
           *           }
           *         ]
           *       },
           *       "dataCollectionEnabled": true,
           *       "dataCollectionType": "always"
           *     } */
          "application/json": components["schemas"]["Site"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getCustomDomains: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The custom domains of the site. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "customDomains": [
           *         {
           *           "id": "589a331aa51e760df7ccb89d",
           *           "url": "test-api-domain.com",
           *           "lastPublished": "2023-04-02T12:42:00.000Z"
           *         },
           *         {
           *           "id": "589a331aa51e760df7ccb89e",
           *           "url": "www.test-api-domain.com",
           *           "lastPublished": null
           *         }
           *       ]
           *     } */
          "application/json": components["schemas"]["CustomDomainList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  publishSite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
      };
      cookie?: never;
    };
    /** @description The publish targets. */
    requestBody: {
      content: {
        /** @example {
         *       "customDomains": [
         *         "589a331aa51e760df7ccb89d"
         *       ],
         *       "publishToWebflowSubdomain": true
         *     } */
        "application/json": components["schemas"]["PublishSiteRequest"];
      };
    };
    responses: {
      /** @description Publishing was accepted and is in progress. */
      202: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "customDomains": [
           *         {
           *           "id": "589a331aa51e760df7ccb89d",
           *           "url": "test-api-domain.com",
           *           "lastPublished": "2023-04-02T12:42:00.000Z"
           *         }
           *       ],
           *       "publishToWebflowSubdomain": true,
           *       "publishScope": "site"
           *     } */
          "application/json": components["schemas"]["PublishSiteResponse"];
        };
      };
      /** @description The body is invalid: neither `customDomains` nor `publishToWebflowSubdomain` was sent, or a domain ID is unknown (codes `validation_error`, `invalid_domain`, `no_domains`). */
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      /** @description The rate limit is exhausted (code `too_many_requests`). A second publish within a minute of a successful one (one successful publish per minute) is expected to be rejected this way too. Wait for `Retry-After` seconds. */
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listCommentThreads: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
         * @example 653fd9af6a07fc9cfd7a5e56
         */
        localeId?: components["parameters"]["localeId"];
        /**
         * @description Number of items to skip before the first item returned (for paging). Defaults to 0.
         * @example 0
         */
        offset?: components["parameters"]["offset"];
        /**
         * @description Maximum number of items to return (at most 100). Defaults to 100.
         * @example 100
         */
        limit?: components["parameters"]["limit"];
        /**
         * @description Field to sort the results by. Only applies together with `sortOrder`; sent alone it has no effect.
         * @example createdOn
         */
        sortBy?: components["parameters"]["sortBy"];
        /**
         * @description Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
         * @example asc
         */
        sortOrder?: components["parameters"]["sortOrder"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of comment threads. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "comments": [
           *         {
           *           "id": "679a4f4e0a7b6c3b7d4b4e21",
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "pageId": "63c720f9347c2139b248e552",
           *           "localeId": null,
           *           "itemId": null,
           *           "breakpoint": "main",
           *           "url": "https://webflow.com/design/api-docs-sample-json?pageId=63c720f9347c2139b248e552&commentId=679a4f4e0a7b6c3b7d4b4e21",
           *           "content": "Can we make this heading bigger?",
           *           "isResolved": false,
           *           "author": {
           *             "userId": "545bbecb7bdd6769632504a7",
           *             "email": "some@email.com",
           *             "name": "Some One"
           *           },
           *           "mentionedUsers": [
           *             {
           *               "userId": "6287ec36a841b25637c663df",
           *               "email": "other@email.com",
           *               "name": "Other Person"
           *             }
           *           ],
           *           "createdOn": "2025-01-29T15:52:14.000Z",
           *           "lastUpdated": "2025-01-29T15:52:14.000Z"
           *         },
           *         {
           *           "id": "679a50120a7b6c3b7d4b4e40",
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "pageId": "63c720f9347c2139b248e553",
           *           "localeId": "653fd9af6a07fc9cfd7a5e56",
           *           "itemId": "6410d9d5f8cad4c0a3b4f2e1",
           *           "breakpoint": "medium",
           *           "url": "https://webflow.com/design/api-docs-sample-json?pageId=63c720f9347c2139b248e553&commentId=679a50120a7b6c3b7d4b4e40",
           *           "content": "The French title is cut off on tablets.",
           *           "isResolved": true,
           *           "author": {
           *             "userId": "6287ec36a841b25637c663df",
           *             "email": "other@email.com",
           *             "name": "Other Person"
           *           },
           *           "mentionedUsers": [],
           *           "createdOn": "2025-01-29T16:10:02.000Z",
           *           "lastUpdated": "2025-01-30T09:01:45.000Z"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["CommentThreadList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getCommentThread: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
         * @example 653fd9af6a07fc9cfd7a5e56
         */
        localeId?: components["parameters"]["localeId"];
        /**
         * @description Number of items to skip before the first item returned (for paging). Defaults to 0.
         * @example 0
         */
        offset?: components["parameters"]["offset"];
        /**
         * @description Maximum number of items to return (at most 100). Defaults to 100.
         * @example 100
         */
        limit?: components["parameters"]["limit"];
        /**
         * @description Field to sort the results by. Only applies together with `sortOrder`; sent alone it has no effect.
         * @example createdOn
         */
        sortBy?: components["parameters"]["sortBy"];
        /**
         * @description Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
         * @example asc
         */
        sortOrder?: components["parameters"]["sortOrder"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
        /**
         * @description Unique identifier of a comment thread.
         * @example 679a4f4e0a7b6c3b7d4b4e21
         */
        comment_thread_id: components["parameters"]["comment_thread_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The comment thread. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "679a4f4e0a7b6c3b7d4b4e21",
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "pageId": "63c720f9347c2139b248e552",
           *       "localeId": null,
           *       "itemId": null,
           *       "breakpoint": "main",
           *       "url": "https://webflow.com/design/api-docs-sample-json?pageId=63c720f9347c2139b248e552&commentId=679a4f4e0a7b6c3b7d4b4e21",
           *       "content": "Can we make this heading bigger?",
           *       "isResolved": false,
           *       "author": {
           *         "userId": "545bbecb7bdd6769632504a7",
           *         "email": "some@email.com",
           *         "name": "Some One"
           *       },
           *       "mentionedUsers": [
           *         {
           *           "userId": "6287ec36a841b25637c663df",
           *           "email": "other@email.com",
           *           "name": "Other Person"
           *         }
           *       ],
           *       "createdOn": "2025-01-29T15:52:14.000Z",
           *       "lastUpdated": "2025-01-29T15:52:14.000Z"
           *     } */
          "application/json": components["schemas"]["CommentThread"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no comment thread with this `comment_thread_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listCommentReplies: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
         * @example 653fd9af6a07fc9cfd7a5e56
         */
        localeId?: components["parameters"]["localeId"];
        /**
         * @description Number of items to skip before the first item returned (for paging). Defaults to 0.
         * @example 0
         */
        offset?: components["parameters"]["offset"];
        /**
         * @description Maximum number of items to return (at most 100). Defaults to 100.
         * @example 100
         */
        limit?: components["parameters"]["limit"];
        /**
         * @description Field to sort the results by. Only applies together with `sortOrder`; sent alone it has no effect.
         * @example createdOn
         */
        sortBy?: components["parameters"]["sortBy"];
        /**
         * @description Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
         * @example asc
         */
        sortOrder?: components["parameters"]["sortOrder"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
        /**
         * @description Unique identifier of a comment thread.
         * @example 679a4f4e0a7b6c3b7d4b4e21
         */
        comment_thread_id: components["parameters"]["comment_thread_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of replies. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "comments": [
           *         {
           *           "id": "679a4f8e0a7b6c3b7d4b4e31",
           *           "commentId": "679a4f4e0a7b6c3b7d4b4e21",
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "pageId": "63c720f9347c2139b248e552",
           *           "breakpoint": "main",
           *           "content": "Done, it is now an H1.",
           *           "isResolved": false,
           *           "author": {
           *             "id": "6287ec36a841b25637c663df",
           *             "email": "other@email.com",
           *             "name": "Other Person"
           *           },
           *           "mentionedUsers": [
           *             {
           *               "id": "545bbecb7bdd6769632504a7",
           *               "email": "some@email.com",
           *               "name": "Some One"
           *             }
           *           ],
           *           "createdOn": "2025-01-29T16:03:41.000Z",
           *           "lastUpdated": "2025-01-29T16:03:41.000Z"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 1
           *       }
           *     } */
          "application/json": components["schemas"]["CommentReplyList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no comment thread with this `comment_thread_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhooks of the site. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "webhooks": [
           *         {
           *           "id": "57ca0a9e418c504a6e1acbb6",
           *           "triggerType": "form_submission",
           *           "url": "https://api.example.com/webhooks/webflow",
           *           "workspaceId": "580e63fc8c9a982ac9b8b744",
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "filter": {
           *             "name": "Contact Form"
           *           },
           *           "lastTriggered": "2023-02-08T23:59:28.572Z",
           *           "createdOn": "2023-02-08T23:59:28.572Z"
           *         },
           *         {
           *           "id": "57ca0a9e418c504a6e1acbb7",
           *           "triggerType": "collection_item_created",
           *           "url": "https://api.example.com/webhooks/webflow",
           *           "workspaceId": "580e63fc8c9a982ac9b8b744",
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "lastTriggered": "2023-03-01T10:15:00.000Z",
           *           "createdOn": "2023-02-09T08:00:00.000Z"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["WebhookList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
      };
      cookie?: never;
    };
    /** @description The webhook to create. */
    requestBody: {
      content: {
        /** @example {
         *       "triggerType": "form_submission",
         *       "url": "https://api.example.com/webhooks/webflow",
         *       "filter": {
         *         "name": "Contact Form"
         *       }
         *     } */
        "application/json": components["schemas"]["CreateWebhookRequest"];
      };
    };
    responses: {
      /** @description The webhook was created. */
      201: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "57ca0a9e418c504a6e1acbb6",
           *       "triggerType": "form_submission",
           *       "url": "https://api.example.com/webhooks/webflow",
           *       "workspaceId": "580e63fc8c9a982ac9b8b744",
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "filter": {
           *         "name": "Contact Form"
           *       },
           *       "lastTriggered": "2023-02-08T23:59:28.572Z",
           *       "createdOn": "2023-02-08T23:59:28.572Z"
           *     } */
          "application/json": components["schemas"]["Webhook"];
        };
      };
      /** @description The body is invalid (code `validation_error`), the trigger type is not supported (`unsupported_webhook_trigger_type`), or a `filter` was sent with a trigger type other than `form_submission` (`incompatible_webhook_filter`). */
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      /** @description The token lacks `sites:write` or the scope the trigger type needs (code `missing_scopes`), or is not allowed to create webhooks on the site (code `forbidden`). */
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      /** @description The webhook conflicts with existing ones: the same trigger type and URL are already registered, or the site already has 75 webhooks for this trigger type. */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a webhook.
         * @example 57ca0a9e418c504a6e1acbb6
         */
        webhook_id: components["parameters"]["webhook_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "57ca0a9e418c504a6e1acbb7",
           *       "triggerType": "collection_item_created",
           *       "url": "https://api.example.com/webhooks/webflow",
           *       "workspaceId": "580e63fc8c9a982ac9b8b744",
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "lastTriggered": "2023-03-01T10:15:00.000Z",
           *       "createdOn": "2023-02-09T08:00:00.000Z"
           *     } */
          "application/json": components["schemas"]["Webhook"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No webhook with this `webhook_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  removeWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a webhook.
         * @example 57ca0a9e418c504a6e1acbb6
         */
        webhook_id: components["parameters"]["webhook_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook was removed. No content. */
      204: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No webhook with this `webhook_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
}
