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
     * @description List the sites the access token can access. The list is not paginated. Workspace tokens cannot call site endpoints (403).
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
     * @description Get the details of a site.
     */
    get: operations["getSite"];
    put?: never;
    post?: never;
    /**
     * Delete Site
     * @description Delete a site. Answers 204 with no body.
     */
    delete: operations["deleteSite"];
    options?: never;
    head?: never;
    /**
     * Update Site
     * @description Rename a site or move it to another Dashboard folder (or out of its folder with `parentFolderId: null`). Only the fields sent are changed. Answers with the updated site.
     */
    patch: operations["updateSite"];
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
     * @description List the custom domains attached to a site; their IDs are what publishSite takes in `customDomains`.
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
     * @description Publish a site to its custom domains and/or its webflow.io subdomain. At least one of `customDomains` and `publishToWebflowSubdomain` must be sent (the request schema says so; `validatePublishSiteRequest` checks a body before it is sent). A site can be published successfully at most once per minute. Publishing is asynchronous: the API answers 202 Accepted.
     */
    post: operations["publishSite"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workspaces/{workspace_id}/sites": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a workspace.
         * @example 580e63fc8c9a982ac9b8b744
         */
        workspace_id: components["parameters"]["workspace_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create Site
     * @description Create a site in a workspace, blank or from a template, optionally in a Dashboard folder. Answers 201 with the new site.
     */
    post: operations["createSite"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/plan": {
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
     * Get Site Plan
     * @description Get the hosting plan of a site.
     */
    get: operations["getSitePlan"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/activity_logs": {
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
     * Get Site Activity Logs
     * @description List the activity log of a site (changes made in the Designer, publishes, CMS changes, backups, branches, locales...), one page at a time (`offset` and `limit`, at most 100 per page). The `event` of an entry may be a value this description does not list yet.
     */
    get: operations["listSiteActivityLogs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/redirects": {
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
     * Get 301 redirects
     * @description List the 301 redirects of a site. The endpoint takes no paging parameters; the response may still carry `pagination`.
     */
    get: operations["listRedirects"];
    put?: never;
    /**
     * Create a 301 redirect
     * @description Add a 301 redirect to a site, from a path of the site to another path or URL. Answers 200 with the new redirect.
     */
    post: operations["createRedirect"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/redirects/{redirect_id}": {
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
         * @description Unique identifier of a 301 redirect.
         * @example 66c4cb9a20cac35ed19995e5
         */
        redirect_id: components["parameters"]["redirect_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete 301 redirects
     * @description Delete a 301 redirect. Answers 200 with the redirects of the site that remain.
     */
    delete: operations["deleteRedirect"];
    options?: never;
    head?: never;
    /**
     * Update 301 redirect
     * @description Change the source or the target of a 301 redirect. Only the fields sent are changed. Answers with the updated redirect.
     */
    patch: operations["updateRedirect"];
    trace?: never;
  };
  "/sites/{site_id}/robots_txt": {
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
     * Get robots.txt
     * @description Get the robots.txt rules and sitemap URL of a site.
     */
    get: operations["getRobotsTxt"];
    /**
     * Replace robots.txt
     * @description Replace the whole robots.txt of a site with the rules and sitemap URL sent. Answers with the resulting robots.txt.
     */
    put: operations["replaceRobotsTxt"];
    post?: never;
    /**
     * Delete robots.txt
     * @description Remove the rules (and sitemap URL) sent from the robots.txt of a site. Answers with the resulting robots.txt.
     */
    delete: operations["deleteRobotsTxt"];
    options?: never;
    head?: never;
    /**
     * Update robots.txt
     * @description Update the robots.txt of a site with the rules and sitemap URL sent, keeping what is not sent. Answers with the resulting robots.txt. Required scope: `site_config:write`.
     */
    patch: operations["updateRobotsTxt"];
    trace?: never;
  };
  "/sites/{site_id}/well_known": {
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
    /**
     * Set a well-known file
     * @description Create or replace a file served at `/.well-known/<fileName>` on the site's domains (for example `apple-app-site-association` or `security.txt`). Answers 201 with no body.
     */
    put: operations["setWellKnownFile"];
    post?: never;
    /**
     * Delete a well-known file
     * @description Delete files served under `/.well-known/` on a site, named in the body. Answers 204 with no body.
     */
    delete: operations["deleteWellKnownFiles"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/integrations/google_tags": {
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
     * List Google Tags
     * @description List the Google tags (Google Analytics, Google Ads... tag IDs) installed on a site.
     */
    get: operations["listGoogleTags"];
    put?: never;
    post?: never;
    /**
     * Delete Google Tags
     * @description Remove every Google tag installed on a site. Answers 204 with no body.
     */
    delete: operations["deleteAllGoogleTags"];
    options?: never;
    head?: never;
    /**
     * Update Google Tag
     * @description Update the Google tags installed on a site with the tags sent. Answers with the Google tags of the site after the change.
     */
    patch: operations["updateGoogleTags"];
    trace?: never;
  };
  "/sites/{site_id}/integrations/google_tags/{tag_id}": {
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
         * @description A Google tag ID installed on the site (for example `G-7B3C9D2E1F`).
         * @example G-7B3C9D2E1F
         */
        tag_id: components["parameters"]["tag_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete Google Tag
     * @description Remove one Google tag from a site. Answers 200 with the Google tags that remain.
     */
    delete: operations["deleteGoogleTag"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workspaces/{workspace_id_or_slug}/audit_logs": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier or slug of a workspace.
         * @example 580e63fc8c9a982ac9b8b744
         */
        workspace_id_or_slug: components["parameters"]["workspace_id_or_slug"];
      };
      cookie?: never;
    };
    /**
     * Get Workspace Audit Logs
     * @description List the audit log of a workspace (sign-ins, membership and role changes, invitations, setting changes), one page at a time (`offset` and `limit`, at most 100 per page), optionally of one `eventType` and within a `from`/`to` time window, sorted by `sortOrder`. Each event is one of the AuditLogEvent variants, discriminated on `eventType`; an event type this description does not know yet comes as an UnknownAuditEvent. Required scope: `workspace_activity:read` (a workspace-level scope: workspace tokens and Data Client apps with workspace access).
     */
    get: operations["listWorkspaceAuditLogs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/pages": {
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
     * List Pages
     * @description List the pages of a site with their metadata, one page of results at a time (`offset` and `limit`, at most 100 per page). With `localeId` the metadata of that locale is returned.
     */
    get: operations["listPages"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/pages/{page_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a page.
         * @example 63c720f9347c2139b248e552
         */
        page_id: components["parameters"]["page_id"];
      };
      cookie?: never;
    };
    /**
     * Get Page Metadata
     * @description Get the metadata of a page (title, slug, SEO and Open Graph settings...). With `localeId` the metadata of that locale is returned.
     */
    get: operations["getPageMetadata"];
    /**
     * Update Page Metadata
     * @description Update the metadata of a page (title, slug, SEO and Open Graph settings); fields not sent are left as they are. With `localeId` the metadata of that locale is updated. Answers with the updated page.
     */
    put: operations["updatePageMetadata"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/pages/{page_id}/dom": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a page.
         * @example 63c720f9347c2139b248e552
         */
        page_id: components["parameters"]["page_id"];
      };
      cookie?: never;
    };
    /**
     * Get Page Content
     * @description Get the static content of a page as a list of nodes (text, images, form fields, component instances...), one page of results at a time (`offset` and `limit`, at most 100 per page). With `localeId` the content of that locale is returned. Nodes of a type this description does not document are returned as UnknownDomNode.
     */
    get: operations["getPageContent"];
    put?: never;
    /**
     * Update Page Content
     * @description Update the static content of a page in one locale (`localeId`, required): for each node, identified by `nodeId`, send the new content its type takes (see DomNodeUpdate). The response lists in `errors` the updates that could not be applied.
     */
    post: operations["updatePageContent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/components": {
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
     * List Components
     * @description List the components of a site, one page of results at a time (`offset` and `limit`, at most 100 per page). With `branchId` the components of that branch are listed.
     */
    get: operations["listComponents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/components/{component_id}/dom": {
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
         * @description Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
         * @example 5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12
         */
        component_id: components["parameters"]["component_id"];
      };
      cookie?: never;
    };
    /**
     * Get Component Content
     * @description Get the static content of a component as a list of nodes (the same node types as getPageContent), one page of results at a time (`offset` and `limit`, at most 100 per page). With `localeId` the content of that locale is returned, with `branchId` the content on that branch.
     */
    get: operations["getComponentContent"];
    put?: never;
    /**
     * Update Component Content
     * @description Update the static content of a component: for each node, identified by `nodeId`, send the new content its type takes (see DomNodeUpdate). With `localeId` the content of that locale is updated, with `branchId` the content on that branch. The response lists in `errors` the updates that could not be applied.
     */
    post: operations["updateComponentContent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/components/{component_id}/properties": {
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
         * @description Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
         * @example 5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12
         */
        component_id: components["parameters"]["component_id"];
      };
      cookie?: never;
    };
    /**
     * Get Component Properties
     * @description Get the text properties of a component with their default values, one page of results at a time (`offset` and `limit`, at most 100 per page). With `localeId` the values of that locale are returned, with `branchId` the values on that branch.
     */
    get: operations["getComponentProperties"];
    put?: never;
    /**
     * Update Component Properties
     * @description Update the default values of text properties of a component. With `localeId` the values of that locale are updated, with `branchId` the values on that branch. The response lists in `errors` the updates that could not be applied.
     */
    post: operations["updateComponentProperties"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/registered_scripts": {
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
     * Get Registered Scripts
     * @description List the scripts registered on a site (the scripts that can be applied as custom code). The endpoint takes no paging parameters; the response still carries `pagination`. Required scope: `custom_code:read` (Data Client apps only; site tokens cannot use custom code endpoints).
     */
    get: operations["listRegisteredScripts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/registered_scripts/hosted": {
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
     * Register Script - Hosted
     * @description Register a script hosted at a URL of your own on a site, so that it can be applied to the site or its pages (see client.customCode). Answers 201 with the registered script. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
     */
    post: operations["registerHostedScript"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/registered_scripts/inline": {
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
     * Register Script - Inline
     * @description Register JavaScript source code on a site; Webflow hosts it and the registered script (with its `hostedLocation`) can then be applied to the site or its pages (see client.customCode). Answers 201 with the registered script. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
     */
    post: operations["registerInlineScript"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/custom_code": {
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
     * Get Site Custom Code
     * @description Get the registered scripts applied to a site as custom code. Required scope: `custom_code:read` (Data Client apps only; site tokens cannot use custom code endpoints).
     */
    get: operations["getSiteCustomCode"];
    /**
     * Add/Update Site Custom Code
     * @description Apply registered scripts to a site as custom code (add them, or change their version, location or attributes). The scripts must have been registered first (see client.scripts). Answers with the custom code of the site. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
     */
    put: operations["upsertSiteCustomCode"];
    post?: never;
    /**
     * Delete Site Custom Code
     * @description Remove the custom code (the applied scripts) of a site. Answers 204 with no body. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
     */
    delete: operations["deleteSiteCustomCode"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/custom_code/blocks": {
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
     * List Custom Code Blocks
     * @description List the custom code applied across a site, one block for the site itself and one for each page that has custom code, one page of results at a time (`offset` and `limit`, at most 100 per page). Required scope: `custom_code:read` (Data Client apps only; site tokens cannot use custom code endpoints).
     */
    get: operations["listCustomCodeBlocks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/pages/{page_id}/custom_code": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a page.
         * @example 63c720f9347c2139b248e552
         */
        page_id: components["parameters"]["page_id"];
      };
      cookie?: never;
    };
    /**
     * Get Page Custom Code
     * @description Get the registered scripts applied to a page as custom code. Required scope: `custom_code:read` (Data Client apps only; site tokens cannot use custom code endpoints).
     */
    get: operations["getPageCustomCode"];
    /**
     * Add/Update Page Custom Code
     * @description Apply registered scripts to a page as custom code (add them, or change their version, location or attributes). The scripts must have been registered first (see client.scripts). Answers with the custom code of the page. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
     */
    put: operations["upsertPageCustomCode"];
    post?: never;
    /**
     * Delete Page Custom Code
     * @description Remove the custom code (the applied scripts) of a page. Answers 204 with no body. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
     */
    delete: operations["deletePageCustomCode"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/collections": {
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
     * List Collections
     * @description List the CMS collections of a site, without their fields (see getCollection for those). The list is not paginated.
     */
    get: operations["listCollections"];
    put?: never;
    /**
     * Create Collection
     * @description Create a CMS collection on a site, optionally with custom fields. Every collection gets the built-in `name` and `slug` fields automatically; their `displayName` can be changed later but not their slug. Field slugs are lowercased and spaces in them become hyphens.
     */
    post: operations["createCollection"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/collections/{collection_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    /**
     * Get Collection Details
     * @description Get a CMS collection with all its fields.
     */
    get: operations["getCollection"];
    put?: never;
    post?: never;
    /**
     * Delete Collection
     * @description Delete a CMS collection with all its items. Answers 204 with no body.
     */
    delete: operations["deleteCollection"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/collections/{collection_id}/fields": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create Collection Field
     * @description Create one custom field in a collection: a static field, an Option field (with its options) or a Reference/MultiReference field (with the referenced collection). Several fields cannot be created in one request here (send them in `fields` when creating the collection), and field validations cannot be set through the API.
     */
    post: operations["createCollectionField"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/collections/{collection_id}/fields/{field_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
        /**
         * @description Unique identifier of a field of the collection.
         * @example 7f15043107e2fc95644e9380
         */
        field_id: components["parameters"]["field_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete Collection Field
     * @description Delete a custom field of a collection (one field per request). Answers 204 with no body.
     */
    delete: operations["deleteCollectionField"];
    options?: never;
    head?: never;
    /**
     * Update Collection Field
     * @description Update a custom field of a collection: whether it is required, its display name and its help text. Only the properties sent are changed.
     */
    patch: operations["updateCollectionField"];
    trace?: never;
  };
  "/collections/{collection_id}/items": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    /**
     * List Collection Items
     * @description List the staged items of a collection (drafts and published items as last saved), one page at a time (`offset` and `limit`, at most 100 per page), optionally filtered by name, slug or dates and sorted. Without `cmsLocaleId` the items of the primary locale are listed. Required scope: `cms:read`.
     */
    get: operations["listCollectionItems"];
    put?: never;
    /**
     * Create Collection Item(s)
     * @description Create one staged item, or several at once (`items`), in a collection. Without `cmsLocaleId` an item is created in the primary locale; to create items in several locales at once use createBulk (POST .../items/bulk). The API answers 202 with the created item(s).
     */
    post: operations["createCollectionItems"];
    /**
     * Delete Collection Items
     * @description Delete items of a collection. An item is deleted in the primary locale only unless its `cmsLocaleIds` are sent. Answers 204 with no body.
     */
    delete: operations["deleteCollectionItems"];
    options?: never;
    head?: never;
    /**
     * Update Collection Items
     * @description Update up to 100 staged items of a collection, each named by `id`; only the properties and field values sent are changed. An item is updated in the primary locale unless its `cmsLocaleId` is sent.
     */
    patch: operations["updateCollectionItems"];
    trace?: never;
  };
  "/collections/{collection_id}/items/live": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    /**
     * List Live Collection Items
     * @description List the published (live) items of a collection, one page at a time (`offset` and `limit`, at most 100 per page), optionally filtered by name, slug or dates and sorted. Without `cmsLocaleId` the items of the primary locale are listed.
     */
    get: operations["listLiveCollectionItems"];
    put?: never;
    /**
     * Create Live Collection Item(s)
     * @description Create one item, or several at once (`items`), in a collection and publish them to the live site right away. Without `cmsLocaleId` an item is created in the primary locale; to create items in several locales at once use createBulk (POST .../items/bulk). The API answers 202 with the created item(s).
     */
    post: operations["createLiveCollectionItems"];
    /**
     * Unpublish Live Collection Items
     * @description Unpublish up to 100 items from the live site and set their `isDraft` to true; the staged items are kept. An item is unpublished in the primary locale only unless its `cmsLocaleIds` are sent. Answers 204 with no body.
     */
    delete: operations["unpublishLiveCollectionItems"];
    options?: never;
    head?: never;
    /**
     * Update Live Collection Items
     * @description Update up to 100 published items of a collection, each named by `id`, and publish the changes to the live site; only the properties and field values sent are changed. An item is updated in the primary locale unless its `cmsLocaleId` is sent.
     */
    patch: operations["updateLiveCollectionItems"];
    trace?: never;
  };
  "/collections/{collection_id}/items/bulk": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create Collection Items
     * @description Create one staged item, or up to 100 (`fieldData` as a list), in each of several CMS locales (`cmsLocaleIds`); without `cmsLocaleIds` in the primary locale only. The API answers 202.
     */
    post: operations["bulkCreateCollectionItems"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/collections/{collection_id}/items/publish": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish Collection Item
     * @description Publish staged items of a collection to the live site: by ID (`itemIds`, primary locale), or with the CMS locales to publish each in (`items`). The API answers 202 with the IDs published and any errors.
     */
    post: operations["publishCollectionItems"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/collections/{collection_id}/items/{item_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
        /**
         * @description Unique identifier of an item of the collection.
         * @example 580e64008c9a982ac9b8b754
         */
        item_id: components["parameters"]["item_id"];
      };
      cookie?: never;
    };
    /**
     * Get Collection Item
     * @description Get a staged item of a collection. Without `cmsLocaleId` the primary locale's version is returned.
     */
    get: operations["getCollectionItem"];
    put?: never;
    post?: never;
    /**
     * Delete Collection Item
     * @description Delete an item of a collection. Without `cmsLocaleId` the item is deleted in the primary locale only. Answers 204 with no body. Required scope: `cms:write`.
     */
    delete: operations["deleteCollectionItem"];
    options?: never;
    head?: never;
    /**
     * Update Collection Item
     * @description Update a staged item of a collection; only the properties and field values sent are changed. Without `cmsLocaleId` in the body the primary locale is updated.
     */
    patch: operations["updateCollectionItem"];
    trace?: never;
  };
  "/collections/{collection_id}/items/{item_id}/live": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
        /**
         * @description Unique identifier of an item of the collection.
         * @example 580e64008c9a982ac9b8b754
         */
        item_id: components["parameters"]["item_id"];
      };
      cookie?: never;
    };
    /**
     * Get Live Collection Item
     * @description Get the published (live) version of an item of a collection. Without `cmsLocaleId` the primary locale's version is returned. Required scope: `cms:read`.
     */
    get: operations["getLiveCollectionItem"];
    put?: never;
    post?: never;
    /**
     * Unpublish Live Collection Item
     * @description Unpublish an item from the live site and set its `isDraft` to true; the staged item is kept. Without `cmsLocaleId` the item is unpublished in the primary locale only. Answers 204 with no body.
     */
    delete: operations["unpublishLiveCollectionItem"];
    options?: never;
    head?: never;
    /**
     * Update Live Collection Item
     * @description Update a published item of a collection and publish the changes to the live site; only the properties and field values sent are changed. Without `cmsLocaleId` in the body the primary locale is updated.
     */
    patch: operations["updateLiveCollectionItem"];
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
     * @description List the comment threads of a site, one page at a time (`offset` and `limit`, at most 100 per page). `sortBy` only applies together with `sortOrder`.
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
     * @description Get a comment thread of a site. Takes the same query parameters as listCommentThreads.
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
  "/sites/{site_id}/assets": {
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
     * List Assets
     * @description List the assets (images and files) of a site, one page at a time (`offset` and `limit`, at most 100 per page), optionally only those of one folder (`folderId`).
     */
    get: operations["listAssets"];
    put?: never;
    /**
     * Upload Asset
     * @description Start uploading an asset to a site. Send the file's name and the MD5 hash of its content; the response holds the new asset's ID and an S3 upload target. Finish the upload by POSTing the file as `multipart/form-data` to `uploadUrl` with every `uploadDetails` field as a form field.
     */
    post: operations["uploadAsset"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/assets/{asset_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of an asset.
         * @example 63e5889e7fe4eafa7384cea4
         */
        asset_id: components["parameters"]["asset_id"];
      };
      cookie?: never;
    };
    /**
     * Get Asset
     * @description Get an asset.
     */
    get: operations["getAsset"];
    put?: never;
    post?: never;
    /**
     * Delete Asset
     * @description Delete an asset.
     */
    delete: operations["deleteAsset"];
    options?: never;
    head?: never;
    /**
     * Update Asset
     * @description Update the display name and/or the alternative text of an asset; only the fields sent are changed. With `localeId` the alternative text of that locale is updated.
     */
    patch: operations["updateAsset"];
    trace?: never;
  };
  "/sites/{site_id}/asset_folders": {
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
     * List Asset Folders
     * @description List the asset folders of a site. The endpoint takes no paging parameters.
     */
    get: operations["listAssetFolders"];
    put?: never;
    /**
     * Create Asset Folder
     * @description Create an asset folder on a site, at the top level or inside another folder (`parentFolder`).
     */
    post: operations["createAssetFolder"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/asset_folders/{asset_folder_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of an asset folder.
         * @example 6390c49774a71f0e3c1a08ee
         */
        asset_folder_id: components["parameters"]["asset_folder_id"];
      };
      cookie?: never;
    };
    /**
     * Get Asset Folder
     * @description Get an asset folder and the IDs of the assets in it.
     */
    get: operations["getAssetFolder"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/custom_fonts": {
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
     * List Custom Fonts
     * @description List the custom fonts of a site, one page at a time (`offset` and `limit`, at most 100 per page).
     */
    get: operations["listCustomFonts"];
    put?: never;
    /**
     * Create Custom Font
     * @description Create a custom font on a site. Send the font's settings and the name and MD5 hash of its file; the API answers 202 Accepted with the font's record and an S3 upload target. Finish by POSTing the file as `multipart/form-data` to `upload.url` with every `upload.fields` entry as a form field, before `upload.expiresAt`.
     */
    post: operations["createCustomFont"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/custom_fonts/{font_id}": {
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
         * @description Unique identifier of a custom font.
         * @example 66f5a7e1c2b3d4e5f6a7b8c9
         */
        font_id: components["parameters"]["font_id"];
      };
      cookie?: never;
    };
    /**
     * Get Custom Font
     * @description Get a custom font of a site.
     */
    get: operations["getCustomFont"];
    put?: never;
    post?: never;
    /**
     * Delete Custom Font
     * @description Delete a custom font of a site.
     */
    delete: operations["deleteCustomFont"];
    options?: never;
    head?: never;
    /**
     * Update Custom Font
     * @description Update the settings of a custom font (family name, weight, style, display strategy); only the fields sent are changed. To change the font file, use replaceCustomFontFile.
     */
    patch: operations["updateCustomFont"];
    trace?: never;
  };
  "/sites/{site_id}/custom_fonts/{font_id}/file": {
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
         * @description Unique identifier of a custom font.
         * @example 66f5a7e1c2b3d4e5f6a7b8c9
         */
        font_id: components["parameters"]["font_id"];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Replace Custom Font File
     * @description Replace the file of a custom font, keeping its ID and settings. Send the name and MD5 hash of the new file; the API answers 202 Accepted with an S3 upload target to POST the new file to, as for createCustomFont.
     */
    put: operations["replaceCustomFontFile"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/custom_fonts/batchDelete": {
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
     * Batch Delete Custom Fonts
     * @description Delete several custom fonts of a site in one request. The response lists the fonts that were deleted and those that could not be, with the reason; a font that could not be deleted does not fail the request.
     */
    post: operations["batchDeleteCustomFonts"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/forms": {
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
     * List Forms
     * @description List the forms of a site, one page at a time (`offset` and `limit`, at most 100 per page).
     */
    get: operations["listForms"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/forms/{form_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a form.
         * @example 6321ca84df3949bfc6752327
         */
        form_id: components["parameters"]["form_id"];
      };
      cookie?: never;
    };
    /**
     * Get Form Schema
     * @description Get a form and its schema: its fields and response settings. Required scope: `forms:read`.
     */
    get: operations["getForm"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/forms/{form_id}/submissions": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a form.
         * @example 6321ca84df3949bfc6752327
         */
        form_id: components["parameters"]["form_id"];
      };
      cookie?: never;
    };
    /**
     * List Form Submissions
     * @description List the submissions of a form, one page at a time (`offset` and `limit`, at most 100 per page). The same list is available under the site as listFormSubmissionsBySiteAndForm.
     */
    get: operations["listFormSubmissions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/form_submissions/{form_submission_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a form submission.
         * @example 6321ca84df3949bfc6752329
         */
        form_submission_id: components["parameters"]["form_submission_id"];
      };
      cookie?: never;
    };
    /**
     * Get Form Submission
     * @description Get a form submission.
     */
    get: operations["getFormSubmission"];
    put?: never;
    post?: never;
    /**
     * Delete Form Submission
     * @description Delete a form submission.
     */
    delete: operations["deleteFormSubmission"];
    options?: never;
    head?: never;
    /**
     * Modify Form Submission
     * @description Modify the submitted values of a form submission.
     */
    patch: operations["updateFormSubmission"];
    trace?: never;
  };
  "/sites/{site_id}/form_submissions": {
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
     * List Form Submissions by Site
     * @description List the form submissions of a site across all its forms, one page at a time (`offset` and `limit`, at most 100 per page), optionally only those of one form element (`elementId`).
     */
    get: operations["listFormSubmissionsBySite"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/forms/{form_id}/submissions": {
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
         * @description Unique identifier of a form.
         * @example 6321ca84df3949bfc6752327
         */
        form_id: components["parameters"]["form_id"];
      };
      cookie?: never;
    };
    /**
     * List Form Submissions by Site and Form
     * @description List the submissions of one form of a site, one page at a time (`offset` and `limit`, at most 100 per page).
     */
    get: operations["listFormSubmissionsBySiteAndForm"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/form_submissions/{form_submission_id}": {
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
         * @description Unique identifier of a form submission.
         * @example 6321ca84df3949bfc6752329
         */
        form_submission_id: components["parameters"]["form_submission_id"];
      };
      cookie?: never;
    };
    /**
     * Get Form Submission by Site
     * @description Get a form submission of a site.
     */
    get: operations["getFormSubmissionBySite"];
    put?: never;
    post?: never;
    /**
     * Delete Form Submission by Site
     * @description Delete a form submission of a site.
     */
    delete: operations["deleteFormSubmissionBySite"];
    options?: never;
    head?: never;
    /**
     * Modify Form Submission by Site
     * @description Modify the submitted values of a form submission of a site. Required scope: `forms:write`.
     */
    patch: operations["updateFormSubmissionBySite"];
    trace?: never;
  };
  "/sites/{site_id}/products": {
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
     * List Products & SKUs
     * @description List the ecommerce products of a site, each with its SKUs, one page at a time (`offset` and `limit`, at most 100 per page).
     */
    get: operations["listProducts"];
    put?: never;
    /**
     * Create Product & SKU
     * @description Create a product and its default SKU. To give the product variants, define its `sku-properties` here, then add the other SKUs with createSkus. `publishStatus` chooses between staging the product and publishing it live.
     */
    post: operations["createProduct"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/products/{product_id}": {
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
         * @description Unique identifier of a product.
         * @example 660eb7a486d1d6e0412292d7
         */
        product_id: components["parameters"]["product_id"];
      };
      cookie?: never;
    };
    /**
     * Get Product and SKUs
     * @description Get a product and its SKUs.
     */
    get: operations["getProduct"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update Product
     * @description Update a product and, optionally, its default SKU. Only the fields sent change. `publishStatus` chooses between staging the change and publishing it live. Answers with the product (without its SKUs).
     */
    patch: operations["updateProduct"];
    trace?: never;
  };
  "/sites/{site_id}/products/{product_id}/skus": {
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
         * @description Unique identifier of a product.
         * @example 660eb7a486d1d6e0412292d7
         */
        product_id: components["parameters"]["product_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create SKUs
     * @description Add SKUs (variants) to a product. Each SKU's `sku-values` picks one value of each of the product's `sku-properties`. `publishStatus` chooses between staging the SKUs and publishing them live.
     */
    post: operations["createSkus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/products/{product_id}/skus/{sku_id}": {
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
         * @description Unique identifier of a product.
         * @example 660eb7a486d1d6e0412292d7
         */
        product_id: components["parameters"]["product_id"];
        /**
         * @description Unique identifier of a SKU (an item of the site's SKUs collection).
         * @example 660eb7a486d1d6e0412292e5
         */
        sku_id: components["parameters"]["sku_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update SKU
     * @description Update a SKU of a product. `publishStatus` chooses between staging the change and publishing it live.
     */
    patch: operations["updateSku"];
    trace?: never;
  };
  "/sites/{site_id}/orders": {
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
     * List Orders
     * @description List the ecommerce orders of a site, optionally only those with one status, one page at a time (`offset` and `limit`, at most 100 per page).
     */
    get: operations["listOrders"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/orders/{order_id}": {
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
         * @description Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
         * @example dfa-3f1
         */
        order_id: components["parameters"]["order_id"];
      };
      cookie?: never;
    };
    /**
     * Get Order
     * @description Get an order.
     */
    get: operations["getOrder"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update Order
     * @description Set the merchant comment and the shipping details (carrier, tracking number, tracking URL) of an order. Only the fields sent change.
     */
    patch: operations["updateOrder"];
    trace?: never;
  };
  "/sites/{site_id}/orders/{order_id}/fulfill": {
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
         * @description Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
         * @example dfa-3f1
         */
        order_id: components["parameters"]["order_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Fulfill Order
     * @description Mark an order as fulfilled, optionally emailing the customer. The body is optional.
     */
    post: operations["fulfillOrder"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/orders/{order_id}/unfulfill": {
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
         * @description Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
         * @example dfa-3f1
         */
        order_id: components["parameters"]["order_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Unfulfill Order
     * @description Mark a fulfilled order as unfulfilled again. Takes no body. Required scope: `ecommerce:write`.
     */
    post: operations["unfulfillOrder"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sites/{site_id}/orders/{order_id}/refund": {
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
         * @description Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
         * @example dfa-3f1
         */
        order_id: components["parameters"]["order_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refund Order
     * @description Refund an order in full through its payment processor, optionally giving a reason. The body is optional.
     */
    post: operations["refundOrder"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/collections/{sku_collection_id}/items/{sku_id}/inventory": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of the site's SKUs collection.
         * @example 6377a7c4b7a79608c34a46f7
         */
        sku_collection_id: components["parameters"]["sku_collection_id"];
        /**
         * @description Unique identifier of a SKU (an item of the site's SKUs collection).
         * @example 660eb7a486d1d6e0412292e5
         */
        sku_id: components["parameters"]["sku_id"];
      };
      cookie?: never;
    };
    /**
     * List Inventory
     * @description Get the inventory of a SKU: whether its stock is tracked and how many units are in stock. The SKU is addressed as an item of the site's SKUs collection.
     */
    get: operations["getInventory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update Item Inventory
     * @description Update the inventory of a SKU: set its inventory type and either set the stock (`quantity`) or change it by an amount (`updateQuantity`, negative to subtract).
     */
    patch: operations["updateInventory"];
    trace?: never;
  };
  "/sites/{site_id}/ecommerce/settings": {
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
     * Get Ecommerce Settings
     * @description Get the ecommerce settings of a site, such as its default currency.
     */
    get: operations["getEcommerceSettings"];
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
     * @description List the webhooks registered on a site. The endpoint takes no paging parameters; the response still carries `pagination`.
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
     * @description Get a webhook.
     */
    get: operations["getWebhook"];
    put?: never;
    post?: never;
    /**
     * Remove Webhook
     * @description Remove a webhook. Answers 204 with no body. Required scope: `sites:write` (the documentation text and the reference's scope column say `sites:read`; see x-decision).
     */
    delete: operations["removeWebhook"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  form_submission: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Form Submission
     * @description A form on the site was submitted. Webflow POSTs this body to the URL of every webhook of trigger type `form_submission`, signed with `x-webflow-signature` over `x-webflow-timestamp`.
     */
    post: operations["onFormSubmission"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  site_publish: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Site Publish
     * @description The site was published. Webflow POSTs this body to the URL of every webhook of trigger type `site_publish`, signed with `x-webflow-signature` over `x-webflow-timestamp`.
     */
    post: operations["onSitePublish"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  page_created: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Page Created
     * @description A page was created. Webflow POSTs this body to the URL of every webhook of trigger type `page_created`, signed with `x-webflow-signature` over `x-webflow-timestamp`.
     */
    post: operations["onPageCreated"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  page_metadata_updated: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Page Metadata Updated
     * @description The metadata (title, slug, SEO or Open Graph settings) of a page was updated. Webflow POSTs this body to the URL of every webhook of trigger type `page_metadata_updated`, signed with `x-webflow-signature` over `x-webflow-timestamp`.
     */
    post: operations["onPageMetadataUpdated"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  page_deleted: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Page Deleted
     * @description A page was deleted. Webflow POSTs this body to the URL of every webhook of trigger type `page_deleted`, signed with `x-webflow-signature` over `x-webflow-timestamp`.
     */
    post: operations["onPageDeleted"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  ecomm_new_order: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * New eComm Order
     * @description A new ecommerce order was placed. Webflow POSTs this body to the URL of every webhook of trigger type `ecomm_new_order`, signed with `x-webflow-signature` over `x-webflow-timestamp`.
     */
    post: operations["onEcommNewOrder"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  ecomm_order_changed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Updated eComm Order
     * @description An ecommerce order changed. Webflow POSTs this body to the URL of every webhook of trigger type `ecomm_order_changed`, signed with `x-webflow-signature` over `x-webflow-timestamp`.
     */
    post: operations["onEcommOrderChanged"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  ecomm_inventory_changed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Updated eComm Inventory
     * @description The inventory of an ecommerce product changed. Webflow POSTs this body to the URL of every webhook of trigger type `ecomm_inventory_changed`, signed with `x-webflow-signature` over `x-webflow-timestamp`.
     */
    post: operations["onEcommInventoryChanged"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  collection_item_created: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Collection Item Created
     * @description A CMS collection item was created. Webflow POSTs this body to the URL of every webhook of trigger type `collection_item_created`, signed with `x-webflow-signature` over `x-webflow-timestamp`.
     */
    post: operations["onCollectionItemCreated"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  collection_item_changed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Collection Item Updated
     * @description A CMS collection item changed. Webflow POSTs this body to the URL of every webhook of trigger type `collection_item_changed`, signed with `x-webflow-signature` over `x-webflow-timestamp`.
     */
    post: operations["onCollectionItemChanged"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  collection_item_deleted: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Collection Item Deleted
     * @description A CMS collection item was deleted. Webflow POSTs this body to the URL of every webhook of trigger type `collection_item_deleted`, signed with `x-webflow-signature` over `x-webflow-timestamp`.
     */
    post: operations["onCollectionItemDeleted"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  collection_item_published: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Collection Item Published
     * @description A CMS collection item was published. Webflow POSTs this body to the URL of every webhook of trigger type `collection_item_published`, signed with `x-webflow-signature` over `x-webflow-timestamp`.
     */
    post: operations["onCollectionItemPublished"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  collection_item_unpublished: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Collection Item Unpublished
     * @description A CMS collection item was unpublished. Webflow POSTs this body to the URL of every webhook of trigger type `collection_item_unpublished`, signed with `x-webflow-signature` over `x-webflow-timestamp`.
     */
    post: operations["onCollectionItemUnpublished"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  comment_created: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * New Comment Thread
     * @description A comment was created. Webflow POSTs this body to the URL of every webhook of trigger type `comment_created`, signed with `x-webflow-signature` over `x-webflow-timestamp`.
     */
    post: operations["onCommentCreated"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
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
      details?: ((string & {}) | components["schemas"]["ErrorDetail"])[];
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
      | (string & {});
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
      id?: string;
      /**
       * Format: email
       * @description Email address of the user.
       */
      email?: string;
      /** @description First name of the user. */
      firstName?: string;
      /** @description Last name of the user. */
      lastName?: string;
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
      authorization?: components["schemas"]["Authorization"];
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
      id?: string;
      /**
       * Format: date-time
       * @description Date the authorization was created.
       */
      createdOn?: string;
      /**
       * Format: date-time
       * @description Date the authorization was last used.
       */
      lastUsed?: string;
      /** @description Grant type of the authorization: `authorization_code` for OAuth apps, `client_credentials` for site and workspace tokens. */
      grantType?: string;
      /** @description Rate limit of the authorization in requests per minute. */
      rateLimit?: number;
      /** @description Comma-separated list of the scopes granted to the authorization. */
      scope?: string;
      /** @description The resources the authorization grants access to. */
      authorizedTo?: {
        /** @description IDs of the sites the token can access. */
        siteIds?: string[];
        /** @description IDs of the workspaces the token can access. */
        workspaceIds?: string[];
        /** @description IDs of the users who authorized the token. */
        userIds?: string[];
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
      id?: string;
      /** @description Description of the application. */
      description?: string;
      /**
       * Format: uri
       * @description Homepage URL of the application.
       */
      homepage?: string;
      /** @description Display name of the application. */
      displayName?: string;
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
        primary?: components["schemas"]["Locale"];
        /** @description The secondary locales of the site. */
        secondary?: components["schemas"]["Locale"][];
      };
      /** @description Whether data collection is enabled for the site. */
      dataCollectionEnabled?: boolean;
      /** @description The data collection setting of the site: `always` collects data, `optOut` collects until the visitor opts out, `disabled` collects nothing. Values this description does not know yet are passed through. */
      dataCollectionType?: ("always" | "optOut" | "disabled") | (string & {});
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
      /** @description Unique identifier of the locale (24 hexadecimal characters in practice). */
      id?: string;
      /** @description Identifier of the locale in the CMS (used to read and write localized CMS items; 24 hexadecimal characters in practice). */
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
      sites?: components["schemas"]["Site"][];
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
      customDomains?: components["schemas"]["Domain"][];
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
      customDomains?: components["schemas"]["Domain"][];
      /** @description Whether the site is being published to its webflow.io subdomain. */
      publishToWebflowSubdomain?: boolean;
      /** @description Whether the whole site (`site`) or a single page (`page`) is being published. Values this description does not know yet are passed through. */
      publishScope?: ("site" | "page") | (string & {});
    };
    /**
     * @description Body of POST /workspaces/{workspace_id}/sites.
     * @example {
     *       "name": "Marketing Site"
     *     }
     * @example {
     *       "name": "Spring Campaign",
     *       "templateName": "portfolio-template",
     *       "parentFolderId": "6424c5ad9a7a3aa4e2b2e6f0"
     *     }
     */
    CreateSiteRequest: {
      /** @description Name of the new site. */
      name: string;
      /** @description Name of the template to create the site from; when omitted the site starts blank. */
      templateName?: string;
      /** @description ID of the Dashboard folder to create the site in, or null (or absent) for no folder. */
      parentFolderId?: string | null;
    };
    /**
     * @description Body of PATCH /sites/{site_id}. Only the fields sent are changed.
     * @example {
     *       "name": "Marketing Site (2025)"
     *     }
     * @example {
     *       "parentFolderId": null
     *     }
     */
    UpdateSiteRequest: {
      /** @description New name of the site. */
      name?: string;
      /** @description ID of the Dashboard folder to move the site to, or null to take it out of its folder. */
      parentFolderId?: string | null;
    };
    /**
     * @description The hosting plan of a site (response of GET /sites/{site_id}/plan).
     * @example {
     *       "id": "hosting-cms-v4",
     *       "name": "CMS Hosting",
     *       "pricingInfo": "https://webflow.com/pricing"
     *     }
     */
    SitePlan: {
      /** @description Identifier of the hosting plan. Values this description does not know yet (new plan versions) are passed through. */
      id?:
        | (
            | "hosting-basic-v3"
            | "hosting-cms-v3"
            | "hosting-business-v3"
            | "hosting-ecommerce-standard-v2"
            | "hosting-ecommerce-plus-v2"
            | "hosting-ecommerce-advanced-v2"
            | "hosting-basic-v4"
            | "hosting-cms-v4"
            | "hosting-business-v4"
            | "hosting-ecommerce-standard-v3"
            | "hosting-ecommerce-plus-v3"
            | "hosting-ecommerce-advanced-v3"
          )
        | (string & {});
      /** @description Display name of the hosting plan. Values this description does not know yet are passed through. */
      name?:
        | (
            | "Basic Hosting"
            | "CMS Hosting"
            | "Business Hosting"
            | "ECommerce Standard Hosting"
            | "ECommerce Plus Hosting"
            | "ECommerce Advanced Hosting"
          )
        | (string & {});
      /** @description Where to find pricing information for the plan (a link to Webflow's pricing page). */
      pricingInfo?: string;
    };
    /**
     * @description One entry of a site's activity log (a change made to the site, who made it and when).
     * @example {
     *       "id": "6675a1c2b5d8e3f4a1b2c3d4",
     *       "createdOn": "2025-03-10T14:22:05.000Z",
     *       "lastUpdated": "2025-03-10T14:22:05.000Z",
     *       "event": "page_renamed",
     *       "resourceOperation": "MODIFIED",
     *       "user": {
     *         "id": "545bbecb7bdd6769632504a7",
     *         "displayName": "Some One"
     *       },
     *       "resourceId": "63c720f9347c2139b248e552",
     *       "resourceName": "About",
     *       "newValue": "About us",
     *       "previousValue": "About",
     *       "payload": null
     *     }
     */
    SiteActivityLogEntry: {
      /** @description Unique identifier of the log entry. */
      id?: string;
      /**
       * Format: date-time
       * @description Date the activity happened.
       */
      createdOn?: string;
      /**
       * Format: date-time
       * @description Date the log entry was last updated.
       */
      lastUpdated?: string;
      /** @description The kind of activity. Values this description does not know yet are passed through. */
      event?:
        | (
            | "styles_modified"
            | "site_published"
            | "ix2_modified_on_page"
            | "page_dom_modified"
            | "cms_item"
            | "backup_created"
            | "page_custom_code_modified"
            | "symbols_modified"
            | "variable_modified"
            | "variables_modified"
            | "cms_collection"
            | "page_settings_modified"
            | "page_settings_custom_code_modified"
            | "ix2_modified_on_component"
            | "ix2_modified_on_class"
            | "site_custom_code_modified"
            | "page_duplicated"
            | "secondary_locale_page_content_modified"
            | "page_renamed"
            | "page_created"
            | "page_deleted"
            | "site_unpublished"
            | "backup_restored"
            | "locale_added"
            | "branch_created"
            | "locale_display_name_updated"
            | "locale_subdirectory_updated"
            | "branch_merged"
            | "locale_tag_updated"
            | "branch_deleted"
            | "locale_enabled"
            | "locale_removed"
            | "locale_disabled"
            | "library_shared"
            | "library_unshared"
            | "library_installed"
            | "library_uninstalled"
            | "library_update_shared"
            | "library_update_accepted"
            | "branch_review_created"
            | "branch_review_approved"
            | "branch_review_canceled"
          )
        | (string & {});
      /** @description What happened to the resource. Values this description does not know yet are passed through. */
      resourceOperation?:
        | (
            | "CREATED"
            | "MODIFIED"
            | "PUBLISHED"
            | "UNPUBLISHED"
            | "DELETED"
            | "GROUP_REORDERED"
            | "GROUP_CREATED"
            | "GROUP_DELETED"
            | "REORDERED"
          )
        | (string & {});
      /** @description The user who performed the activity, or null (for example for activity not made by a user). */
      user?: {
        /** @description Unique identifier of the user. */
        id?: string;
        /** @description Display name of the user. */
        displayName?: string;
      } | null;
      /** @description Identifier of the resource the activity concerns, or null. */
      resourceId?: string | null;
      /** @description Name of the resource the activity concerns, or null. */
      resourceName?: string | null;
      /** @description The value after the change, when the activity changed a value; otherwise null. */
      newValue?: string | null;
      /** @description The value before the change, when the activity changed a value; otherwise null. */
      previousValue?: string | null;
      /** @description Further details of the activity (shape depends on the event), or null. */
      payload?: {
        [key: string]: unknown;
      } | null;
    };
    /**
     * @description Response of GET /sites/{site_id}/activity_logs, one page of activity-log entries.
     * @example {
     *       "items": [
     *         {
     *           "id": "6675a1c2b5d8e3f4a1b2c3d4",
     *           "createdOn": "2025-03-10T14:22:05.000Z",
     *           "lastUpdated": "2025-03-10T14:22:05.000Z",
     *           "event": "site_published",
     *           "resourceOperation": "PUBLISHED",
     *           "user": {
     *             "id": "545bbecb7bdd6769632504a7",
     *             "displayName": "Some One"
     *           },
     *           "resourceId": null,
     *           "resourceName": null,
     *           "newValue": null,
     *           "previousValue": null,
     *           "payload": {
     *             "domains": [
     *               "test-api-domain.com"
     *             ]
     *           }
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    SiteActivityLogList: {
      /** @description The activity-log entries of this page. */
      items?: components["schemas"]["SiteActivityLogEntry"][];
      /** @description Paging information of this page of results. */
      pagination?: components["schemas"]["Pagination"];
    };
    /**
     * @description A 301 redirect of a site, from a path of the site to another path or URL.
     * @example {
     *       "id": "66c4cb9a20cac35ed19995e5",
     *       "fromUrl": "/old-page",
     *       "toUrl": "/new-page"
     *     }
     */
    Redirect: {
      /** @description Unique identifier of the redirect. */
      id?: string;
      /** @description The path on the site that is redirected (for example `/old-page`). */
      fromUrl?: string;
      /** @description Where visitors are sent instead (a path on the site or an absolute URL). */
      toUrl?: string;
    };
    /**
     * @description The 301 redirects of a site (response of GET /sites/{site_id}/redirects, and of DELETE /sites/{site_id}/redirects/{redirect_id}, which answers with the redirects that remain).
     * @example {
     *       "redirects": [
     *         {
     *           "id": "66c4cb9a20cac35ed19995e5",
     *           "fromUrl": "/old-page",
     *           "toUrl": "/new-page"
     *         },
     *         {
     *           "id": "66c4cb9a20cac35ed19995e6",
     *           "fromUrl": "/blog/2019",
     *           "toUrl": "https://blog.example.com/archive/2019"
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 2
     *       }
     *     }
     */
    RedirectList: {
      /** @description The redirects of the site. */
      redirects?: components["schemas"]["Redirect"][];
      /** @description Paging information (the endpoints take no paging parameters). */
      pagination?: components["schemas"]["Pagination"];
    };
    /**
     * @description Body of POST /sites/{site_id}/redirects.
     * @example {
     *       "fromUrl": "/old-page",
     *       "toUrl": "/new-page"
     *     }
     */
    CreateRedirectRequest: {
      /** @description The path on the site to redirect (for example `/old-page`). */
      fromUrl: string;
      /** @description Where to send visitors instead (a path on the site or an absolute URL). */
      toUrl: string;
    };
    /**
     * @description Body of PATCH /sites/{site_id}/redirects/{redirect_id}. Only the fields sent are changed.
     * @example {
     *       "toUrl": "/newer-page"
     *     }
     */
    UpdateRedirectRequest: {
      /** @description New path on the site to redirect. */
      fromUrl?: string;
      /** @description New target (a path on the site or an absolute URL). */
      toUrl?: string;
    };
    /**
     * @description The robots.txt of a site as rules per user agent and a sitemap URL. The response of every robots.txt operation, and the body of the PUT, PATCH and DELETE operations (the rules to set, to add or to remove).
     * @example {
     *       "rules": [
     *         {
     *           "userAgent": "*",
     *           "allows": [
     *             "/"
     *           ],
     *           "disallows": [
     *             "/admin"
     *           ]
     *         },
     *         {
     *           "userAgent": "GPTBot",
     *           "disallows": [
     *             "/"
     *           ]
     *         }
     *       ],
     *       "sitemap": "https://www.example.com/sitemap.xml"
     *     }
     */
    RobotsTxt: {
      /** @description The rules, one entry per user agent. */
      rules?: components["schemas"]["RobotsTxtRule"][];
      /** @description URL of the sitemap announced in robots.txt. */
      sitemap?: string;
    };
    /**
     * @description The rules of robots.txt for one user agent.
     * @example {
     *       "userAgent": "*",
     *       "allows": [
     *         "/"
     *       ],
     *       "disallows": [
     *         "/admin",
     *         "/drafts"
     *       ]
     *     }
     */
    RobotsTxtRule: {
      /** @description The crawler the rule applies to (for example `*` or `Googlebot`). */
      userAgent: string;
      /** @description Paths the user agent may crawl. */
      allows?: string[];
      /** @description Paths the user agent may not crawl. */
      disallows?: string[];
    };
    /**
     * @description Body of PUT /sites/{site_id}/well_known: a file to serve at `/.well-known/<fileName>` on the site's domains.
     * @example {
     *       "fileName": "apple-app-site-association",
     *       "fileData": "{\"applinks\":{\"details\":[]}}",
     *       "contentType": "application/json"
     *     }
     * @example {
     *       "fileName": "security.txt",
     *       "fileData": "Contact: mailto:security@example.com\n",
     *       "contentType": "text/plain"
     *     }
     */
    SetWellKnownFileRequest: {
      /** @description Name of the file under `/.well-known/` (for example `apple-app-site-association`). */
      fileName: string;
      /** @description Contents of the file. */
      fileData: string;
      /**
       * @description Content type the file is served with.
       * @enum {string}
       */
      contentType?: "application/json" | "text/plain";
    };
    /**
     * @description Body of DELETE /sites/{site_id}/well_known, naming the files to delete.
     * @example {
     *       "fileNames": [
     *         "apple-app-site-association",
     *         "security.txt"
     *       ]
     *     }
     */
    DeleteWellKnownFilesRequest: {
      /** @description Names of the files under `/.well-known/` to delete. */
      fileNames?: string[];
    };
    /**
     * @description A Google tag (for example a Google Analytics or Google Ads tag ID) installed on a site.
     * @example {
     *       "order": 1,
     *       "displayName": "Google Analytics",
     *       "tagId": "G-7B3C9D2E1F"
     *     }
     */
    GoogleTag: {
      /** @description Position of the tag among the site's Google tags. */
      order?: number;
      /** @description Name of the tag as shown in the site settings. */
      displayName: string;
      /** @description The Google tag ID (for example `G-XXXXXXXXXX`). */
      tagId: string;
    };
    /**
     * @description The Google tags of a site: the response of the Google tag operations and the body of PATCH /sites/{site_id}/integrations/google_tags.
     * @example {
     *       "googleTagIds": [
     *         {
     *           "order": 1,
     *           "displayName": "Google Analytics",
     *           "tagId": "G-7B3C9D2E1F"
     *         },
     *         {
     *           "order": 2,
     *           "displayName": "Google Ads",
     *           "tagId": "AW-123456789"
     *         }
     *       ]
     *     }
     */
    GoogleTagList: {
      /** @description The Google tags. */
      googleTagIds: components["schemas"]["GoogleTag"][];
    };
    /**
     * @description Response of GET /workspaces/{workspace_id_or_slug}/audit_logs, one page of audit-log events.
     * @example {
     *       "items": [
     *         {
     *           "eventType": "user_access",
     *           "eventSubType": "login",
     *           "payload": {
     *             "method": "sso",
     *             "location": "Paris, France",
     *             "ipAddress": "203.0.113.42"
     *           }
     *         },
     *         {
     *           "eventType": "workspace_setting",
     *           "eventSubType": "setting_updated",
     *           "payload": {
     *             "setting": "ai_toggle",
     *             "previousValue": "off",
     *             "value": "on",
     *             "method": "dashboard"
     *           }
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 2
     *       }
     *     }
     */
    AuditLogList: {
      /** @description The audit-log events of this page. */
      items?: components["schemas"]["AuditLogEvent"][];
      /** @description Paging information of this page of results. */
      pagination?: components["schemas"]["Pagination"];
    };
    /**
     * @description One event of a workspace audit log. Discriminated on `eventType`: each known event type has its own schema, and UnknownAuditEvent takes any event type this description does not know yet (and an event without `eventType`), so a new event type never makes a response fail validation.
     * @example {
     *       "eventType": "custom_role",
     *       "eventSubType": "role_updated",
     *       "payload": {
     *         "roleName": "Content Editor",
     *         "previousRoleName": "Editor"
     *       }
     *     }
     * @example {
     *       "eventType": "billing_updated",
     *       "eventSubType": "plan_changed",
     *       "payload": {
     *         "plan": "enterprise"
     *       }
     *     }
     */
    AuditLogEvent:
      | components["schemas"]["UserAccessAuditEvent"]
      | components["schemas"]["CustomRoleAuditEvent"]
      | components["schemas"]["WorkspaceMembershipAuditEvent"]
      | components["schemas"]["SiteMembershipAuditEvent"]
      | components["schemas"]["WorkspaceInvitationAuditEvent"]
      | components["schemas"]["WorkspaceSettingAuditEvent"]
      | (components["schemas"]["UnknownAuditEvent"] & {
          eventSubType: never;
          payload: never;
        });
    /**
     * @description A user signed in to or out of the workspace (`eventType` `user_access`).
     * @example {
     *       "eventType": "user_access",
     *       "eventSubType": "login",
     *       "payload": {
     *         "method": "sso",
     *         "location": "Paris, France",
     *         "ipAddress": "203.0.113.42"
     *       }
     *     }
     */
    UserAccessAuditEvent: {
      /**
       * @description The event type, `user_access`.
       * @constant
       */
      eventType: "user_access";
      /** @description What happened. Values this description does not know yet are passed through. */
      eventSubType?: ("login" | "logout") | (string & {});
      /** @description Details of the access. */
      payload?: {
        /** @description How the user signed in or out. Values this description does not know yet are passed through. */
        method?: ("dashboard" | "sso" | "api" | "google") | (string & {});
        /** @description Approximate location the access came from. */
        location?: string;
        /** @description IP address the access came from. */
        ipAddress?: string;
      };
    };
    /**
     * @description A custom role of the workspace was created, updated or deleted (`eventType` `custom_role`).
     * @example {
     *       "eventType": "custom_role",
     *       "eventSubType": "role_updated",
     *       "payload": {
     *         "roleName": "Content Editor",
     *         "previousRoleName": "Editor"
     *       }
     *     }
     */
    CustomRoleAuditEvent: {
      /**
       * @description The event type, `custom_role`.
       * @constant
       */
      eventType: "custom_role";
      /** @description What happened. Values this description does not know yet are passed through. */
      eventSubType?: ("role_created" | "role_updated" | "role_deleted") | (string & {});
      /** @description Details of the role change. */
      payload?: {
        /** @description Name of the role (after the change). */
        roleName?: string;
        /** @description Name of the role before the change (when it was renamed). */
        previousRoleName?: string;
      };
    };
    /**
     * @description A user was added to or removed from the workspace, or their workspace role changed (`eventType` `workspace_membership`).
     * @example {
     *       "eventType": "workspace_membership",
     *       "eventSubType": "user_role_updated",
     *       "payload": {
     *         "targetUser": {
     *           "id": "6287ec36a841b25637c663df",
     *           "email": "other@email.com"
     *         },
     *         "method": "dashboard",
     *         "userType": "member",
     *         "roleName": "Admin",
     *         "previousRoleName": "Member"
     *       }
     *     }
     */
    WorkspaceMembershipAuditEvent: {
      /**
       * @description The event type, `workspace_membership`.
       * @constant
       */
      eventType: "workspace_membership";
      /** @description What happened. Values this description does not know yet are passed through. */
      eventSubType?: ("user_added" | "user_removed" | "user_role_updated") | (string & {});
      /** @description Details of the membership change. */
      payload?: {
        /** @description The user whose membership changed. */
        targetUser?: components["schemas"]["AuditLogUser"];
        /** @description How the change was made. Values this description does not know yet are passed through. */
        method?: ("sso" | "dashboard" | "admin" | "access_request") | (string & {});
        /** @description The kind of workspace user the target user is. */
        userType?: components["schemas"]["AuditLogUserType"];
        /** @description The user's role after the change. */
        roleName?: string;
        /** @description The user's role before the change. */
        previousRoleName?: string;
      };
    };
    /**
     * @description A user was added to or removed from a site, or their site role or granular access changed (`eventType` `site_membership`).
     * @example {
     *       "eventType": "site_membership",
     *       "eventSubType": "user_granular_access_updated",
     *       "payload": {
     *         "site": {
     *           "id": "580e63e98c9a982ac9b8b741",
     *           "slug": "api-docs-sample-json"
     *         },
     *         "targetUser": {
     *           "id": "6287ec36a841b25637c663df",
     *           "email": "other@email.com"
     *         },
     *         "method": "dashboard",
     *         "userType": "client",
     *         "roleName": "Content Editor",
     *         "granularAccess": {
     *           "id": "6410d9d5f8cad4c0a3b4f2a0",
     *           "name": "Blog Posts",
     *           "type": "cms",
     *           "restricted": true
     *         }
     *       }
     *     }
     */
    SiteMembershipAuditEvent: {
      /**
       * @description The event type, `site_membership`.
       * @constant
       */
      eventType: "site_membership";
      /** @description What happened. Values this description does not know yet are passed through. */
      eventSubType?:
        | ("user_added" | "user_removed" | "user_role_updated" | "user_granular_access_updated")
        | (string & {});
      /** @description Details of the membership change. */
      payload?: {
        /** @description The site whose membership changed. */
        site?: {
          /** @description Unique identifier of the site. */
          id?: string;
          /** @description Short name (slug) of the site. */
          slug?: string;
        };
        /** @description The user whose membership changed. */
        targetUser?: components["schemas"]["AuditLogUser"];
        /** @description How the change was made. Values this description does not know yet are passed through. */
        method?:
          ("sso" | "invite" | "scim" | "dashboard" | "admin" | "access_request") | (string & {});
        /** @description The kind of workspace user the target user is. */
        userType?: components["schemas"]["AuditLogUserType"];
        /** @description The user's site role after the change. */
        roleName?: string;
        /** @description The user's site role before the change. */
        previousRoleName?: string;
        /** @description The granular access that changed (for `user_granular_access_updated`). */
        granularAccess?: {
          /** @description Unique identifier of the resource the access applies to. */
          id?: string;
          /** @description Name of the resource the access applies to. */
          name?: string;
          /** @description Kind of resource. Values this description does not know yet are passed through. */
          type?: "cms" | (string & {});
          /** @description Whether the user's access to the resource is restricted. */
          restricted?: boolean;
        };
      };
    };
    /**
     * @description An invitation to the workspace was sent, accepted, updated, canceled or declined, or an access request was accepted (`eventType` `workspace_invitation`).
     * @example {
     *       "eventType": "workspace_invitation",
     *       "eventSubType": "invite_sent",
     *       "payload": {
     *         "targetUser": {
     *           "id": "6287ec36a841b25637c663df",
     *           "email": "other@email.com"
     *         },
     *         "method": "dashboard",
     *         "userType": "guest",
     *         "roleName": "Designer",
     *         "targetUsers": [
     *           {
     *             "id": "6287ec36a841b25637c663df",
     *             "email": "other@email.com"
     *           }
     *         ]
     *       }
     *     }
     */
    WorkspaceInvitationAuditEvent: {
      /**
       * @description The event type, `workspace_invitation`.
       * @constant
       */
      eventType: "workspace_invitation";
      /** @description What happened. Values this description does not know yet are passed through. */
      eventSubType?:
        | (
            | "invite_sent"
            | "invite_accepted"
            | "invite_updated"
            | "invite_canceled"
            | "invite_declined"
            | "access_request_accepted"
          )
        | (string & {});
      /** @description Details of the invitation. */
      payload?: {
        /** @description The invited user. */
        targetUser?: components["schemas"]["AuditLogUser"];
        /** @description How the invitation was handled. Values this description does not know yet are passed through. */
        method?: ("sso" | "dashboard" | "admin") | (string & {});
        /** @description The kind of workspace user the invitation is for. */
        userType?: components["schemas"]["AuditLogUserType"];
        /** @description The role the invitation grants. */
        roleName?: string;
        /** @description The role the invitation granted before it was updated. */
        previousRoleName?: string;
        /** @description The invited users, when one invitation concerns several users. */
        targetUsers?: components["schemas"]["AuditLogUser"][];
      };
    };
    /**
     * @description A workspace setting was changed (`eventType` `workspace_setting`).
     * @example {
     *       "eventType": "workspace_setting",
     *       "eventSubType": "setting_updated",
     *       "payload": {
     *         "setting": "ai_toggle",
     *         "previousValue": "off",
     *         "value": "on",
     *         "method": "dashboard"
     *       }
     *     }
     */
    WorkspaceSettingAuditEvent: {
      /**
       * @description The event type, `workspace_setting`.
       * @constant
       */
      eventType: "workspace_setting";
      /** @description What happened. Values this description does not know yet are passed through. */
      eventSubType?: "setting_updated" | (string & {});
      /** @description Details of the setting change. */
      payload?: {
        /** @description The setting that changed. Values this description does not know yet are passed through. */
        setting?: "ai_toggle" | (string & {});
        /** @description The value before the change. */
        previousValue?: string;
        /** @description The value after the change. */
        value?: string;
        /** @description How the change was made. Values this description does not know yet are passed through. */
        method?: ("dashboard" | "admin") | (string & {});
      };
    };
    /**
     * @description An audit-log event of a type this description does not know yet (or without `eventType`): the fallback variant of AuditLogEvent. Its fields are passed through unchecked beyond their JSON types.
     * @example {
     *       "eventType": "billing_updated",
     *       "eventSubType": "plan_changed",
     *       "payload": {
     *         "plan": "enterprise"
     *       }
     *     }
     */
    UnknownAuditEvent: {
      /** @description The event type, any value other than the known ones. */
      eventType?: string;
      /** @description What happened. */
      eventSubType?: string;
      /** @description Details of the event, of any shape. */
      payload?: unknown;
    };
    /**
     * @description A user named in an audit-log event.
     * @example {
     *       "id": "6287ec36a841b25637c663df",
     *       "email": "other@email.com"
     *     }
     */
    AuditLogUser: {
      /** @description Unique identifier of the user. */
      id?: string;
      /** @description Email address of the user. */
      email?: string;
    };
    /**
     * @description The kind of workspace user (`member`, `guest`, `reviewer` or `client`). Values this description does not know yet are passed through.
     * @example member
     */
    AuditLogUserType: ("member" | "guest" | "reviewer" | "client") | (string & {});
    /**
     * @description A page of a site (static page or CMS collection template page) with its metadata, as listed by listPages and read by getPageMetadata.
     * @example {
     *       "id": "63c720f9347c2139b248e552",
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "title": "About us",
     *       "slug": "about",
     *       "parentId": null,
     *       "collectionId": null,
     *       "createdOn": "2023-01-17T22:20:41.000Z",
     *       "lastUpdated": "2024-03-11T10:42:00.000Z",
     *       "archived": false,
     *       "draft": false,
     *       "canBranch": true,
     *       "isBranch": false,
     *       "branchId": null,
     *       "seo": {
     *         "title": "About Acme",
     *         "description": "Who we are and what we build."
     *       },
     *       "openGraph": {
     *         "title": "About Acme",
     *         "titleCopied": true,
     *         "description": "Who we are and what we build.",
     *         "descriptionCopied": true
     *       },
     *       "localeId": null,
     *       "publishedPath": "/about"
     *     }
     */
    PageMetadata: {
      /** @description Unique identifier of the page. */
      id: string;
      /** @description Unique identifier of the site the page belongs to. */
      siteId?: string;
      /** @description Title of the page, as shown in the Designer. */
      title?: string;
      /** @description Slug of the page (the last segment of its URL path). */
      slug?: string;
      /** @description Unique identifier of the folder containing the page, or null (or absent) for a page at the root. */
      parentId?: string | null;
      /** @description Unique identifier of the CMS collection whose items the page displays (collection template pages), or null (or absent) for a static page. */
      collectionId?: string | null;
      /**
       * Format: date-time
       * @description Date the page was created.
       */
      createdOn?: string;
      /**
       * Format: date-time
       * @description Date the page was last updated.
       */
      lastUpdated?: string;
      /** @description Whether the page is archived. */
      archived?: boolean;
      /** @description Whether the page is a draft (not published). */
      draft?: boolean;
      /** @description Whether a branch can be created from the page (page branching). */
      canBranch?: boolean;
      /** @description Whether the page is a branch of another page. */
      isBranch?: boolean;
      /** @description Unique identifier of the branch, when the page is a branch; otherwise null. */
      branchId?: string | null;
      /** @description The search-engine metadata of the page. */
      seo?: components["schemas"]["PageSeo"];
      /** @description The Open Graph metadata of the page (shown when the page is shared). */
      openGraph?: components["schemas"]["PageOpenGraph"];
      /** @description Unique identifier of the locale the metadata is in, or null. */
      localeId?: string | null;
      /** @description Path of the page on the published site, relative to the domain (e.g. `/about`). */
      publishedPath?: string;
    };
    /**
     * @description The search-engine (SEO) metadata of a page.
     * @example {
     *       "title": "About Acme",
     *       "description": "Who we are and what we build."
     *     }
     */
    PageSeo: {
      /** @description Title of the page for search engines (the HTML `<title>`). */
      title?: string;
      /** @description Meta description of the page for search engines. */
      description?: string;
    };
    /**
     * @description The Open Graph metadata of a page, used when the page is shared on social networks.
     * @example {
     *       "title": "About Acme",
     *       "titleCopied": true,
     *       "description": "Who we are and what we build.",
     *       "descriptionCopied": true
     *     }
     */
    PageOpenGraph: {
      /** @description Open Graph title of the page. */
      title?: string;
      /** @description Whether the Open Graph title is copied from the SEO title. */
      titleCopied?: boolean;
      /** @description Open Graph description of the page. */
      description?: string;
      /** @description Whether the Open Graph description is copied from the SEO description. */
      descriptionCopied?: boolean;
    };
    /**
     * @description Response of GET /sites/{site_id}/pages, one page of the site's pages.
     * @example {
     *       "pages": [
     *         {
     *           "id": "63c720f9347c2139b248e552",
     *           "siteId": "580e63e98c9a982ac9b8b741",
     *           "title": "About us",
     *           "slug": "about",
     *           "createdOn": "2023-01-17T22:20:41.000Z",
     *           "lastUpdated": "2024-03-11T10:42:00.000Z",
     *           "archived": false,
     *           "draft": false,
     *           "publishedPath": "/about"
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    PageList: {
      /** @description The pages of this page of results. */
      pages?: components["schemas"]["PageMetadata"][];
      /** @description Paging information of this page of results. */
      pagination?: components["schemas"]["Pagination"];
    };
    /**
     * @description Body of PUT /pages/{page_id}: the page metadata to change. Fields that are not sent are left as they are. With the `localeId` query parameter the metadata of that locale is updated.
     * @example {
     *       "title": "About us",
     *       "slug": "about",
     *       "seo": {
     *         "title": "About Acme",
     *         "description": "Who we are and what we build."
     *       },
     *       "openGraph": {
     *         "titleCopied": true,
     *         "descriptionCopied": true
     *       }
     *     }
     */
    UpdatePageRequest: {
      /** @description New title of the page. */
      title?: string;
      /** @description New slug of the page. */
      slug?: string;
      /** @description New search-engine metadata. */
      seo?: components["schemas"]["PageSeo"];
      /** @description New Open Graph metadata. */
      openGraph?: components["schemas"]["PageOpenGraph"];
    };
    /**
     * @description Response of GET /pages/{page_id}/dom: one page of the static content nodes of a page (text, images, form fields, component instances...).
     * @example {
     *       "pageId": "63c720f9347c2139b248e552",
     *       "branchId": null,
     *       "nodes": [
     *         {
     *           "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d11",
     *           "type": "text",
     *           "text": {
     *             "html": "<h1>Welcome to <strong>Acme</strong></h1>",
     *             "text": "Welcome to Acme"
     *           }
     *         },
     *         {
     *           "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d13",
     *           "type": "component-instance",
     *           "componentId": "5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12",
     *           "propertyOverrides": []
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 2
     *       },
     *       "lastUpdated": "2024-03-11T10:42:00.000Z"
     *     }
     */
    PageContent: {
      /** @description Unique identifier of the page. */
      pageId?: string;
      /** @description Unique identifier of the branch the content was read from, or null for the main page. */
      branchId?: string | null;
      /** @description The content nodes of this page of results, in document order. */
      nodes?: components["schemas"]["DomNode"][];
      /** @description Paging information of this page of results. */
      pagination?: components["schemas"]["Pagination"];
      /**
       * Format: date-time
       * @description Date the content was last updated, or null.
       */
      lastUpdated?: string | null;
    };
    /**
     * @description The fields common to the payloads of the page webhook deliveries (`page_created`, `page_metadata_updated`, `page_deleted`).
     * @example {
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "pageId": "63c720f9347c2139b248e552",
     *       "pageTitle": "About us",
     *       "pageName": null,
     *       "archived": false,
     *       "draft": false,
     *       "isBranch": false,
     *       "publishedPath": "/about"
     *     }
     */
    PageEventPayload: {
      /** @description Unique identifier of the site. */
      siteId?: string;
      /** @description Unique identifier of the page. */
      pageId?: string;
      /** @description Title of the page. */
      pageTitle?: string;
      /** @description Name of the page, or null. */
      pageName?: string | null;
      /** @description Whether the page is archived. */
      archived?: boolean;
      /** @description Whether the page is a draft. */
      draft?: boolean;
      /** @description Whether the page is a branch of another page. */
      isBranch?: boolean;
      /** @description Path of the page on the published site, relative to the domain. */
      publishedPath?: string;
    };
    /**
     * @description Body POSTed to the webhook URL for trigger type `page_created` (a page was created).
     * @example {
     *       "triggerType": "page_created",
     *       "payload": {
     *         "siteId": "580e63e98c9a982ac9b8b741",
     *         "pageId": "63c720f9347c2139b248e552",
     *         "pageTitle": "About us",
     *         "pageName": null,
     *         "archived": false,
     *         "draft": true,
     *         "isBranch": false,
     *         "createdOn": "2024-03-11T10:42:00.000Z",
     *         "publishedPath": "/about"
     *       }
     *     }
     */
    PageCreatedEvent: {
      /**
       * @description The trigger type of the webhook, always `page_created`.
       * @constant
       */
      triggerType: "page_created";
      /** @description The page that was created. */
      payload?: components["schemas"]["PageEventPayload"] & {
        /**
         * Format: date-time
         * @description Date the page was created.
         */
        createdOn?: string;
      };
    };
    /**
     * @description Body POSTed to the webhook URL for trigger type `page_metadata_updated` (the metadata of a page, such as its title, slug, SEO or Open Graph settings, was updated).
     * @example {
     *       "triggerType": "page_metadata_updated",
     *       "payload": {
     *         "siteId": "580e63e98c9a982ac9b8b741",
     *         "pageId": "63c720f9347c2139b248e552",
     *         "pageTitle": "About Acme",
     *         "pageName": null,
     *         "archived": false,
     *         "draft": false,
     *         "isBranch": false,
     *         "lastUpdated": "2024-03-12T08:15:30.000Z",
     *         "publishedPath": "/about"
     *       }
     *     }
     */
    PageMetadataUpdatedEvent: {
      /**
       * @description The trigger type of the webhook, always `page_metadata_updated`.
       * @constant
       */
      triggerType: "page_metadata_updated";
      /** @description The page whose metadata was updated. */
      payload?: components["schemas"]["PageEventPayload"] & {
        /**
         * Format: date-time
         * @description Date the page metadata was updated.
         */
        lastUpdated?: string;
      };
    };
    /**
     * @description Body POSTed to the webhook URL for trigger type `page_deleted` (a page was deleted).
     * @example {
     *       "triggerType": "page_deleted",
     *       "payload": {
     *         "siteId": "580e63e98c9a982ac9b8b741",
     *         "pageId": "63c720f9347c2139b248e553",
     *         "pageTitle": "Old landing page",
     *         "pageName": null,
     *         "archived": true,
     *         "draft": false,
     *         "isBranch": false,
     *         "deletedOn": "2024-03-15T16:05:12.000Z",
     *         "publishedPath": "/old-landing-page"
     *       }
     *     }
     */
    PageDeletedEvent: {
      /**
       * @description The trigger type of the webhook, always `page_deleted`.
       * @constant
       */
      triggerType: "page_deleted";
      /** @description The page that was deleted. */
      payload?: components["schemas"]["PageEventPayload"] & {
        /**
         * Format: date-time
         * @description Date the page was deleted.
         */
        deletedOn?: string;
      };
    };
    /**
     * @description Body POSTed to the webhook URL for trigger type `site_publish` (the site, or one page of it, was published).
     * @example {
     *       "triggerType": "site_publish",
     *       "payload": {
     *         "siteId": "580e63e98c9a982ac9b8b741",
     *         "publishedOn": "2024-03-11T10:45:00.000Z",
     *         "domains": [
     *           "test-api-domain.com",
     *           "api-docs-sample-json.webflow.io"
     *         ],
     *         "publishedBy": {
     *           "displayName": "Some One"
     *         },
     *         "publishScope": "site"
     *       }
     *     }
     */
    SitePublishEvent: {
      /**
       * @description The trigger type of the webhook, always `site_publish`.
       * @constant
       */
      triggerType: "site_publish";
      /** @description The publish that happened. */
      payload?: {
        /** @description Unique identifier of the site that was published. */
        siteId?: string;
        /**
         * Format: date-time
         * @description Date of the publish.
         */
        publishedOn?: string;
        /** @description The domains the site was published to. */
        domains?: string[];
        /** @description The user who published; the reference gives no shape, so any fields are accepted. */
        publishedBy?: {
          [key: string]: unknown;
        };
        /** @description What was published: the whole site (`site`) or a single page (`page`), or a newer scope this description does not list (passed through). */
        publishScope?: ("site" | "page") | (string & {});
        /** @description Unique identifier of the page that was published, when `publishScope` is `page`. */
        pageId?: string;
      };
    };
    /**
     * @description A node of the static content (DOM) of a page or a component, as read by getPageContent and getComponentContent. Discriminated on `type`: each documented node type has its own schema whose `type` is a constant (`text`, `image`, `component-instance`, `text-input`, `select`, `submit-button`, `search-button`); a node of any other type (Webflow adds node types over time) is an UnknownDomNode and is passed through as sent.
     * @example {
     *       "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d11",
     *       "type": "text",
     *       "text": {
     *         "html": "<h1>Welcome to <strong>Acme</strong></h1>",
     *         "text": "Welcome to Acme"
     *       }
     *     }
     * @example {
     *       "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d19",
     *       "type": "rich-text-embed",
     *       "html": "<iframe src=\"https://example.com/embed\"></iframe>"
     *     }
     */
    DomNode:
      | components["schemas"]["TextNode"]
      | components["schemas"]["ImageNode"]
      | components["schemas"]["ComponentInstanceNode"]
      | components["schemas"]["TextInputNode"]
      | components["schemas"]["SelectNode"]
      | components["schemas"]["SubmitButtonNode"]
      | components["schemas"]["SearchButtonNode"]
      | (components["schemas"]["UnknownDomNode"] & {
          attributes: never;
          choices: never;
          componentId: never;
          id: never;
          image: never;
          placeholder: never;
          propertyOverrides: never;
          text: never;
          value: never;
          waitingText: never;
        });
    /**
     * @description A text node (heading, paragraph, link text...) with its content as HTML and as plain text.
     * @example {
     *       "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d11",
     *       "type": "text",
     *       "text": {
     *         "html": "<h1>Welcome to <strong>Acme</strong></h1>",
     *         "text": "Welcome to Acme"
     *       },
     *       "attributes": {
     *         "data-section": "hero"
     *       }
     *     }
     */
    TextNode: {
      /** @description Unique identifier of the node within the page or component. */
      id: string;
      /**
       * @description The node type, always `text`.
       * @constant
       */
      type: "text";
      /** @description The content of the node. */
      text: components["schemas"]["DomText"];
      /** @description The custom HTML attributes of the node. */
      attributes?: components["schemas"]["HtmlAttributes"];
    };
    /**
     * @description An image node, identified by the asset it shows.
     * @example {
     *       "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d12",
     *       "type": "image",
     *       "image": {
     *         "alt": "The Acme headquarters at sunset",
     *         "assetId": "659595234426a9fcbad57043"
     *       },
     *       "attributes": {}
     *     }
     */
    ImageNode: {
      /** @description Unique identifier of the node within the page or component. */
      id: string;
      /**
       * @description The node type, always `image`.
       * @constant
       */
      type: "image";
      /** @description The image shown by the node. */
      image: {
        /** @description Alternative text of the image, or null when it has none. */
        alt?: string | null;
        /** @description Unique identifier of the asset the image shows. */
        assetId?: string;
      };
      /** @description The custom HTML attributes of the node. */
      attributes?: components["schemas"]["HtmlAttributes"];
    };
    /**
     * @description An instance of a component placed on the page or inside another component, with the property values this instance overrides.
     * @example {
     *       "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d13",
     *       "type": "component-instance",
     *       "componentId": "5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12",
     *       "propertyOverrides": [
     *         {
     *           "propertyId": "7dd14c08-2e96-8d3d-2b19-b5c03642a0f0",
     *           "type": "Plain Text",
     *           "label": "Button label",
     *           "text": {
     *             "html": null,
     *             "text": "Get started"
     *           }
     *         }
     *       ]
     *     }
     */
    ComponentInstanceNode: {
      /** @description Unique identifier of the node within the page or component. */
      id: string;
      /**
       * @description The node type, always `component-instance`.
       * @constant
       */
      type: "component-instance";
      /** @description Unique identifier of the component this node is an instance of. */
      componentId: string;
      /** @description The component properties whose value this instance overrides. */
      propertyOverrides: components["schemas"]["ComponentProperty"][];
    };
    /**
     * @description A text input of a form, whose placeholder can be read and updated.
     * @example {
     *       "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d14",
     *       "type": "text-input",
     *       "placeholder": "Your email address"
     *     }
     */
    TextInputNode: {
      /** @description Unique identifier of the node within the page or component. */
      id: string;
      /**
       * @description The node type, always `text-input`.
       * @constant
       */
      type: "text-input";
      /** @description Placeholder text of the input. */
      placeholder: string;
      /** @description The custom HTML attributes of the node. */
      attributes?: components["schemas"]["HtmlAttributes"];
    };
    /**
     * @description A select (dropdown) field of a form with its choices.
     * @example {
     *       "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d15",
     *       "type": "select",
     *       "choices": [
     *         {
     *           "value": "small",
     *           "text": "Small team (1-10)"
     *         },
     *         {
     *           "value": "large",
     *           "text": "Large team (11+)"
     *         }
     *       ]
     *     }
     */
    SelectNode: {
      /** @description Unique identifier of the node within the page or component. */
      id: string;
      /**
       * @description The node type, always `select`.
       * @constant
       */
      type: "select";
      /** @description The choices of the select field, in order. */
      choices: components["schemas"]["SelectChoice"][];
      /** @description The custom HTML attributes of the node. */
      attributes?: components["schemas"]["HtmlAttributes"];
    };
    /**
     * @description The submit button of a form, with its label and the label shown while the form is sent.
     * @example {
     *       "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d16",
     *       "type": "submit-button",
     *       "value": "Subscribe",
     *       "waitingText": "Please wait..."
     *     }
     */
    SubmitButtonNode: {
      /** @description Unique identifier of the node within the page or component. */
      id: string;
      /**
       * @description The node type, always `submit-button`.
       * @constant
       */
      type: "submit-button";
      /** @description Label of the button. */
      value: string;
      /** @description Label shown on the button while the form is being submitted. */
      waitingText: string;
      /** @description The custom HTML attributes of the node. */
      attributes?: components["schemas"]["HtmlAttributes"];
    };
    /**
     * @description The button of a site search form.
     * @example {
     *       "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d17",
     *       "type": "search-button",
     *       "value": "Search"
     *     }
     */
    SearchButtonNode: {
      /** @description Unique identifier of the node within the page or component. */
      id: string;
      /**
       * @description The node type, always `search-button`.
       * @constant
       */
      type: "search-button";
      /** @description Label of the button. */
      value: string;
      /** @description The custom HTML attributes of the node. */
      attributes?: components["schemas"]["HtmlAttributes"];
    };
    /**
     * @description A node of a type this description does not document (Webflow adds node types over time). Only `type` is known to be present; every field is passed through as sent.
     * @example {
     *       "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d19",
     *       "type": "rich-text-embed",
     *       "html": "<iframe src=\"https://example.com/embed\"></iframe>"
     *     }
     */
    UnknownDomNode: {
      /** @description Unique identifier of the node within the page or component, when the node has one. */
      id?: string;
      /** @description The node type; any value other than the documented ones. */
      type: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Text content of a node or of a component property, as HTML (with inline formatting) and as plain text. Either may be null.
     * @example {
     *       "html": "<p>Built for <em>teams</em></p>",
     *       "text": "Built for teams"
     *     }
     * @example {
     *       "html": null,
     *       "text": "Get started"
     *     }
     */
    DomText: {
      /** @description The content as HTML, or null. */
      html?: string | null;
      /** @description The content as plain text, or null. */
      text?: string | null;
    };
    /**
     * @description Custom HTML attributes, attribute name to value. The reference gives no shape for the values, so any JSON value is accepted.
     * @example {
     *       "data-section": "hero",
     *       "aria-label": "Main heading"
     *     }
     */
    HtmlAttributes: {
      [key: string]: unknown;
    };
    /**
     * @description One choice of a select field.
     * @example {
     *       "value": "small",
     *       "text": "Small team (1-10)"
     *     }
     */
    SelectChoice: {
      /** @description Value submitted with the form when this choice is selected. */
      value: string;
      /** @description Text shown for the choice. */
      text: string;
    };
    /**
     * @description Body of POST /pages/{page_id}/dom and POST /sites/{site_id}/components/{component_id}/dom: the nodes to update, each identified by `nodeId` and carrying the new content for its node type.
     * @example {
     *       "nodes": [
     *         {
     *           "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d11",
     *           "text": "<h1>Bienvenue chez <strong>Acme</strong></h1>"
     *         },
     *         {
     *           "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d16",
     *           "value": "S'abonner",
     *           "waitingText": "Veuillez patienter..."
     *         }
     *       ]
     *     }
     */
    DomUpdateRequest: {
      /** @description The nodes to update. */
      nodes: components["schemas"]["DomNodeUpdate"][];
    };
    /**
     * @description The new content of one node: the fields to send depend on the node's type (`text` for a text node, `propertyOverrides` for a component instance, `choices` for a select field, `placeholder` for a text input, `value` and/or `waitingText` for a submit button, `value` for a search button).
     * @example {
     *       "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d11",
     *       "text": "<h1>Bienvenue chez <strong>Acme</strong></h1>"
     *     }
     * @example {
     *       "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d14",
     *       "placeholder": "Votre adresse e-mail"
     *     }
     */
    DomNodeUpdate:
      | components["schemas"]["TextNodeUpdate"]
      | components["schemas"]["ComponentInstanceNodeUpdate"]
      | components["schemas"]["SelectNodeUpdate"]
      | components["schemas"]["TextInputNodeUpdate"]
      | components["schemas"]["SubmitButtonNodeUpdate"]
      | components["schemas"]["SearchButtonNodeUpdate"];
    /**
     * @description New content of a text node.
     * @example {
     *       "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d11",
     *       "text": "<h1>Bienvenue chez <strong>Acme</strong></h1>"
     *     }
     */
    TextNodeUpdate: {
      /** @description Unique identifier of the text node to update. */
      nodeId: string;
      /** @description The new content of the node (HTML with inline formatting is accepted). */
      text: string;
    };
    /**
     * @description New values of the overridden properties of a component instance.
     * @example {
     *       "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d13",
     *       "propertyOverrides": [
     *         {
     *           "propertyId": "7dd14c08-2e96-8d3d-2b19-b5c03642a0f0",
     *           "text": "Commencer"
     *         }
     *       ]
     *     }
     */
    ComponentInstanceNodeUpdate: {
      /** @description Unique identifier of the component-instance node to update. */
      nodeId: string;
      /** @description The properties to override on this instance, with their new text. */
      propertyOverrides: components["schemas"]["ComponentPropertyUpdate"][];
    };
    /**
     * @description New choices of a select field.
     * @example {
     *       "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d15",
     *       "choices": [
     *         {
     *           "value": "small",
     *           "text": "Petite équipe (1-10)"
     *         },
     *         {
     *           "value": "large",
     *           "text": "Grande équipe (11+)"
     *         }
     *       ]
     *     }
     */
    SelectNodeUpdate: {
      /** @description Unique identifier of the select node to update. */
      nodeId: string;
      /** @description The new choices of the select field, in order. */
      choices: components["schemas"]["SelectChoice"][];
    };
    /**
     * @description New placeholder of a text input.
     * @example {
     *       "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d14",
     *       "placeholder": "Votre adresse e-mail"
     *     }
     */
    TextInputNodeUpdate: {
      /** @description Unique identifier of the text-input node to update. */
      nodeId: string;
      /** @description The new placeholder text. */
      placeholder: string;
    };
    /**
     * @description New labels of a submit button; send either or both.
     * @example {
     *       "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d16",
     *       "value": "S'abonner",
     *       "waitingText": "Veuillez patienter..."
     *     }
     */
    SubmitButtonNodeUpdate: {
      /** @description Unique identifier of the submit-button node to update. */
      nodeId: string;
      /** @description The new label of the button. */
      value?: string;
      /** @description The new label shown while the form is being submitted. */
      waitingText?: string;
    };
    /**
     * @description New label of a search button.
     * @example {
     *       "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d17",
     *       "value": "Rechercher"
     *     }
     */
    SearchButtonNodeUpdate: {
      /** @description Unique identifier of the search-button node to update. */
      nodeId: string;
      /** @description The new label of the button. */
      value: string;
    };
    /**
     * @description Response of the content updates (POST /pages/{page_id}/dom, POST /sites/{site_id}/components/{component_id}/dom and POST /sites/{site_id}/components/{component_id}/properties): `errors` lists the updates that could not be applied (an empty list means all were).
     * @example {
     *       "errors": []
     *     }
     * @example {
     *       "errors": [
     *         "Node 6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d99 was not found"
     *       ]
     *     }
     */
    ContentUpdateResponse: {
      /** @description Messages for the nodes or properties that could not be updated; empty when all were. */
      errors: string[];
    };
    /**
     * @description A component (reusable element) defined on a site.
     * @example {
     *       "id": "5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12",
     *       "name": "Call to action",
     *       "group": "Marketing",
     *       "description": "Banner with a heading and a button, used at the end of landing pages.",
     *       "readonly": false
     *     }
     */
    Component: {
      /** @description Unique identifier of the component. */
      id: string;
      /** @description Name of the component. */
      name?: string;
      /** @description The group the component belongs to in the Designer. */
      group?: string;
      /** @description Description of the component. */
      description?: string;
      /** @description Whether the component is read-only, i.e. its content cannot be updated. */
      readonly?: boolean;
    };
    /**
     * @description Response of GET /sites/{site_id}/components, one page of components.
     * @example {
     *       "components": [
     *         {
     *           "id": "5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12",
     *           "name": "Call to action",
     *           "group": "Marketing",
     *           "description": "Banner with a heading and a button, used at the end of landing pages.",
     *           "readonly": false
     *         },
     *         {
     *           "id": "0b0d0d1e-35c1-4a2a-9b1f-8f1c2b3d4e5f",
     *           "name": "Navbar",
     *           "readonly": true
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 2
     *       }
     *     }
     */
    ComponentList: {
      /** @description The components of this page of results. */
      components?: components["schemas"]["Component"][];
      /** @description Paging information of this page of results. */
      pagination?: components["schemas"]["Pagination"];
    };
    /**
     * @description Response of GET /sites/{site_id}/components/{component_id}/dom: one page of the static content nodes of a component.
     * @example {
     *       "componentId": "5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12",
     *       "nodes": [
     *         {
     *           "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d21",
     *           "type": "text",
     *           "text": {
     *             "html": "<h2>Ready to get started?</h2>",
     *             "text": "Ready to get started?"
     *           }
     *         },
     *         {
     *           "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d22",
     *           "type": "image",
     *           "image": {
     *             "alt": null,
     *             "assetId": "659595234426a9fcbad57044"
     *           }
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 2
     *       }
     *     }
     */
    ComponentContent: {
      /** @description Unique identifier of the component. */
      componentId?: string;
      /** @description The content nodes of this page of results, in document order. */
      nodes?: components["schemas"]["DomNode"][];
      /** @description Paging information of this page of results. */
      pagination?: components["schemas"]["Pagination"];
    };
    /**
     * @description A text property of a component: its definition (id, type, label) and its value. Used for the properties of a component and for the values a component instance overrides.
     * @example {
     *       "propertyId": "7dd14c08-2e96-8d3d-2b19-b5c03642a0f0",
     *       "type": "Plain Text",
     *       "label": "Button label",
     *       "text": {
     *         "html": null,
     *         "text": "Get started"
     *       }
     *     }
     * @example {
     *       "propertyId": "7dd14c08-2e96-8d3d-2b19-b5c03642a0f1",
     *       "type": "Rich Text",
     *       "label": "Body",
     *       "text": {
     *         "html": "<p>Start your <strong>free</strong> trial today.</p>",
     *         "text": "Start your free trial today."
     *       }
     *     }
     */
    ComponentProperty: {
      /** @description Unique identifier of the property within the component. */
      propertyId: string;
      /** @description Kind of the property: `Plain Text`, `Rich Text` or `Alt Text` (image alternative text), or a newer kind this description does not list; unknown values are passed through. */
      type: ("Plain Text" | "Rich Text" | "Alt Text") | (string & {});
      /** @description Label of the property, as shown in the Designer. */
      label: string;
      /** @description Value of the property. */
      text: components["schemas"]["DomText"];
    };
    /**
     * @description Response of GET /sites/{site_id}/components/{component_id}/properties: one page of the properties of a component with their default values.
     * @example {
     *       "componentId": "5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12",
     *       "properties": [
     *         {
     *           "propertyId": "7dd14c08-2e96-8d3d-2b19-b5c03642a0f0",
     *           "type": "Plain Text",
     *           "label": "Button label",
     *           "text": {
     *             "html": null,
     *             "text": "Get started"
     *           }
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    ComponentPropertyList: {
      /** @description Unique identifier of the component. */
      componentId?: string;
      /** @description The properties of this page of results. */
      properties?: components["schemas"]["ComponentProperty"][];
      /** @description Paging information of this page of results. */
      pagination?: components["schemas"]["Pagination"];
    };
    /**
     * @description The new value of one text property of a component.
     * @example {
     *       "propertyId": "7dd14c08-2e96-8d3d-2b19-b5c03642a0f0",
     *       "text": "Commencer"
     *     }
     */
    ComponentPropertyUpdate: {
      /** @description Unique identifier of the property to update. */
      propertyId: string;
      /** @description The new value (HTML with inline formatting is accepted for Rich Text properties). */
      text: string;
    };
    /**
     * @description Body of POST /sites/{site_id}/components/{component_id}/properties.
     * @example {
     *       "properties": [
     *         {
     *           "propertyId": "7dd14c08-2e96-8d3d-2b19-b5c03642a0f0",
     *           "text": "Commencer"
     *         },
     *         {
     *           "propertyId": "7dd14c08-2e96-8d3d-2b19-b5c03642a0f1",
     *           "text": "<p>Commencez votre essai <strong>gratuit</strong> dès aujourd'hui.</p>"
     *         }
     *       ]
     *     }
     */
    UpdateComponentPropertiesRequest: {
      /** @description The properties to update, with their new values. */
      properties: components["schemas"]["ComponentPropertyUpdate"][];
    };
    /**
     * @description A script registered on a site (hosted at a URL, or inline code that Webflow hosts), which can then be applied to the site or to its pages as custom code.
     * @example {
     *       "id": "cms_slider",
     *       "canCopy": true,
     *       "displayName": "CMS Slider",
     *       "hostedLocation": "https://cdn.example.com/cms-slider/1.0.0/slider.min.js",
     *       "integrityHash": "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC",
     *       "createdOn": "2024-02-20T09:30:00.000Z",
     *       "lastUpdated": "2024-02-20T09:30:00.000Z",
     *       "version": "1.0.0"
     *     }
     */
    RegisteredScript: {
      /** @description Unique identifier of the registered script; AppliedScript.id refers to it. */
      id?: string;
      /** @description Whether the script can be copied when the site is duplicated or transferred. */
      canCopy?: boolean;
      /** @description Name of the script, as shown to users. */
      displayName?: string;
      /** @description URL where the script is hosted. */
      hostedLocation?: string;
      /** @description Subresource Integrity (SRI) hash of the script, e.g. `sha384-...`. */
      integrityHash?: string;
      /** @description Date the script was registered (ISO-8601 date-time text). */
      createdOn?: string;
      /** @description Date the script was last updated (ISO-8601 date-time text). */
      lastUpdated?: string;
      /** @description Version of the script (Semantic Versioning, e.g. `1.0.0`). */
      version?: string;
    };
    /**
     * @description Response of GET /sites/{site_id}/registered_scripts.
     * @example {
     *       "registeredScripts": [
     *         {
     *           "id": "cms_slider",
     *           "canCopy": true,
     *           "displayName": "CMS Slider",
     *           "hostedLocation": "https://cdn.example.com/cms-slider/1.0.0/slider.min.js",
     *           "integrityHash": "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC",
     *           "createdOn": "2024-02-20T09:30:00.000Z",
     *           "lastUpdated": "2024-02-20T09:30:00.000Z",
     *           "version": "1.0.0"
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    RegisteredScriptList: {
      /** @description The scripts registered on the site. */
      registeredScripts?: components["schemas"]["RegisteredScript"][];
      /** @description Paging information (the endpoint takes no paging parameters). */
      pagination?: components["schemas"]["Pagination"];
    };
    /**
     * @description Body of POST /sites/{site_id}/registered_scripts/hosted: a script hosted at a URL of your own.
     * @example {
     *       "hostedLocation": "https://cdn.example.com/cms-slider/1.0.0/slider.min.js",
     *       "integrityHash": "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC",
     *       "canCopy": true,
     *       "version": "1.0.0",
     *       "displayName": "CMS Slider"
     *     }
     */
    RegisterHostedScriptRequest: {
      /**
       * Format: uri
       * @description URL where the script is hosted.
       */
      hostedLocation: string;
      /** @description Subresource Integrity (SRI) hash of the script, e.g. `sha384-...`. */
      integrityHash: string;
      /** @description Whether the script can be copied when the site is duplicated or transferred. */
      canCopy?: boolean;
      /** @description Version of the script (Semantic Versioning, e.g. `1.0.0`). */
      version: string;
      /** @description Name of the script, as shown to users. */
      displayName: string;
    };
    /**
     * @description Body of POST /sites/{site_id}/registered_scripts/inline: JavaScript source code that Webflow hosts for you.
     * @example {
     *       "sourceCode": "console.log('Hello from Acme');",
     *       "canCopy": false,
     *       "version": "0.0.1",
     *       "displayName": "Hello logger"
     *     }
     */
    RegisterInlineScriptRequest: {
      /** @description The JavaScript source code of the script (without `<script>` tags). */
      sourceCode: string;
      /** @description Subresource Integrity (SRI) hash of the script, e.g. `sha384-...`. */
      integrityHash?: string;
      /** @description Whether the script can be copied when the site is duplicated or transferred. */
      canCopy?: boolean;
      /** @description Version of the script (Semantic Versioning, e.g. `1.0.0`). */
      version: string;
      /** @description Name of the script, as shown to users. */
      displayName: string;
    };
    /**
     * @description A registered script applied as custom code to a site or a page: which script, which of its versions, where in the page it goes and with which attributes.
     * @example {
     *       "id": "cms_slider",
     *       "location": "header",
     *       "version": "1.0.0",
     *       "attributes": {
     *         "data-autoplay": "true"
     *       }
     *     }
     */
    AppliedScript: {
      /** @description Unique identifier of the registered script (RegisteredScript.id). */
      id: string;
      /**
       * @description Where the script is inserted: `header` in the page's `<head>`, `footer` at the end of its `<body>`.
       * @enum {string}
       */
      location: "header" | "footer";
      /** @description Version of the registered script to apply. */
      version: string;
      /** @description Attributes added to the `<script>` tag. */
      attributes?: components["schemas"]["HtmlAttributes"];
    };
    /**
     * @description The custom code of a site or of a page: the registered scripts applied to it. Response of GET and PUT /sites/{site_id}/custom_code and /pages/{page_id}/custom_code, and body of the PUT requests.
     * @example {
     *       "scripts": [
     *         {
     *           "id": "cms_slider",
     *           "location": "header",
     *           "version": "1.0.0",
     *           "attributes": {
     *             "data-autoplay": "true"
     *           }
     *         },
     *         {
     *           "id": "hello_logger",
     *           "location": "footer",
     *           "version": "0.0.1"
     *         }
     *       ],
     *       "lastUpdated": "2024-02-22T14:00:00.000Z",
     *       "createdOn": "2024-02-20T09:35:00.000Z"
     *     }
     */
    CustomCode: {
      /** @description The scripts applied (in a PUT body, the scripts to apply). */
      scripts?: components["schemas"]["AppliedScript"][];
      /** @description Date the custom code was last updated (ISO-8601 date-time text). */
      lastUpdated?: string;
      /** @description Date the custom code was first applied (ISO-8601 date-time text). */
      createdOn?: string;
    };
    /**
     * @description The custom code applied to the site or to one of its pages, as listed by GET /sites/{site_id}/custom_code/blocks.
     * @example {
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "pageId": null,
     *       "type": "site",
     *       "scripts": [
     *         {
     *           "id": "cms_slider",
     *           "location": "header",
     *           "version": "1.0.0"
     *         }
     *       ],
     *       "createdOn": "2024-02-20T09:35:00.000Z",
     *       "lastUpdated": "2024-02-22T14:00:00.000Z"
     *     }
     */
    CustomCodeBlock: {
      /** @description Unique identifier of the site. */
      siteId?: string;
      /** @description Unique identifier of the page the block applies to, or null for site-wide custom code. */
      pageId?: string | null;
      /** @description Where the block applies: `site` (every page) or `page` (one page), a newer value this description does not list (passed through), or null. */
      type?: ("site" | "page") | (string & {}) | null;
      /** @description The scripts applied by the block. */
      scripts?: components["schemas"]["AppliedScript"][];
      /**
       * Format: date-time
       * @description Date the block was created.
       */
      createdOn?: string;
      /**
       * Format: date-time
       * @description Date the block was last updated.
       */
      lastUpdated?: string;
    };
    /**
     * @description Response of GET /sites/{site_id}/custom_code/blocks, one page of custom code blocks.
     * @example {
     *       "blocks": [
     *         {
     *           "siteId": "580e63e98c9a982ac9b8b741",
     *           "pageId": null,
     *           "type": "site",
     *           "scripts": [
     *             {
     *               "id": "cms_slider",
     *               "location": "header",
     *               "version": "1.0.0"
     *             }
     *           ],
     *           "createdOn": "2024-02-20T09:35:00.000Z",
     *           "lastUpdated": "2024-02-22T14:00:00.000Z"
     *         },
     *         {
     *           "siteId": "580e63e98c9a982ac9b8b741",
     *           "pageId": "63c720f9347c2139b248e552",
     *           "type": "page",
     *           "scripts": [
     *             {
     *               "id": "hello_logger",
     *               "location": "footer",
     *               "version": "0.0.1"
     *             }
     *           ],
     *           "createdOn": "2024-02-21T11:00:00.000Z",
     *           "lastUpdated": "2024-02-21T11:00:00.000Z"
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 2
     *       }
     *     }
     */
    CustomCodeBlockList: {
      /** @description The custom code blocks of this page of results. */
      blocks?: components["schemas"]["CustomCodeBlock"][];
      /** @description Paging information of this page of results. */
      pagination?: components["schemas"]["Pagination"];
    };
    /**
     * @description A CMS collection as GET /sites/{site_id}/collections lists it: its identity and dates, without its fields.
     * @example {
     *       "id": "580e63fc8c9a982ac9b8b745",
     *       "displayName": "Blog Posts",
     *       "singularName": "Blog Post",
     *       "slug": "posts",
     *       "createdOn": "2016-10-24T19:42:38.929Z",
     *       "lastUpdated": "2023-03-17T18:47:35.560Z"
     *     }
     */
    CollectionSummary: {
      /** @description Unique identifier of the collection. */
      id: string;
      /** @description Name of the collection (for example `Blog Posts`). */
      displayName?: string;
      /** @description Name of one item of the collection (for example `Blog Post`). */
      singularName?: string;
      /** @description Slug of the collection in the site's URL structure. */
      slug?: string;
      /**
       * Format: date-time
       * @description Date the collection was created.
       */
      createdOn?: string;
      /**
       * Format: date-time
       * @description Date the collection was last updated.
       */
      lastUpdated?: string;
    };
    /**
     * @description A CMS collection with its fields (GET /collections/{collection_id}, and the response of POST /sites/{site_id}/collections). Every collection has the built-in `name` and `slug` fields besides its custom fields.
     * @example {
     *       "id": "580e63fc8c9a982ac9b8b745",
     *       "displayName": "Blog Posts",
     *       "singularName": "Blog Post",
     *       "slug": "posts",
     *       "createdOn": "2016-10-24T19:42:38.929Z",
     *       "lastUpdated": "2023-03-17T18:47:35.560Z",
     *       "fields": [
     *         {
     *           "id": "7f15043107e2fc95644e9381",
     *           "isRequired": true,
     *           "isEditable": true,
     *           "type": "PlainText",
     *           "slug": "name",
     *           "displayName": "Name",
     *           "helpText": "",
     *           "validations": {
     *             "singleLine": true,
     *             "maxLength": 256
     *           }
     *         },
     *         {
     *           "id": "7f15043107e2fc95644e9382",
     *           "isRequired": true,
     *           "isEditable": true,
     *           "type": "PlainText",
     *           "slug": "slug",
     *           "displayName": "Slug",
     *           "validations": {
     *             "singleLine": true,
     *             "maxLength": 256
     *           }
     *         },
     *         {
     *           "id": "7f15043107e2fc95644e9380",
     *           "isRequired": false,
     *           "isEditable": true,
     *           "type": "RichText",
     *           "slug": "post-body",
     *           "displayName": "Post Body",
     *           "helpText": "Add the body of your post here",
     *           "validations": null
     *         }
     *       ]
     *     }
     */
    Collection: {
      /** @description The fields of the collection, built-in and custom. */
      fields: components["schemas"]["Field"][];
    } & WithRequired<
      components["schemas"]["CollectionSummary"],
      "id" | "displayName" | "singularName"
    >;
    /**
     * @description Response of GET /sites/{site_id}/collections. The list is not paginated.
     * @example {
     *       "collections": [
     *         {
     *           "id": "580e63fc8c9a982ac9b8b745",
     *           "displayName": "Blog Posts",
     *           "singularName": "Blog Post",
     *           "slug": "posts",
     *           "createdOn": "2016-10-24T19:42:38.929Z",
     *           "lastUpdated": "2023-03-17T18:47:35.560Z"
     *         },
     *         {
     *           "id": "580e63fc8c9a982ac9b8b747",
     *           "displayName": "Authors",
     *           "singularName": "Author",
     *           "slug": "authors",
     *           "createdOn": "2016-10-24T19:43:11.102Z",
     *           "lastUpdated": "2023-02-01T09:12:04.331Z"
     *         }
     *       ]
     *     }
     */
    CollectionList: {
      /** @description The collections of the site, without their fields. */
      collections?: components["schemas"]["CollectionSummary"][];
    };
    /**
     * @description The type of a collection field. Webflow adds field types over time: a value outside the known list is passed through as a plain string.
     * @example PlainText
     * @example MultiReference
     */
    FieldType:
      | (
          | "Color"
          | "DateTime"
          | "Email"
          | "ExtFileRef"
          | "File"
          | "Image"
          | "Link"
          | "MultiImage"
          | "MultiReference"
          | "Number"
          | "Option"
          | "Phone"
          | "PlainText"
          | "Reference"
          | "RichText"
          | "Switch"
          | "VideoLink"
        )
      | (string & {});
    /**
     * @description A field of a CMS collection, as GET /collections/{collection_id} and PATCH .../fields/{field_id} return it.
     * @example {
     *       "id": "7f15043107e2fc95644e9380",
     *       "isRequired": false,
     *       "isEditable": true,
     *       "type": "RichText",
     *       "slug": "post-body",
     *       "displayName": "Post Body",
     *       "helpText": "Add the body of your post here",
     *       "validations": null
     *     }
     */
    Field: {
      /** @description Unique identifier of the field. */
      id: string;
      /** @description Whether every item of the collection must have a value for this field. */
      isRequired: boolean;
      /** @description Whether the field can be edited. */
      isEditable?: boolean;
      /** @description The type of the field. */
      type: components["schemas"]["FieldType"];
      /** @description Slug of the field: the key of its value in an item's `fieldData` (lowercase, spaces replaced with hyphens). */
      slug?: string;
      /** @description Name of the field as shown in the Designer and Editor. */
      displayName: string;
      /** @description Text shown to help whoever fills in the field. */
      helpText?: string;
      /** @description Type-specific settings and constraints of the field (for example `maxLength`, the `options` of an Option field or the `collectionId` of a Reference field), or null when it has none. Its keys depend on the field type. */
      validations?: {
        [key: string]: unknown;
      } | null;
    };
    /**
     * @description Response of POST /collections/{collection_id}/fields: the created field, in the shape of the request (with its `id`).
     * @example {
     *       "id": "7f15043107e2fc95644e9383",
     *       "isEditable": true,
     *       "isRequired": false,
     *       "type": "Option",
     *       "displayName": "Category",
     *       "helpText": "The category of the post",
     *       "metadata": {
     *         "options": [
     *           {
     *             "name": "News",
     *             "id": "66f0a9c1a7b2c3d4e5f60718"
     *           },
     *           {
     *             "name": "Tutorials",
     *             "id": "66f0a9c1a7b2c3d4e5f60719"
     *           }
     *         ]
     *       }
     *     }
     */
    CreatedField: {
      /** @description Unique identifier of the field. */
      id?: string;
      /** @description Whether the field can be edited. */
      isEditable?: boolean;
      /** @description Whether every item of the collection must have a value for this field. */
      isRequired?: boolean;
      /** @description The type of the field. */
      type: components["schemas"]["FieldType"];
      /** @description Name of the field as shown in the Designer and Editor. */
      displayName: string;
      /** @description Text shown to help whoever fills in the field. */
      helpText?: string;
      /** @description Type-specific settings sent with the request: `options` for an Option field, `collectionId` for a Reference or MultiReference field. */
      metadata?: {
        [key: string]: unknown;
      };
    };
    /**
     * @description A field to create whose type needs no settings (text, number, date, media, link, switch...).
     * @example {
     *       "isRequired": false,
     *       "type": "RichText",
     *       "displayName": "Post Body",
     *       "helpText": "Add the body of your post here"
     *     }
     */
    CreateStaticFieldRequest: {
      /** @description Unique identifier to give the field (optional; Webflow assigns one when omitted). */
      id?: string;
      /** @description Whether the field can be edited. */
      isEditable?: boolean;
      /** @description Whether every item of the collection must have a value for this field. */
      isRequired?: boolean;
      /**
       * @description The type of the field.
       * @enum {string}
       */
      type:
        | "Color"
        | "DateTime"
        | "Email"
        | "File"
        | "Image"
        | "Link"
        | "MultiImage"
        | "Number"
        | "Phone"
        | "PlainText"
        | "RichText"
        | "Switch"
        | "VideoLink";
      /** @description Name of the field as shown in the Designer and Editor. */
      displayName: string;
      /** @description Text shown to help whoever fills in the field. */
      helpText?: string;
    };
    /**
     * @description An Option field to create, with the options an item can choose from.
     * @example {
     *       "isRequired": false,
     *       "type": "Option",
     *       "displayName": "Category",
     *       "helpText": "The category of the post",
     *       "metadata": {
     *         "options": [
     *           {
     *             "name": "News"
     *           },
     *           {
     *             "name": "Tutorials"
     *           }
     *         ]
     *       }
     *     }
     */
    CreateOptionFieldRequest: {
      /** @description Unique identifier to give the field (optional; Webflow assigns one when omitted). */
      id?: string;
      /** @description Whether the field can be edited. */
      isEditable?: boolean;
      /** @description Whether every item of the collection must have a value for this field. */
      isRequired?: boolean;
      /**
       * @description The type of the field, `Option`.
       * @enum {string}
       */
      type: "Option";
      /** @description Name of the field as shown in the Designer and Editor. */
      displayName: string;
      /** @description Text shown to help whoever fills in the field. */
      helpText?: string;
      /** @description Settings of the Option field. */
      metadata: {
        /** @description The options an item can choose from. */
        options: {
          /** @description Name of the option. */
          name: string;
          /** @description Identifier to give the option (optional). */
          id?: string;
        }[];
      };
    };
    /**
     * @description A Reference or MultiReference field to create, pointing at items of another collection.
     * @example {
     *       "isRequired": false,
     *       "type": "Reference",
     *       "displayName": "Author",
     *       "helpText": "The author of the post",
     *       "metadata": {
     *         "collectionId": "580e63fc8c9a982ac9b8b747"
     *       }
     *     }
     */
    CreateReferenceFieldRequest: {
      /** @description Unique identifier to give the field (optional; Webflow assigns one when omitted). */
      id?: string;
      /** @description Whether the field can be edited. */
      isEditable?: boolean;
      /** @description Whether every item of the collection must have a value for this field. */
      isRequired?: boolean;
      /**
       * @description The type of the field, `Reference` (one item) or `MultiReference` (several items).
       * @enum {string}
       */
      type: "MultiReference" | "Reference";
      /** @description Name of the field as shown in the Designer and Editor. */
      displayName: string;
      /** @description Text shown to help whoever fills in the field. */
      helpText?: string;
      /** @description Settings of the Reference field. */
      metadata: {
        /** @description Unique identifier of the collection whose items the field references. */
        collectionId: string;
      };
    };
    /**
     * @description A field to create (body of POST /collections/{collection_id}/fields, and an entry of `fields` when creating a collection): a static field, an Option field or a Reference field, told apart by `type`. Field validations cannot be set through the API.
     * @example {
     *       "isRequired": false,
     *       "type": "RichText",
     *       "displayName": "Post Body",
     *       "helpText": "Add the body of your post here"
     *     }
     * @example {
     *       "type": "Reference",
     *       "displayName": "Author",
     *       "metadata": {
     *         "collectionId": "580e63fc8c9a982ac9b8b747"
     *       }
     *     }
     */
    CreateFieldRequest:
      | components["schemas"]["CreateStaticFieldRequest"]
      | components["schemas"]["CreateOptionFieldRequest"]
      | components["schemas"]["CreateReferenceFieldRequest"];
    /**
     * @description Body of PATCH /collections/{collection_id}/fields/{field_id}; only the properties sent are changed.
     * @example {
     *       "isRequired": false,
     *       "displayName": "Post Body",
     *       "helpText": "Add the body of your post here"
     *     }
     */
    UpdateFieldRequest: {
      /** @description Whether every item of the collection must have a value for this field. */
      isRequired?: boolean;
      /** @description Name of the field as shown in the Designer and Editor. */
      displayName?: string;
      /** @description Text shown to help whoever fills in the field. */
      helpText?: string;
    };
    /**
     * @description Body of POST /sites/{site_id}/collections. The built-in `name` and `slug` fields are created automatically; `fields` adds custom fields (the only way to create several fields in one request).
     * @example {
     *       "displayName": "Blog Posts",
     *       "singularName": "Blog Post",
     *       "slug": "posts",
     *       "fields": [
     *         {
     *           "isRequired": false,
     *           "type": "RichText",
     *           "displayName": "Post Body",
     *           "helpText": "Add the body of your post here"
     *         },
     *         {
     *           "type": "Reference",
     *           "displayName": "Author",
     *           "metadata": {
     *             "collectionId": "580e63fc8c9a982ac9b8b747"
     *           }
     *         }
     *       ]
     *     }
     */
    CreateCollectionRequest: {
      /** @description Name of the collection (for example `Blog Posts`). */
      displayName: string;
      /** @description Name of one item of the collection (for example `Blog Post`). */
      singularName: string;
      /** @description Slug of the collection in the site's URL structure; derived from the name when omitted. */
      slug?: string;
      /** @description Custom fields to create with the collection. */
      fields?: components["schemas"]["CreateFieldRequest"][];
    };
    /**
     * @description The field values of a CMS item, keyed by field slug. `name` and `slug` are the built-in fields every collection has; every other key is a custom field whose value type depends on the field's type (text, number, boolean, an image or file object, a referenced item ID, a list of IDs...).
     * @example {
     *       "name": "Pan Galactic Gargle Blaster Recipe",
     *       "slug": "pan-galactic-gargle-blaster",
     *       "color": "#db4b68",
     *       "featured": true,
     *       "author": "580e64008c9a982ac9b8b760"
     *     }
     */
    ItemFieldData: {
      /** @description Name of the item. */
      name: string;
      /** @description Slug of the item in the site's URL structure. Changing it breaks every link to the old slug. */
      slug: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Field values of a CMS item where `name` and `slug` may be absent: the values to change in an update (only the fields sent are changed), and the values echoed by a bulk create. Keyed by field slug like ItemFieldData.
     * @example {
     *       "featured": false
     *     }
     * @example {
     *       "name": "Pan Galactic Gargle Blaster",
     *       "slug": "pan-galactic-gargle-blaster"
     *     }
     */
    ItemFieldDataPartial: {
      /** @description Name of the item. */
      name?: string;
      /** @description Slug of the item in the site's URL structure. Changing it breaks every link to the old slug. */
      slug?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description An item of a CMS collection in one locale, staged or live (the lists, the single-item reads and the create and update responses).
     * @example {
     *       "id": "580e64008c9a982ac9b8b754",
     *       "cmsLocaleId": "653ad57de882f528b32e810e",
     *       "lastPublished": "2023-03-17T18:47:35.560Z",
     *       "lastUpdated": "2023-03-17T18:47:35.560Z",
     *       "createdOn": "2023-03-17T18:47:35.560Z",
     *       "isArchived": false,
     *       "isDraft": false,
     *       "fieldData": {
     *         "name": "Pan Galactic Gargle Blaster Recipe",
     *         "slug": "pan-galactic-gargle-blaster",
     *         "color": "#db4b68",
     *         "featured": true
     *       }
     *     }
     * @example {
     *       "id": "62b720ef280c7a7a3be8cabe",
     *       "cmsLocaleId": null,
     *       "lastPublished": null,
     *       "lastUpdated": "2023-04-02T12:42:00.000Z",
     *       "createdOn": "2023-04-02T12:42:00.000Z",
     *       "isArchived": false,
     *       "isDraft": true,
     *       "fieldData": {
     *         "name": "Senior Data Analyst",
     *         "slug": "senior-data-analyst"
     *       }
     *     }
     */
    CollectionItem: {
      /** @description Unique identifier of the item. */
      id: string;
      /** @description Identifier of the CMS locale of this version of the item. */
      cmsLocaleId?: string | null;
      /** @description Date the item was last published (ISO 8601), or null if it never was. */
      lastPublished: string | null;
      /** @description Date the item was last updated (ISO 8601). */
      lastUpdated: string;
      /** @description Date the item was created (ISO 8601). */
      createdOn: string;
      /** @description Whether the item is archived. */
      isArchived?: boolean;
      /** @description Whether the item is a draft (drafts are not published with the site). */
      isDraft?: boolean;
      /** @description The field values of the item. */
      fieldData: components["schemas"]["ItemFieldData"];
    };
    /**
     * @description One page of items (GET /collections/{collection_id}/items and .../items/live), paged with `offset` and `limit`.
     * @example {
     *       "items": [
     *         {
     *           "id": "580e64008c9a982ac9b8b754",
     *           "cmsLocaleId": "653ad57de882f528b32e810e",
     *           "lastPublished": "2023-03-17T18:47:35.560Z",
     *           "lastUpdated": "2023-03-17T18:47:35.560Z",
     *           "createdOn": "2023-03-17T18:47:35.560Z",
     *           "isArchived": false,
     *           "isDraft": false,
     *           "fieldData": {
     *             "name": "Pan Galactic Gargle Blaster Recipe",
     *             "slug": "pan-galactic-gargle-blaster"
     *           }
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    CollectionItemList: {
      /** @description The items of this page. */
      items: components["schemas"]["CollectionItem"][];
      /** @description Paging information of this page of results. */
      pagination: components["schemas"]["Pagination"];
    };
    /**
     * @description Several items at once: the response of PATCH .../items/live, and of a create or update that sent several items. The staged bulk update may also send a `pagination` object beside `items`.
     * @example {
     *       "items": [
     *         {
     *           "id": "580e64008c9a982ac9b8b754",
     *           "cmsLocaleId": "653ad57de882f528b32e810e",
     *           "lastPublished": "2023-03-17T18:47:35.560Z",
     *           "lastUpdated": "2023-04-02T12:42:00.000Z",
     *           "createdOn": "2023-03-17T18:47:35.560Z",
     *           "isArchived": false,
     *           "isDraft": false,
     *           "fieldData": {
     *             "name": "Pan Galactic Gargle Blaster Recipe",
     *             "slug": "pan-galactic-gargle-blaster",
     *             "featured": false
     *           }
     *         }
     *       ]
     *     }
     */
    CollectionItemBatch: {
      /** @description The items created or updated. */
      items?: components["schemas"]["CollectionItem"][];
    };
    /**
     * @description One item, or several items under `items`: the response of the create endpoints (POST .../items and .../items/live) and of the staged bulk update (PATCH .../items), depending on whether one item or several were sent. Tell them apart with `'items' in result`.
     * @example {
     *       "id": "580e64008c9a982ac9b8b754",
     *       "cmsLocaleId": "653ad57de882f528b32e810e",
     *       "lastPublished": null,
     *       "lastUpdated": "2023-03-17T18:47:35.560Z",
     *       "createdOn": "2023-03-17T18:47:35.560Z",
     *       "isArchived": false,
     *       "isDraft": false,
     *       "fieldData": {
     *         "name": "Pan Galactic Gargle Blaster Recipe",
     *         "slug": "pan-galactic-gargle-blaster"
     *       }
     *     }
     */
    CollectionItemOrBatch:
      components["schemas"]["CollectionItem"] | components["schemas"]["CollectionItemBatch"];
    /**
     * @description An item to create. Only `fieldData` (with `name` and `slug`) is required.
     * @example {
     *       "isArchived": false,
     *       "isDraft": false,
     *       "fieldData": {
     *         "name": "Pan Galactic Gargle Blaster Recipe",
     *         "slug": "pan-galactic-gargle-blaster",
     *         "color": "#db4b68",
     *         "featured": true
     *       }
     *     }
     */
    NewCollectionItem: {
      /** @description Unique identifier of the item (the reference accepts it; Webflow assigns one). */
      id?: string;
      /** @description Identifier of the CMS locale to create the item in; the primary locale when omitted. To create an item in several locales at once use POST .../items/bulk. */
      cmsLocaleId?: string;
      /**
       * Format: date-time
       * @description Date the item was last published (the reference accepts it; Webflow sets it).
       */
      lastPublished?: string;
      /**
       * Format: date-time
       * @description Date the item was last updated (the reference accepts it; Webflow sets it).
       */
      lastUpdated?: string;
      /**
       * Format: date-time
       * @description Date the item was created (the reference accepts it; Webflow sets it).
       */
      createdOn?: string;
      /** @description Whether the item is archived. */
      isArchived?: boolean;
      /** @description Whether the item is a draft (drafts are not published with the site). */
      isDraft?: boolean;
      /** @description The field values of the item, keyed by field slug. */
      fieldData: components["schemas"]["ItemFieldData"];
    };
    /**
     * @description Several items to create in one request.
     * @example {
     *       "items": [
     *         {
     *           "isArchived": false,
     *           "isDraft": false,
     *           "fieldData": {
     *             "name": "Senior Data Analyst",
     *             "slug": "senior-data-analyst",
     *             "department": "Data"
     *           }
     *         },
     *         {
     *           "isArchived": false,
     *           "isDraft": false,
     *           "fieldData": {
     *             "name": "Product Manager",
     *             "slug": "product-manager",
     *             "department": "Product"
     *           }
     *         }
     *       ]
     *     }
     */
    NewCollectionItemList: {
      /** @description The items to create. */
      items: components["schemas"]["NewCollectionItem"][];
    };
    /**
     * @description Body of POST /collections/{collection_id}/items and .../items/live: one item, or several items under `items`.
     * @example {
     *       "fieldData": {
     *         "name": "Pan Galactic Gargle Blaster Recipe",
     *         "slug": "pan-galactic-gargle-blaster"
     *       }
     *     }
     * @example {
     *       "items": [
     *         {
     *           "fieldData": {
     *             "name": "Senior Data Analyst",
     *             "slug": "senior-data-analyst"
     *           }
     *         }
     *       ]
     *     }
     */
    CreateCollectionItemsRequest:
      components["schemas"]["NewCollectionItem"] | components["schemas"]["NewCollectionItemList"];
    /**
     * @description Body of POST /collections/{collection_id}/items/bulk: one item (or up to 100 items) created in each of several locales. Without `cmsLocaleIds` the items are created in the primary locale only.
     * @example {
     *       "cmsLocaleIds": [
     *         "653ad57de882f528b32e810e",
     *         "6526f08b7c5cd8b5e2c7b1e2"
     *       ],
     *       "isArchived": false,
     *       "isDraft": false,
     *       "fieldData": {
     *         "name": "Don't Panic",
     *         "slug": "dont-panic"
     *       }
     *     }
     * @example {
     *       "cmsLocaleIds": [
     *         "653ad57de882f528b32e810e"
     *       ],
     *       "fieldData": [
     *         {
     *           "name": "Don't Panic",
     *           "slug": "dont-panic"
     *         },
     *         {
     *           "name": "So Long and Thanks for All the Fish",
     *           "slug": "so-long-and-thanks"
     *         }
     *       ]
     *     }
     */
    BulkCreateCollectionItemsRequest: {
      /** @description Identifiers of the CMS locales to create the item(s) in. */
      cmsLocaleIds?: string[];
      /**
       * Format: date-time
       * @description Date the item was last published (the reference accepts it; Webflow sets it).
       */
      lastPublished?: string;
      /**
       * Format: date-time
       * @description Date the item was last updated (the reference accepts it; Webflow sets it).
       */
      lastUpdated?: string;
      /**
       * Format: date-time
       * @description Date the item was created (the reference accepts it; Webflow sets it).
       */
      createdOn?: string;
      /** @description Whether the item(s) are archived. */
      isArchived?: boolean;
      /** @description Whether the item(s) are drafts. */
      isDraft?: boolean;
      /** @description The field values of one item, or a list of them to create several items. */
      fieldData: components["schemas"]["ItemFieldData"] | components["schemas"]["ItemFieldData"][];
    };
    /**
     * @description Response of POST /collections/{collection_id}/items/bulk: the item created, with the CMS locales it was created in.
     * @example {
     *       "id": "580e64008c9a982ac9b8b754",
     *       "cmsLocaleIds": [
     *         "653ad57de882f528b32e810e",
     *         "6526f08b7c5cd8b5e2c7b1e2"
     *       ],
     *       "lastPublished": null,
     *       "lastUpdated": "2024-10-01T09:15:31.000Z",
     *       "createdOn": "2024-10-01T09:15:31.000Z",
     *       "isArchived": false,
     *       "isDraft": false,
     *       "fieldData": {
     *         "name": "Don't Panic",
     *         "slug": "dont-panic"
     *       }
     *     }
     */
    BulkCollectionItem: {
      /** @description Unique identifier of the item. */
      id: string;
      /** @description Identifiers of the CMS locales the item was created in. */
      cmsLocaleIds: string[];
      /** @description Date the item was last published (ISO 8601), or null if it never was. */
      lastPublished: string | null;
      /** @description Date the item was last updated (ISO 8601). */
      lastUpdated: string;
      /** @description Date the item was created (ISO 8601). */
      createdOn: string;
      /** @description Whether the item is archived. */
      isArchived: boolean;
      /** @description Whether the item is a draft. */
      isDraft: boolean;
      /** @description The field values of the item. */
      fieldData: components["schemas"]["ItemFieldDataPartial"];
    };
    /**
     * @description Changes to one item (body of PATCH .../items/{item_id} and .../items/{item_id}/live): only the properties and field values sent are changed. Without `cmsLocaleId` the primary locale is updated.
     * @example {
     *       "isDraft": false,
     *       "fieldData": {
     *         "featured": false
     *       }
     *     }
     */
    CollectionItemUpdate: {
      /** @description Unique identifier of the item. */
      id?: string;
      /** @description Identifier of the CMS locale to update; the primary locale when omitted. */
      cmsLocaleId?: string;
      /**
       * Format: date-time
       * @description Date the item was last published (the reference accepts it; Webflow sets it).
       */
      lastPublished?: string;
      /**
       * Format: date-time
       * @description Date the item was last updated (the reference accepts it; Webflow sets it).
       */
      lastUpdated?: string;
      /**
       * Format: date-time
       * @description Date the item was created (the reference accepts it; Webflow sets it).
       */
      createdOn?: string;
      /** @description Whether the item is archived. */
      isArchived?: boolean;
      /** @description Whether the item is a draft. */
      isDraft?: boolean;
      /** @description The field values to change, keyed by field slug. */
      fieldData?: components["schemas"]["ItemFieldDataPartial"];
    };
    /**
     * @description Changes to one item of a several-items update, naming the item by `id`.
     * @example {
     *       "id": "580e64008c9a982ac9b8b754",
     *       "cmsLocaleId": "653ad57de882f528b32e810e",
     *       "fieldData": {
     *         "featured": false
     *       }
     *     }
     */
    CollectionItemUpdateWithId: WithRequired<components["schemas"]["CollectionItemUpdate"], "id">;
    /**
     * @description Body of PATCH /collections/{collection_id}/items and .../items/live: up to 100 items to change, each named by `id`.
     * @example {
     *       "items": [
     *         {
     *           "id": "580e64008c9a982ac9b8b754",
     *           "fieldData": {
     *             "featured": false
     *           }
     *         },
     *         {
     *           "id": "62b720ef280c7a7a3be8cabe",
     *           "cmsLocaleId": "6526f08b7c5cd8b5e2c7b1e2",
     *           "fieldData": {
     *             "name": "Analyste de données senior"
     *           }
     *         }
     *       ]
     *     }
     */
    UpdateCollectionItemsRequest: {
      /** @description The items to change (at most 100, as Webflow documents for both update endpoints). */
      items: components["schemas"]["CollectionItemUpdateWithId"][];
    };
    /**
     * @description An item to act on, optionally in some CMS locales only.
     * @example {
     *       "id": "580e64008c9a982ac9b8b754",
     *       "cmsLocaleIds": [
     *         "653ad57de882f528b32e810e"
     *       ]
     *     }
     */
    CollectionItemRef: {
      /** @description Unique identifier of the item. */
      id: string;
      /** @description Identifiers of the CMS locales to act on; the primary locale only when omitted. */
      cmsLocaleIds?: string[];
    };
    /**
     * @description Body of DELETE /collections/{collection_id}/items (delete) and .../items/live (unpublish, at most 100 items), and one form of the publish body: the items, each optionally limited to some locales.
     * @example {
     *       "items": [
     *         {
     *           "id": "580e64008c9a982ac9b8b754"
     *         },
     *         {
     *           "id": "62b720ef280c7a7a3be8cabe",
     *           "cmsLocaleIds": [
     *             "653ad57de882f528b32e810e",
     *             "6526f08b7c5cd8b5e2c7b1e2"
     *           ]
     *         }
     *       ]
     *     }
     */
    CollectionItemRefList: {
      /** @description The items to act on. */
      items: components["schemas"]["CollectionItemRef"][];
    };
    /**
     * @description Body of POST /collections/{collection_id}/items/publish: the IDs of the items to publish (`itemIds`), or the items with the locales to publish them in (`items`).
     * @example {
     *       "itemIds": [
     *         "580e64008c9a982ac9b8b754",
     *         "62b720ef280c7a7a3be8cabe"
     *       ]
     *     }
     * @example {
     *       "items": [
     *         {
     *           "id": "580e64008c9a982ac9b8b754",
     *           "cmsLocaleIds": [
     *             "653ad57de882f528b32e810e",
     *             "6526f08b7c5cd8b5e2c7b1e2"
     *           ]
     *         }
     *       ]
     *     }
     */
    PublishItemsRequest:
      | {
          /** @description Unique identifiers of the items to publish. */
          itemIds: string[];
        }
      | components["schemas"]["CollectionItemRefList"];
    /**
     * @description Response of POST /collections/{collection_id}/items/publish (202 Accepted).
     * @example {
     *       "publishedItemIds": [
     *         "580e64008c9a982ac9b8b754",
     *         "62b720ef280c7a7a3be8cabe"
     *       ],
     *       "errors": []
     *     }
     */
    PublishItemsResponse: {
      /** @description Unique identifiers of the items that were published. */
      publishedItemIds?: string[];
      /** @description Messages about items that could not be published. */
      errors?: string[];
    };
    /**
     * @description The item a collection item webhook is about, with the site, workspace and collection it belongs to (payload of collection_item_deleted, collection_item_published and collection_item_unpublished; see CollectionItemSavedEventPayload for created and changed).
     * @example {
     *       "id": "580e64008c9a982ac9b8b754",
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "workspaceId": "580e63fc8c9a982ac9b8b744",
     *       "collectionId": "580e63fc8c9a982ac9b8b745",
     *       "cmsLocaleId": "653ad57de882f528b32e810e",
     *       "lastPublished": "2023-03-17T18:47:35.560Z",
     *       "lastUpdated": "2023-03-17T18:47:35.560Z",
     *       "createdOn": "2023-03-17T18:47:35.560Z",
     *       "isArchived": false,
     *       "isDraft": false,
     *       "fieldData": {
     *         "name": "Pan Galactic Gargle Blaster Recipe",
     *         "slug": "pan-galactic-gargle-blaster"
     *       }
     *     }
     */
    CollectionItemEventPayload: {
      /** @description Unique identifier of the item. */
      id?: string;
      /** @description Unique identifier of the site. */
      siteId?: string;
      /** @description Unique identifier of the workspace the site belongs to. */
      workspaceId?: string;
      /** @description Unique identifier of the collection of the item. */
      collectionId?: string;
      /** @description Identifier of the CMS locale of this version of the item. */
      cmsLocaleId?: string | null;
      /**
       * Format: date-time
       * @description Date the item was last published, or null if it never was.
       */
      lastPublished?: string | null;
      /**
       * Format: date-time
       * @description Date the item was last updated.
       */
      lastUpdated?: string;
      /**
       * Format: date-time
       * @description Date the item was created.
       */
      createdOn?: string;
      /** @description Whether the item is archived. */
      isArchived?: boolean;
      /** @description Whether the item is a draft. */
      isDraft?: boolean;
      /** @description The field values of the item. */
      fieldData?: components["schemas"]["ItemFieldData"];
    };
    /**
     * @description Payload of collection_item_created and collection_item_changed: the item as saved, with its site, workspace and collection IDs and its field values.
     * @example {
     *       "id": "580e64008c9a982ac9b8b754",
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "workspaceId": "580e63fc8c9a982ac9b8b744",
     *       "collectionId": "580e63fc8c9a982ac9b8b745",
     *       "cmsLocaleId": null,
     *       "lastPublished": null,
     *       "lastUpdated": "2023-03-17T18:47:35.560Z",
     *       "createdOn": "2023-03-17T18:47:35.560Z",
     *       "isArchived": false,
     *       "isDraft": true,
     *       "fieldData": {
     *         "name": "Pan Galactic Gargle Blaster Recipe",
     *         "slug": "pan-galactic-gargle-blaster",
     *         "color": "#db4b68"
     *       }
     *     }
     */
    CollectionItemSavedEventPayload: WithRequired<
      components["schemas"]["CollectionItemEventPayload"],
      "id" | "workspaceId" | "siteId" | "collectionId" | "fieldData"
    >;
    /**
     * @description Webhook delivery body for trigger type `collection_item_created`, sent when an item is created.
     * @example {
     *       "triggerType": "collection_item_created",
     *       "payload": {
     *         "id": "580e64008c9a982ac9b8b754",
     *         "siteId": "580e63e98c9a982ac9b8b741",
     *         "workspaceId": "580e63fc8c9a982ac9b8b744",
     *         "collectionId": "580e63fc8c9a982ac9b8b745",
     *         "cmsLocaleId": "653ad57de882f528b32e810e",
     *         "lastPublished": null,
     *         "lastUpdated": "2023-03-17T18:47:35.560Z",
     *         "createdOn": "2023-03-17T18:47:35.560Z",
     *         "isArchived": false,
     *         "isDraft": true,
     *         "fieldData": {
     *           "name": "Pan Galactic Gargle Blaster Recipe",
     *           "slug": "pan-galactic-gargle-blaster"
     *         }
     *       }
     *     }
     */
    CollectionItemCreatedEvent: {
      /**
       * @description The trigger type of the webhook, `collection_item_created`.
       * @constant
       */
      triggerType: "collection_item_created";
      /** @description The created item. */
      payload: components["schemas"]["CollectionItemSavedEventPayload"];
    };
    /**
     * @description Webhook delivery body for trigger type `collection_item_changed`, sent when an item is updated.
     * @example {
     *       "triggerType": "collection_item_changed",
     *       "payload": {
     *         "id": "580e64008c9a982ac9b8b754",
     *         "siteId": "580e63e98c9a982ac9b8b741",
     *         "workspaceId": "580e63fc8c9a982ac9b8b744",
     *         "collectionId": "580e63fc8c9a982ac9b8b745",
     *         "cmsLocaleId": "653ad57de882f528b32e810e",
     *         "lastPublished": "2023-03-17T18:47:35.560Z",
     *         "lastUpdated": "2023-04-02T12:42:00.000Z",
     *         "createdOn": "2023-03-17T18:47:35.560Z",
     *         "isArchived": false,
     *         "isDraft": false,
     *         "fieldData": {
     *           "name": "Pan Galactic Gargle Blaster Recipe",
     *           "slug": "pan-galactic-gargle-blaster",
     *           "featured": false
     *         }
     *       }
     *     }
     */
    CollectionItemChangedEvent: {
      /**
       * @description The trigger type of the webhook, `collection_item_changed`.
       * @constant
       */
      triggerType: "collection_item_changed";
      /** @description The item as it is after the change. */
      payload: components["schemas"]["CollectionItemSavedEventPayload"];
    };
    /**
     * @description Webhook delivery body for trigger type `collection_item_deleted`, sent when an item is deleted.
     * @example {
     *       "triggerType": "collection_item_deleted",
     *       "payload": {
     *         "id": "580e64008c9a982ac9b8b754",
     *         "siteId": "580e63e98c9a982ac9b8b741",
     *         "workspaceId": "580e63fc8c9a982ac9b8b744",
     *         "collectionId": "580e63fc8c9a982ac9b8b745",
     *         "cmsLocaleId": "653ad57de882f528b32e810e",
     *         "fieldData": {
     *           "name": "Pan Galactic Gargle Blaster Recipe",
     *           "slug": "pan-galactic-gargle-blaster"
     *         }
     *       }
     *     }
     */
    CollectionItemDeletedEvent: {
      /**
       * @description The trigger type of the webhook, `collection_item_deleted`.
       * @constant
       */
      triggerType: "collection_item_deleted";
      /** @description The deleted item. */
      payload?: components["schemas"]["CollectionItemEventPayload"];
    };
    /**
     * @description Webhook delivery body for trigger type `collection_item_published`, sent when an item is published.
     * @example {
     *       "triggerType": "collection_item_published",
     *       "payload": {
     *         "id": "580e64008c9a982ac9b8b754",
     *         "siteId": "580e63e98c9a982ac9b8b741",
     *         "workspaceId": "580e63fc8c9a982ac9b8b744",
     *         "collectionId": "580e63fc8c9a982ac9b8b745",
     *         "cmsLocaleId": "653ad57de882f528b32e810e",
     *         "lastPublished": "2023-04-02T12:45:10.000Z",
     *         "lastUpdated": "2023-04-02T12:42:00.000Z",
     *         "createdOn": "2023-03-17T18:47:35.560Z",
     *         "isArchived": false,
     *         "isDraft": false,
     *         "fieldData": {
     *           "name": "Pan Galactic Gargle Blaster Recipe",
     *           "slug": "pan-galactic-gargle-blaster"
     *         }
     *       }
     *     }
     */
    CollectionItemPublishedEvent: {
      /**
       * @description The trigger type of the webhook, `collection_item_published`.
       * @constant
       */
      triggerType: "collection_item_published";
      /** @description The published item. */
      payload?: components["schemas"]["CollectionItemEventPayload"];
    };
    /**
     * @description Webhook delivery body for trigger type `collection_item_unpublished`, sent when an item is unpublished.
     * @example {
     *       "triggerType": "collection_item_unpublished",
     *       "payload": {
     *         "id": "580e64008c9a982ac9b8b754",
     *         "siteId": "580e63e98c9a982ac9b8b741",
     *         "workspaceId": "580e63fc8c9a982ac9b8b744",
     *         "collectionId": "580e63fc8c9a982ac9b8b745",
     *         "cmsLocaleId": null,
     *         "lastPublished": null,
     *         "lastUpdated": "2023-04-02T12:50:00.000Z",
     *         "createdOn": "2023-03-17T18:47:35.560Z",
     *         "isArchived": false,
     *         "isDraft": true,
     *         "fieldData": {
     *           "name": "Pan Galactic Gargle Blaster Recipe",
     *           "slug": "pan-galactic-gargle-blaster"
     *         }
     *       }
     *     }
     */
    CollectionItemUnpublishedEvent: {
      /**
       * @description The trigger type of the webhook, `collection_item_unpublished`.
       * @constant
       */
      triggerType: "collection_item_unpublished";
      /** @description The unpublished item. */
      payload?: components["schemas"]["CollectionItemEventPayload"];
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
      /** @description URL of the page and position the thread refers to. */
      url: string;
      /** @description Text of the first comment of the thread. */
      content: string;
      /** @description Whether the thread has been resolved. */
      isResolved: boolean;
      /** @description The user who started the thread. */
      author: components["schemas"]["CommentThreadUser"];
      /** @description Users mentioned in the thread's first comment. */
      mentionedUsers: components["schemas"]["CommentThreadUser"][];
      /** @description Date the thread was created (an ISO-8601 date-time). */
      createdOn: string;
      /** @description Date the thread was last updated (an ISO-8601 date-time). */
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
      /** @description Email address of the user. */
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
      /** @description Date the reply was created (an ISO-8601 date-time). */
      createdOn: string;
      /** @description Date the reply was last updated (an ISO-8601 date-time). */
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
      /** @description Email address of the user. */
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
     * @description An asset (image or file) uploaded to a site.
     * @example {
     *       "id": "63e5889e7fe4eafa7384cea4",
     *       "contentType": "image/png",
     *       "size": 35398,
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero.png",
     *       "originalFileName": "hero.png",
     *       "displayName": "hero.png",
     *       "lastUpdated": "2023-02-09T23:56:30.739Z",
     *       "createdOn": "2023-02-09T23:56:30.739Z",
     *       "variants": [
     *         {
     *           "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero-p-500.png",
     *           "originalFileName": "hero-p-500.png",
     *           "displayName": "hero-p-500.png",
     *           "format": "png",
     *           "width": 500,
     *           "height": 281,
     *           "quality": 100,
     *           "error": null
     *         }
     *       ],
     *       "altText": "A mountain range at sunrise",
     *       "folderId": "6390c49774a71f0e3c1a08ee"
     *     }
     */
    Asset: {
      /** @description Unique identifier of the asset. */
      id: components["schemas"]["ObjectId"];
      /** @description MIME type of the asset (for example `image/png`). */
      contentType: string;
      /** @description Size of the file in bytes. */
      size: number;
      /** @description Unique identifier of the site the asset belongs to. */
      siteId: components["schemas"]["ObjectId"];
      /**
       * Format: uri
       * @description URL where the asset is hosted.
       */
      hostedUrl: string;
      /** @description Name of the file when it was uploaded. */
      originalFileName: string;
      /** @description Name of the asset as displayed in the Designer. */
      displayName: string;
      /** @description Date the asset was last updated. */
      lastUpdated: components["schemas"]["DateTime"];
      /** @description Date the asset was created. */
      createdOn: components["schemas"]["DateTime"];
      /** @description Resized or reformatted versions of the asset (responsive image variants). */
      variants: components["schemas"]["AssetVariant"][];
      /** @description Alternative text of the asset, or null when none is set. */
      altText: string | null;
      /** @description Unique identifier of the asset folder the asset is in, or null when it is in no folder. */
      folderId?: components["schemas"]["ObjectId"] | null;
    };
    /**
     * @description A resized or reformatted version of an image asset.
     * @example {
     *       "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero-p-500.png",
     *       "originalFileName": "hero-p-500.png",
     *       "displayName": "hero-p-500.png",
     *       "format": "png",
     *       "width": 500,
     *       "height": 281,
     *       "quality": 100,
     *       "error": null
     *     }
     */
    AssetVariant: {
      /**
       * Format: uri
       * @description URL where the variant is hosted.
       */
      hostedUrl: string;
      /** @description File name of the variant. */
      originalFileName: string;
      /** @description Name of the variant as displayed in the Designer. */
      displayName: string;
      /** @description Image format of the variant (for example `png`, `jpeg`, `webp`, `avif`). */
      format: string;
      /** @description Width of the variant in pixels. */
      width: number;
      /** @description Height of the variant in pixels, or null when unknown. */
      height: number | null;
      /** @description Compression quality the variant was produced with. */
      quality: number;
      /** @description Error met while producing the variant, or null. */
      error?: string | null;
    };
    /**
     * @description Response of GET /sites/{site_id}/assets, one page of assets.
     * @example {
     *       "assets": [
     *         {
     *           "id": "63e5889e7fe4eafa7384cea4",
     *           "contentType": "image/png",
     *           "size": 35398,
     *           "siteId": "580e63e98c9a982ac9b8b741",
     *           "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero.png",
     *           "originalFileName": "hero.png",
     *           "displayName": "hero.png",
     *           "lastUpdated": "2023-02-09T23:56:30.739Z",
     *           "createdOn": "2023-02-09T23:56:30.739Z",
     *           "variants": [],
     *           "altText": null
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    AssetList: {
      /** @description The assets of this page. */
      assets: components["schemas"]["Asset"][];
      /** @description Paging information of this page of results. */
      pagination: components["schemas"]["Pagination"];
    };
    /**
     * @description Body of POST /sites/{site_id}/assets: the metadata of the file to upload. The file itself is then sent to `uploadUrl` with the `uploadDetails` fields of the response (an S3 form upload).
     * @example {
     *       "fileName": "hero.png",
     *       "fileHash": "3c7d87c9575702bc3b1e991f4d3c638e",
     *       "parentFolder": "6390c49774a71f0e3c1a08ee"
     *     }
     */
    UploadAssetRequest: {
      /** @description File name of the asset, with its extension (for example `hero.png`). */
      fileName: string;
      /** @description MD5 hash of the file's content, in hexadecimal. */
      fileHash: string;
      /** @description Unique identifier of the asset folder to put the asset in. */
      parentFolder?: string;
    };
    /**
     * @description Response of POST /sites/{site_id}/assets: the new asset's metadata and the S3 upload target. POST the file as `multipart/form-data` to `uploadUrl`, with every `uploadDetails` field as a form field, to finish the upload.
     * @example {
     *       "uploadDetails": {
     *         "acl": "public-read",
     *         "bucket": "webflow-prod-assets",
     *         "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
     *         "X-Amz-Credential": "AKIA2AABBCCDDEEFFGG/20230210/us-east-1/s3/aws4_request",
     *         "X-Amz-Date": "20230210T000000Z",
     *         "key": "580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero.png",
     *         "Policy": "eyJleHBpcmF0aW9uIjoiMjAyMy0wMi0xMFQwMTowMDowMFoifQ==",
     *         "X-Amz-Signature": "8a7c2f3e1f0a4b8d9c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c",
     *         "success_action_status": "201",
     *         "content-type": "image/png",
     *         "Cache-Control": "max-age=31536000, must-revalidate"
     *       },
     *       "contentType": "image/png",
     *       "id": "63e5889e7fe4eafa7384cea4",
     *       "parentFolder": "6390c49774a71f0e3c1a08ee",
     *       "uploadUrl": "https://webflow-prod-assets.s3.amazonaws.com/",
     *       "assetUrl": "https://webflow-prod-assets.s3.amazonaws.com/580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero.png",
     *       "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero.png",
     *       "originalFileName": "hero.png",
     *       "createdOn": "2023-02-10T00:00:00.000Z",
     *       "lastUpdated": "2023-02-10T00:00:00.000Z"
     *     }
     */
    AssetUpload: {
      /** @description Form fields to send with the file to `uploadUrl`. */
      uploadDetails?: components["schemas"]["AssetUploadDetails"];
      /** @description MIME type of the asset. */
      contentType?: string;
      /** @description Unique identifier of the new asset. */
      id?: components["schemas"]["ObjectId"];
      /** @description Unique identifier of the asset folder the asset is in, or null. */
      parentFolder?: components["schemas"]["ObjectId"] | null;
      /**
       * Format: uri
       * @description URL to POST the file to (an S3 bucket).
       */
      uploadUrl?: string;
      /**
       * Format: uri
       * @description URL of the asset once uploaded (S3).
       */
      assetUrl?: string;
      /**
       * Format: uri
       * @description URL where the asset will be hosted once uploaded.
       */
      hostedUrl?: string;
      /** @description Name of the file as sent in `fileName`. */
      originalFileName?: string;
      /** @description Date the asset was created. */
      createdOn?: components["schemas"]["DateTime"];
      /** @description Date the asset was last updated. */
      lastUpdated?: components["schemas"]["DateTime"];
    };
    /**
     * @description The S3 form fields to send, each as a form field, together with the file when POSTing it to `uploadUrl`. The field names are S3's.
     * @example {
     *       "acl": "public-read",
     *       "bucket": "webflow-prod-assets",
     *       "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
     *       "X-Amz-Credential": "AKIA2AABBCCDDEEFFGG/20230210/us-east-1/s3/aws4_request",
     *       "X-Amz-Date": "20230210T000000Z",
     *       "key": "580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero.png",
     *       "Policy": "eyJleHBpcmF0aW9uIjoiMjAyMy0wMi0xMFQwMTowMDowMFoifQ==",
     *       "X-Amz-Signature": "8a7c2f3e1f0a4b8d9c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c",
     *       "success_action_status": "201",
     *       "content-type": "image/png",
     *       "Cache-Control": "max-age=31536000, must-revalidate"
     *     }
     */
    AssetUploadDetails: {
      /** @description Access control of the uploaded object. */
      acl?: string;
      /** @description S3 bucket the file goes to. */
      bucket?: string;
      /** @description Signing algorithm of the upload policy. */
      "X-Amz-Algorithm"?: string;
      /** @description Credential scope of the upload policy. */
      "X-Amz-Credential"?: string;
      /** @description Date of the upload policy signature. */
      "X-Amz-Date"?: string;
      /** @description Object key the file is stored under. */
      key?: string;
      /** @description Base64-encoded upload policy. */
      Policy?: string;
      /** @description Signature of the upload policy. */
      "X-Amz-Signature"?: string;
      /** @description HTTP status S3 answers a successful upload with. */
      success_action_status?: string;
      /** @description MIME type the file must be uploaded with. */
      "content-type"?: string;
      /** @description Cache-Control header the stored file is served with. */
      "Cache-Control"?: string;
    };
    /**
     * @description Body of PATCH /assets/{asset_id}. Only the fields sent are changed.
     * @example {
     *       "displayName": "hero-banner.png",
     *       "altText": "A mountain range at sunrise"
     *     }
     */
    UpdateAssetRequest: {
      /** @description New name of the asset as displayed in the Designer. */
      displayName?: string;
      /** @description New alternative text of the asset. */
      altText?: string;
    };
    /**
     * @description A folder that groups the assets of a site.
     * @example {
     *       "id": "6390c49774a71f0e3c1a08ee",
     *       "displayName": "emoji icons",
     *       "parentFolder": "6390c49774a71f99f21a08eb",
     *       "assets": [
     *         "63e5889e7fe4eafa7384cea4",
     *         "659595234426a9fcbad57043"
     *       ],
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "createdOn": "2022-12-07T16:51:37.571Z",
     *       "lastUpdated": "2022-12-07T16:51:37.571Z"
     *     }
     */
    AssetFolder: {
      /** @description Unique identifier of the asset folder. */
      id?: components["schemas"]["ObjectId"];
      /** @description Name of the folder as displayed in the Designer. */
      displayName?: string;
      /** @description Unique identifier of the folder this folder is in, or null (or absent) for a top-level folder. */
      parentFolder?: string | null;
      /** @description Unique identifiers of the assets in the folder. */
      assets?: components["schemas"]["ObjectId"][];
      /** @description Unique identifier of the site the folder belongs to. */
      siteId?: components["schemas"]["ObjectId"];
      /** @description Date the folder was created. */
      createdOn?: components["schemas"]["DateTime"];
      /** @description Date the folder was last updated. */
      lastUpdated?: components["schemas"]["DateTime"];
    };
    /**
     * @description Response of GET /sites/{site_id}/asset_folders, the asset folders of a site.
     * @example {
     *       "assetFolders": [
     *         {
     *           "id": "6390c49774a71f0e3c1a08ee",
     *           "displayName": "emoji icons",
     *           "parentFolder": null,
     *           "assets": [
     *             "63e5889e7fe4eafa7384cea4"
     *           ],
     *           "siteId": "580e63e98c9a982ac9b8b741",
     *           "createdOn": "2022-12-07T16:51:37.571Z",
     *           "lastUpdated": "2022-12-07T16:51:37.571Z"
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    AssetFolderList: {
      /** @description The asset folders of the site. */
      assetFolders?: components["schemas"]["AssetFolder"][];
      /** @description Paging information (the endpoint takes no paging parameters). */
      pagination?: components["schemas"]["Pagination"];
    };
    /**
     * @description Body of POST /sites/{site_id}/asset_folders.
     * @example {
     *       "displayName": "emoji icons",
     *       "parentFolder": "6390c49774a71f99f21a08eb"
     *     }
     */
    CreateAssetFolderRequest: {
      /** @description Name of the new folder as displayed in the Designer. */
      displayName: string;
      /** @description Unique identifier of the folder to create the new folder in; omitted for a top-level folder. */
      parentFolder?: string;
    };
    /**
     * @description A custom font uploaded to a site.
     * @example {
     *       "id": "66f5a7e1c2b3d4e5f6a7b8c9",
     *       "fontFamily": "Inter",
     *       "format": "woff2",
     *       "fileName": "Inter-Variable.woff2",
     *       "weight": 400,
     *       "italic": false,
     *       "fontDisplay": "swap",
     *       "axes": [
     *         {
     *           "tag": "wght",
     *           "name": "Weight",
     *           "min": 100,
     *           "max": 900,
     *           "defaultValue": 400
     *         }
     *       ],
     *       "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8c9_Inter-Variable.woff2"
     *     }
     */
    CustomFont: {
      /** @description Unique identifier of the custom font. */
      id: components["schemas"]["ObjectId"];
      /** @description Font family name the font is used under in CSS. */
      fontFamily: string;
      /** @description Format of the font file: `woff2`, `woff`, `truetype`, `opentype`, `embedded-opentype` or `svg`. Unknown values are passed through. */
      format:
        ("woff2" | "woff" | "truetype" | "opentype" | "embedded-opentype" | "svg") | (string & {});
      /** @description File name of the font file. */
      fileName: string;
      /** @description Font weight (CSS `font-weight`, for example 400 or 700). */
      weight: number;
      /** @description Whether the font is the italic style of its family. */
      italic: boolean;
      /** @description How the browser displays text while the font loads (CSS `font-display`). Unknown values are passed through. */
      fontDisplay: components["schemas"]["CustomFontDisplay"] | (string & {});
      /** @description Variation axes of a variable font; empty for a static font. */
      axes: components["schemas"]["CustomFontAxis"][];
      /**
       * Format: uri
       * @description URL where the font file is hosted.
       */
      hostedUrl: string;
    };
    /**
     * @description How the browser displays text while a custom font loads (CSS `font-display`): `auto`, `block`, `swap`, `fallback` or `optional`.
     * @example swap
     * @enum {string}
     */
    CustomFontDisplay: "auto" | "block" | "swap" | "fallback" | "optional";
    /**
     * @description A variation axis of a variable font (for example `wght`, weight).
     * @example {
     *       "tag": "wght",
     *       "name": "Weight",
     *       "min": 100,
     *       "max": 900,
     *       "defaultValue": 400
     *     }
     */
    CustomFontAxis: {
      /** @description Four-letter OpenType tag of the axis (for example `wght`, `wdth`, `ital`). */
      tag: string;
      /** @description Human-readable name of the axis. */
      name?: string;
      /** @description Lowest value of the axis. */
      min: number;
      /** @description Highest value of the axis. */
      max: number;
      /** @description Default value of the axis. */
      defaultValue: number;
    };
    /**
     * @description Response of GET /sites/{site_id}/custom_fonts, one page of custom fonts.
     * @example {
     *       "customFonts": [
     *         {
     *           "id": "66f5a7e1c2b3d4e5f6a7b8c9",
     *           "fontFamily": "Inter",
     *           "format": "woff2",
     *           "fileName": "Inter-Variable.woff2",
     *           "weight": 400,
     *           "italic": false,
     *           "fontDisplay": "swap",
     *           "axes": [],
     *           "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8c9_Inter-Variable.woff2"
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    CustomFontList: {
      /** @description The custom fonts of this page. */
      customFonts: components["schemas"]["CustomFont"][];
      /** @description Paging information of this page of results. */
      pagination: components["schemas"]["Pagination"];
    };
    /**
     * @description A custom font, wrapped (response of the get and update custom font endpoints).
     * @example {
     *       "customFont": {
     *         "id": "66f5a7e1c2b3d4e5f6a7b8c9",
     *         "fontFamily": "Inter",
     *         "format": "woff2",
     *         "fileName": "Inter-Variable.woff2",
     *         "weight": 400,
     *         "italic": false,
     *         "fontDisplay": "swap",
     *         "axes": [],
     *         "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8c9_Inter-Variable.woff2"
     *       }
     *     }
     */
    CustomFontResponse: {
      /** @description The custom font. */
      customFont: components["schemas"]["CustomFont"];
    };
    /**
     * @description Response (202 Accepted) of the create custom font and replace custom font file endpoints: the font's record and where to upload its file. POST the file as `multipart/form-data` to `upload.url` with every `upload.fields` entry as a form field before `upload.expiresAt`.
     * @example {
     *       "customFont": {
     *         "id": "66f5a7e1c2b3d4e5f6a7b8c9",
     *         "fontFamily": "Inter",
     *         "format": "woff2",
     *         "fileName": "Inter-Variable.woff2",
     *         "weight": 400,
     *         "italic": false,
     *         "fontDisplay": "swap",
     *         "axes": [],
     *         "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8c9_Inter-Variable.woff2"
     *       },
     *       "upload": {
     *         "url": "https://webflow-prod-assets.s3.amazonaws.com/",
     *         "fields": {
     *           "bucket": "webflow-prod-assets",
     *           "key": "580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8c9_Inter-Variable.woff2",
     *           "Policy": "eyJleHBpcmF0aW9uIjoiMjAyNS0wOS0yN1QxMjoxNTowMFoifQ==",
     *           "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
     *           "X-Amz-Credential": "AKIA2AABBCCDDEEFFGG/20250927/us-east-1/s3/aws4_request",
     *           "X-Amz-Date": "20250927T120000Z",
     *           "X-Amz-Signature": "5b2f7d0c4e1a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c",
     *           "Content-MD5": "2ZyH7x1pJ2mJ0k1b5QxJ5w==",
     *           "acl": "public-read",
     *           "Cache-Control": "max-age=31536000, must-revalidate",
     *           "Content-Type": "font/woff2",
     *           "success_action_status": "201"
     *         },
     *         "expiresAt": "2025-09-27T12:15:00.000Z"
     *       }
     *     }
     */
    CustomFontUploadResponse: {
      /** @description The custom font. */
      customFont: components["schemas"]["CustomFont"];
      /** @description Where and how to upload the font file. */
      upload: components["schemas"]["CustomFontUpload"];
    };
    /**
     * @description An S3 upload target for a font file (a pre-signed form POST).
     * @example {
     *       "url": "https://webflow-prod-assets.s3.amazonaws.com/",
     *       "fields": {
     *         "bucket": "webflow-prod-assets",
     *         "key": "580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8c9_Inter-Variable.woff2",
     *         "Policy": "eyJleHBpcmF0aW9uIjoiMjAyNS0wOS0yN1QxMjoxNTowMFoifQ==",
     *         "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
     *         "X-Amz-Credential": "AKIA2AABBCCDDEEFFGG/20250927/us-east-1/s3/aws4_request",
     *         "X-Amz-Date": "20250927T120000Z",
     *         "X-Amz-Signature": "5b2f7d0c4e1a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c",
     *         "Content-MD5": "2ZyH7x1pJ2mJ0k1b5QxJ5w==",
     *         "acl": "public-read",
     *         "Cache-Control": "max-age=31536000, must-revalidate",
     *         "Content-Type": "font/woff2",
     *         "success_action_status": "201"
     *       },
     *       "expiresAt": "2025-09-27T12:15:00.000Z"
     *     }
     */
    CustomFontUpload: {
      /**
       * Format: uri
       * @description URL to POST the font file to.
       */
      url: string;
      /** @description Form fields to send, each as a form field, together with the file. */
      fields: components["schemas"]["CustomFontUploadFields"];
      /** @description Date after which the upload target no longer accepts the file. */
      expiresAt: components["schemas"]["DateTime"];
    };
    /**
     * @description The S3 form fields of a font upload, to send unchanged with the file. The field names are S3's; X-Amz-Security-Token is only sent with temporary credentials.
     * @example {
     *       "bucket": "webflow-prod-assets",
     *       "key": "580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8c9_Inter-Variable.woff2",
     *       "Policy": "eyJleHBpcmF0aW9uIjoiMjAyNS0wOS0yN1QxMjoxNTowMFoifQ==",
     *       "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
     *       "X-Amz-Credential": "AKIA2AABBCCDDEEFFGG/20250927/us-east-1/s3/aws4_request",
     *       "X-Amz-Date": "20250927T120000Z",
     *       "X-Amz-Signature": "5b2f7d0c4e1a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c",
     *       "Content-MD5": "2ZyH7x1pJ2mJ0k1b5QxJ5w==",
     *       "acl": "public-read",
     *       "Cache-Control": "max-age=31536000, must-revalidate",
     *       "Content-Type": "font/woff2",
     *       "success_action_status": "201"
     *     }
     */
    CustomFontUploadFields: {
      /** @description S3 bucket the file goes to. */
      bucket: string;
      /** @description Object key the file is stored under. */
      key: string;
      /** @description Base64-encoded upload policy. */
      Policy: string;
      /** @description Signing algorithm of the upload policy. */
      "X-Amz-Algorithm": string;
      /** @description Credential scope of the upload policy. */
      "X-Amz-Credential": string;
      /** @description Date of the upload policy signature. */
      "X-Amz-Date": string;
      /** @description Signature of the upload policy. */
      "X-Amz-Signature": string;
      /** @description Session token of temporary credentials, when they are used. */
      "X-Amz-Security-Token"?: string;
      /** @description MD5 digest the uploaded file must match. */
      "Content-MD5": string;
      /** @description Access control of the uploaded object. */
      acl: string;
      /** @description Cache-Control header the stored file is served with. */
      "Cache-Control": string;
      /** @description MIME type the file must be uploaded with. */
      "Content-Type": string;
      /** @description HTTP status S3 answers a successful upload with. */
      success_action_status: string;
    };
    /**
     * @description Body of POST /sites/{site_id}/custom_fonts: the font's settings and the metadata of its file. The file itself is then uploaded to the target the response gives.
     * @example {
     *       "fileName": "Inter-Variable.woff2",
     *       "fileHash": "3c7d87c9575702bc3b1e991f4d3c638e",
     *       "fontFamily": "Inter",
     *       "weight": 400,
     *       "italic": false,
     *       "fontDisplay": "swap",
     *       "axes": [
     *         {
     *           "tag": "wght",
     *           "name": "Weight",
     *           "min": 100,
     *           "max": 900,
     *           "defaultValue": 400
     *         }
     *       ]
     *     }
     */
    CreateCustomFontRequest: {
      /** @description File name of the font file, with its extension (for example `Inter-Variable.woff2`). */
      fileName: string;
      /** @description MD5 hash of the font file's content. */
      fileHash: string;
      /** @description Font family name to use the font under in CSS. */
      fontFamily: string;
      /** @description Font weight (CSS `font-weight`, for example 400 or 700). */
      weight: number;
      /** @description Whether the font is the italic style of its family. */
      italic: boolean;
      /** @description How the browser displays text while the font loads (CSS `font-display`). */
      fontDisplay: components["schemas"]["CustomFontDisplay"];
      /** @description Variation axes of a variable font; omitted for a static font. */
      axes?: components["schemas"]["CustomFontAxis"][];
    };
    /**
     * @description Body of PATCH /sites/{site_id}/custom_fonts/{font_id}. Only the fields sent are changed.
     * @example {
     *       "fontFamily": "Inter Display",
     *       "fontDisplay": "fallback"
     *     }
     */
    UpdateCustomFontRequest: {
      /** @description New font family name. */
      fontFamily?: string;
      /** @description New font weight (CSS `font-weight`). */
      weight?: number;
      /** @description Whether the font is the italic style of its family. */
      italic?: boolean;
      /** @description New display strategy (CSS `font-display`). */
      fontDisplay?: components["schemas"]["CustomFontDisplay"];
    };
    /**
     * @description Body of PUT /sites/{site_id}/custom_fonts/{font_id}/file: the metadata of the new font file. The file itself is then uploaded to the target the response gives.
     * @example {
     *       "fileName": "Inter-Variable-v4.woff2",
     *       "fileHash": "9e107d9d372bb6826bd81d3542a419d6"
     *     }
     */
    ReplaceCustomFontFileRequest: {
      /** @description File name of the new font file, with its extension. */
      fileName: string;
      /** @description MD5 hash of the new font file's content. */
      fileHash: string;
      /** @description Variation axes of the new file, when it is a variable font. */
      axes?: components["schemas"]["CustomFontAxis"][];
    };
    /**
     * @description Body of POST /sites/{site_id}/custom_fonts/batchDelete, the fonts to delete.
     * @example {
     *       "items": [
     *         {
     *           "id": "66f5a7e1c2b3d4e5f6a7b8c9"
     *         },
     *         {
     *           "id": "66f5a7e1c2b3d4e5f6a7b8ca"
     *         }
     *       ]
     *     }
     */
    BatchDeleteCustomFontsRequest: {
      /** @description The custom fonts to delete. */
      items: components["schemas"]["CustomFontReference"][];
    };
    /**
     * @description Response of POST /sites/{site_id}/custom_fonts/batchDelete: which fonts were deleted and which could not be.
     * @example {
     *       "deleted": [
     *         {
     *           "id": "66f5a7e1c2b3d4e5f6a7b8c9"
     *         }
     *       ],
     *       "failed": [
     *         {
     *           "id": "66f5a7e1c2b3d4e5f6a7b8ca",
     *           "name": "Inter Italic",
     *           "msg": "Custom font not found"
     *         }
     *       ]
     *     }
     */
    BatchDeleteCustomFontsResponse: {
      /** @description The custom fonts that were deleted. */
      deleted: components["schemas"]["CustomFontReference"][];
      /** @description The custom fonts that could not be deleted, with the reason. */
      failed: components["schemas"]["CustomFontDeleteFailure"][];
    };
    /**
     * @description A custom font named by its ID.
     * @example {
     *       "id": "66f5a7e1c2b3d4e5f6a7b8c9"
     *     }
     */
    CustomFontReference: {
      /** @description Unique identifier of the custom font. */
      id: components["schemas"]["ObjectId"];
    };
    /**
     * @description A custom font a batch delete could not delete, and why.
     * @example {
     *       "id": "66f5a7e1c2b3d4e5f6a7b8ca",
     *       "name": "Inter Italic",
     *       "msg": "Custom font not found"
     *     }
     */
    CustomFontDeleteFailure: {
      /** @description Unique identifier of the custom font. */
      id: components["schemas"]["ObjectId"];
      /** @description Name of the custom font. */
      name: string;
      /** @description Why the font could not be deleted. */
      msg: string;
    };
    /**
     * @description A form on a page of a site, with its fields and response settings (the form's schema).
     * @example {
     *       "id": "6321ca84df3949bfc6752327",
     *       "displayName": "Contact Form",
     *       "createdOn": "2022-09-14T12:35:16.117Z",
     *       "lastUpdated": "2022-10-06T14:07:47.016Z",
     *       "fields": {
     *         "4e038d2c-6a1e-4953-7be9-a59a2b453178": {
     *           "displayName": "Email",
     *           "type": "Email",
     *           "placeholder": "you@example.com",
     *           "userVisible": true
     *         }
     *       },
     *       "responseSettings": {
     *         "redirectUrl": "https://www.example.com/thanks",
     *         "redirectMethod": "GET",
     *         "redirectAction": null,
     *         "sendEmailConfirmation": true
     *       },
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "siteDomainId": "589a331aa51e760df7ccb89d",
     *       "pageId": "63c720f9347c2139b248e552",
     *       "pageName": "Contact",
     *       "formElementId": "4e038d2c-6a1e-4953-7be9-a59a2b453177",
     *       "workspaceId": "580e63fc8c9a982ac9b8b744"
     *     }
     */
    Form: {
      /** @description Unique identifier of the form. */
      id?: components["schemas"]["ObjectId"];
      /** @description Name of the form as set in the Designer. */
      displayName?: string;
      /** @description Date the form was created. */
      createdOn?: components["schemas"]["DateTime"];
      /** @description Date the form was last updated. */
      lastUpdated?: components["schemas"]["DateTime"];
      /** @description The form's fields, keyed by field ID. The reference does not describe the entries; they are passed through as sent. */
      fields?: {
        [key: string]: unknown;
      };
      /** @description What happens after the form is submitted. */
      responseSettings?: components["schemas"]["FormResponseSettings"];
      /** @description Unique identifier of the site the form is on. */
      siteId?: components["schemas"]["ObjectId"];
      /** @description Unique identifier of the site domain the form belongs to. */
      siteDomainId?: components["schemas"]["ObjectId"];
      /** @description Unique identifier of the page the form is on. */
      pageId?: components["schemas"]["ObjectId"];
      /** @description Name of the page the form is on. */
      pageName?: string;
      /** @description Identifier of the form element on the page, or null. */
      formElementId?: string | null;
      /** @description Unique identifier of the workspace the site belongs to. */
      workspaceId?: components["schemas"]["ObjectId"];
    };
    /**
     * @description What happens after a form is submitted (redirect and confirmation e-mail).
     * @example {
     *       "redirectUrl": "https://www.example.com/thanks",
     *       "redirectMethod": "GET",
     *       "redirectAction": null,
     *       "sendEmailConfirmation": true
     *     }
     */
    FormResponseSettings: {
      /** @description URL the visitor is redirected to after submitting. */
      redirectUrl?: string;
      /** @description HTTP method of the redirect, or null. */
      redirectMethod?: string | null;
      /** @description Action taken on submission (the form's action), or null. */
      redirectAction?: string | null;
      /** @description Whether a confirmation e-mail is sent after a submission. */
      sendEmailConfirmation?: boolean;
    };
    /**
     * @description Response of GET /sites/{site_id}/forms, one page of forms.
     * @example {
     *       "forms": [
     *         {
     *           "id": "6321ca84df3949bfc6752327",
     *           "displayName": "Contact Form",
     *           "createdOn": "2022-09-14T12:35:16.117Z",
     *           "lastUpdated": "2022-10-06T14:07:47.016Z",
     *           "siteId": "580e63e98c9a982ac9b8b741",
     *           "pageId": "63c720f9347c2139b248e552",
     *           "pageName": "Contact",
     *           "formElementId": "4e038d2c-6a1e-4953-7be9-a59a2b453177",
     *           "workspaceId": "580e63fc8c9a982ac9b8b744"
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    FormList: {
      /** @description The forms of this page. */
      forms: components["schemas"]["Form"][];
      /** @description Paging information of this page of results. */
      pagination: components["schemas"]["Pagination"];
    };
    /**
     * @description A submission of a form.
     * @example {
     *       "id": "6321ca84df3949bfc6752329",
     *       "displayName": "Contact Form",
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "workspaceId": "580e63fc8c9a982ac9b8b744",
     *       "dateSubmitted": "2022-09-14T12:35:16.117Z",
     *       "formResponse": {
     *         "First Name": "Arthur",
     *         "Last Name": "Dent",
     *         "Email": "arthur@example.com"
     *       },
     *       "localeId": null
     *     }
     */
    FormSubmission: {
      /** @description Unique identifier of the form submission. */
      id?: components["schemas"]["ObjectId"];
      /** @description Name of the form that was submitted. */
      displayName?: string;
      /** @description Unique identifier of the site the form is on. */
      siteId?: components["schemas"]["ObjectId"];
      /** @description Unique identifier of the workspace the site belongs to. */
      workspaceId?: components["schemas"]["ObjectId"];
      /** @description Date the form was submitted. */
      dateSubmitted?: components["schemas"]["DateTime"];
      /** @description The submitted values, keyed by field name. */
      formResponse?: {
        [key: string]: unknown;
      };
      /** @description Unique identifier of the locale the form was submitted in, or null. */
      localeId?: components["schemas"]["ObjectId"] | null;
    };
    /**
     * @description One page of form submissions (response of the list form submissions endpoints).
     * @example {
     *       "formSubmissions": [
     *         {
     *           "id": "6321ca84df3949bfc6752329",
     *           "displayName": "Contact Form",
     *           "siteId": "580e63e98c9a982ac9b8b741",
     *           "workspaceId": "580e63fc8c9a982ac9b8b744",
     *           "dateSubmitted": "2022-09-14T12:35:16.117Z",
     *           "formResponse": {
     *             "First Name": "Arthur",
     *             "Email": "arthur@example.com"
     *           },
     *           "localeId": null
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    FormSubmissionList: {
      /** @description The form submissions of this page. */
      formSubmissions?: components["schemas"]["FormSubmission"][];
      /** @description Paging information of this page of results. */
      pagination?: components["schemas"]["Pagination"];
    };
    /**
     * @description Body of the modify form submission endpoints.
     * @example {
     *       "formSubmissionData": {
     *         "Email": "arthur.dent@example.com"
     *       }
     *     }
     */
    UpdateFormSubmissionRequest: {
      /** @description The submitted values to change, keyed by field name. */
      formSubmissionData?: {
        [key: string]: unknown;
      };
    };
    /**
     * @description Body of the webhook delivery for trigger type `form_submission` (a form on the site was submitted).
     * @example {
     *       "triggerType": "form_submission",
     *       "payload": {
     *         "name": "Contact Form",
     *         "siteId": "580e63e98c9a982ac9b8b741",
     *         "data": {
     *           "First Name": "Arthur",
     *           "Email": "arthur@example.com"
     *         },
     *         "schema": [
     *           {
     *             "fieldName": "First Name",
     *             "fieldType": "FormTextInput",
     *             "fieldElementId": "4e038d2c-6a1e-4953-7be9-a59a2b453178"
     *           },
     *           {
     *             "fieldName": "Email",
     *             "fieldType": "FormTextInput",
     *             "fieldElementId": "4e038d2c-6a1e-4953-7be9-a59a2b453179"
     *           }
     *         ],
     *         "submittedAt": "2022-09-14T12:35:16.117Z",
     *         "id": "6321ca84df3949bfc6752329",
     *         "formId": "6321ca84df3949bfc6752327",
     *         "formElementId": "4e038d2c-6a1e-4953-7be9-a59a2b453177",
     *         "localeId": null
     *       }
     *     }
     */
    FormSubmissionEvent: {
      /**
       * @description The trigger type of the delivery, always `form_submission`.
       * @constant
       */
      triggerType: "form_submission";
      /** @description The submission. */
      payload?: components["schemas"]["FormSubmissionEventPayload"];
    };
    /**
     * @description The payload of a `form_submission` webhook delivery.
     * @example {
     *       "name": "Contact Form",
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "data": {
     *         "Email": "arthur@example.com"
     *       },
     *       "schema": [
     *         {
     *           "fieldName": "Email",
     *           "fieldType": "FormTextInput",
     *           "fieldElementId": "4e038d2c-6a1e-4953-7be9-a59a2b453179"
     *         }
     *       ],
     *       "submittedAt": "2022-09-14T12:35:16.117Z",
     *       "id": "6321ca84df3949bfc6752329",
     *       "formId": "6321ca84df3949bfc6752327",
     *       "formElementId": "4e038d2c-6a1e-4953-7be9-a59a2b453177",
     *       "localeId": null
     *     }
     */
    FormSubmissionEventPayload: {
      /** @description Name of the form that was submitted. */
      name?: string;
      /** @description Unique identifier of the site the form is on. */
      siteId?: components["schemas"]["ObjectId"];
      /** @description The submitted values, keyed by field name. */
      data?: {
        [key: string]: unknown;
      };
      /** @description The fields of the form. */
      schema?: components["schemas"]["FormSubmissionEventField"][];
      /** @description Date the form was submitted (ISO-8601). */
      submittedAt?: string;
      /** @description Unique identifier of the form submission. */
      id?: string;
      /** @description Unique identifier of the form. */
      formId?: components["schemas"]["ObjectId"];
      /** @description Identifier of the form element on the page, or null. */
      formElementId?: string | null;
      /** @description Unique identifier of the locale the form was submitted in, or null. */
      localeId?: components["schemas"]["ObjectId"] | null;
    };
    /**
     * @description A field of the submitted form, in a `form_submission` webhook delivery.
     * @example {
     *       "fieldName": "Email",
     *       "fieldType": "FormTextInput",
     *       "fieldElementId": "4e038d2c-6a1e-4953-7be9-a59a2b453179"
     *     }
     */
    FormSubmissionEventField: {
      /** @description Name of the field (the key of its value in `data`). */
      fieldName?: string;
      /** @description Kind of form input: `FormTextInput`, `FormTextarea`, `FormCheckboxInput`, `FormRadioInput` or `FormFileUploadInput`. Webflow adds input kinds over time; unknown values are passed through. */
      fieldType?:
        | (
            | "FormTextInput"
            | "FormTextarea"
            | "FormCheckboxInput"
            | "FormRadioInput"
            | "FormFileUploadInput"
          )
        | (string & {});
      /** @description Identifier of the field's element on the page. */
      fieldElementId?: string;
    };
    /**
     * @description Body of the webhook delivery for trigger type `comment_created` (a comment was created on the site).
     * @example {
     *       "triggerType": "comment_created",
     *       "payload": {
     *         "threadId": "679a4f4e0a7b6c3b7d4b4e21",
     *         "commentId": "679a4f4e0a7b6c3b7d4b4e22",
     *         "type": "comment",
     *         "siteId": "580e63e98c9a982ac9b8b741",
     *         "pageId": "63c720f9347c2139b248e552",
     *         "localeId": null,
     *         "breakpoint": "main",
     *         "url": "https://webflow.com/design/api-docs-sample-json?pageId=63c720f9347c2139b248e552&commentId=679a4f4e0a7b6c3b7d4b4e21",
     *         "content": "Can we make this heading bigger?",
     *         "isResolved": false,
     *         "author": {
     *           "userId": "545bbecb7bdd6769632504a7",
     *           "email": "some@email.com",
     *           "name": "Some One"
     *         },
     *         "mentionedUsers": [
     *           {
     *             "userId": "6287ec36a841b25637c663df",
     *             "email": "other@email.com",
     *             "name": "Other Person"
     *           }
     *         ],
     *         "createdOn": "2025-01-29T15:52:14.000Z",
     *         "lastUpdated": "2025-01-29T15:52:14.000Z"
     *       }
     *     }
     */
    CommentCreatedEvent: {
      /**
       * @description The trigger type of the delivery, always `comment_created`.
       * @constant
       */
      triggerType: "comment_created";
      /** @description The new comment. */
      payload?: components["schemas"]["CommentCreatedEventPayload"];
    };
    /**
     * @description The payload of a `comment_created` webhook delivery: the new comment and the thread it belongs to.
     * @example {
     *       "threadId": "679a4f4e0a7b6c3b7d4b4e21",
     *       "commentId": "679a4f4e0a7b6c3b7d4b4e22",
     *       "type": "comment",
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "pageId": "63c720f9347c2139b248e552",
     *       "localeId": null,
     *       "breakpoint": "main",
     *       "url": "https://webflow.com/design/api-docs-sample-json?pageId=63c720f9347c2139b248e552&commentId=679a4f4e0a7b6c3b7d4b4e21",
     *       "content": "Can we make this heading bigger?",
     *       "isResolved": false,
     *       "author": {
     *         "userId": "545bbecb7bdd6769632504a7",
     *         "email": "some@email.com",
     *         "name": "Some One"
     *       },
     *       "mentionedUsers": [],
     *       "createdOn": "2025-01-29T15:52:14.000Z",
     *       "lastUpdated": "2025-01-29T15:52:14.000Z"
     *     }
     */
    CommentCreatedEventPayload: {
      /** @description Unique identifier of the comment thread. */
      threadId: string;
      /** @description Unique identifier of the comment. */
      commentId: string;
      /** @description Kind of comment, as Webflow reports it (the reference lists no values). */
      type: string;
      /** @description Unique identifier of the site. */
      siteId: string;
      /** @description Unique identifier of the page the thread is on. */
      pageId: string;
      /** @description Unique identifier of the locale the comment was left in, or null for the primary locale. */
      localeId: string | null;
      /** @description The Designer breakpoint the thread was left at (for example `main`). */
      breakpoint: string;
      /** @description URL of the page and position the comment refers to. */
      url: string;
      /** @description Text of the comment. */
      content: string;
      /** @description Whether the thread has been resolved. */
      isResolved: boolean;
      /** @description The user who wrote the comment. */
      author: components["schemas"]["CommentThreadUser"];
      /** @description Users mentioned in the comment. */
      mentionedUsers: components["schemas"]["CommentThreadUser"][];
      /** @description Date the comment was created (an ISO-8601 date-time). */
      createdOn: string;
      /** @description Date the comment was last updated (an ISO-8601 date-time). */
      lastUpdated: string;
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
      id?: string;
      /** @description The event that fires the webhook: one of the documented TriggerType values, or a newer trigger type this description does not list yet. */
      triggerType?: components["schemas"]["TriggerType"] | (string & {});
      /** @description URL the webhook events are POSTed to. */
      url?: string;
      /** @description Unique identifier of the workspace the site belongs to. */
      workspaceId?: string;
      /** @description Unique identifier of the site the webhook is registered on. */
      siteId?: string;
      /** @description Restricts the webhook to one form; only with triggerType `form_submission`. */
      filter?: components["schemas"]["WebhookFilter"];
      /**
       * Format: date-time
       * @description Date the webhook was last triggered, or null if it never was.
       */
      lastTriggered?: string | null;
      /**
       * Format: date-time
       * @description Date the webhook was created.
       */
      createdOn?: string;
    };
    /**
     * @description Restricts which events fire the webhook. Only valid with triggerType `form_submission` (limits the webhook to the form with this name); the server rejects a filter on any other trigger type with `incompatible_webhook_filter`.
     * @example {
     *       "name": "Contact Form"
     *     }
     */
    WebhookFilter: {
      /** @description Name of the form whose submissions fire the webhook. */
      name?: string;
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
      webhooks?: components["schemas"]["Webhook"][];
      /** @description Paging information (the endpoint takes no paging parameters). */
      pagination?: components["schemas"]["Pagination"];
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
    /**
     * @description An ecommerce product: an item of the site's Products collection. Its variants (SKUs) are separate items (see Sku). Every field may be absent.
     * @example {
     *       "id": "660eb7a486d1d6e0412292d7",
     *       "cmsLocaleId": "653ad57de882f528b32e810e",
     *       "lastPublished": "2024-04-04T14:24:19.274Z",
     *       "lastUpdated": "2024-04-04T14:24:19.274Z",
     *       "createdOn": "2024-04-04T14:24:04.513Z",
     *       "isArchived": false,
     *       "isDraft": false,
     *       "fieldData": {
     *         "name": "Colorful T-shirt",
     *         "slug": "colorful-t-shirt",
     *         "description": "Our best-selling t-shirt, in two colors.",
     *         "shippable": true,
     *         "sku-properties": [
     *           {
     *             "id": "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10",
     *             "name": "Color",
     *             "enum": [
     *               {
     *                 "id": "2f8b1c4e6d7a9b0c3e5f7a1b2c4d6e8f",
     *                 "name": "Royal Blue",
     *                 "slug": "royal-blue"
     *               },
     *               {
     *                 "id": "9a7c5e3b1d2f4a6c8e0b2d4f6a8c0e1b",
     *                 "name": "Crimson Red",
     *                 "slug": "crimson-red"
     *               }
     *             ]
     *           }
     *         ],
     *         "category": [
     *           "660eb7a486d1d6e0412292c1"
     *         ],
     *         "tax-category": "standard-taxable",
     *         "default-sku": "660eb7a486d1d6e0412292e5",
     *         "ec-product-type": "ff42fee0113744f693a764e3431a9cc2"
     *       }
     *     }
     */
    Product: {
      /** @description Unique identifier of the product. */
      id?: string;
      /** @description Identifier of the CMS locale the product content belongs to. */
      cmsLocaleId?: string;
      /**
       * Format: date-time
       * @description Date the product was last published, or null if it never was.
       */
      lastPublished?: string | null;
      /**
       * Format: date-time
       * @description Date the product was last updated.
       */
      lastUpdated?: string;
      /**
       * Format: date-time
       * @description Date the product was created.
       */
      createdOn?: string;
      /** @description Whether the product is archived. */
      isArchived?: boolean;
      /** @description Whether the product is a draft (not published). */
      isDraft?: boolean;
      /** @description The field values of the product. */
      fieldData?: components["schemas"]["ProductFieldData"];
    };
    /**
     * @description The field values of a product, keyed by field slug. Custom fields added to the site's Products collection appear here too, under their own slugs.
     * @example {
     *       "name": "Colorful T-shirt",
     *       "slug": "colorful-t-shirt",
     *       "description": "Our best-selling t-shirt, in two colors.",
     *       "shippable": true,
     *       "sku-properties": [
     *         {
     *           "id": "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10",
     *           "name": "Color",
     *           "enum": [
     *             {
     *               "id": "2f8b1c4e6d7a9b0c3e5f7a1b2c4d6e8f",
     *               "name": "Royal Blue",
     *               "slug": "royal-blue"
     *             }
     *           ]
     *         }
     *       ],
     *       "category": [
     *         "660eb7a486d1d6e0412292c1"
     *       ],
     *       "tax-category": "standard-taxable",
     *       "default-sku": "660eb7a486d1d6e0412292e5",
     *       "ec-product-type": "ff42fee0113744f693a764e3431a9cc2"
     *     }
     */
    ProductFieldData: {
      /** @description Name of the product. */
      name?: string;
      /** @description URL slug of the product. */
      slug?: string;
      /** @description Description of the product. */
      description?: string;
      /** @description Whether the product is shipped (a physical good). */
      shippable?: boolean;
      /** @description The variant options of the product (for example Color, Size); each SKU picks one value of each in its `sku-values`. */
      "sku-properties"?: components["schemas"]["SkuProperty"][];
      /** @description IDs of the items of the Categories collection the product is in. */
      category?: string[];
      /** @description The tax category of the product: a documented TaxCategory value, or a newer category this description does not list yet (passed through). */
      "tax-category"?: components["schemas"]["TaxCategory"] | (string & {});
      /** @description ID of the product's default SKU. */
      "default-sku"?: string;
      /** @description The product type (physical, digital, service or advanced): a documented ProductType value, or a newer type this description does not list yet (passed through). */
      "ec-product-type"?: components["schemas"]["ProductType"] | (string & {});
    };
    /**
     * @description The field values of a product as sent in a request: ProductFieldData with `tax-category` and `ec-product-type` limited to the documented values.
     * @example {
     *       "name": "Colorful T-shirt",
     *       "slug": "colorful-t-shirt",
     *       "description": "Our best-selling t-shirt, in two colors.",
     *       "shippable": true,
     *       "tax-category": "standard-taxable",
     *       "ec-product-type": "ff42fee0113744f693a764e3431a9cc2"
     *     }
     */
    ProductFieldDataInput: components["schemas"]["ProductFieldData"] & {
      /** @description The tax category of the product. */
      "tax-category"?: components["schemas"]["TaxCategory"];
      /** @description The product type. */
      "ec-product-type"?: components["schemas"]["ProductType"];
    };
    /**
     * @description A product as sent in a request body: Product with its `fieldData` as ProductFieldDataInput.
     * @example {
     *       "fieldData": {
     *         "name": "Colorful T-shirt",
     *         "slug": "colorful-t-shirt",
     *         "description": "Our best-selling t-shirt, now in three colors.",
     *         "shippable": true
     *       }
     *     }
     */
    ProductInput: components["schemas"]["Product"] & {
      /** @description The field values to set. */
      fieldData?: components["schemas"]["ProductFieldDataInput"];
    };
    /**
     * @description The documented tax categories of a product.
     * @example standard-taxable
     * @example clothing
     * @enum {string}
     */
    TaxCategory:
      | "standard-taxable"
      | "standard-exempt"
      | "books-religious"
      | "books-textbook"
      | "clothing"
      | "clothing-swimwear"
      | "digital-goods"
      | "digital-service"
      | "drugs-non-prescription"
      | "drugs-prescription"
      | "food-bottled-water"
      | "food-candy"
      | "food-groceries"
      | "food-prepared"
      | "food-soda"
      | "food-supplements"
      | "magazine-individual"
      | "magazine-subscription"
      | "service-admission"
      | "service-advertising"
      | "service-dry-cleaning"
      | "service-hairdressing"
      | "service-installation"
      | "service-miscellaneous"
      | "service-parking"
      | "service-printing"
      | "service-professional"
      | "service-repair"
      | "service-training";
    /**
     * @description The documented product types, identified by fixed IDs: `ff42fee0113744f693a764e3431a9cc2` physical, `f22027db68002190aef89a4a2b7ac8a1` digital, `c599e43b1a1c34d5a323aedf75d3adf6` service, `b6ccc1830db4b1babeb06a9ac5f6dd76` advanced.
     * @example ff42fee0113744f693a764e3431a9cc2
     * @enum {string}
     */
    ProductType:
      | "ff42fee0113744f693a764e3431a9cc2"
      | "f22027db68002190aef89a4a2b7ac8a1"
      | "c599e43b1a1c34d5a323aedf75d3adf6"
      | "b6ccc1830db4b1babeb06a9ac5f6dd76";
    /**
     * @description A variant option of a product (for example Color) and its possible values.
     * @example {
     *       "id": "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10",
     *       "name": "Color",
     *       "enum": [
     *         {
     *           "id": "2f8b1c4e6d7a9b0c3e5f7a1b2c4d6e8f",
     *           "name": "Royal Blue",
     *           "slug": "royal-blue"
     *         },
     *         {
     *           "id": "9a7c5e3b1d2f4a6c8e0b2d4f6a8c0e1b",
     *           "name": "Crimson Red",
     *           "slug": "crimson-red"
     *         }
     *       ]
     *     }
     */
    SkuProperty: {
      /** @description Unique identifier of the option. */
      id: string;
      /** @description Name of the option (for example `Color`). */
      name: string;
      /** @description The values the option can take. */
      enum: {
        /** @description Unique identifier of the value. */
        id: string;
        /** @description Name of the value (for example `Royal Blue`). */
        name: string;
        /** @description URL slug of the value. */
        slug: string;
      }[];
    };
    /**
     * @description A SKU: one purchasable variant of a product, an item of the site's SKUs collection.
     * @example {
     *       "id": "660eb7a486d1d6e0412292e5",
     *       "cmsLocaleId": "653ad57de882f528b32e810e",
     *       "lastPublished": "2024-04-04T14:24:19.274Z",
     *       "lastUpdated": "2024-04-04T14:24:19.274Z",
     *       "createdOn": "2024-04-04T14:24:04.513Z",
     *       "fieldData": {
     *         "sku-values": {
     *           "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10": "2f8b1c4e6d7a9b0c3e5f7a1b2c4d6e8f"
     *         },
     *         "name": "Colorful T-shirt - Royal Blue",
     *         "slug": "colorful-t-shirt-royal-blue",
     *         "price": {
     *           "value": 2500,
     *           "unit": "USD",
     *           "currency": "USD"
     *         },
     *         "compare-at-price": {
     *           "value": 3000,
     *           "unit": "USD"
     *         },
     *         "ec-sku-billing-method": "one-time",
     *         "main-image": "https://uploads-ssl.webflow.com/580e63e98c9a982ac9b8b741/660eb7a486d1d6e0412292f1_tshirt-blue.png",
     *         "sku": "TS-BLUE"
     *       }
     *     }
     */
    Sku: {
      /** @description Unique identifier of the SKU. */
      id?: string;
      /** @description Identifier of the CMS locale the SKU content belongs to. */
      cmsLocaleId?: string;
      /**
       * Format: date-time
       * @description Date the SKU was last published, or null if it never was.
       */
      lastPublished?: string | null;
      /**
       * Format: date-time
       * @description Date the SKU was last updated.
       */
      lastUpdated?: string;
      /**
       * Format: date-time
       * @description Date the SKU was created.
       */
      createdOn?: string;
      /** @description The field values of the SKU. */
      fieldData?: components["schemas"]["SkuFieldData"];
    };
    /**
     * @description The field values of a SKU, keyed by field slug. Custom fields added to the site's SKUs collection appear here too.
     * @example {
     *       "sku-values": {
     *         "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10": "2f8b1c4e6d7a9b0c3e5f7a1b2c4d6e8f"
     *       },
     *       "name": "Colorful T-shirt - Royal Blue",
     *       "slug": "colorful-t-shirt-royal-blue",
     *       "price": {
     *         "value": 2500,
     *         "unit": "USD",
     *         "currency": "USD"
     *       },
     *       "ec-sku-billing-method": "one-time",
     *       "main-image": {
     *         "fileId": "660eb7a486d1d6e0412292f1",
     *         "url": "https://uploads-ssl.webflow.com/580e63e98c9a982ac9b8b741/660eb7a486d1d6e0412292f1_tshirt-blue.png",
     *         "alt": null
     *       },
     *       "sku": "TS-BLUE"
     *     }
     */
    SkuFieldData: {
      /** @description The value the SKU takes for each of the product's `sku-properties`: option ID mapped to the ID of the chosen value. */
      "sku-values"?: {
        [key: string]: unknown;
      };
      /** @description Name of the SKU. */
      name: string;
      /** @description URL slug of the SKU. */
      slug: string;
      /** @description Price of the SKU. */
      price: components["schemas"]["SkuPrice"];
      /** @description Original price, shown struck through to mark the SKU as on sale. */
      "compare-at-price"?: components["schemas"]["SkuPrice"];
      /** @description How the SKU is billed: a documented SkuBillingMethod value, or a newer method this description does not list yet (passed through). */
      "ec-sku-billing-method"?: components["schemas"]["SkuBillingMethod"] | (string & {});
      /** @description The subscription plan, for SKUs billed as a subscription. */
      "ec-sku-subscription-plan"?: components["schemas"]["SkuSubscriptionPlan"];
      /** @description The main image of the SKU, as a URL or as an image object. */
      "main-image"?:
        | string
        | {
            /** @description Asset ID of the image. */
            fileId?: string;
            /** @description URL of the image. */
            url?: string;
            /** @description Alternative text of the image, or null. */
            alt?: string | null;
          };
      /** @description The merchant's stock-keeping code of the SKU. */
      sku?: string;
      /** @description The variant options of the product the SKU belongs to. */
      "sku-properties"?: components["schemas"]["SkuProperty"][];
    };
    /**
     * @description The field values of a SKU as sent in a request: SkuFieldData with `ec-sku-billing-method` limited to the documented values and `main-image` given as a URL.
     * @example {
     *       "sku-values": {
     *         "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10": "9a7c5e3b1d2f4a6c8e0b2d4f6a8c0e1b"
     *       },
     *       "name": "Colorful T-shirt - Crimson Red",
     *       "slug": "colorful-t-shirt-crimson-red",
     *       "price": {
     *         "value": 2500,
     *         "unit": "USD"
     *       },
     *       "ec-sku-billing-method": "one-time",
     *       "main-image": "https://example.com/images/tshirt-red.png",
     *       "sku": "TS-RED"
     *     }
     */
    SkuFieldDataInput: components["schemas"]["SkuFieldData"] & {
      /** @description How the SKU is billed. */
      "ec-sku-billing-method"?: components["schemas"]["SkuBillingMethod"];
      /** @description URL of the main image of the SKU. */
      "main-image"?: string;
    };
    /**
     * @description A SKU as sent in a request body: Sku with its `fieldData` as SkuFieldDataInput.
     * @example {
     *       "fieldData": {
     *         "name": "Colorful T-shirt - Crimson Red",
     *         "slug": "colorful-t-shirt-crimson-red",
     *         "price": {
     *           "value": 2500,
     *           "unit": "USD"
     *         }
     *       }
     *     }
     */
    SkuInput: components["schemas"]["Sku"] & {
      /** @description The field values to set. */
      fieldData?: components["schemas"]["SkuFieldDataInput"];
    };
    /**
     * @description A price of a SKU: an amount in the smallest unit of the currency (for example cents) and its currency code.
     * @example {
     *       "value": 2500,
     *       "unit": "USD",
     *       "currency": "USD"
     *     }
     * @example {
     *       "value": 3000,
     *       "unit": "USD"
     *     }
     */
    SkuPrice: {
      /** @description The amount, in the smallest unit of the currency (2500 is 25.00 USD). */
      value?: number;
      /** @description ISO 4217 code of the currency of the amount (for example `USD`). */
      unit?: string;
      /** @description ISO 4217 code of the currency (for example `USD`); may be absent. */
      currency?: string;
    };
    /**
     * @description How a SKU is billed, `one-time` or `subscription`.
     * @example one-time
     * @enum {string}
     */
    SkuBillingMethod: "one-time" | "subscription";
    /**
     * @description The subscription plan of a SKU billed as a subscription.
     * @example {
     *       "interval": "month",
     *       "frequency": 1,
     *       "trial": 7,
     *       "plans": [
     *         {
     *           "platform": "stripe",
     *           "id": "price_1P2Yd9LkdIwHu7ixWpDxQ4sF",
     *           "status": "active"
     *         }
     *       ]
     *     }
     */
    SkuSubscriptionPlan: {
      /**
       * @description The unit of the billing interval.
       * @enum {string}
       */
      interval?: "day" | "week" | "month" | "year";
      /** @description Number of intervals between two payments. */
      frequency?: number;
      /** @description Length of the free trial, in days. */
      trial?: number;
      /** @description The plans created for the SKU on the payment processor. */
      plans?: {
        /** @description The payment processor (`stripe`), or a newer one this description does not list yet (passed through). */
        platform?: "stripe" | (string & {});
        /** @description ID of the plan on the payment processor. */
        id?: string;
        /** @description Status of the plan (`active`, `inactive`, `canceled`), or a newer status this description does not list yet (passed through). */
        status?: ("active" | "inactive" | "canceled") | (string & {});
      }[];
    };
    /**
     * @description Whether a product or SKU write goes to the staged site (`staging`) or is also published live (`live`).
     * @example staging
     * @enum {string}
     */
    PublishStatus: "staging" | "live";
    /**
     * @description A product together with its SKUs.
     * @example {
     *       "product": {
     *         "id": "660eb7a486d1d6e0412292d7",
     *         "lastPublished": "2024-04-04T14:24:19.274Z",
     *         "lastUpdated": "2024-04-04T14:24:19.274Z",
     *         "createdOn": "2024-04-04T14:24:04.513Z",
     *         "isArchived": false,
     *         "isDraft": false,
     *         "fieldData": {
     *           "name": "Colorful T-shirt",
     *           "slug": "colorful-t-shirt",
     *           "shippable": true,
     *           "tax-category": "standard-taxable",
     *           "default-sku": "660eb7a486d1d6e0412292e5",
     *           "ec-product-type": "ff42fee0113744f693a764e3431a9cc2"
     *         }
     *       },
     *       "skus": [
     *         {
     *           "id": "660eb7a486d1d6e0412292e5",
     *           "lastPublished": "2024-04-04T14:24:19.274Z",
     *           "lastUpdated": "2024-04-04T14:24:19.274Z",
     *           "createdOn": "2024-04-04T14:24:04.513Z",
     *           "fieldData": {
     *             "name": "Colorful T-shirt - Royal Blue",
     *             "slug": "colorful-t-shirt-royal-blue",
     *             "price": {
     *               "value": 2500,
     *               "unit": "USD",
     *               "currency": "USD"
     *             }
     *           }
     *         }
     *       ]
     *     }
     */
    ProductAndSkus: {
      /** @description The product. */
      product?: components["schemas"]["Product"];
      /** @description The SKUs (variants) of the product. */
      skus?: components["schemas"]["Sku"][];
    };
    /**
     * @description Response of GET /sites/{site_id}/products, one page of products with their SKUs.
     * @example {
     *       "items": [
     *         {
     *           "product": {
     *             "id": "660eb7a486d1d6e0412292d7",
     *             "fieldData": {
     *               "name": "Colorful T-shirt",
     *               "slug": "colorful-t-shirt"
     *             }
     *           },
     *           "skus": [
     *             {
     *               "id": "660eb7a486d1d6e0412292e5",
     *               "fieldData": {
     *                 "name": "Colorful T-shirt - Royal Blue",
     *                 "slug": "colorful-t-shirt-royal-blue",
     *                 "price": {
     *                   "value": 2500,
     *                   "unit": "USD"
     *                 }
     *               }
     *             }
     *           ]
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    ProductAndSkusList: {
      /** @description The products of this page, each with its SKUs. */
      items?: components["schemas"]["ProductAndSkus"][];
      /** @description Paging information of this page of results. */
      pagination?: components["schemas"]["Pagination"];
    };
    /**
     * @description Response of POST /sites/{site_id}/products/{product_id}/skus, the SKUs created.
     * @example {
     *       "skus": [
     *         {
     *           "id": "660eb7a486d1d6e0412292e6",
     *           "lastPublished": "2024-04-05T09:12:40.000Z",
     *           "lastUpdated": "2024-04-05T09:12:40.000Z",
     *           "createdOn": "2024-04-05T09:12:40.000Z",
     *           "fieldData": {
     *             "sku-values": {
     *               "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10": "9a7c5e3b1d2f4a6c8e0b2d4f6a8c0e1b"
     *             },
     *             "name": "Colorful T-shirt - Crimson Red",
     *             "slug": "colorful-t-shirt-crimson-red",
     *             "price": {
     *               "value": 2500,
     *               "unit": "USD",
     *               "currency": "USD"
     *             }
     *           }
     *         }
     *       ]
     *     }
     */
    SkuList: {
      /** @description The SKUs that were created. */
      skus: components["schemas"]["Sku"][];
    };
    /**
     * @description Body of POST /sites/{site_id}/products: the product and its first (default) SKU. Further SKUs are added with createSkus.
     * @example {
     *       "publishStatus": "staging",
     *       "product": {
     *         "fieldData": {
     *           "name": "Colorful T-shirt",
     *           "slug": "colorful-t-shirt",
     *           "description": "Our best-selling t-shirt, in two colors.",
     *           "shippable": true,
     *           "sku-properties": [
     *             {
     *               "id": "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10",
     *               "name": "Color",
     *               "enum": [
     *                 {
     *                   "id": "2f8b1c4e6d7a9b0c3e5f7a1b2c4d6e8f",
     *                   "name": "Royal Blue",
     *                   "slug": "royal-blue"
     *                 }
     *               ]
     *             }
     *           ],
     *           "tax-category": "standard-taxable",
     *           "ec-product-type": "ff42fee0113744f693a764e3431a9cc2"
     *         }
     *       },
     *       "sku": {
     *         "fieldData": {
     *           "sku-values": {
     *             "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10": "2f8b1c4e6d7a9b0c3e5f7a1b2c4d6e8f"
     *           },
     *           "name": "Colorful T-shirt - Royal Blue",
     *           "slug": "colorful-t-shirt-royal-blue",
     *           "price": {
     *             "value": 2500,
     *             "unit": "USD"
     *           },
     *           "main-image": "https://example.com/images/tshirt-blue.png"
     *         }
     *       }
     *     }
     */
    CreateProductRequest: {
      /** @description Whether to publish the new product live or keep it staged. */
      publishStatus?: components["schemas"]["PublishStatus"];
      /** @description The product to create. */
      product: {
        /** @description The field values of the product. */
        fieldData?: components["schemas"]["ProductFieldDataInput"];
      };
      /** @description The default SKU of the product. */
      sku: {
        /** @description The field values of the SKU. */
        fieldData?: components["schemas"]["SkuFieldDataInput"];
      };
    };
    /**
     * @description Body of PATCH /sites/{site_id}/products/{product_id}: the product fields to change and, optionally, changes to its default SKU.
     * @example {
     *       "publishStatus": "live",
     *       "product": {
     *         "fieldData": {
     *           "name": "Colorful T-shirt",
     *           "slug": "colorful-t-shirt",
     *           "description": "Our best-selling t-shirt, now in three colors."
     *         }
     *       }
     *     }
     */
    UpdateProductRequest: {
      /** @description Whether to publish the change live or keep it staged. */
      publishStatus?: components["schemas"]["PublishStatus"];
      /** @description The product fields to change. */
      product?: components["schemas"]["ProductInput"];
      /** @description Changes to the product's default SKU. */
      sku?: components["schemas"]["SkuInput"];
    };
    /**
     * @description Body of POST /sites/{site_id}/products/{product_id}/skus.
     * @example {
     *       "publishStatus": "staging",
     *       "skus": [
     *         {
     *           "fieldData": {
     *             "sku-values": {
     *               "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10": "9a7c5e3b1d2f4a6c8e0b2d4f6a8c0e1b"
     *             },
     *             "name": "Colorful T-shirt - Crimson Red",
     *             "slug": "colorful-t-shirt-crimson-red",
     *             "price": {
     *               "value": 2500,
     *               "unit": "USD"
     *             }
     *           }
     *         }
     *       ]
     *     }
     */
    CreateSkusRequest: {
      /** @description Whether to publish the new SKUs live or keep them staged. */
      publishStatus?: components["schemas"]["PublishStatus"];
      /** @description The SKUs to add to the product. */
      skus: components["schemas"]["SkuInput"][];
    };
    /**
     * @description Body of PATCH /sites/{site_id}/products/{product_id}/skus/{sku_id}.
     * @example {
     *       "publishStatus": "live",
     *       "sku": {
     *         "fieldData": {
     *           "name": "Colorful T-shirt - Royal Blue",
     *           "slug": "colorful-t-shirt-royal-blue",
     *           "price": {
     *             "value": 2200,
     *             "unit": "USD"
     *           },
     *           "compare-at-price": {
     *             "value": 2500,
     *             "unit": "USD"
     *           }
     *         }
     *       }
     *     }
     */
    UpdateSkuRequest: {
      /** @description Whether to publish the change live or keep it staged. */
      publishStatus?: components["schemas"]["PublishStatus"];
      /** @description The SKU fields to set. */
      sku: components["schemas"]["SkuInput"];
    };
    /**
     * @description An ecommerce order: its status, customer, addresses, purchased items, payment details and totals. Every field may be absent.
     * @example {
     *       "orderId": "dfa-3f1",
     *       "status": "unfulfilled",
     *       "comment": "",
     *       "orderComment": "Please gift-wrap it.",
     *       "acceptedOn": "2024-05-02T16:04:12.615Z",
     *       "fulfilledOn": null,
     *       "refundedOn": null,
     *       "disputedOn": null,
     *       "disputeUpdatedOn": null,
     *       "disputeLastStatus": null,
     *       "customerPaid": {
     *         "unit": "USD",
     *         "value": "6099",
     *         "string": "$60.99 USD"
     *       },
     *       "netAmount": {
     *         "unit": "USD",
     *         "value": "5892",
     *         "string": "$58.92 USD"
     *       },
     *       "applicationFee": {
     *         "unit": "USD",
     *         "value": "122",
     *         "string": "$1.22 USD"
     *       },
     *       "allAddresses": [
     *         {
     *           "type": "billing",
     *           "japanType": null,
     *           "addressee": "Arthur Dent",
     *           "line1": "20 W 34th St",
     *           "line2": "Empire State Building",
     *           "city": "New York",
     *           "state": "New York",
     *           "country": "US",
     *           "postalCode": "10118"
     *         },
     *         {
     *           "type": "shipping",
     *           "japanType": null,
     *           "addressee": "Arthur Dent",
     *           "line1": "20 W 34th St",
     *           "line2": "Empire State Building",
     *           "city": "New York",
     *           "state": "New York",
     *           "country": "US",
     *           "postalCode": "10118"
     *         }
     *       ],
     *       "shippingAddress": {
     *         "type": "shipping",
     *         "japanType": null,
     *         "addressee": "Arthur Dent",
     *         "line1": "20 W 34th St",
     *         "line2": "Empire State Building",
     *         "city": "New York",
     *         "state": "New York",
     *         "country": "US",
     *         "postalCode": "10118"
     *       },
     *       "billingAddress": {
     *         "type": "billing",
     *         "japanType": null,
     *         "addressee": "Arthur Dent",
     *         "line1": "20 W 34th St",
     *         "line2": "Empire State Building",
     *         "city": "New York",
     *         "state": "New York",
     *         "country": "US",
     *         "postalCode": "10118"
     *       },
     *       "shippingProvider": null,
     *       "shippingTracking": null,
     *       "shippingTrackingURL": null,
     *       "customerInfo": {
     *         "fullName": "Arthur Dent",
     *         "email": "arthur.dent@example.com"
     *       },
     *       "purchasedItems": [
     *         {
     *           "count": 1,
     *           "rowTotal": {
     *             "unit": "USD",
     *             "value": "5500",
     *             "string": "$55.00 USD"
     *           },
     *           "productId": "5eb9fd05caef491eb9757183",
     *           "productName": "White Cup",
     *           "productSlug": "white-cup",
     *           "variantId": "5eb9fcace279761d8199790c",
     *           "variantName": "White Cup: Large",
     *           "variantSlug": "white-cup-large",
     *           "variantSKU": "white-cup-large",
     *           "variantImage": {
     *             "url": "https://d1otoma47x30pg.cloudfront.net/5eb9fd05caef491eb9757183/5eb9fcace279761d8199790c_cup.jpg",
     *             "file": {
     *               "size": 61418,
     *               "originalFileName": "cup.jpg",
     *               "createdOn": "2024-04-30T10:01:22.000Z",
     *               "contentType": "image/jpeg",
     *               "width": 800,
     *               "height": 800,
     *               "variants": [
     *                 {
     *                   "url": "https://d1otoma47x30pg.cloudfront.net/5eb9fd05caef491eb9757183/5eb9fcace279761d8199790c_cup-p-500.jpg",
     *                   "originalFileName": "cup-p-500.jpg",
     *                   "size": 21044,
     *                   "width": 500,
     *                   "height": 500
     *                 }
     *               ]
     *             }
     *           },
     *           "variantPrice": {
     *             "unit": "USD",
     *             "value": "5500",
     *             "string": "$55.00 USD"
     *           },
     *           "weight": 1,
     *           "width": 10,
     *           "height": 12,
     *           "length": 10
     *         }
     *       ],
     *       "purchasedItemsCount": 1,
     *       "stripeDetails": {
     *         "subscriptionId": null,
     *         "paymentMethod": "pm_1PBvY2LkdIwHu7ixq2n8Zt3c",
     *         "paymentIntentId": "pi_3PBvY2LkdIwHu7ix0qz3aKcE",
     *         "customerId": "cus_Q1z4Xb7dN2mK8p",
     *         "chargeId": "ch_3PBvY2LkdIwHu7ix0F4kTq9L",
     *         "disputeId": null,
     *         "refundId": null,
     *         "refundReason": null
     *       },
     *       "stripeCard": {
     *         "last4": "4242",
     *         "brand": "Visa",
     *         "ownerName": "Arthur Dent",
     *         "expires": {
     *           "year": 2027,
     *           "month": 4
     *         }
     *       },
     *       "customData": [
     *         {
     *           "textArea": "Happy birthday!"
     *         }
     *       ],
     *       "metadata": {
     *         "isBuyNow": false
     *       },
     *       "isCustomerDeleted": false,
     *       "isShippingRequired": true,
     *       "hasDownloads": false,
     *       "paymentProcessor": "stripe",
     *       "totals": {
     *         "subtotal": {
     *           "unit": "USD",
     *           "value": "5500",
     *           "string": "$55.00 USD"
     *         },
     *         "extras": [
     *           {
     *             "type": "tax",
     *             "name": "State Taxes",
     *             "description": "NY Taxes (8.875%)",
     *             "price": {
     *               "unit": "USD",
     *               "value": "488",
     *               "string": "$4.88 USD"
     *             }
     *           },
     *           {
     *             "type": "shipping",
     *             "name": "Flat",
     *             "description": "",
     *             "price": {
     *               "unit": "USD",
     *               "value": "111",
     *               "string": "$1.11 USD"
     *             }
     *           }
     *         ],
     *         "total": {
     *           "unit": "USD",
     *           "value": "6099",
     *           "string": "$60.99 USD"
     *         }
     *       },
     *       "downloadFiles": []
     *     }
     */
    Order: {
      /** @description Unique identifier of the order (a short string such as `dfa-3f1`). */
      orderId?: string;
      /** @description Status of the order: a documented OrderStatus value, or a newer status this description does not list yet (passed through). */
      status?: components["schemas"]["OrderStatus"] | (string & {});
      /** @description Comment the merchant left on the order (not shown to the customer). */
      comment?: string;
      /** @description Comment the customer left when placing the order. */
      orderComment?: string;
      /**
       * Format: date-time
       * @description Date the order was placed, or null.
       */
      acceptedOn?: string | null;
      /**
       * Format: date-time
       * @description Date the order was fulfilled, or null if it was not.
       */
      fulfilledOn?: string | null;
      /**
       * Format: date-time
       * @description Date the order was refunded, or null if it was not.
       */
      refundedOn?: string | null;
      /**
       * Format: date-time
       * @description Date the order was disputed by the customer, or null if it was not.
       */
      disputedOn?: string | null;
      /**
       * Format: date-time
       * @description Date the dispute was last updated, or null.
       */
      disputeUpdatedOn?: string | null;
      /** @description Last known status of the dispute (the payment processor's dispute status), a newer status this description does not list yet (passed through), or null when the order was never disputed. */
      disputeLastStatus?:
        | (
            | "warning_needs_response"
            | "warning_under_review"
            | "warning_closed"
            | "needs_response"
            | "under_review"
            | "charge_refunded"
            | "won"
            | "lost"
          )
        | (string & {})
        | null;
      /** @description The amount the customer paid. */
      customerPaid?: components["schemas"]["OrderPrice"];
      /** @description The amount the merchant receives after fees. */
      netAmount?: components["schemas"]["OrderPrice"];
      /** @description The fee Webflow took from the payment. */
      applicationFee?: components["schemas"]["OrderPrice"];
      /** @description All the addresses given with the order (shipping and billing). */
      allAddresses?: components["schemas"]["OrderAddress"][];
      /** @description The shipping address. */
      shippingAddress?: components["schemas"]["OrderAddress"];
      /** @description The billing address. */
      billingAddress?: components["schemas"]["OrderAddress"];
      /** @description The shipping carrier, as entered by the merchant, or null. */
      shippingProvider?: string | null;
      /** @description The shipment tracking number, or null. */
      shippingTracking?: string | null;
      /** @description The shipment tracking URL, as entered by the merchant, or null. */
      shippingTrackingURL?: string | null;
      /** @description The customer who placed the order. */
      customerInfo?: components["schemas"]["OrderCustomerInfo"];
      /** @description The items (SKUs) bought, one entry per SKU. */
      purchasedItems?: components["schemas"]["OrderPurchasedItem"][];
      /** @description Total number of items bought (sum of the counts). */
      purchasedItemsCount?: number;
      /** @description Stripe identifiers of the payment, for orders paid through Stripe. */
      stripeDetails?: components["schemas"]["OrderStripeDetails"];
      /** @description The card the order was paid with, for card payments through Stripe. */
      stripeCard?: components["schemas"]["OrderStripeCard"];
      /** @description PayPal identifiers of the payment, for orders paid through PayPal. */
      paypalDetails?: components["schemas"]["OrderPaypalDetails"];
      /** @description Values of the custom checkout fields (for example a gift note), one object per field. */
      customData?: {
        [key: string]: unknown;
      }[];
      /** @description Extra facts about how the order was placed. */
      metadata?: {
        /** @description Whether the order was placed with a Buy now button. */
        isBuyNow?: boolean;
      };
      /** @description Whether the customer's data was deleted. */
      isCustomerDeleted?: boolean;
      /** @description Whether the order contains items that must be shipped. */
      isShippingRequired?: boolean;
      /** @description Whether the order contains digital downloads. */
      hasDownloads?: boolean;
      /** @description The payment processor that took the payment (for example `stripe` or `paypal`). */
      paymentProcessor?: string;
      /** @description The totals of the order. */
      totals?: components["schemas"]["OrderTotals"];
      /** @description The files the customer can download (digital products). */
      downloadFiles?: {
        /** @description Unique identifier of the file. */
        id?: string;
        /** @description Name of the file. */
        name?: string;
        /**
         * Format: uri
         * @description URL the file is downloaded from.
         */
        url?: string;
      }[];
    };
    /**
     * @description The documented statuses of an order: `pending` (payment not yet confirmed), `unfulfilled`, `fulfilled`, `disputed`, `dispute-lost` and `refunded`.
     * @example unfulfilled
     * @enum {string}
     */
    OrderStatus: "pending" | "unfulfilled" | "fulfilled" | "disputed" | "dispute-lost" | "refunded";
    /**
     * @description An amount of money in an order: the amount in the smallest unit of the currency as a string, its currency code, and the amount formatted for display.
     * @example {
     *       "unit": "USD",
     *       "value": "6099",
     *       "string": "$60.99 USD"
     *     }
     */
    OrderPrice: {
      /** @description ISO 4217 code of the currency (for example `USD`). */
      unit?: string;
      /** @description The amount in the smallest unit of the currency, as a string (`'6099'` is 60.99 USD). */
      value?: string;
      /** @description The amount formatted for display (for example `$60.99 USD`). */
      string?: string;
    };
    /**
     * @description A shipping or billing address of an order.
     * @example {
     *       "type": "shipping",
     *       "japanType": null,
     *       "addressee": "Arthur Dent",
     *       "line1": "20 W 34th St",
     *       "line2": "Empire State Building",
     *       "city": "New York",
     *       "state": "New York",
     *       "country": "US",
     *       "postalCode": "10118"
     *     }
     */
    OrderAddress: {
      /** @description Whether this is the `shipping` or the `billing` address, or a newer kind this description does not list yet (passed through). */
      type?: ("shipping" | "billing") | (string & {});
      /** @description For Japanese addresses, the script the address is written in (`kana` or `kanji`, or a newer value passed through); null otherwise. */
      japanType?: ("kana" | "kanji") | (string & {}) | null;
      /** @description Name of the person or company the address is for. */
      addressee?: string;
      /** @description First line of the street address. */
      line1?: string;
      /** @description Second line of the street address. */
      line2?: string;
      /** @description City. */
      city?: string;
      /** @description State, province or region. */
      state?: string;
      /** @description Country (ISO 3166-1 alpha-2 code, for example `US`). */
      country?: string;
      /** @description Postal or ZIP code. */
      postalCode?: string;
    };
    /**
     * @description The customer who placed an order.
     * @example {
     *       "fullName": "Arthur Dent",
     *       "email": "arthur.dent@example.com"
     *     }
     */
    OrderCustomerInfo: {
      /** @description Full name of the customer. */
      fullName?: string;
      /**
       * Format: email
       * @description Email address of the customer.
       */
      email?: string;
    };
    /**
     * @description One purchased SKU of an order, with its quantity and prices.
     * @example {
     *       "count": 2,
     *       "rowTotal": {
     *         "unit": "USD",
     *         "value": "5000",
     *         "string": "$50.00 USD"
     *       },
     *       "productId": "660eb7a486d1d6e0412292d7",
     *       "productName": "Colorful T-shirt",
     *       "productSlug": "colorful-t-shirt",
     *       "variantId": "660eb7a486d1d6e0412292e5",
     *       "variantName": "Colorful T-shirt: Royal Blue",
     *       "variantSlug": "colorful-t-shirt-royal-blue",
     *       "variantSKU": "TS-BLUE",
     *       "variantPrice": {
     *         "unit": "USD",
     *         "value": "2500",
     *         "string": "$25.00 USD"
     *       },
     *       "weight": null,
     *       "width": null,
     *       "height": null,
     *       "length": null
     *     }
     */
    OrderPurchasedItem: {
      /** @description Number of units bought. */
      count?: number;
      /** @description Total price of this line (unit price times count). */
      rowTotal?: components["schemas"]["OrderPrice"];
      /** @description ID of the product. */
      productId?: string;
      /** @description Name of the product. */
      productName?: string;
      /** @description URL slug of the product. */
      productSlug?: string;
      /** @description ID of the SKU bought. */
      variantId?: string;
      /** @description Name of the SKU bought. */
      variantName?: string;
      /** @description URL slug of the SKU. */
      variantSlug?: string;
      /** @description The merchant's stock-keeping code of the SKU. */
      variantSKU?: string;
      /** @description The image of the SKU. */
      variantImage?: {
        /**
         * Format: uri
         * @description URL of the image.
         */
        url?: string;
        /** @description The image file. */
        file?: {
          /** @description Size of the file in bytes. */
          size?: number;
          /** @description Name of the file when it was uploaded. */
          originalFileName?: string;
          /**
           * Format: date-time
           * @description Date the file was uploaded.
           */
          createdOn?: string;
          /** @description MIME type of the file (for example `image/jpeg`). */
          contentType?: string;
          /** @description Width of the image in pixels. */
          width?: number;
          /** @description Height of the image in pixels. */
          height?: number;
          /** @description Resized versions of the image. */
          variants?: {
            /**
             * Format: uri
             * @description URL of the resized image.
             */
            url?: string;
            /** @description File name of the resized image. */
            originalFileName?: string;
            /** @description Size of the file in bytes. */
            size?: number;
            /** @description Width in pixels. */
            width?: number;
            /** @description Height in pixels. */
            height?: number;
          }[];
        };
      };
      /** @description Unit price of the SKU. */
      variantPrice?: components["schemas"]["OrderPrice"];
      /** @description Weight of one unit, or null when not set. */
      weight?: number | null;
      /** @description Width of one unit, or null when not set. */
      width?: number | null;
      /** @description Height of one unit, or null when not set. */
      height?: number | null;
      /** @description Length of one unit, or null when not set. */
      length?: number | null;
    };
    /**
     * @description Stripe identifiers of an order's payment; each is null when it does not apply.
     * @example {
     *       "subscriptionId": null,
     *       "paymentMethod": "pm_1PBvY2LkdIwHu7ixq2n8Zt3c",
     *       "paymentIntentId": "pi_3PBvY2LkdIwHu7ix0qz3aKcE",
     *       "customerId": "cus_Q1z4Xb7dN2mK8p",
     *       "chargeId": "ch_3PBvY2LkdIwHu7ix0F4kTq9L",
     *       "disputeId": null,
     *       "refundId": null,
     *       "refundReason": null
     *     }
     */
    OrderStripeDetails: {
      /** @description Stripe subscription ID, for subscription orders. */
      subscriptionId?: string | null;
      /** @description Stripe payment method ID. */
      paymentMethod?: string | null;
      /** @description Stripe payment intent ID. */
      paymentIntentId?: string | null;
      /** @description Stripe customer ID. */
      customerId?: string | null;
      /** @description Stripe charge ID. */
      chargeId?: string | null;
      /** @description Stripe dispute ID, when the payment was disputed. */
      disputeId?: string | null;
      /** @description Stripe refund ID, when the order was refunded. */
      refundId?: string | null;
      /** @description Reason given for the refund. */
      refundReason?: string | null;
    };
    /**
     * @description The card an order was paid with.
     * @example {
     *       "last4": "4242",
     *       "brand": "Visa",
     *       "ownerName": "Arthur Dent",
     *       "expires": {
     *         "year": 2027,
     *         "month": 4
     *       }
     *     }
     */
    OrderStripeCard: {
      /** @description Last four digits of the card number. */
      last4?: string;
      /** @description Brand of the card (`Visa`, `American Express`, `MasterCard`, `Discover`, `JCB`, `Diners Club`, `Unknown`), or a newer brand this description does not list yet (passed through). */
      brand?:
        | (
            | "Visa"
            | "American Express"
            | "MasterCard"
            | "Discover"
            | "JCB"
            | "Diners Club"
            | "Unknown"
          )
        | (string & {});
      /** @description Name of the card holder. */
      ownerName?: string;
      /** @description Expiry date of the card. */
      expires?: {
        /** @description Expiry year. */
        year?: number;
        /** @description Expiry month (1 to 12). */
        month?: number;
      };
    };
    /**
     * @description PayPal identifiers of an order's payment.
     * @example {
     *       "orderId": "5O190127TN364715T",
     *       "payerId": "QYR5Z8XDVJNXQ",
     *       "captureId": "3C679366HH908993F"
     *     }
     */
    OrderPaypalDetails: {
      /** @description PayPal order ID. */
      orderId?: string;
      /** @description PayPal payer ID. */
      payerId?: string;
      /** @description PayPal capture ID. */
      captureId?: string;
      /** @description PayPal refund ID, when the order was refunded. */
      refundId?: string;
      /** @description Reason given for the refund. */
      refundReason?: string;
      /** @description PayPal dispute ID, when the payment was disputed. */
      disputeId?: string;
    };
    /**
     * @description The totals of an order.
     * @example {
     *       "subtotal": {
     *         "unit": "USD",
     *         "value": "5500",
     *         "string": "$55.00 USD"
     *       },
     *       "extras": [
     *         {
     *           "type": "shipping",
     *           "name": "Flat",
     *           "description": "",
     *           "price": {
     *             "unit": "USD",
     *             "value": "111",
     *             "string": "$1.11 USD"
     *           }
     *         }
     *       ],
     *       "total": {
     *         "unit": "USD",
     *         "value": "5611",
     *         "string": "$56.11 USD"
     *       }
     *     }
     */
    OrderTotals: {
      /** @description Sum of the purchased items, before extras. */
      subtotal?: components["schemas"]["OrderPrice"];
      /** @description Extra lines added to the subtotal (taxes, shipping, discounts). */
      extras?: {
        /** @description Kind of line (`discount`, `discount-shipping`, `shipping`, `tax`), or a newer kind this description does not list yet (passed through). */
        type?: ("discount" | "discount-shipping" | "shipping" | "tax") | (string & {});
        /** @description Name of the line. */
        name?: string;
        /** @description Description of the line. */
        description?: string;
        /** @description Amount of the line. */
        price?: components["schemas"]["OrderPrice"];
      }[];
      /** @description The total the customer paid. */
      total?: components["schemas"]["OrderPrice"];
    };
    /**
     * @description Response of GET /sites/{site_id}/orders, one page of orders.
     * @example {
     *       "orders": [
     *         {
     *           "orderId": "dfa-3f1",
     *           "status": "fulfilled",
     *           "acceptedOn": "2024-05-02T16:04:12.615Z",
     *           "fulfilledOn": "2024-05-03T09:30:00.000Z",
     *           "customerInfo": {
     *             "fullName": "Arthur Dent",
     *             "email": "arthur.dent@example.com"
     *           },
     *           "totals": {
     *             "total": {
     *               "unit": "USD",
     *               "value": "6099",
     *               "string": "$60.99 USD"
     *             }
     *           }
     *         }
     *       ],
     *       "pagination": {
     *         "limit": 100,
     *         "offset": 0,
     *         "total": 1
     *       }
     *     }
     */
    OrderList: {
      /** @description The orders of this page. */
      orders?: components["schemas"]["Order"][];
      /** @description Paging information of this page of results. */
      pagination?: components["schemas"]["Pagination"];
    };
    /**
     * @description Body of PATCH /sites/{site_id}/orders/{order_id}: the merchant comment and shipping details to set.
     * @example {
     *       "comment": "Shipped in two parcels.",
     *       "shippingProvider": "USPS",
     *       "shippingTracking": "9400111899223817402811",
     *       "shippingTrackingURL": "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223817402811"
     *     }
     */
    UpdateOrderRequest: {
      /** @description Comment on the order, visible to the merchant only. */
      comment?: string;
      /** @description The shipping carrier (for example `USPS`). */
      shippingProvider?: string;
      /** @description The shipment tracking number. */
      shippingTracking?: string;
      /** @description The shipment tracking URL. */
      shippingTrackingURL?: string;
    };
    /**
     * @description Body of POST /sites/{site_id}/orders/{order_id}/fulfill.
     * @example {
     *       "sendOrderFulfilledEmail": true
     *     }
     */
    FulfillOrderRequest: {
      /** @description Whether to send the customer the order-fulfilled email. */
      sendOrderFulfilledEmail?: boolean;
    };
    /**
     * @description Body of POST /sites/{site_id}/orders/{order_id}/refund.
     * @example {
     *       "reason": "requested"
     *     }
     */
    RefundOrderRequest: {
      /**
       * @description Why the order is refunded: a duplicate charge, a fraudulent payment, or at the customer's request.
       * @enum {string}
       */
      reason?: "duplicate" | "fraudulent" | "requested";
    };
    /**
     * @description Body of the webhook delivery for trigger type `ecomm_new_order`: a new order was placed; `payload` is the order.
     * @example {
     *       "triggerType": "ecomm_new_order",
     *       "payload": {
     *         "orderId": "dfa-3f1",
     *         "status": "unfulfilled",
     *         "acceptedOn": "2024-05-02T16:04:12.615Z",
     *         "fulfilledOn": null,
     *         "customerInfo": {
     *           "fullName": "Arthur Dent",
     *           "email": "arthur.dent@example.com"
     *         },
     *         "purchasedItemsCount": 1,
     *         "totals": {
     *           "total": {
     *             "unit": "USD",
     *             "value": "6099",
     *             "string": "$60.99 USD"
     *           }
     *         }
     *       }
     *     }
     */
    EcommNewOrderEvent: {
      /**
       * @description The trigger type of the delivery.
       * @constant
       */
      triggerType: "ecomm_new_order";
      /** @description The new order. */
      payload?: components["schemas"]["Order"];
    };
    /**
     * @description Body of the webhook delivery for trigger type `ecomm_order_changed`: an order changed (status, shipping details, comment...); `payload` is the order as it is now.
     * @example {
     *       "triggerType": "ecomm_order_changed",
     *       "payload": {
     *         "orderId": "dfa-3f1",
     *         "status": "fulfilled",
     *         "acceptedOn": "2024-05-02T16:04:12.615Z",
     *         "fulfilledOn": "2024-05-03T09:30:00.000Z",
     *         "shippingProvider": "USPS",
     *         "shippingTracking": "9400111899223817402811",
     *         "shippingTrackingURL": "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223817402811"
     *       }
     *     }
     */
    EcommOrderChangedEvent: {
      /**
       * @description The trigger type of the delivery.
       * @constant
       */
      triggerType: "ecomm_order_changed";
      /** @description The order after the change. */
      payload?: components["schemas"]["Order"];
    };
    /**
     * @description The inventory of a SKU.
     * @example {
     *       "id": "660eb7a486d1d6e0412292e5",
     *       "quantity": 100,
     *       "inventoryType": "finite"
     *     }
     * @example {
     *       "id": "660eb7a486d1d6e0412292e6",
     *       "quantity": 0,
     *       "inventoryType": "infinite"
     *     }
     */
    Inventory: {
      /** @description Unique identifier of the SKU. */
      id?: string;
      /** @description Number of units in stock (meaningful for `finite` inventory). */
      quantity?: number;
      /** @description Whether the stock is tracked (`finite`) or unlimited (`infinite`), or a newer type this description does not list yet (passed through). */
      inventoryType?: components["schemas"]["InventoryType"] | (string & {});
    };
    /**
     * @description How the stock of a SKU is counted: `finite` (tracked quantity) or `infinite` (unlimited).
     * @example finite
     * @enum {string}
     */
    InventoryType: "infinite" | "finite";
    /**
     * @description Body of PATCH /collections/{sku_collection_id}/items/{sku_id}/inventory. Send `quantity` to set the stock to a value, or `updateQuantity` to add to (or, negative, subtract from) the current stock.
     * @example {
     *       "inventoryType": "finite",
     *       "quantity": 100
     *     }
     * @example {
     *       "inventoryType": "finite",
     *       "updateQuantity": -2
     *     }
     * @example {
     *       "inventoryType": "infinite"
     *     }
     */
    UpdateInventoryRequest: {
      /** @description The inventory type to set. */
      inventoryType: components["schemas"]["InventoryType"];
      /** @description Number of units to add to the current stock; negative to subtract. */
      updateQuantity?: number;
      /** @description Number of units in stock to set, replacing the current stock. */
      quantity?: number;
    };
    /**
     * @description The ecommerce settings of a site.
     * @example {
     *       "siteId": "580e63e98c9a982ac9b8b741",
     *       "createdOn": "2024-04-01T12:00:00.000Z",
     *       "defaultCurrency": "USD"
     *     }
     */
    EcommerceSettings: {
      /** @description Unique identifier of the site. */
      siteId?: string;
      /**
       * Format: date-time
       * @description Date the ecommerce settings of the site were created.
       */
      createdOn?: string;
      /** @description ISO 4217 code of the store's default currency (for example `USD`). */
      defaultCurrency?: string;
    };
    /**
     * @description Body of the webhook delivery for trigger type `ecomm_inventory_changed`: the inventory of a SKU changed; `payload` is the new inventory.
     * @example {
     *       "triggerType": "ecomm_inventory_changed",
     *       "payload": {
     *         "id": "660eb7a486d1d6e0412292e5",
     *         "quantity": 98,
     *         "inventoryType": "finite"
     *       }
     *     }
     */
    EcommInventoryChangedEvent: {
      /**
       * @description The trigger type of the delivery.
       * @constant
       */
      triggerType: "ecomm_inventory_changed";
      /** @description The inventory of the SKU after the change. */
      payload?: components["schemas"]["Inventory"];
    };
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
     * @description Unique identifier of a workspace.
     * @example 580e63fc8c9a982ac9b8b744
     */
    workspace_id: string;
    /**
     * @description Unique identifier or slug of a workspace.
     * @example 580e63fc8c9a982ac9b8b744
     */
    workspace_id_or_slug: string;
    /**
     * @description Unique identifier of a 301 redirect.
     * @example 66c4cb9a20cac35ed19995e5
     */
    redirect_id: string;
    /**
     * @description A Google tag ID installed on the site (for example `G-7B3C9D2E1F`).
     * @example G-7B3C9D2E1F
     */
    tag_id: string;
    /**
     * @description Return only the audit-log events of this type.
     * @example user_access
     */
    auditLogEventType:
      | "user_access"
      | "custom_role"
      | "workspace_membership"
      | "site_membership"
      | "workspace_invitation"
      | "workspace_setting";
    /**
     * @description Return only the events that happened at or after this date and time (ISO-8601).
     * @example 2025-03-01T00:00:00.000Z
     */
    auditLogFrom: string;
    /**
     * @description Return only the events that happened at or before this date and time (ISO-8601).
     * @example 2025-03-31T23:59:59.999Z
     */
    auditLogTo: string;
    /**
     * @description Unique identifier of a page.
     * @example 63c720f9347c2139b248e552
     */
    page_id: string;
    /**
     * @description Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
     * @example 5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12
     */
    component_id: string;
    /**
     * @description Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
     * @example 68026fa68ef6dc744c75b833
     */
    branchId: string;
    /**
     * @description Unique identifier of the locale (its `id` in the site's `locales`) whose content is updated. Required by this endpoint.
     * @example 653fd9af6a07fc9cfd7a5e56
     */
    requiredLocaleId: string;
    /**
     * @description Unique identifier of a CMS collection.
     * @example 580e63fc8c9a982ac9b8b745
     */
    collection_id: string;
    /**
     * @description Unique identifier of a field of the collection.
     * @example 7f15043107e2fc95644e9380
     */
    field_id: string;
    /**
     * @description Unique identifier of an item of the collection.
     * @example 580e64008c9a982ac9b8b754
     */
    item_id: string;
    /**
     * @description Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
     * @example 653ad57de882f528b32e810e
     */
    cmsLocaleId: string;
    /**
     * @description When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
     * @example true
     */
    skipInvalidFiles: boolean;
    /**
     * @description Only return items whose `name` field equals this value.
     * @example Pan Galactic Gargle Blaster Recipe
     */
    itemName: string;
    /**
     * @description Only return items whose `slug` field equals this value.
     * @example pan-galactic-gargle-blaster
     */
    itemSlug: string;
    /**
     * @description Only return items created on or before this date (the `lte` member of the `createdOn` filter object, sent as `createdOn[lte]`).
     * @example 2023-12-31T23:59:59.000Z
     */
    createdOnLte: string;
    /**
     * @description Only return items created on or after this date (the `gte` member of the `createdOn` filter object, sent as `createdOn[gte]`).
     * @example 2023-01-01T00:00:00.000Z
     */
    createdOnGte: string;
    /**
     * @description Only return items last published on or before this date (the `lte` member of the `lastPublished` filter object, sent as `lastPublished[lte]`).
     * @example 2023-12-31T23:59:59.000Z
     */
    lastPublishedLte: string;
    /**
     * @description Only return items last published on or after this date (the `gte` member of the `lastPublished` filter object, sent as `lastPublished[gte]`).
     * @example 2023-01-01T00:00:00.000Z
     */
    lastPublishedGte: string;
    /**
     * @description Only return items last updated on or before this date (the `lte` member of the `lastUpdated` filter object, sent as `lastUpdated[lte]`).
     * @example 2023-12-31T23:59:59.000Z
     */
    lastUpdatedLte: string;
    /**
     * @description Only return items last updated on or after this date (the `gte` member of the `lastUpdated` filter object, sent as `lastUpdated[gte]`).
     * @example 2023-01-01T00:00:00.000Z
     */
    lastUpdatedGte: string;
    /**
     * @description Field to sort the items by; `sortOrder` gives the direction.
     * @example lastPublished
     */
    itemSortBy: "createdOn" | "lastPublished" | "lastUpdated" | "name" | "slug";
    /**
     * @description Unique identifier of a comment thread.
     * @example 679a4f4e0a7b6c3b7d4b4e21
     */
    comment_thread_id: string;
    /**
     * @description Unique identifier of an asset.
     * @example 63e5889e7fe4eafa7384cea4
     */
    asset_id: string;
    /**
     * @description Unique identifier of an asset folder.
     * @example 6390c49774a71f0e3c1a08ee
     */
    asset_folder_id: string;
    /**
     * @description Unique identifier of an asset folder. Restricts the list to the assets in that folder.
     * @example 6390c49774a71f0e3c1a08ee
     */
    folderId: string;
    /**
     * @description Unique identifier of a custom font.
     * @example 66f5a7e1c2b3d4e5f6a7b8c9
     */
    font_id: string;
    /**
     * @description Unique identifier of a form.
     * @example 6321ca84df3949bfc6752327
     */
    form_id: string;
    /**
     * @description Unique identifier of a form submission.
     * @example 6321ca84df3949bfc6752329
     */
    form_submission_id: string;
    /**
     * @description Identifier of a form element on the site (a form's `formElementId`). Restricts the list to the submissions of that form.
     * @example 4e038d2c-6a1e-4953-7be9-a59a2b453177
     */
    elementId: string;
    /**
     * @description Unique identifier of a webhook.
     * @example 57ca0a9e418c504a6e1acbb6
     */
    webhook_id: string;
    /**
     * @description Unique identifier of a product.
     * @example 660eb7a486d1d6e0412292d7
     */
    product_id: string;
    /**
     * @description Unique identifier of a SKU (an item of the site's SKUs collection).
     * @example 660eb7a486d1d6e0412292e5
     */
    sku_id: string;
    /**
     * @description Unique identifier of the site's SKUs collection.
     * @example 6377a7c4b7a79608c34a46f7
     */
    sku_collection_id: string;
    /**
     * @description Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
     * @example dfa-3f1
     */
    order_id: string;
    /**
     * @description Only list orders with this status.
     * @example unfulfilled
     */
    orderStatus: components["schemas"]["OrderStatus"];
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
      /** @description Listed by the reference for this endpoint, without a stated reason. */
      404: components["responses"]["NotFound"];
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
  deleteSite: {
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
      /** @description The site was deleted. No content. */
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
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateSite: {
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
    /** @description The fields to change. */
    requestBody: {
      content: {
        /** @example {
         *       "name": "Marketing Site (2025)"
         *     } */
        "application/json": components["schemas"]["UpdateSiteRequest"];
      };
    };
    responses: {
      /** @description The updated site. */
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
           *       "displayName": "Marketing Site (2025)",
           *       "shortName": "api-docs-sample-json",
           *       "lastPublished": "2023-04-02T12:42:00.000Z",
           *       "lastUpdated": "2025-03-10T09:15:00.000Z",
           *       "previewUrl": "https://screenshots.webflow.com/sites/580e63e98c9a982ac9b8b741/20230402124200_a1b2c3.png",
           *       "timeZone": "America/Los_Angeles",
           *       "parentFolderId": null,
           *       "customDomains": [],
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
  createSite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a workspace.
         * @example 580e63fc8c9a982ac9b8b744
         */
        workspace_id: components["parameters"]["workspace_id"];
      };
      cookie?: never;
    };
    /** @description The new site. */
    requestBody: {
      content: {
        /** @example {
         *       "name": "Marketing Site",
         *       "parentFolderId": "6424c5ad9a7a3aa4e2b2e6f0"
         *     } */
        "application/json": components["schemas"]["CreateSiteRequest"];
      };
    };
    responses: {
      /** @description The site was created. */
      201: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "67b4a2f1c3d9e5a7b8c9d0e1",
           *       "workspaceId": "580e63fc8c9a982ac9b8b744",
           *       "createdOn": "2025-03-10T09:00:00.000Z",
           *       "displayName": "Marketing Site",
           *       "shortName": "marketing-site",
           *       "lastPublished": null,
           *       "lastUpdated": "2025-03-10T09:00:00.000Z",
           *       "previewUrl": "https://screenshots.webflow.com/sites/67b4a2f1c3d9e5a7b8c9d0e1/20250310090000_d4e5f6.png",
           *       "timeZone": "America/Los_Angeles",
           *       "parentFolderId": "6424c5ad9a7a3aa4e2b2e6f0",
           *       "customDomains": [],
           *       "locales": {
           *         "primary": {
           *           "id": "67b4a2f1c3d9e5a7b8c9d0e2",
           *           "cmsLocaleId": "67b4a2f1c3d9e5a7b8c9d0e3",
           *           "enabled": true,
           *           "displayName": "English",
           *           "displayImageId": null,
           *           "redirect": false,
           *           "subdirectory": "",
           *           "tag": "en"
           *         },
           *         "secondary": []
           *       },
           *       "dataCollectionEnabled": false,
           *       "dataCollectionType": "disabled"
           *     } */
          "application/json": components["schemas"]["Site"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No workspace with this `workspace_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getSitePlan: {
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
      /** @description The hosting plan of the site. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "hosting-cms-v4",
           *       "name": "CMS Hosting",
           *       "pricingInfo": "https://webflow.com/pricing"
           *     } */
          "application/json": components["schemas"]["SitePlan"];
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
  listSiteActivityLogs: {
    parameters: {
      query?: {
        /**
         * @description Maximum number of items to return (at most 100). Defaults to 100.
         * @example 100
         */
        limit?: components["parameters"]["limit"];
        /**
         * @description Number of items to skip before the first item returned (for paging). Defaults to 0.
         * @example 0
         */
        offset?: components["parameters"]["offset"];
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
      /** @description One page of activity-log entries. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "items": [
           *         {
           *           "id": "6675a1c2b5d8e3f4a1b2c3d4",
           *           "createdOn": "2025-03-10T14:22:05.000Z",
           *           "lastUpdated": "2025-03-10T14:22:05.000Z",
           *           "event": "page_renamed",
           *           "resourceOperation": "MODIFIED",
           *           "user": {
           *             "id": "545bbecb7bdd6769632504a7",
           *             "displayName": "Some One"
           *           },
           *           "resourceId": "63c720f9347c2139b248e552",
           *           "resourceName": "About",
           *           "newValue": "About us",
           *           "previousValue": "About",
           *           "payload": null
           *         },
           *         {
           *           "id": "6675a1c2b5d8e3f4a1b2c3d5",
           *           "createdOn": "2025-03-10T14:30:41.000Z",
           *           "lastUpdated": "2025-03-10T14:30:41.000Z",
           *           "event": "site_published",
           *           "resourceOperation": "PUBLISHED",
           *           "user": {
           *             "id": "545bbecb7bdd6769632504a7",
           *             "displayName": "Some One"
           *           },
           *           "resourceId": null,
           *           "resourceName": null,
           *           "newValue": null,
           *           "previousValue": null,
           *           "payload": null
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["SiteActivityLogList"];
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
  listRedirects: {
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
      /** @description The redirects of the site. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "redirects": [
           *         {
           *           "id": "66c4cb9a20cac35ed19995e5",
           *           "fromUrl": "/old-page",
           *           "toUrl": "/new-page"
           *         },
           *         {
           *           "id": "66c4cb9a20cac35ed19995e6",
           *           "fromUrl": "/blog/2019",
           *           "toUrl": "https://blog.example.com/archive/2019"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["RedirectList"];
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
  createRedirect: {
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
    /** @description The redirect to create. */
    requestBody: {
      content: {
        /** @example {
         *       "fromUrl": "/old-page",
         *       "toUrl": "/new-page"
         *     } */
        "application/json": components["schemas"]["CreateRedirectRequest"];
      };
    };
    responses: {
      /** @description The redirect was created. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "66c4cb9a20cac35ed19995e5",
           *       "fromUrl": "/old-page",
           *       "toUrl": "/new-page"
           *     } */
          "application/json": components["schemas"]["Redirect"];
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
  deleteRedirect: {
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
         * @description Unique identifier of a 301 redirect.
         * @example 66c4cb9a20cac35ed19995e5
         */
        redirect_id: components["parameters"]["redirect_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The redirect was deleted; the redirects that remain. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "redirects": [
           *         {
           *           "id": "66c4cb9a20cac35ed19995e6",
           *           "fromUrl": "/blog/2019",
           *           "toUrl": "https://blog.example.com/archive/2019"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 1
           *       }
           *     } */
          "application/json": components["schemas"]["RedirectList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no redirect with this `redirect_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateRedirect: {
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
         * @description Unique identifier of a 301 redirect.
         * @example 66c4cb9a20cac35ed19995e5
         */
        redirect_id: components["parameters"]["redirect_id"];
      };
      cookie?: never;
    };
    /** @description The fields to change. */
    requestBody: {
      content: {
        /** @example {
         *       "toUrl": "/newer-page"
         *     } */
        "application/json": components["schemas"]["UpdateRedirectRequest"];
      };
    };
    responses: {
      /** @description The updated redirect. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "66c4cb9a20cac35ed19995e5",
           *       "fromUrl": "/old-page",
           *       "toUrl": "/newer-page"
           *     } */
          "application/json": components["schemas"]["Redirect"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no redirect with this `redirect_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getRobotsTxt: {
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
      /** @description The robots.txt of the site. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "rules": [
           *         {
           *           "userAgent": "*",
           *           "allows": [
           *             "/"
           *           ],
           *           "disallows": [
           *             "/admin"
           *           ]
           *         },
           *         {
           *           "userAgent": "GPTBot",
           *           "disallows": [
           *             "/"
           *           ]
           *         }
           *       ],
           *       "sitemap": "https://www.example.com/sitemap.xml"
           *     } */
          "application/json": components["schemas"]["RobotsTxt"];
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
  replaceRobotsTxt: {
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
    /** @description The new robots.txt. */
    requestBody: {
      content: {
        /** @example {
         *       "rules": [
         *         {
         *           "userAgent": "*",
         *           "allows": [
         *             "/"
         *           ],
         *           "disallows": [
         *             "/admin"
         *           ]
         *         },
         *         {
         *           "userAgent": "GPTBot",
         *           "disallows": [
         *             "/"
         *           ]
         *         }
         *       ],
         *       "sitemap": "https://www.example.com/sitemap.xml"
         *     } */
        "application/json": components["schemas"]["RobotsTxt"];
      };
    };
    responses: {
      /** @description The robots.txt of the site after the change. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "rules": [
           *         {
           *           "userAgent": "*",
           *           "allows": [
           *             "/"
           *           ],
           *           "disallows": [
           *             "/admin"
           *           ]
           *         },
           *         {
           *           "userAgent": "GPTBot",
           *           "disallows": [
           *             "/"
           *           ]
           *         }
           *       ],
           *       "sitemap": "https://www.example.com/sitemap.xml"
           *     } */
          "application/json": components["schemas"]["RobotsTxt"];
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
  deleteRobotsTxt: {
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
    /** @description The rules and sitemap URL to remove. */
    requestBody: {
      content: {
        /** @example {
         *       "rules": [
         *         {
         *           "userAgent": "GPTBot",
         *           "disallows": [
         *             "/"
         *           ]
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["RobotsTxt"];
      };
    };
    responses: {
      /** @description The robots.txt of the site after the change. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "rules": [
           *         {
           *           "userAgent": "*",
           *           "allows": [
           *             "/"
           *           ],
           *           "disallows": [
           *             "/admin"
           *           ]
           *         }
           *       ],
           *       "sitemap": "https://www.example.com/sitemap.xml"
           *     } */
          "application/json": components["schemas"]["RobotsTxt"];
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
  updateRobotsTxt: {
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
    /** @description The rules and sitemap URL to add or change. */
    requestBody: {
      content: {
        /** @example {
         *       "rules": [
         *         {
         *           "userAgent": "GPTBot",
         *           "disallows": [
         *             "/"
         *           ]
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["RobotsTxt"];
      };
    };
    responses: {
      /** @description The robots.txt of the site after the change. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "rules": [
           *         {
           *           "userAgent": "*",
           *           "allows": [
           *             "/"
           *           ],
           *           "disallows": [
           *             "/admin"
           *           ]
           *         },
           *         {
           *           "userAgent": "GPTBot",
           *           "disallows": [
           *             "/"
           *           ]
           *         }
           *       ],
           *       "sitemap": "https://www.example.com/sitemap.xml"
           *     } */
          "application/json": components["schemas"]["RobotsTxt"];
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
  setWellKnownFile: {
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
    /** @description The file to serve. */
    requestBody: {
      content: {
        /** @example {
         *       "fileName": "apple-app-site-association",
         *       "fileData": "{\"applinks\":{\"details\":[]}}",
         *       "contentType": "application/json"
         *     } */
        "application/json": components["schemas"]["SetWellKnownFileRequest"];
      };
    };
    responses: {
      /** @description The file was set. No content. */
      201: {
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
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteWellKnownFiles: {
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
    /** @description The files to delete. */
    requestBody: {
      content: {
        /** @example {
         *       "fileNames": [
         *         "security.txt"
         *       ]
         *     } */
        "application/json": components["schemas"]["DeleteWellKnownFilesRequest"];
      };
    };
    responses: {
      /** @description The files were deleted. No content. */
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
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listGoogleTags: {
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
      /** @description The Google tags of the site. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "googleTagIds": [
           *         {
           *           "order": 1,
           *           "displayName": "Google Analytics",
           *           "tagId": "G-7B3C9D2E1F"
           *         },
           *         {
           *           "order": 2,
           *           "displayName": "Google Ads",
           *           "tagId": "AW-123456789"
           *         }
           *       ]
           *     } */
          "application/json": components["schemas"]["GoogleTagList"];
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
  deleteAllGoogleTags: {
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
      /** @description The Google tags were removed. No content. */
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
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateGoogleTags: {
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
    /** @description The Google tags to set. */
    requestBody: {
      content: {
        /** @example {
         *       "googleTagIds": [
         *         {
         *           "order": 1,
         *           "displayName": "Google Analytics",
         *           "tagId": "G-7B3C9D2E1F"
         *         },
         *         {
         *           "order": 2,
         *           "displayName": "Google Ads",
         *           "tagId": "AW-123456789"
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["GoogleTagList"];
      };
    };
    responses: {
      /** @description The Google tags of the site after the change. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "googleTagIds": [
           *         {
           *           "order": 1,
           *           "displayName": "Google Analytics",
           *           "tagId": "G-7B3C9D2E1F"
           *         },
           *         {
           *           "order": 2,
           *           "displayName": "Google Ads",
           *           "tagId": "AW-123456789"
           *         }
           *       ]
           *     } */
          "application/json": components["schemas"]["GoogleTagList"];
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
  deleteGoogleTag: {
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
         * @description A Google tag ID installed on the site (for example `G-7B3C9D2E1F`).
         * @example G-7B3C9D2E1F
         */
        tag_id: components["parameters"]["tag_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tag was removed; the Google tags that remain. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "googleTagIds": [
           *         {
           *           "order": 1,
           *           "displayName": "Google Ads",
           *           "tagId": "AW-123456789"
           *         }
           *       ]
           *     } */
          "application/json": components["schemas"]["GoogleTagList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no Google tag with this `tag_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listWorkspaceAuditLogs: {
    parameters: {
      query?: {
        /**
         * @description Maximum number of items to return (at most 100). Defaults to 100.
         * @example 100
         */
        limit?: components["parameters"]["limit"];
        /**
         * @description Number of items to skip before the first item returned (for paging). Defaults to 0.
         * @example 0
         */
        offset?: components["parameters"]["offset"];
        /**
         * @description Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
         * @example asc
         */
        sortOrder?: components["parameters"]["sortOrder"];
        /**
         * @description Return only the audit-log events of this type.
         * @example user_access
         */
        eventType?: components["parameters"]["auditLogEventType"];
        /**
         * @description Return only the events that happened at or after this date and time (ISO-8601).
         * @example 2025-03-01T00:00:00.000Z
         */
        from?: components["parameters"]["auditLogFrom"];
        /**
         * @description Return only the events that happened at or before this date and time (ISO-8601).
         * @example 2025-03-31T23:59:59.999Z
         */
        to?: components["parameters"]["auditLogTo"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier or slug of a workspace.
         * @example 580e63fc8c9a982ac9b8b744
         */
        workspace_id_or_slug: components["parameters"]["workspace_id_or_slug"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of audit-log events. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "items": [
           *         {
           *           "eventType": "user_access",
           *           "eventSubType": "login",
           *           "payload": {
           *             "method": "sso",
           *             "location": "Paris, France",
           *             "ipAddress": "203.0.113.42"
           *           }
           *         },
           *         {
           *           "eventType": "workspace_membership",
           *           "eventSubType": "user_added",
           *           "payload": {
           *             "targetUser": {
           *               "id": "6287ec36a841b25637c663df",
           *               "email": "other@email.com"
           *             },
           *             "method": "dashboard",
           *             "userType": "member",
           *             "roleName": "Member"
           *           }
           *         },
           *         {
           *           "eventType": "site_membership",
           *           "eventSubType": "user_role_updated",
           *           "payload": {
           *             "site": {
           *               "id": "580e63e98c9a982ac9b8b741",
           *               "slug": "api-docs-sample-json"
           *             },
           *             "targetUser": {
           *               "id": "6287ec36a841b25637c663df",
           *               "email": "other@email.com"
           *             },
           *             "method": "admin",
           *             "userType": "member",
           *             "roleName": "Site Manager",
           *             "previousRoleName": "Designer"
           *           }
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 3
           *       }
           *     } */
          "application/json": components["schemas"]["AuditLogList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No workspace with this `workspace_id_or_slug` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listPages: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
         * @example 653fd9af6a07fc9cfd7a5e56
         */
        localeId?: components["parameters"]["localeId"];
        /**
         * @description Maximum number of items to return (at most 100). Defaults to 100.
         * @example 100
         */
        limit?: components["parameters"]["limit"];
        /**
         * @description Number of items to skip before the first item returned (for paging). Defaults to 0.
         * @example 0
         */
        offset?: components["parameters"]["offset"];
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
      /** @description One page of the site's pages. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "pages": [
           *         {
           *           "id": "63c720f9347c2139b248e552",
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "title": "About us",
           *           "slug": "about",
           *           "parentId": null,
           *           "collectionId": null,
           *           "createdOn": "2023-01-17T22:20:41.000Z",
           *           "lastUpdated": "2024-03-11T10:42:00.000Z",
           *           "archived": false,
           *           "draft": false,
           *           "canBranch": true,
           *           "isBranch": false,
           *           "branchId": null,
           *           "seo": {
           *             "title": "About Acme",
           *             "description": "Who we are and what we build."
           *           },
           *           "openGraph": {
           *             "title": "About Acme",
           *             "titleCopied": true,
           *             "description": "Who we are and what we build.",
           *             "descriptionCopied": true
           *           },
           *           "localeId": null,
           *           "publishedPath": "/about"
           *         },
           *         {
           *           "id": "63c720f9347c2139b248e554",
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "title": "Blog Posts Template",
           *           "slug": "detail_blog-post",
           *           "parentId": "6419db964a9c435aa3af6251",
           *           "collectionId": "6390c49774a71f0e3c1a08ee",
           *           "createdOn": "2023-01-17T22:25:10.000Z",
           *           "lastUpdated": "2024-02-01T09:00:00.000Z",
           *           "archived": false,
           *           "draft": false,
           *           "canBranch": false,
           *           "isBranch": false,
           *           "branchId": null,
           *           "seo": {
           *             "title": "Blog",
           *             "description": "Articles from the Acme team."
           *           },
           *           "openGraph": {
           *             "titleCopied": true,
           *             "descriptionCopied": true
           *           },
           *           "localeId": null,
           *           "publishedPath": "/blog/detail_blog-post"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["PageList"];
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
  getPageMetadata: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
         * @example 653fd9af6a07fc9cfd7a5e56
         */
        localeId?: components["parameters"]["localeId"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a page.
         * @example 63c720f9347c2139b248e552
         */
        page_id: components["parameters"]["page_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page metadata. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "63c720f9347c2139b248e552",
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "title": "About us",
           *       "slug": "about",
           *       "parentId": null,
           *       "collectionId": null,
           *       "createdOn": "2023-01-17T22:20:41.000Z",
           *       "lastUpdated": "2024-03-11T10:42:00.000Z",
           *       "archived": false,
           *       "draft": false,
           *       "canBranch": true,
           *       "isBranch": false,
           *       "branchId": null,
           *       "seo": {
           *         "title": "About Acme",
           *         "description": "Who we are and what we build."
           *       },
           *       "openGraph": {
           *         "title": "About Acme",
           *         "titleCopied": true,
           *         "description": "Who we are and what we build.",
           *         "descriptionCopied": true
           *       },
           *       "localeId": null,
           *       "publishedPath": "/about"
           *     } */
          "application/json": components["schemas"]["PageMetadata"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No page with this `page_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updatePageMetadata: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
         * @example 653fd9af6a07fc9cfd7a5e56
         */
        localeId?: components["parameters"]["localeId"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a page.
         * @example 63c720f9347c2139b248e552
         */
        page_id: components["parameters"]["page_id"];
      };
      cookie?: never;
    };
    /** @description The metadata to change. */
    requestBody: {
      content: {
        /** @example {
         *       "title": "About us",
         *       "slug": "about",
         *       "seo": {
         *         "title": "About Acme",
         *         "description": "Who we are and what we build."
         *       },
         *       "openGraph": {
         *         "titleCopied": true,
         *         "descriptionCopied": true
         *       }
         *     } */
        "application/json": components["schemas"]["UpdatePageRequest"];
      };
    };
    responses: {
      /** @description The updated page metadata. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "63c720f9347c2139b248e552",
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "title": "About us",
           *       "slug": "about",
           *       "parentId": null,
           *       "collectionId": null,
           *       "createdOn": "2023-01-17T22:20:41.000Z",
           *       "lastUpdated": "2024-03-12T08:15:30.000Z",
           *       "archived": false,
           *       "draft": false,
           *       "canBranch": true,
           *       "isBranch": false,
           *       "branchId": null,
           *       "seo": {
           *         "title": "About Acme",
           *         "description": "Who we are and what we build."
           *       },
           *       "openGraph": {
           *         "title": "About Acme",
           *         "titleCopied": true,
           *         "description": "Who we are and what we build.",
           *         "descriptionCopied": true
           *       },
           *       "localeId": null,
           *       "publishedPath": "/about"
           *     } */
          "application/json": components["schemas"]["PageMetadata"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No page with this `page_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getPageContent: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
         * @example 653fd9af6a07fc9cfd7a5e56
         */
        localeId?: components["parameters"]["localeId"];
        /**
         * @description Maximum number of items to return (at most 100). Defaults to 100.
         * @example 100
         */
        limit?: components["parameters"]["limit"];
        /**
         * @description Number of items to skip before the first item returned (for paging). Defaults to 0.
         * @example 0
         */
        offset?: components["parameters"]["offset"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a page.
         * @example 63c720f9347c2139b248e552
         */
        page_id: components["parameters"]["page_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the content nodes of the page. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "pageId": "63c720f9347c2139b248e552",
           *       "branchId": null,
           *       "nodes": [
           *         {
           *           "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d11",
           *           "type": "text",
           *           "text": {
           *             "html": "<h1>Welcome to <strong>Acme</strong></h1>",
           *             "text": "Welcome to Acme"
           *           },
           *           "attributes": {
           *             "data-section": "hero"
           *           }
           *         },
           *         {
           *           "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d12",
           *           "type": "image",
           *           "image": {
           *             "alt": "The Acme headquarters at sunset",
           *             "assetId": "659595234426a9fcbad57043"
           *           },
           *           "attributes": {}
           *         },
           *         {
           *           "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d13",
           *           "type": "component-instance",
           *           "componentId": "5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12",
           *           "propertyOverrides": [
           *             {
           *               "propertyId": "7dd14c08-2e96-8d3d-2b19-b5c03642a0f0",
           *               "type": "Plain Text",
           *               "label": "Button label",
           *               "text": {
           *                 "html": null,
           *                 "text": "Get started"
           *               }
           *             }
           *           ]
           *         },
           *         {
           *           "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d14",
           *           "type": "text-input",
           *           "placeholder": "Your email address"
           *         },
           *         {
           *           "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d15",
           *           "type": "select",
           *           "choices": [
           *             {
           *               "value": "small",
           *               "text": "Small team (1-10)"
           *             },
           *             {
           *               "value": "large",
           *               "text": "Large team (11+)"
           *             }
           *           ]
           *         },
           *         {
           *           "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d16",
           *           "type": "submit-button",
           *           "value": "Subscribe",
           *           "waitingText": "Please wait..."
           *         },
           *         {
           *           "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d17",
           *           "type": "search-button",
           *           "value": "Search"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 7
           *       },
           *       "lastUpdated": "2024-03-11T10:42:00.000Z"
           *     } */
          "application/json": components["schemas"]["PageContent"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No page with this `page_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updatePageContent: {
    parameters: {
      query: {
        /**
         * @description Unique identifier of the locale (its `id` in the site's `locales`) whose content is updated. Required by this endpoint.
         * @example 653fd9af6a07fc9cfd7a5e56
         */
        localeId: components["parameters"]["requiredLocaleId"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a page.
         * @example 63c720f9347c2139b248e552
         */
        page_id: components["parameters"]["page_id"];
      };
      cookie?: never;
    };
    /** @description The nodes to update. */
    requestBody: {
      content: {
        /** @example {
         *       "nodes": [
         *         {
         *           "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d11",
         *           "text": "<h1>Bienvenue chez <strong>Acme</strong></h1>"
         *         },
         *         {
         *           "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d13",
         *           "propertyOverrides": [
         *             {
         *               "propertyId": "7dd14c08-2e96-8d3d-2b19-b5c03642a0f0",
         *               "text": "Commencer"
         *             }
         *           ]
         *         },
         *         {
         *           "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d14",
         *           "placeholder": "Votre adresse e-mail"
         *         },
         *         {
         *           "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d16",
         *           "value": "S'abonner",
         *           "waitingText": "Veuillez patienter..."
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["DomUpdateRequest"];
      };
    };
    responses: {
      /** @description The update was processed; `errors` lists what could not be applied. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "errors": []
           *     } */
          "application/json": components["schemas"]["ContentUpdateResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No page with this `page_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listComponents: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
         * @example 68026fa68ef6dc744c75b833
         */
        branchId?: components["parameters"]["branchId"];
        /**
         * @description Maximum number of items to return (at most 100). Defaults to 100.
         * @example 100
         */
        limit?: components["parameters"]["limit"];
        /**
         * @description Number of items to skip before the first item returned (for paging). Defaults to 0.
         * @example 0
         */
        offset?: components["parameters"]["offset"];
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
      /** @description One page of the site's components. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "components": [
           *         {
           *           "id": "5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12",
           *           "name": "Call to action",
           *           "group": "Marketing",
           *           "description": "Banner with a heading and a button, used at the end of landing pages.",
           *           "readonly": false
           *         },
           *         {
           *           "id": "0b0d0d1e-35c1-4a2a-9b1f-8f1c2b3d4e5f",
           *           "name": "Navbar",
           *           "group": "Navigation",
           *           "description": "",
           *           "readonly": true
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["ComponentList"];
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
  getComponentContent: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
         * @example 653fd9af6a07fc9cfd7a5e56
         */
        localeId?: components["parameters"]["localeId"];
        /**
         * @description Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
         * @example 68026fa68ef6dc744c75b833
         */
        branchId?: components["parameters"]["branchId"];
        /**
         * @description Maximum number of items to return (at most 100). Defaults to 100.
         * @example 100
         */
        limit?: components["parameters"]["limit"];
        /**
         * @description Number of items to skip before the first item returned (for paging). Defaults to 0.
         * @example 0
         */
        offset?: components["parameters"]["offset"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
        /**
         * @description Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
         * @example 5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12
         */
        component_id: components["parameters"]["component_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the content nodes of the component. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "componentId": "5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12",
           *       "nodes": [
           *         {
           *           "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d21",
           *           "type": "text",
           *           "text": {
           *             "html": "<h2>Ready to get started?</h2>",
           *             "text": "Ready to get started?"
           *           }
           *         },
           *         {
           *           "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d22",
           *           "type": "image",
           *           "image": {
           *             "alt": null,
           *             "assetId": "659595234426a9fcbad57044"
           *           }
           *         },
           *         {
           *           "id": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d23",
           *           "type": "submit-button",
           *           "value": "Start free trial",
           *           "waitingText": "Please wait..."
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 3
           *       }
           *     } */
          "application/json": components["schemas"]["ComponentContent"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no component with this `component_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateComponentContent: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
         * @example 653fd9af6a07fc9cfd7a5e56
         */
        localeId?: components["parameters"]["localeId"];
        /**
         * @description Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
         * @example 68026fa68ef6dc744c75b833
         */
        branchId?: components["parameters"]["branchId"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
        /**
         * @description Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
         * @example 5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12
         */
        component_id: components["parameters"]["component_id"];
      };
      cookie?: never;
    };
    /** @description The nodes to update. */
    requestBody: {
      content: {
        /** @example {
         *       "nodes": [
         *         {
         *           "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d21",
         *           "text": "<h2>Prêt à commencer ?</h2>"
         *         },
         *         {
         *           "nodeId": "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d23",
         *           "value": "Essai gratuit"
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["DomUpdateRequest"];
      };
    };
    responses: {
      /** @description The update was processed; `errors` lists what could not be applied. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "errors": []
           *     } */
          "application/json": components["schemas"]["ContentUpdateResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no component with this `component_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getComponentProperties: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
         * @example 653fd9af6a07fc9cfd7a5e56
         */
        localeId?: components["parameters"]["localeId"];
        /**
         * @description Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
         * @example 68026fa68ef6dc744c75b833
         */
        branchId?: components["parameters"]["branchId"];
        /**
         * @description Maximum number of items to return (at most 100). Defaults to 100.
         * @example 100
         */
        limit?: components["parameters"]["limit"];
        /**
         * @description Number of items to skip before the first item returned (for paging). Defaults to 0.
         * @example 0
         */
        offset?: components["parameters"]["offset"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
        /**
         * @description Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
         * @example 5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12
         */
        component_id: components["parameters"]["component_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the properties of the component. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "componentId": "5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12",
           *       "properties": [
           *         {
           *           "propertyId": "7dd14c08-2e96-8d3d-2b19-b5c03642a0f0",
           *           "type": "Plain Text",
           *           "label": "Button label",
           *           "text": {
           *             "html": null,
           *             "text": "Get started"
           *           }
           *         },
           *         {
           *           "propertyId": "7dd14c08-2e96-8d3d-2b19-b5c03642a0f1",
           *           "type": "Rich Text",
           *           "label": "Body",
           *           "text": {
           *             "html": "<p>Start your <strong>free</strong> trial today.</p>",
           *             "text": "Start your free trial today."
           *           }
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["ComponentPropertyList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no component with this `component_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateComponentProperties: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
         * @example 653fd9af6a07fc9cfd7a5e56
         */
        localeId?: components["parameters"]["localeId"];
        /**
         * @description Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
         * @example 68026fa68ef6dc744c75b833
         */
        branchId?: components["parameters"]["branchId"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
        /**
         * @description Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
         * @example 5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12
         */
        component_id: components["parameters"]["component_id"];
      };
      cookie?: never;
    };
    /** @description The properties to update. */
    requestBody: {
      content: {
        /** @example {
         *       "properties": [
         *         {
         *           "propertyId": "7dd14c08-2e96-8d3d-2b19-b5c03642a0f0",
         *           "text": "Commencer"
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["UpdateComponentPropertiesRequest"];
      };
    };
    responses: {
      /** @description The update was processed; `errors` lists what could not be applied. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "errors": []
           *     } */
          "application/json": components["schemas"]["ContentUpdateResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no component with this `component_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listRegisteredScripts: {
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
      /** @description The scripts registered on the site. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "registeredScripts": [
           *         {
           *           "id": "cms_slider",
           *           "canCopy": true,
           *           "displayName": "CMS Slider",
           *           "hostedLocation": "https://cdn.example.com/cms-slider/1.0.0/slider.min.js",
           *           "integrityHash": "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC",
           *           "createdOn": "2024-02-20T09:30:00.000Z",
           *           "lastUpdated": "2024-02-20T09:30:00.000Z",
           *           "version": "1.0.0"
           *         },
           *         {
           *           "id": "hello_logger",
           *           "canCopy": false,
           *           "displayName": "Hello logger",
           *           "hostedLocation": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/js/hello_logger-0.0.1.js",
           *           "integrityHash": "sha384-Li9vy3DqF8tnTXuiaAJuML3ky+er10rcgNR/VqsVpcw+ThHmYcwiB1pbOxEbzJr7",
           *           "createdOn": "2024-02-21T10:00:00.000Z",
           *           "lastUpdated": "2024-02-21T10:00:00.000Z",
           *           "version": "0.0.1"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["RegisteredScriptList"];
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
  registerHostedScript: {
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
    /** @description The script to register. */
    requestBody: {
      content: {
        /** @example {
         *       "hostedLocation": "https://cdn.example.com/cms-slider/1.0.0/slider.min.js",
         *       "integrityHash": "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC",
         *       "canCopy": true,
         *       "version": "1.0.0",
         *       "displayName": "CMS Slider"
         *     } */
        "application/json": components["schemas"]["RegisterHostedScriptRequest"];
      };
    };
    responses: {
      /** @description The script was registered. */
      201: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "cms_slider",
           *       "canCopy": true,
           *       "displayName": "CMS Slider",
           *       "hostedLocation": "https://cdn.example.com/cms-slider/1.0.0/slider.min.js",
           *       "integrityHash": "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC",
           *       "createdOn": "2024-02-20T09:30:00.000Z",
           *       "lastUpdated": "2024-02-20T09:30:00.000Z",
           *       "version": "1.0.0"
           *     } */
          "application/json": components["schemas"]["RegisteredScript"];
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
  registerInlineScript: {
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
    /** @description The script to register. */
    requestBody: {
      content: {
        /** @example {
         *       "sourceCode": "console.log('Hello from Acme');",
         *       "canCopy": false,
         *       "version": "0.0.1",
         *       "displayName": "Hello logger"
         *     } */
        "application/json": components["schemas"]["RegisterInlineScriptRequest"];
      };
    };
    responses: {
      /** @description The script was registered. */
      201: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "hello_logger",
           *       "canCopy": false,
           *       "displayName": "Hello logger",
           *       "hostedLocation": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/js/hello_logger-0.0.1.js",
           *       "integrityHash": "sha384-Li9vy3DqF8tnTXuiaAJuML3ky+er10rcgNR/VqsVpcw+ThHmYcwiB1pbOxEbzJr7",
           *       "createdOn": "2024-02-21T10:00:00.000Z",
           *       "lastUpdated": "2024-02-21T10:00:00.000Z",
           *       "version": "0.0.1"
           *     } */
          "application/json": components["schemas"]["RegisteredScript"];
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
  getSiteCustomCode: {
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
      /** @description The custom code of the site. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "scripts": [
           *         {
           *           "id": "cms_slider",
           *           "location": "header",
           *           "version": "1.0.0",
           *           "attributes": {
           *             "data-autoplay": "true"
           *           }
           *         }
           *       ],
           *       "lastUpdated": "2024-02-22T14:00:00.000Z",
           *       "createdOn": "2024-02-20T09:35:00.000Z"
           *     } */
          "application/json": components["schemas"]["CustomCode"];
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
  upsertSiteCustomCode: {
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
    /** @description The scripts to apply. */
    requestBody: {
      content: {
        /** @example {
         *       "scripts": [
         *         {
         *           "id": "cms_slider",
         *           "location": "header",
         *           "version": "1.0.0",
         *           "attributes": {
         *             "data-autoplay": "true"
         *           }
         *         },
         *         {
         *           "id": "hello_logger",
         *           "location": "footer",
         *           "version": "0.0.1"
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["CustomCode"];
      };
    };
    responses: {
      /** @description The custom code of the site, as updated. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "scripts": [
           *         {
           *           "id": "cms_slider",
           *           "location": "header",
           *           "version": "1.0.0",
           *           "attributes": {
           *             "data-autoplay": "true"
           *           }
           *         },
           *         {
           *           "id": "hello_logger",
           *           "location": "footer",
           *           "version": "0.0.1"
           *         }
           *       ],
           *       "lastUpdated": "2024-02-22T14:00:00.000Z",
           *       "createdOn": "2024-02-20T09:35:00.000Z"
           *     } */
          "application/json": components["schemas"]["CustomCode"];
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
  deleteSiteCustomCode: {
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
      /** @description The custom code was removed. No content. */
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
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listCustomCodeBlocks: {
    parameters: {
      query?: {
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
      /** @description One page of the custom code blocks of the site. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "blocks": [
           *         {
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "pageId": null,
           *           "type": "site",
           *           "scripts": [
           *             {
           *               "id": "cms_slider",
           *               "location": "header",
           *               "version": "1.0.0"
           *             }
           *           ],
           *           "createdOn": "2024-02-20T09:35:00.000Z",
           *           "lastUpdated": "2024-02-22T14:00:00.000Z"
           *         },
           *         {
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "pageId": "63c720f9347c2139b248e552",
           *           "type": "page",
           *           "scripts": [
           *             {
           *               "id": "hello_logger",
           *               "location": "footer",
           *               "version": "0.0.1"
           *             }
           *           ],
           *           "createdOn": "2024-02-21T11:00:00.000Z",
           *           "lastUpdated": "2024-02-21T11:00:00.000Z"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["CustomCodeBlockList"];
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
  getPageCustomCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a page.
         * @example 63c720f9347c2139b248e552
         */
        page_id: components["parameters"]["page_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The custom code of the page. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "scripts": [
           *         {
           *           "id": "hello_logger",
           *           "location": "footer",
           *           "version": "0.0.1"
           *         }
           *       ],
           *       "lastUpdated": "2024-02-21T11:00:00.000Z",
           *       "createdOn": "2024-02-21T11:00:00.000Z"
           *     } */
          "application/json": components["schemas"]["CustomCode"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No page with this `page_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  upsertPageCustomCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a page.
         * @example 63c720f9347c2139b248e552
         */
        page_id: components["parameters"]["page_id"];
      };
      cookie?: never;
    };
    /** @description The scripts to apply. */
    requestBody: {
      content: {
        /** @example {
         *       "scripts": [
         *         {
         *           "id": "hello_logger",
         *           "location": "footer",
         *           "version": "0.0.1"
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["CustomCode"];
      };
    };
    responses: {
      /** @description The custom code of the page, as updated. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "scripts": [
           *         {
           *           "id": "hello_logger",
           *           "location": "footer",
           *           "version": "0.0.1"
           *         }
           *       ],
           *       "lastUpdated": "2024-02-21T11:00:00.000Z",
           *       "createdOn": "2024-02-21T11:00:00.000Z"
           *     } */
          "application/json": components["schemas"]["CustomCode"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No page with this `page_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      /** @description The custom code conflicts with the current state of the page (code `conflict`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deletePageCustomCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a page.
         * @example 63c720f9347c2139b248e552
         */
        page_id: components["parameters"]["page_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The custom code was removed. No content. */
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
      /** @description No page with this `page_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listCollections: {
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
      /** @description The collections of the site. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "collections": [
           *         {
           *           "id": "580e63fc8c9a982ac9b8b745",
           *           "displayName": "Blog Posts",
           *           "singularName": "Blog Post",
           *           "slug": "posts",
           *           "createdOn": "2016-10-24T19:42:38.929Z",
           *           "lastUpdated": "2023-03-17T18:47:35.560Z"
           *         },
           *         {
           *           "id": "580e63fc8c9a982ac9b8b747",
           *           "displayName": "Authors",
           *           "singularName": "Author",
           *           "slug": "authors",
           *           "createdOn": "2016-10-24T19:43:11.102Z",
           *           "lastUpdated": "2023-02-01T09:12:04.331Z"
           *         }
           *       ]
           *     } */
          "application/json": components["schemas"]["CollectionList"];
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
  createCollection: {
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
    /** @description The collection to create. */
    requestBody: {
      content: {
        /** @example {
         *       "displayName": "Blog Posts",
         *       "singularName": "Blog Post",
         *       "slug": "posts",
         *       "fields": [
         *         {
         *           "isRequired": false,
         *           "type": "RichText",
         *           "displayName": "Post Body",
         *           "helpText": "Add the body of your post here"
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["CreateCollectionRequest"];
      };
    };
    responses: {
      /** @description The created collection, with its fields. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "580e63fc8c9a982ac9b8b745",
           *       "displayName": "Blog Posts",
           *       "singularName": "Blog Post",
           *       "slug": "posts",
           *       "createdOn": "2023-04-02T12:42:00.000Z",
           *       "lastUpdated": "2023-04-02T12:42:00.000Z",
           *       "fields": [
           *         {
           *           "id": "7f15043107e2fc95644e9381",
           *           "isRequired": true,
           *           "isEditable": true,
           *           "type": "PlainText",
           *           "slug": "name",
           *           "displayName": "Name"
           *         },
           *         {
           *           "id": "7f15043107e2fc95644e9382",
           *           "isRequired": true,
           *           "isEditable": true,
           *           "type": "PlainText",
           *           "slug": "slug",
           *           "displayName": "Slug"
           *         },
           *         {
           *           "id": "7f15043107e2fc95644e9380",
           *           "isRequired": false,
           *           "isEditable": true,
           *           "type": "RichText",
           *           "slug": "post-body",
           *           "displayName": "Post Body",
           *           "helpText": "Add the body of your post here"
           *         }
           *       ]
           *     } */
          "application/json": components["schemas"]["Collection"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      /** @description The collection conflicts with one the site already has (for example code `duplicate_collection`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getCollection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The collection, with its fields. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "580e63fc8c9a982ac9b8b745",
           *       "displayName": "Blog Posts",
           *       "singularName": "Blog Post",
           *       "slug": "posts",
           *       "createdOn": "2016-10-24T19:42:38.929Z",
           *       "lastUpdated": "2023-03-17T18:47:35.560Z",
           *       "fields": [
           *         {
           *           "id": "7f15043107e2fc95644e9381",
           *           "isRequired": true,
           *           "isEditable": true,
           *           "type": "PlainText",
           *           "slug": "name",
           *           "displayName": "Name",
           *           "helpText": "",
           *           "validations": {
           *             "singleLine": true,
           *             "maxLength": 256
           *           }
           *         },
           *         {
           *           "id": "7f15043107e2fc95644e9382",
           *           "isRequired": true,
           *           "isEditable": true,
           *           "type": "PlainText",
           *           "slug": "slug",
           *           "displayName": "Slug",
           *           "validations": {
           *             "singleLine": true,
           *             "maxLength": 256
           *           }
           *         },
           *         {
           *           "id": "7f15043107e2fc95644e9383",
           *           "isRequired": false,
           *           "isEditable": true,
           *           "type": "Option",
           *           "slug": "category",
           *           "displayName": "Category",
           *           "validations": {
           *             "options": [
           *               {
           *                 "name": "News",
           *                 "id": "66f0a9c1a7b2c3d4e5f60718"
           *               },
           *               {
           *                 "name": "Tutorials",
           *                 "id": "66f0a9c1a7b2c3d4e5f60719"
           *               }
           *             ]
           *           }
           *         },
           *         {
           *           "id": "7f15043107e2fc95644e9384",
           *           "isRequired": false,
           *           "isEditable": true,
           *           "type": "Reference",
           *           "slug": "author",
           *           "displayName": "Author",
           *           "validations": {
           *             "collectionId": "580e63fc8c9a982ac9b8b747"
           *           }
           *         }
           *       ]
           *     } */
          "application/json": components["schemas"]["Collection"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, or the token cannot access it (code `collection_not_found` or `resource_not_found`). */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteCollection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The collection was deleted. No content. */
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
      /** @description No collection with this `collection_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  createCollectionField: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    /** @description The field to create. */
    requestBody: {
      content: {
        /** @example {
         *       "isRequired": false,
         *       "type": "Option",
         *       "displayName": "Category",
         *       "helpText": "The category of the post",
         *       "metadata": {
         *         "options": [
         *           {
         *             "name": "News"
         *           },
         *           {
         *             "name": "Tutorials"
         *           }
         *         ]
         *       }
         *     } */
        "application/json": components["schemas"]["CreateFieldRequest"];
      };
    };
    responses: {
      /** @description The created field. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "7f15043107e2fc95644e9383",
           *       "isEditable": true,
           *       "isRequired": false,
           *       "type": "Option",
           *       "displayName": "Category",
           *       "helpText": "The category of the post",
           *       "metadata": {
           *         "options": [
           *           {
           *             "name": "News",
           *             "id": "66f0a9c1a7b2c3d4e5f60718"
           *           },
           *           {
           *             "name": "Tutorials",
           *             "id": "66f0a9c1a7b2c3d4e5f60719"
           *           }
           *         ]
           *       }
           *     } */
          "application/json": components["schemas"]["CreatedField"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      /** @description The field conflicts with one the collection already has (for example the same slug). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteCollectionField: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
        /**
         * @description Unique identifier of a field of the collection.
         * @example 7f15043107e2fc95644e9380
         */
        field_id: components["parameters"]["field_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The field was deleted. No content. */
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
      /** @description No collection with this `collection_id` exists, the token cannot access it, or the collection has no field with this `field_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateCollectionField: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
        /**
         * @description Unique identifier of a field of the collection.
         * @example 7f15043107e2fc95644e9380
         */
        field_id: components["parameters"]["field_id"];
      };
      cookie?: never;
    };
    /** @description The changes to the field. */
    requestBody: {
      content: {
        /** @example {
         *       "isRequired": false,
         *       "displayName": "Post Body",
         *       "helpText": "Add the body of your post here"
         *     } */
        "application/json": components["schemas"]["UpdateFieldRequest"];
      };
    };
    responses: {
      /** @description The updated field. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "7f15043107e2fc95644e9380",
           *       "isRequired": false,
           *       "isEditable": true,
           *       "type": "RichText",
           *       "slug": "post-body",
           *       "displayName": "Post Body",
           *       "helpText": "Add the body of your post here",
           *       "validations": null
           *     } */
          "application/json": components["schemas"]["Field"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, the token cannot access it, or the collection has no field with this `field_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listCollectionItems: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
         * @example 653ad57de882f528b32e810e
         */
        cmsLocaleId?: components["parameters"]["cmsLocaleId"];
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
         * @description Only return items whose `name` field equals this value.
         * @example Pan Galactic Gargle Blaster Recipe
         */
        name?: components["parameters"]["itemName"];
        /**
         * @description Only return items whose `slug` field equals this value.
         * @example pan-galactic-gargle-blaster
         */
        slug?: components["parameters"]["itemSlug"];
        /**
         * @description Only return items created on or before this date (the `lte` member of the `createdOn` filter object, sent as `createdOn[lte]`).
         * @example 2023-12-31T23:59:59.000Z
         */
        "createdOn[lte]"?: components["parameters"]["createdOnLte"];
        /**
         * @description Only return items created on or after this date (the `gte` member of the `createdOn` filter object, sent as `createdOn[gte]`).
         * @example 2023-01-01T00:00:00.000Z
         */
        "createdOn[gte]"?: components["parameters"]["createdOnGte"];
        /**
         * @description Only return items last published on or before this date (the `lte` member of the `lastPublished` filter object, sent as `lastPublished[lte]`).
         * @example 2023-12-31T23:59:59.000Z
         */
        "lastPublished[lte]"?: components["parameters"]["lastPublishedLte"];
        /**
         * @description Only return items last published on or after this date (the `gte` member of the `lastPublished` filter object, sent as `lastPublished[gte]`).
         * @example 2023-01-01T00:00:00.000Z
         */
        "lastPublished[gte]"?: components["parameters"]["lastPublishedGte"];
        /**
         * @description Only return items last updated on or before this date (the `lte` member of the `lastUpdated` filter object, sent as `lastUpdated[lte]`).
         * @example 2023-12-31T23:59:59.000Z
         */
        "lastUpdated[lte]"?: components["parameters"]["lastUpdatedLte"];
        /**
         * @description Only return items last updated on or after this date (the `gte` member of the `lastUpdated` filter object, sent as `lastUpdated[gte]`).
         * @example 2023-01-01T00:00:00.000Z
         */
        "lastUpdated[gte]"?: components["parameters"]["lastUpdatedGte"];
        /**
         * @description Field to sort the items by; `sortOrder` gives the direction.
         * @example lastPublished
         */
        sortBy?: components["parameters"]["itemSortBy"];
        /**
         * @description Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
         * @example asc
         */
        sortOrder?: components["parameters"]["sortOrder"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of staged items. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "items": [
           *         {
           *           "id": "580e64008c9a982ac9b8b754",
           *           "cmsLocaleId": "653ad57de882f528b32e810e",
           *           "lastPublished": "2023-03-17T18:47:35.560Z",
           *           "lastUpdated": "2023-03-17T18:47:35.560Z",
           *           "createdOn": "2023-03-17T18:47:35.560Z",
           *           "isArchived": false,
           *           "isDraft": false,
           *           "fieldData": {
           *             "name": "Pan Galactic Gargle Blaster Recipe",
           *             "slug": "pan-galactic-gargle-blaster",
           *             "color": "#db4b68",
           *             "featured": true
           *           }
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 1
           *       }
           *     } */
          "application/json": components["schemas"]["CollectionItemList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  createCollectionItems: {
    parameters: {
      query?: {
        /**
         * @description When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
         * @example true
         */
        skipInvalidFiles?: components["parameters"]["skipInvalidFiles"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    /** @description The item, or the items under `items`. */
    requestBody: {
      content: {
        /** @example {
         *       "fieldData": {
         *         "name": "Senior Data Analyst",
         *         "slug": "senior-data-analyst",
         *         "department": "Data"
         *       }
         *     } */
        "application/json": components["schemas"]["CreateCollectionItemsRequest"];
      };
    };
    responses: {
      /** @description The created item (or the created items under `items`). */
      202: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "62b720ef280c7a7a3be8cabe",
           *       "cmsLocaleId": "653ad57de882f528b32e810e",
           *       "lastPublished": null,
           *       "lastUpdated": "2023-04-02T12:42:00.000Z",
           *       "createdOn": "2023-04-02T12:42:00.000Z",
           *       "isArchived": false,
           *       "isDraft": false,
           *       "fieldData": {
           *         "name": "Senior Data Analyst",
           *         "slug": "senior-data-analyst",
           *         "department": "Data"
           *       }
           *     } */
          "application/json": components["schemas"]["CollectionItemOrBatch"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteCollectionItems: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    /** @description The items to delete. */
    requestBody: {
      content: {
        /** @example {
         *       "items": [
         *         {
         *           "id": "580e64008c9a982ac9b8b754"
         *         },
         *         {
         *           "id": "62b720ef280c7a7a3be8cabe",
         *           "cmsLocaleIds": [
         *             "653ad57de882f528b32e810e",
         *             "6526f08b7c5cd8b5e2c7b1e2"
         *           ]
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["CollectionItemRefList"];
      };
    };
    responses: {
      /** @description The items were deleted. No content. */
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
      /** @description No collection with this `collection_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      /** @description The request conflicts with the current state of the items. */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateCollectionItems: {
    parameters: {
      query?: {
        /**
         * @description When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
         * @example true
         */
        skipInvalidFiles?: components["parameters"]["skipInvalidFiles"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    /** @description The items to change. */
    requestBody: {
      content: {
        /** @example {
         *       "items": [
         *         {
         *           "id": "580e64008c9a982ac9b8b754",
         *           "fieldData": {
         *             "featured": false
         *           }
         *         },
         *         {
         *           "id": "62b720ef280c7a7a3be8cabe",
         *           "cmsLocaleId": "6526f08b7c5cd8b5e2c7b1e2",
         *           "fieldData": {
         *             "name": "Analyste de données senior"
         *           }
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["UpdateCollectionItemsRequest"];
      };
    };
    responses: {
      /** @description The updated item, or the updated items under `items`. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "items": [
           *         {
           *           "id": "580e64008c9a982ac9b8b754",
           *           "cmsLocaleId": "653ad57de882f528b32e810e",
           *           "lastPublished": "2023-03-17T18:47:35.560Z",
           *           "lastUpdated": "2023-04-02T12:42:00.000Z",
           *           "createdOn": "2023-03-17T18:47:35.560Z",
           *           "isArchived": false,
           *           "isDraft": false,
           *           "fieldData": {
           *             "name": "Pan Galactic Gargle Blaster Recipe",
           *             "slug": "pan-galactic-gargle-blaster",
           *             "color": "#db4b68",
           *             "featured": false
           *           }
           *         }
           *       ]
           *     } */
          "application/json": components["schemas"]["CollectionItemOrBatch"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listLiveCollectionItems: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
         * @example 653ad57de882f528b32e810e
         */
        cmsLocaleId?: components["parameters"]["cmsLocaleId"];
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
         * @description Only return items whose `name` field equals this value.
         * @example Pan Galactic Gargle Blaster Recipe
         */
        name?: components["parameters"]["itemName"];
        /**
         * @description Only return items whose `slug` field equals this value.
         * @example pan-galactic-gargle-blaster
         */
        slug?: components["parameters"]["itemSlug"];
        /**
         * @description Only return items created on or before this date (the `lte` member of the `createdOn` filter object, sent as `createdOn[lte]`).
         * @example 2023-12-31T23:59:59.000Z
         */
        "createdOn[lte]"?: components["parameters"]["createdOnLte"];
        /**
         * @description Only return items created on or after this date (the `gte` member of the `createdOn` filter object, sent as `createdOn[gte]`).
         * @example 2023-01-01T00:00:00.000Z
         */
        "createdOn[gte]"?: components["parameters"]["createdOnGte"];
        /**
         * @description Only return items last published on or before this date (the `lte` member of the `lastPublished` filter object, sent as `lastPublished[lte]`).
         * @example 2023-12-31T23:59:59.000Z
         */
        "lastPublished[lte]"?: components["parameters"]["lastPublishedLte"];
        /**
         * @description Only return items last published on or after this date (the `gte` member of the `lastPublished` filter object, sent as `lastPublished[gte]`).
         * @example 2023-01-01T00:00:00.000Z
         */
        "lastPublished[gte]"?: components["parameters"]["lastPublishedGte"];
        /**
         * @description Only return items last updated on or before this date (the `lte` member of the `lastUpdated` filter object, sent as `lastUpdated[lte]`).
         * @example 2023-12-31T23:59:59.000Z
         */
        "lastUpdated[lte]"?: components["parameters"]["lastUpdatedLte"];
        /**
         * @description Only return items last updated on or after this date (the `gte` member of the `lastUpdated` filter object, sent as `lastUpdated[gte]`).
         * @example 2023-01-01T00:00:00.000Z
         */
        "lastUpdated[gte]"?: components["parameters"]["lastUpdatedGte"];
        /**
         * @description Field to sort the items by; `sortOrder` gives the direction.
         * @example lastPublished
         */
        sortBy?: components["parameters"]["itemSortBy"];
        /**
         * @description Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
         * @example asc
         */
        sortOrder?: components["parameters"]["sortOrder"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of live items. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "items": [
           *         {
           *           "id": "580e64008c9a982ac9b8b754",
           *           "cmsLocaleId": "653ad57de882f528b32e810e",
           *           "lastPublished": "2023-03-17T18:47:35.560Z",
           *           "lastUpdated": "2023-03-17T18:47:35.560Z",
           *           "createdOn": "2023-03-17T18:47:35.560Z",
           *           "isArchived": false,
           *           "isDraft": false,
           *           "fieldData": {
           *             "name": "Pan Galactic Gargle Blaster Recipe",
           *             "slug": "pan-galactic-gargle-blaster",
           *             "color": "#db4b68",
           *             "featured": true
           *           }
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 1
           *       }
           *     } */
          "application/json": components["schemas"]["CollectionItemList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  createLiveCollectionItems: {
    parameters: {
      query?: {
        /**
         * @description When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
         * @example true
         */
        skipInvalidFiles?: components["parameters"]["skipInvalidFiles"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    /** @description The item, or the items under `items`. */
    requestBody: {
      content: {
        /** @example {
         *       "fieldData": {
         *         "name": "Senior Data Analyst",
         *         "slug": "senior-data-analyst",
         *         "department": "Data"
         *       }
         *     } */
        "application/json": components["schemas"]["CreateCollectionItemsRequest"];
      };
    };
    responses: {
      /** @description The created item (or the created items under `items`). */
      202: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "62b720ef280c7a7a3be8cabe",
           *       "cmsLocaleId": "653ad57de882f528b32e810e",
           *       "lastPublished": "2023-04-02T12:42:00.000Z",
           *       "lastUpdated": "2023-04-02T12:42:00.000Z",
           *       "createdOn": "2023-04-02T12:42:00.000Z",
           *       "isArchived": false,
           *       "isDraft": false,
           *       "fieldData": {
           *         "name": "Senior Data Analyst",
           *         "slug": "senior-data-analyst",
           *         "department": "Data"
           *       }
           *     } */
          "application/json": components["schemas"]["CollectionItemOrBatch"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  unpublishLiveCollectionItems: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    /** @description The items to unpublish. */
    requestBody: {
      content: {
        /** @example {
         *       "items": [
         *         {
         *           "id": "580e64008c9a982ac9b8b754"
         *         },
         *         {
         *           "id": "62b720ef280c7a7a3be8cabe",
         *           "cmsLocaleIds": [
         *             "653ad57de882f528b32e810e",
         *             "6526f08b7c5cd8b5e2c7b1e2"
         *           ]
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["CollectionItemRefList"];
      };
    };
    responses: {
      /** @description The items were unpublished. No content. */
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
      /** @description No collection with this `collection_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateLiveCollectionItems: {
    parameters: {
      query?: {
        /**
         * @description When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
         * @example true
         */
        skipInvalidFiles?: components["parameters"]["skipInvalidFiles"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    /** @description The items to change. */
    requestBody: {
      content: {
        /** @example {
         *       "items": [
         *         {
         *           "id": "580e64008c9a982ac9b8b754",
         *           "fieldData": {
         *             "featured": false
         *           }
         *         },
         *         {
         *           "id": "62b720ef280c7a7a3be8cabe",
         *           "cmsLocaleId": "6526f08b7c5cd8b5e2c7b1e2",
         *           "fieldData": {
         *             "name": "Analyste de données senior"
         *           }
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["UpdateCollectionItemsRequest"];
      };
    };
    responses: {
      /** @description The updated items. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "items": [
           *         {
           *           "id": "580e64008c9a982ac9b8b754",
           *           "cmsLocaleId": "653ad57de882f528b32e810e",
           *           "lastPublished": "2023-03-17T18:47:35.560Z",
           *           "lastUpdated": "2023-04-02T12:42:00.000Z",
           *           "createdOn": "2023-03-17T18:47:35.560Z",
           *           "isArchived": false,
           *           "isDraft": false,
           *           "fieldData": {
           *             "name": "Pan Galactic Gargle Blaster Recipe",
           *             "slug": "pan-galactic-gargle-blaster",
           *             "color": "#db4b68",
           *             "featured": false
           *           }
           *         }
           *       ]
           *     } */
          "application/json": components["schemas"]["CollectionItemBatch"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      /** @description The request conflicts with the current state of the items. */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  bulkCreateCollectionItems: {
    parameters: {
      query?: {
        /**
         * @description When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
         * @example true
         */
        skipInvalidFiles?: components["parameters"]["skipInvalidFiles"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    /** @description The item(s) to create and the locales to create them in. */
    requestBody: {
      content: {
        /** @example {
         *       "cmsLocaleIds": [
         *         "653ad57de882f528b32e810e",
         *         "6526f08b7c5cd8b5e2c7b1e2"
         *       ],
         *       "isArchived": false,
         *       "isDraft": false,
         *       "fieldData": {
         *         "name": "Don't Panic",
         *         "slug": "dont-panic"
         *       }
         *     } */
        "application/json": components["schemas"]["BulkCreateCollectionItemsRequest"];
      };
    };
    responses: {
      /** @description The created item with the locales it was created in. */
      202: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "580e64008c9a982ac9b8b754",
           *       "cmsLocaleIds": [
           *         "653ad57de882f528b32e810e",
           *         "6526f08b7c5cd8b5e2c7b1e2"
           *       ],
           *       "lastPublished": null,
           *       "lastUpdated": "2024-10-01T09:15:31.000Z",
           *       "createdOn": "2024-10-01T09:15:31.000Z",
           *       "isArchived": false,
           *       "isDraft": false,
           *       "fieldData": {
           *         "name": "Don't Panic",
           *         "slug": "dont-panic"
           *       }
           *     } */
          "application/json": components["schemas"]["BulkCollectionItem"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  publishCollectionItems: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
      };
      cookie?: never;
    };
    /** @description The items to publish. */
    requestBody: {
      content: {
        /** @example {
         *       "items": [
         *         {
         *           "id": "580e64008c9a982ac9b8b754",
         *           "cmsLocaleIds": [
         *             "653ad57de882f528b32e810e",
         *             "6526f08b7c5cd8b5e2c7b1e2"
         *           ]
         *         },
         *         {
         *           "id": "62b720ef280c7a7a3be8cabe",
         *           "cmsLocaleIds": [
         *             "653ad57de882f528b32e810e"
         *           ]
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["PublishItemsRequest"];
      };
    };
    responses: {
      /** @description Publishing was accepted. */
      202: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "publishedItemIds": [
           *         "580e64008c9a982ac9b8b754",
           *         "62b720ef280c7a7a3be8cabe"
           *       ],
           *       "errors": []
           *     } */
          "application/json": components["schemas"]["PublishItemsResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      /** @description The request conflicts with the current state of the items. */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getCollectionItem: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
         * @example 653ad57de882f528b32e810e
         */
        cmsLocaleId?: components["parameters"]["cmsLocaleId"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
        /**
         * @description Unique identifier of an item of the collection.
         * @example 580e64008c9a982ac9b8b754
         */
        item_id: components["parameters"]["item_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The staged item. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "580e64008c9a982ac9b8b754",
           *       "cmsLocaleId": "653ad57de882f528b32e810e",
           *       "lastPublished": "2023-03-17T18:47:35.560Z",
           *       "lastUpdated": "2023-03-17T18:47:35.560Z",
           *       "createdOn": "2023-03-17T18:47:35.560Z",
           *       "isArchived": false,
           *       "isDraft": false,
           *       "fieldData": {
           *         "name": "Pan Galactic Gargle Blaster Recipe",
           *         "slug": "pan-galactic-gargle-blaster",
           *         "color": "#db4b68",
           *         "featured": true
           *       }
           *     } */
          "application/json": components["schemas"]["CollectionItem"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, the token cannot access it, or the collection has no item with this `item_id` (code `item_not_found` or `resource_not_found`). */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteCollectionItem: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
         * @example 653ad57de882f528b32e810e
         */
        cmsLocaleId?: components["parameters"]["cmsLocaleId"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
        /**
         * @description Unique identifier of an item of the collection.
         * @example 580e64008c9a982ac9b8b754
         */
        item_id: components["parameters"]["item_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The item was deleted. No content. */
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
      /** @description No collection with this `collection_id` exists, the token cannot access it, or the collection has no item with this `item_id` (code `item_not_found` or `resource_not_found`). */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateCollectionItem: {
    parameters: {
      query?: {
        /**
         * @description When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
         * @example true
         */
        skipInvalidFiles?: components["parameters"]["skipInvalidFiles"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
        /**
         * @description Unique identifier of an item of the collection.
         * @example 580e64008c9a982ac9b8b754
         */
        item_id: components["parameters"]["item_id"];
      };
      cookie?: never;
    };
    /** @description The changes to the item. */
    requestBody: {
      content: {
        /** @example {
         *       "isDraft": false,
         *       "fieldData": {
         *         "featured": false
         *       }
         *     } */
        "application/json": components["schemas"]["CollectionItemUpdate"];
      };
    };
    responses: {
      /** @description The updated item. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "580e64008c9a982ac9b8b754",
           *       "cmsLocaleId": "653ad57de882f528b32e810e",
           *       "lastPublished": "2023-03-17T18:47:35.560Z",
           *       "lastUpdated": "2023-04-02T12:42:00.000Z",
           *       "createdOn": "2023-03-17T18:47:35.560Z",
           *       "isArchived": false,
           *       "isDraft": false,
           *       "fieldData": {
           *         "name": "Pan Galactic Gargle Blaster Recipe",
           *         "slug": "pan-galactic-gargle-blaster",
           *         "color": "#db4b68",
           *         "featured": false
           *       }
           *     } */
          "application/json": components["schemas"]["CollectionItem"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, the token cannot access it, or the collection has no item with this `item_id` (code `item_not_found` or `resource_not_found`). */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getLiveCollectionItem: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
         * @example 653ad57de882f528b32e810e
         */
        cmsLocaleId?: components["parameters"]["cmsLocaleId"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
        /**
         * @description Unique identifier of an item of the collection.
         * @example 580e64008c9a982ac9b8b754
         */
        item_id: components["parameters"]["item_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The live item. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "580e64008c9a982ac9b8b754",
           *       "cmsLocaleId": "653ad57de882f528b32e810e",
           *       "lastPublished": "2023-03-17T18:47:35.560Z",
           *       "lastUpdated": "2023-03-17T18:47:35.560Z",
           *       "createdOn": "2023-03-17T18:47:35.560Z",
           *       "isArchived": false,
           *       "isDraft": false,
           *       "fieldData": {
           *         "name": "Pan Galactic Gargle Blaster Recipe",
           *         "slug": "pan-galactic-gargle-blaster",
           *         "color": "#db4b68",
           *         "featured": true
           *       }
           *     } */
          "application/json": components["schemas"]["CollectionItem"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, the token cannot access it, or the collection has no live item with this `item_id` (code `item_not_found` or `resource_not_found`). */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  unpublishLiveCollectionItem: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
         * @example 653ad57de882f528b32e810e
         */
        cmsLocaleId?: components["parameters"]["cmsLocaleId"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
        /**
         * @description Unique identifier of an item of the collection.
         * @example 580e64008c9a982ac9b8b754
         */
        item_id: components["parameters"]["item_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The item was unpublished. No content. */
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
      /** @description No collection with this `collection_id` exists, the token cannot access it, or the collection has no live item with this `item_id` (code `item_not_found` or `resource_not_found`). */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateLiveCollectionItem: {
    parameters: {
      query?: {
        /**
         * @description When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
         * @example true
         */
        skipInvalidFiles?: components["parameters"]["skipInvalidFiles"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a CMS collection.
         * @example 580e63fc8c9a982ac9b8b745
         */
        collection_id: components["parameters"]["collection_id"];
        /**
         * @description Unique identifier of an item of the collection.
         * @example 580e64008c9a982ac9b8b754
         */
        item_id: components["parameters"]["item_id"];
      };
      cookie?: never;
    };
    /** @description The changes to the item. */
    requestBody: {
      content: {
        /** @example {
         *       "isDraft": false,
         *       "fieldData": {
         *         "featured": false
         *       }
         *     } */
        "application/json": components["schemas"]["CollectionItemUpdate"];
      };
    };
    responses: {
      /** @description The updated live item. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "580e64008c9a982ac9b8b754",
           *       "cmsLocaleId": "653ad57de882f528b32e810e",
           *       "lastPublished": "2023-03-17T18:47:35.560Z",
           *       "lastUpdated": "2023-04-02T12:42:00.000Z",
           *       "createdOn": "2023-03-17T18:47:35.560Z",
           *       "isArchived": false,
           *       "isDraft": false,
           *       "fieldData": {
           *         "name": "Pan Galactic Gargle Blaster Recipe",
           *         "slug": "pan-galactic-gargle-blaster",
           *         "color": "#db4b68",
           *         "featured": false
           *       }
           *     } */
          "application/json": components["schemas"]["CollectionItem"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `collection_id` exists, the token cannot access it, or the collection has no item with this `item_id` (code `item_not_found` or `resource_not_found`). */
      404: components["responses"]["NotFound"];
      /** @description The request conflicts with the current state of the item. */
      409: components["responses"]["Conflict"];
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
  listAssets: {
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
         * @description Unique identifier of an asset folder. Restricts the list to the assets in that folder.
         * @example 6390c49774a71f0e3c1a08ee
         */
        folderId?: components["parameters"]["folderId"];
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
      /** @description One page of assets. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "assets": [
           *         {
           *           "id": "63e5889e7fe4eafa7384cea4",
           *           "contentType": "image/png",
           *           "size": 35398,
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero.png",
           *           "originalFileName": "hero.png",
           *           "displayName": "hero.png",
           *           "lastUpdated": "2023-02-09T23:56:30.739Z",
           *           "createdOn": "2023-02-09T23:56:30.739Z",
           *           "variants": [
           *             {
           *               "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero-p-500.png",
           *               "originalFileName": "hero-p-500.png",
           *               "displayName": "hero-p-500.png",
           *               "format": "png",
           *               "width": 500,
           *               "height": 281,
           *               "quality": 100,
           *               "error": null
           *             }
           *           ],
           *           "altText": "A mountain range at sunrise",
           *           "folderId": "6390c49774a71f0e3c1a08ee"
           *         },
           *         {
           *           "id": "659595234426a9fcbad57043",
           *           "contentType": "application/pdf",
           *           "size": 120443,
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/659595234426a9fcbad57043_brochure.pdf",
           *           "originalFileName": "brochure.pdf",
           *           "displayName": "brochure.pdf",
           *           "lastUpdated": "2024-01-03T17:10:27.000Z",
           *           "createdOn": "2024-01-03T17:10:27.000Z",
           *           "variants": [],
           *           "altText": null,
           *           "folderId": null
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["AssetList"];
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
  uploadAsset: {
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
    /** @description The metadata of the file to upload. */
    requestBody: {
      content: {
        /** @example {
         *       "fileName": "hero.png",
         *       "fileHash": "3c7d87c9575702bc3b1e991f4d3c638e",
         *       "parentFolder": "6390c49774a71f0e3c1a08ee"
         *     } */
        "application/json": components["schemas"]["UploadAssetRequest"];
      };
    };
    responses: {
      /** @description The new asset and where to upload its file. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "uploadDetails": {
           *         "acl": "public-read",
           *         "bucket": "webflow-prod-assets",
           *         "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
           *         "X-Amz-Credential": "AKIA2AABBCCDDEEFFGG/20230210/us-east-1/s3/aws4_request",
           *         "X-Amz-Date": "20230210T000000Z",
           *         "key": "580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero.png",
           *         "Policy": "eyJleHBpcmF0aW9uIjoiMjAyMy0wMi0xMFQwMTowMDowMFoifQ==",
           *         "X-Amz-Signature": "8a7c2f3e1f0a4b8d9c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c",
           *         "success_action_status": "201",
           *         "content-type": "image/png",
           *         "Cache-Control": "max-age=31536000, must-revalidate"
           *       },
           *       "contentType": "image/png",
           *       "id": "63e5889e7fe4eafa7384cea4",
           *       "parentFolder": "6390c49774a71f0e3c1a08ee",
           *       "uploadUrl": "https://webflow-prod-assets.s3.amazonaws.com/",
           *       "assetUrl": "https://webflow-prod-assets.s3.amazonaws.com/580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero.png",
           *       "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero.png",
           *       "originalFileName": "hero.png",
           *       "createdOn": "2023-02-10T00:00:00.000Z",
           *       "lastUpdated": "2023-02-10T00:00:00.000Z"
           *     } */
          "application/json": components["schemas"]["AssetUpload"];
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
  getAsset: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
         * @example 653fd9af6a07fc9cfd7a5e56
         */
        localeId?: components["parameters"]["localeId"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of an asset.
         * @example 63e5889e7fe4eafa7384cea4
         */
        asset_id: components["parameters"]["asset_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The asset. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "63e5889e7fe4eafa7384cea4",
           *       "contentType": "image/png",
           *       "size": 35398,
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero.png",
           *       "originalFileName": "hero.png",
           *       "displayName": "hero.png",
           *       "lastUpdated": "2023-02-09T23:56:30.739Z",
           *       "createdOn": "2023-02-09T23:56:30.739Z",
           *       "variants": [
           *         {
           *           "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero-p-500.png",
           *           "originalFileName": "hero-p-500.png",
           *           "displayName": "hero-p-500.png",
           *           "format": "png",
           *           "width": 500,
           *           "height": 281,
           *           "quality": 100
           *         }
           *       ],
           *       "altText": "A mountain range at sunrise",
           *       "folderId": "6390c49774a71f0e3c1a08ee"
           *     } */
          "application/json": components["schemas"]["Asset"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No asset with this `asset_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteAsset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of an asset.
         * @example 63e5889e7fe4eafa7384cea4
         */
        asset_id: components["parameters"]["asset_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The asset was deleted. No body. */
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
      /** @description No asset with this `asset_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateAsset: {
    parameters: {
      query?: {
        /**
         * @description Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
         * @example 653fd9af6a07fc9cfd7a5e56
         */
        localeId?: components["parameters"]["localeId"];
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of an asset.
         * @example 63e5889e7fe4eafa7384cea4
         */
        asset_id: components["parameters"]["asset_id"];
      };
      cookie?: never;
    };
    /** @description The fields to change. */
    requestBody: {
      content: {
        /** @example {
         *       "displayName": "hero-banner.png",
         *       "altText": "A mountain range at sunrise"
         *     } */
        "application/json": components["schemas"]["UpdateAssetRequest"];
      };
    };
    responses: {
      /** @description The updated asset. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "63e5889e7fe4eafa7384cea4",
           *       "contentType": "image/png",
           *       "size": 35398,
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/63e5889e7fe4eafa7384cea4_hero.png",
           *       "originalFileName": "hero.png",
           *       "displayName": "hero-banner.png",
           *       "lastUpdated": "2023-03-01T10:12:45.120Z",
           *       "createdOn": "2023-02-09T23:56:30.739Z",
           *       "variants": [],
           *       "altText": "A mountain range at sunrise",
           *       "folderId": null
           *     } */
          "application/json": components["schemas"]["Asset"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No asset with this `asset_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listAssetFolders: {
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
      /** @description The asset folders of the site. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "assetFolders": [
           *         {
           *           "id": "6390c49774a71f99f21a08eb",
           *           "displayName": "icons",
           *           "parentFolder": null,
           *           "assets": [],
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "createdOn": "2022-12-07T16:50:12.210Z",
           *           "lastUpdated": "2022-12-07T16:50:12.210Z"
           *         },
           *         {
           *           "id": "6390c49774a71f0e3c1a08ee",
           *           "displayName": "emoji icons",
           *           "parentFolder": "6390c49774a71f99f21a08eb",
           *           "assets": [
           *             "63e5889e7fe4eafa7384cea4",
           *             "659595234426a9fcbad57043"
           *           ],
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "createdOn": "2022-12-07T16:51:37.571Z",
           *           "lastUpdated": "2022-12-07T16:51:37.571Z"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["AssetFolderList"];
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
  createAssetFolder: {
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
    /** @description The new folder. */
    requestBody: {
      content: {
        /** @example {
         *       "displayName": "emoji icons",
         *       "parentFolder": "6390c49774a71f99f21a08eb"
         *     } */
        "application/json": components["schemas"]["CreateAssetFolderRequest"];
      };
    };
    responses: {
      /** @description The new asset folder. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "6390c49774a71f0e3c1a08ee",
           *       "displayName": "emoji icons",
           *       "parentFolder": "6390c49774a71f99f21a08eb",
           *       "assets": [],
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "createdOn": "2022-12-07T16:51:37.571Z",
           *       "lastUpdated": "2022-12-07T16:51:37.571Z"
           *     } */
          "application/json": components["schemas"]["AssetFolder"];
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
  getAssetFolder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of an asset folder.
         * @example 6390c49774a71f0e3c1a08ee
         */
        asset_folder_id: components["parameters"]["asset_folder_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The asset folder. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "6390c49774a71f0e3c1a08ee",
           *       "displayName": "emoji icons",
           *       "parentFolder": "6390c49774a71f99f21a08eb",
           *       "assets": [
           *         "63e5889e7fe4eafa7384cea4",
           *         "659595234426a9fcbad57043"
           *       ],
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "createdOn": "2022-12-07T16:51:37.571Z",
           *       "lastUpdated": "2022-12-07T16:51:37.571Z"
           *     } */
          "application/json": components["schemas"]["AssetFolder"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No asset folder with this `asset_folder_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listCustomFonts: {
    parameters: {
      query?: {
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
      /** @description One page of custom fonts. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "customFonts": [
           *         {
           *           "id": "66f5a7e1c2b3d4e5f6a7b8c9",
           *           "fontFamily": "Inter",
           *           "format": "woff2",
           *           "fileName": "Inter-Variable.woff2",
           *           "weight": 400,
           *           "italic": false,
           *           "fontDisplay": "swap",
           *           "axes": [
           *             {
           *               "tag": "wght",
           *               "name": "Weight",
           *               "min": 100,
           *               "max": 900,
           *               "defaultValue": 400
           *             }
           *           ],
           *           "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8c9_Inter-Variable.woff2"
           *         },
           *         {
           *           "id": "66f5a7e1c2b3d4e5f6a7b8ca",
           *           "fontFamily": "Lora",
           *           "format": "truetype",
           *           "fileName": "Lora-Italic.ttf",
           *           "weight": 400,
           *           "italic": true,
           *           "fontDisplay": "auto",
           *           "axes": [],
           *           "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8ca_Lora-Italic.ttf"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["CustomFontList"];
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
  createCustomFont: {
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
    /** @description The font's settings and the metadata of its file. */
    requestBody: {
      content: {
        /** @example {
         *       "fileName": "Inter-Variable.woff2",
         *       "fileHash": "3c7d87c9575702bc3b1e991f4d3c638e",
         *       "fontFamily": "Inter",
         *       "weight": 400,
         *       "italic": false,
         *       "fontDisplay": "swap",
         *       "axes": [
         *         {
         *           "tag": "wght",
         *           "name": "Weight",
         *           "min": 100,
         *           "max": 900,
         *           "defaultValue": 400
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["CreateCustomFontRequest"];
      };
    };
    responses: {
      /** @description The font was created; its file is to be uploaded to `upload`. */
      202: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "customFont": {
           *         "id": "66f5a7e1c2b3d4e5f6a7b8c9",
           *         "fontFamily": "Inter",
           *         "format": "woff2",
           *         "fileName": "Inter-Variable.woff2",
           *         "weight": 400,
           *         "italic": false,
           *         "fontDisplay": "swap",
           *         "axes": [
           *           {
           *             "tag": "wght",
           *             "name": "Weight",
           *             "min": 100,
           *             "max": 900,
           *             "defaultValue": 400
           *           }
           *         ],
           *         "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8c9_Inter-Variable.woff2"
           *       },
           *       "upload": {
           *         "url": "https://webflow-prod-assets.s3.amazonaws.com/",
           *         "fields": {
           *           "bucket": "webflow-prod-assets",
           *           "key": "580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8c9_Inter-Variable.woff2",
           *           "Policy": "eyJleHBpcmF0aW9uIjoiMjAyNS0wOS0yN1QxMjoxNTowMFoifQ==",
           *           "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
           *           "X-Amz-Credential": "AKIA2AABBCCDDEEFFGG/20250927/us-east-1/s3/aws4_request",
           *           "X-Amz-Date": "20250927T120000Z",
           *           "X-Amz-Signature": "5b2f7d0c4e1a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c",
           *           "Content-MD5": "2ZyH7x1pJ2mJ0k1b5QxJ5w==",
           *           "acl": "public-read",
           *           "Cache-Control": "max-age=31536000, must-revalidate",
           *           "Content-Type": "font/woff2",
           *           "success_action_status": "201"
           *         },
           *         "expiresAt": "2025-09-27T12:15:00.000Z"
           *       }
           *     } */
          "application/json": components["schemas"]["CustomFontUploadResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getCustomFont: {
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
         * @description Unique identifier of a custom font.
         * @example 66f5a7e1c2b3d4e5f6a7b8c9
         */
        font_id: components["parameters"]["font_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The custom font. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "customFont": {
           *         "id": "66f5a7e1c2b3d4e5f6a7b8c9",
           *         "fontFamily": "Inter",
           *         "format": "woff2",
           *         "fileName": "Inter-Variable.woff2",
           *         "weight": 400,
           *         "italic": false,
           *         "fontDisplay": "swap",
           *         "axes": [
           *           {
           *             "tag": "wght",
           *             "name": "Weight",
           *             "min": 100,
           *             "max": 900,
           *             "defaultValue": 400
           *           }
           *         ],
           *         "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8c9_Inter-Variable.woff2"
           *       }
           *     } */
          "application/json": components["schemas"]["CustomFontResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no custom font with this `font_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteCustomFont: {
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
         * @description Unique identifier of a custom font.
         * @example 66f5a7e1c2b3d4e5f6a7b8c9
         */
        font_id: components["parameters"]["font_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The custom font was deleted. No body. */
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
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no custom font with this `font_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateCustomFont: {
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
         * @description Unique identifier of a custom font.
         * @example 66f5a7e1c2b3d4e5f6a7b8c9
         */
        font_id: components["parameters"]["font_id"];
      };
      cookie?: never;
    };
    /** @description The settings to change. */
    requestBody: {
      content: {
        /** @example {
         *       "fontFamily": "Inter Display",
         *       "fontDisplay": "fallback"
         *     } */
        "application/json": components["schemas"]["UpdateCustomFontRequest"];
      };
    };
    responses: {
      /** @description The updated custom font. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "customFont": {
           *         "id": "66f5a7e1c2b3d4e5f6a7b8c9",
           *         "fontFamily": "Inter Display",
           *         "format": "woff2",
           *         "fileName": "Inter-Variable.woff2",
           *         "weight": 400,
           *         "italic": false,
           *         "fontDisplay": "fallback",
           *         "axes": [],
           *         "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8c9_Inter-Variable.woff2"
           *       }
           *     } */
          "application/json": components["schemas"]["CustomFontResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no custom font with this `font_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  replaceCustomFontFile: {
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
         * @description Unique identifier of a custom font.
         * @example 66f5a7e1c2b3d4e5f6a7b8c9
         */
        font_id: components["parameters"]["font_id"];
      };
      cookie?: never;
    };
    /** @description The metadata of the new font file. */
    requestBody: {
      content: {
        /** @example {
         *       "fileName": "Inter-Variable-v4.woff2",
         *       "fileHash": "9e107d9d372bb6826bd81d3542a419d6",
         *       "axes": [
         *         {
         *           "tag": "wght",
         *           "name": "Weight",
         *           "min": 100,
         *           "max": 900,
         *           "defaultValue": 400
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["ReplaceCustomFontFileRequest"];
      };
    };
    responses: {
      /** @description The file replacement was accepted; the new file is to be uploaded to `upload`. */
      202: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "customFont": {
           *         "id": "66f5a7e1c2b3d4e5f6a7b8c9",
           *         "fontFamily": "Inter",
           *         "format": "woff2",
           *         "fileName": "Inter-Variable-v4.woff2",
           *         "weight": 400,
           *         "italic": false,
           *         "fontDisplay": "swap",
           *         "axes": [
           *           {
           *             "tag": "wght",
           *             "name": "Weight",
           *             "min": 100,
           *             "max": 900,
           *             "defaultValue": 400
           *           }
           *         ],
           *         "hostedUrl": "https://cdn.prod.website-files.com/580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8c9_Inter-Variable-v4.woff2"
           *       },
           *       "upload": {
           *         "url": "https://webflow-prod-assets.s3.amazonaws.com/",
           *         "fields": {
           *           "bucket": "webflow-prod-assets",
           *           "key": "580e63e98c9a982ac9b8b741/66f5a7e1c2b3d4e5f6a7b8c9_Inter-Variable-v4.woff2",
           *           "Policy": "eyJleHBpcmF0aW9uIjoiMjAyNS0xMC0wMVQwOToxNTowMFoifQ==",
           *           "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
           *           "X-Amz-Credential": "ASIA2AABBCCDDEEFFGG/20251001/us-east-1/s3/aws4_request",
           *           "X-Amz-Date": "20251001T090000Z",
           *           "X-Amz-Signature": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
           *           "X-Amz-Security-Token": "IQoJb3JpZ2luX2VjEDkaCXVzLWVhc3QtMSJHMEUCIQD",
           *           "Content-MD5": "nhB9nTcrtoJr2B01QqQZ1g==",
           *           "acl": "public-read",
           *           "Cache-Control": "max-age=31536000, must-revalidate",
           *           "Content-Type": "font/woff2",
           *           "success_action_status": "201"
           *         },
           *         "expiresAt": "2025-10-01T09:15:00.000Z"
           *       }
           *     } */
          "application/json": components["schemas"]["CustomFontUploadResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no custom font with this `font_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  batchDeleteCustomFonts: {
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
    /** @description The custom fonts to delete. */
    requestBody: {
      content: {
        /** @example {
         *       "items": [
         *         {
         *           "id": "66f5a7e1c2b3d4e5f6a7b8c9"
         *         },
         *         {
         *           "id": "66f5a7e1c2b3d4e5f6a7b8ca"
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["BatchDeleteCustomFontsRequest"];
      };
    };
    responses: {
      /** @description Which fonts were deleted and which could not be. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "deleted": [
           *         {
           *           "id": "66f5a7e1c2b3d4e5f6a7b8c9"
           *         }
           *       ],
           *       "failed": [
           *         {
           *           "id": "66f5a7e1c2b3d4e5f6a7b8ca",
           *           "name": "Lora Italic",
           *           "msg": "Custom font not found"
           *         }
           *       ]
           *     } */
          "application/json": components["schemas"]["BatchDeleteCustomFontsResponse"];
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
  listForms: {
    parameters: {
      query?: {
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
      /** @description One page of forms. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "forms": [
           *         {
           *           "id": "6321ca84df3949bfc6752327",
           *           "displayName": "Contact Form",
           *           "createdOn": "2022-09-14T12:35:16.117Z",
           *           "lastUpdated": "2022-10-06T14:07:47.016Z",
           *           "fields": {
           *             "4e038d2c-6a1e-4953-7be9-a59a2b453178": {
           *               "displayName": "Email",
           *               "type": "Email",
           *               "placeholder": "you@example.com",
           *               "userVisible": true
           *             },
           *             "4e038d2c-6a1e-4953-7be9-a59a2b453180": {
           *               "displayName": "Message",
           *               "type": "Plain",
           *               "placeholder": "How can we help?",
           *               "userVisible": true
           *             }
           *           },
           *           "responseSettings": {
           *             "redirectUrl": "https://www.example.com/thanks",
           *             "redirectMethod": "GET",
           *             "redirectAction": null,
           *             "sendEmailConfirmation": true
           *           },
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "siteDomainId": "589a331aa51e760df7ccb89d",
           *           "pageId": "63c720f9347c2139b248e552",
           *           "pageName": "Contact",
           *           "formElementId": "4e038d2c-6a1e-4953-7be9-a59a2b453177",
           *           "workspaceId": "580e63fc8c9a982ac9b8b744"
           *         },
           *         {
           *           "id": "6321ca84df3949bfc6752330",
           *           "displayName": "Newsletter Signup",
           *           "createdOn": "2023-01-11T09:20:03.000Z",
           *           "lastUpdated": "2023-01-11T09:20:03.000Z",
           *           "fields": {
           *             "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d": {
           *               "displayName": "Email",
           *               "type": "Email",
           *               "placeholder": "you@example.com",
           *               "userVisible": true
           *             }
           *           },
           *           "responseSettings": {
           *             "redirectMethod": null,
           *             "redirectAction": null,
           *             "sendEmailConfirmation": false
           *           },
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "siteDomainId": "589a331aa51e760df7ccb89d",
           *           "pageId": "63c720f9347c2139b248e553",
           *           "pageName": "Home",
           *           "formElementId": null,
           *           "workspaceId": "580e63fc8c9a982ac9b8b744"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["FormList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getForm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a form.
         * @example 6321ca84df3949bfc6752327
         */
        form_id: components["parameters"]["form_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The form. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "6321ca84df3949bfc6752327",
           *       "displayName": "Contact Form",
           *       "createdOn": "2022-09-14T12:35:16.117Z",
           *       "lastUpdated": "2022-10-06T14:07:47.016Z",
           *       "fields": {
           *         "4e038d2c-6a1e-4953-7be9-a59a2b453178": {
           *           "displayName": "Email",
           *           "type": "Email",
           *           "placeholder": "you@example.com",
           *           "userVisible": true
           *         },
           *         "4e038d2c-6a1e-4953-7be9-a59a2b453180": {
           *           "displayName": "Message",
           *           "type": "Plain",
           *           "placeholder": "How can we help?",
           *           "userVisible": true
           *         }
           *       },
           *       "responseSettings": {
           *         "redirectUrl": "https://www.example.com/thanks",
           *         "redirectMethod": "GET",
           *         "redirectAction": null,
           *         "sendEmailConfirmation": true
           *       },
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "siteDomainId": "589a331aa51e760df7ccb89d",
           *       "pageId": "63c720f9347c2139b248e552",
           *       "pageName": "Contact",
           *       "formElementId": "4e038d2c-6a1e-4953-7be9-a59a2b453177",
           *       "workspaceId": "580e63fc8c9a982ac9b8b744"
           *     } */
          "application/json": components["schemas"]["Form"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No form with this `form_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listFormSubmissions: {
    parameters: {
      query?: {
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
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a form.
         * @example 6321ca84df3949bfc6752327
         */
        form_id: components["parameters"]["form_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the submissions of the form. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "formSubmissions": [
           *         {
           *           "id": "6321ca84df3949bfc6752329",
           *           "displayName": "Contact Form",
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "workspaceId": "580e63fc8c9a982ac9b8b744",
           *           "dateSubmitted": "2022-09-14T12:35:16.117Z",
           *           "formResponse": {
           *             "First Name": "Arthur",
           *             "Last Name": "Dent",
           *             "Email": "arthur@example.com"
           *           },
           *           "localeId": null
           *         },
           *         {
           *           "id": "6321ca84df3949bfc675232a",
           *           "displayName": "Contact Form",
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "workspaceId": "580e63fc8c9a982ac9b8b744",
           *           "dateSubmitted": "2022-09-15T08:02:51.440Z",
           *           "formResponse": {
           *             "First Name": "Ford",
           *             "Last Name": "Prefect",
           *             "Email": "ford@example.com"
           *           },
           *           "localeId": "653fd9af6a07fc9cfd7a5e56"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["FormSubmissionList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No form with this `form_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getFormSubmission: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a form submission.
         * @example 6321ca84df3949bfc6752329
         */
        form_submission_id: components["parameters"]["form_submission_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The form submission. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "6321ca84df3949bfc6752329",
           *       "displayName": "Contact Form",
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "workspaceId": "580e63fc8c9a982ac9b8b744",
           *       "dateSubmitted": "2022-09-14T12:35:16.117Z",
           *       "formResponse": {
           *         "First Name": "Arthur",
           *         "Last Name": "Dent",
           *         "Email": "arthur@example.com"
           *       },
           *       "localeId": null
           *     } */
          "application/json": components["schemas"]["FormSubmission"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No form submission with this `form_submission_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteFormSubmission: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a form submission.
         * @example 6321ca84df3949bfc6752329
         */
        form_submission_id: components["parameters"]["form_submission_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The form submission was deleted. No body. */
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
      /** @description No form submission with this `form_submission_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateFormSubmission: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of a form submission.
         * @example 6321ca84df3949bfc6752329
         */
        form_submission_id: components["parameters"]["form_submission_id"];
      };
      cookie?: never;
    };
    /** @description The submitted values to change. */
    requestBody: {
      content: {
        /** @example {
         *       "formSubmissionData": {
         *         "Email": "arthur.dent@example.com"
         *       }
         *     } */
        "application/json": components["schemas"]["UpdateFormSubmissionRequest"];
      };
    };
    responses: {
      /** @description The modified form submission. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "6321ca84df3949bfc6752329",
           *       "displayName": "Contact Form",
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "workspaceId": "580e63fc8c9a982ac9b8b744",
           *       "dateSubmitted": "2022-09-14T12:35:16.117Z",
           *       "formResponse": {
           *         "First Name": "Arthur",
           *         "Last Name": "Dent",
           *         "Email": "arthur.dent@example.com"
           *       },
           *       "localeId": null
           *     } */
          "application/json": components["schemas"]["FormSubmission"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No form submission with this `form_submission_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listFormSubmissionsBySite: {
    parameters: {
      query?: {
        /**
         * @description Identifier of a form element on the site (a form's `formElementId`). Restricts the list to the submissions of that form.
         * @example 4e038d2c-6a1e-4953-7be9-a59a2b453177
         */
        elementId?: components["parameters"]["elementId"];
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
      /** @description One page of the form submissions of the site. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "formSubmissions": [
           *         {
           *           "id": "6321ca84df3949bfc6752329",
           *           "displayName": "Contact Form",
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "workspaceId": "580e63fc8c9a982ac9b8b744",
           *           "dateSubmitted": "2022-09-14T12:35:16.117Z",
           *           "formResponse": {
           *             "First Name": "Arthur",
           *             "Last Name": "Dent",
           *             "Email": "arthur@example.com"
           *           },
           *           "localeId": null
           *         },
           *         {
           *           "id": "6321ca84df3949bfc675232a",
           *           "displayName": "Contact Form",
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "workspaceId": "580e63fc8c9a982ac9b8b744",
           *           "dateSubmitted": "2022-09-15T08:02:51.440Z",
           *           "formResponse": {
           *             "First Name": "Ford",
           *             "Last Name": "Prefect",
           *             "Email": "ford@example.com"
           *           },
           *           "localeId": "653fd9af6a07fc9cfd7a5e56"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["FormSubmissionList"];
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
  listFormSubmissionsBySiteAndForm: {
    parameters: {
      query?: {
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
      };
      header?: never;
      path: {
        /**
         * @description Unique identifier of a site.
         * @example 580e63e98c9a982ac9b8b741
         */
        site_id: components["parameters"]["site_id"];
        /**
         * @description Unique identifier of a form.
         * @example 6321ca84df3949bfc6752327
         */
        form_id: components["parameters"]["form_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the submissions of the form. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "formSubmissions": [
           *         {
           *           "id": "6321ca84df3949bfc6752329",
           *           "displayName": "Contact Form",
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "workspaceId": "580e63fc8c9a982ac9b8b744",
           *           "dateSubmitted": "2022-09-14T12:35:16.117Z",
           *           "formResponse": {
           *             "First Name": "Arthur",
           *             "Last Name": "Dent",
           *             "Email": "arthur@example.com"
           *           },
           *           "localeId": null
           *         },
           *         {
           *           "id": "6321ca84df3949bfc675232a",
           *           "displayName": "Contact Form",
           *           "siteId": "580e63e98c9a982ac9b8b741",
           *           "workspaceId": "580e63fc8c9a982ac9b8b744",
           *           "dateSubmitted": "2022-09-15T08:02:51.440Z",
           *           "formResponse": {
           *             "First Name": "Ford",
           *             "Last Name": "Prefect",
           *             "Email": "ford@example.com"
           *           },
           *           "localeId": "653fd9af6a07fc9cfd7a5e56"
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 2
           *       }
           *     } */
          "application/json": components["schemas"]["FormSubmissionList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no form with this `form_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getFormSubmissionBySite: {
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
         * @description Unique identifier of a form submission.
         * @example 6321ca84df3949bfc6752329
         */
        form_submission_id: components["parameters"]["form_submission_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The form submission. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "6321ca84df3949bfc6752329",
           *       "displayName": "Contact Form",
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "workspaceId": "580e63fc8c9a982ac9b8b744",
           *       "dateSubmitted": "2022-09-14T12:35:16.117Z",
           *       "formResponse": {
           *         "First Name": "Arthur",
           *         "Last Name": "Dent",
           *         "Email": "arthur@example.com"
           *       },
           *       "localeId": null
           *     } */
          "application/json": components["schemas"]["FormSubmission"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no form submission with this `form_submission_id`. */
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteFormSubmissionBySite: {
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
         * @description Unique identifier of a form submission.
         * @example 6321ca84df3949bfc6752329
         */
        form_submission_id: components["parameters"]["form_submission_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The form submission was deleted. No body. */
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
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no form submission with this `form_submission_id`. */
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateFormSubmissionBySite: {
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
         * @description Unique identifier of a form submission.
         * @example 6321ca84df3949bfc6752329
         */
        form_submission_id: components["parameters"]["form_submission_id"];
      };
      cookie?: never;
    };
    /** @description The submitted values to change. */
    requestBody: {
      content: {
        /** @example {
         *       "formSubmissionData": {
         *         "Email": "arthur.dent@example.com"
         *       }
         *     } */
        "application/json": components["schemas"]["UpdateFormSubmissionRequest"];
      };
    };
    responses: {
      /** @description The modified form submission. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "6321ca84df3949bfc6752329",
           *       "displayName": "Contact Form",
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "workspaceId": "580e63fc8c9a982ac9b8b744",
           *       "dateSubmitted": "2022-09-14T12:35:16.117Z",
           *       "formResponse": {
           *         "First Name": "Arthur",
           *         "Last Name": "Dent",
           *         "Email": "arthur.dent@example.com"
           *       },
           *       "localeId": null
           *     } */
          "application/json": components["schemas"]["FormSubmission"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no form submission with this `form_submission_id`. */
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listProducts: {
    parameters: {
      query?: {
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
      /** @description One page of products with their SKUs. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "items": [
           *         {
           *           "product": {
           *             "id": "660eb7a486d1d6e0412292d7",
           *             "cmsLocaleId": "653ad57de882f528b32e810e",
           *             "lastPublished": "2024-04-04T14:24:19.274Z",
           *             "lastUpdated": "2024-04-04T14:24:19.274Z",
           *             "createdOn": "2024-04-04T14:24:04.513Z",
           *             "isArchived": false,
           *             "isDraft": false,
           *             "fieldData": {
           *               "name": "Colorful T-shirt",
           *               "slug": "colorful-t-shirt",
           *               "description": "Our best-selling t-shirt, in two colors.",
           *               "shippable": true,
           *               "sku-properties": [
           *                 {
           *                   "id": "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10",
           *                   "name": "Color",
           *                   "enum": [
           *                     {
           *                       "id": "2f8b1c4e6d7a9b0c3e5f7a1b2c4d6e8f",
           *                       "name": "Royal Blue",
           *                       "slug": "royal-blue"
           *                     },
           *                     {
           *                       "id": "9a7c5e3b1d2f4a6c8e0b2d4f6a8c0e1b",
           *                       "name": "Crimson Red",
           *                       "slug": "crimson-red"
           *                     }
           *                   ]
           *                 }
           *               ],
           *               "category": [
           *                 "660eb7a486d1d6e0412292c1"
           *               ],
           *               "tax-category": "standard-taxable",
           *               "default-sku": "660eb7a486d1d6e0412292e5",
           *               "ec-product-type": "ff42fee0113744f693a764e3431a9cc2"
           *             }
           *           },
           *           "skus": [
           *             {
           *               "id": "660eb7a486d1d6e0412292e5",
           *               "cmsLocaleId": "653ad57de882f528b32e810e",
           *               "lastPublished": "2024-04-04T14:24:19.274Z",
           *               "lastUpdated": "2024-04-04T14:24:19.274Z",
           *               "createdOn": "2024-04-04T14:24:04.513Z",
           *               "fieldData": {
           *                 "sku-values": {
           *                   "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10": "2f8b1c4e6d7a9b0c3e5f7a1b2c4d6e8f"
           *                 },
           *                 "name": "Colorful T-shirt - Royal Blue",
           *                 "slug": "colorful-t-shirt-royal-blue",
           *                 "price": {
           *                   "value": 2500,
           *                   "unit": "USD",
           *                   "currency": "USD"
           *                 },
           *                 "ec-sku-billing-method": "one-time",
           *                 "main-image": "https://uploads-ssl.webflow.com/580e63e98c9a982ac9b8b741/660eb7a486d1d6e0412292f1_tshirt-blue.png",
           *                 "sku": "TS-BLUE"
           *               }
           *             },
           *             {
           *               "id": "660eb7a486d1d6e0412292e6",
           *               "cmsLocaleId": "653ad57de882f528b32e810e",
           *               "lastPublished": "2024-04-04T14:24:19.274Z",
           *               "lastUpdated": "2024-04-04T14:24:19.274Z",
           *               "createdOn": "2024-04-04T14:24:04.513Z",
           *               "fieldData": {
           *                 "sku-values": {
           *                   "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10": "9a7c5e3b1d2f4a6c8e0b2d4f6a8c0e1b"
           *                 },
           *                 "name": "Colorful T-shirt - Crimson Red",
           *                 "slug": "colorful-t-shirt-crimson-red",
           *                 "price": {
           *                   "value": 2500,
           *                   "unit": "USD",
           *                   "currency": "USD"
           *                 },
           *                 "compare-at-price": {
           *                   "value": 3000,
           *                   "unit": "USD"
           *                 },
           *                 "ec-sku-billing-method": "one-time",
           *                 "sku": "TS-RED"
           *               }
           *             }
           *           ]
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 1
           *       }
           *     } */
          "application/json": components["schemas"]["ProductAndSkusList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  createProduct: {
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
    /** @description The product and its default SKU. */
    requestBody: {
      content: {
        /** @example {
         *       "publishStatus": "staging",
         *       "product": {
         *         "fieldData": {
         *           "name": "Colorful T-shirt",
         *           "slug": "colorful-t-shirt",
         *           "description": "Our best-selling t-shirt, in two colors.",
         *           "shippable": true,
         *           "sku-properties": [
         *             {
         *               "id": "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10",
         *               "name": "Color",
         *               "enum": [
         *                 {
         *                   "id": "2f8b1c4e6d7a9b0c3e5f7a1b2c4d6e8f",
         *                   "name": "Royal Blue",
         *                   "slug": "royal-blue"
         *                 },
         *                 {
         *                   "id": "9a7c5e3b1d2f4a6c8e0b2d4f6a8c0e1b",
         *                   "name": "Crimson Red",
         *                   "slug": "crimson-red"
         *                 }
         *               ]
         *             }
         *           ],
         *           "tax-category": "standard-taxable",
         *           "ec-product-type": "ff42fee0113744f693a764e3431a9cc2"
         *         }
         *       },
         *       "sku": {
         *         "fieldData": {
         *           "sku-values": {
         *             "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10": "2f8b1c4e6d7a9b0c3e5f7a1b2c4d6e8f"
         *           },
         *           "name": "Colorful T-shirt - Royal Blue",
         *           "slug": "colorful-t-shirt-royal-blue",
         *           "price": {
         *             "value": 2500,
         *             "unit": "USD"
         *           },
         *           "sku": "TS-BLUE"
         *         }
         *       }
         *     } */
        "application/json": components["schemas"]["CreateProductRequest"];
      };
    };
    responses: {
      /** @description The product and its SKU were created. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "product": {
           *         "id": "660eb7a486d1d6e0412292d7",
           *         "cmsLocaleId": "653ad57de882f528b32e810e",
           *         "lastPublished": null,
           *         "lastUpdated": "2024-04-04T14:24:04.513Z",
           *         "createdOn": "2024-04-04T14:24:04.513Z",
           *         "isArchived": false,
           *         "isDraft": true,
           *         "fieldData": {
           *           "name": "Colorful T-shirt",
           *           "slug": "colorful-t-shirt",
           *           "description": "Our best-selling t-shirt, in two colors.",
           *           "shippable": true,
           *           "sku-properties": [
           *             {
           *               "id": "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10",
           *               "name": "Color",
           *               "enum": [
           *                 {
           *                   "id": "2f8b1c4e6d7a9b0c3e5f7a1b2c4d6e8f",
           *                   "name": "Royal Blue",
           *                   "slug": "royal-blue"
           *                 },
           *                 {
           *                   "id": "9a7c5e3b1d2f4a6c8e0b2d4f6a8c0e1b",
           *                   "name": "Crimson Red",
           *                   "slug": "crimson-red"
           *                 }
           *               ]
           *             }
           *           ],
           *           "tax-category": "standard-taxable",
           *           "default-sku": "660eb7a486d1d6e0412292e5",
           *           "ec-product-type": "ff42fee0113744f693a764e3431a9cc2"
           *         }
           *       },
           *       "skus": [
           *         {
           *           "id": "660eb7a486d1d6e0412292e5",
           *           "cmsLocaleId": "653ad57de882f528b32e810e",
           *           "lastUpdated": "2024-04-04T14:24:04.513Z",
           *           "createdOn": "2024-04-04T14:24:04.513Z",
           *           "fieldData": {
           *             "sku-values": {
           *               "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10": "2f8b1c4e6d7a9b0c3e5f7a1b2c4d6e8f"
           *             },
           *             "name": "Colorful T-shirt - Royal Blue",
           *             "slug": "colorful-t-shirt-royal-blue",
           *             "price": {
           *               "value": 2500,
           *               "unit": "USD",
           *               "currency": "USD"
           *             },
           *             "sku": "TS-BLUE"
           *           }
           *         }
           *       ]
           *     } */
          "application/json": components["schemas"]["ProductAndSkus"];
        };
      };
      /** @description The body is invalid (code `validation_error`); `details` names the offending fields. */
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getProduct: {
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
         * @description Unique identifier of a product.
         * @example 660eb7a486d1d6e0412292d7
         */
        product_id: components["parameters"]["product_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product and its SKUs. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "product": {
           *         "id": "660eb7a486d1d6e0412292d7",
           *         "cmsLocaleId": "653ad57de882f528b32e810e",
           *         "lastPublished": "2024-04-04T14:24:19.274Z",
           *         "lastUpdated": "2024-04-04T14:24:19.274Z",
           *         "createdOn": "2024-04-04T14:24:04.513Z",
           *         "isArchived": false,
           *         "isDraft": false,
           *         "fieldData": {
           *           "name": "Colorful T-shirt",
           *           "slug": "colorful-t-shirt",
           *           "description": "Our best-selling t-shirt, in two colors.",
           *           "shippable": true,
           *           "category": [
           *             "660eb7a486d1d6e0412292c1"
           *           ],
           *           "tax-category": "standard-taxable",
           *           "default-sku": "660eb7a486d1d6e0412292e5",
           *           "ec-product-type": "ff42fee0113744f693a764e3431a9cc2"
           *         }
           *       },
           *       "skus": [
           *         {
           *           "id": "660eb7a486d1d6e0412292e5",
           *           "cmsLocaleId": "653ad57de882f528b32e810e",
           *           "lastPublished": "2024-04-04T14:24:19.274Z",
           *           "lastUpdated": "2024-04-04T14:24:19.274Z",
           *           "createdOn": "2024-04-04T14:24:04.513Z",
           *           "fieldData": {
           *             "name": "Colorful T-shirt - Royal Blue",
           *             "slug": "colorful-t-shirt-royal-blue",
           *             "price": {
           *               "value": 2500,
           *               "unit": "USD",
           *               "currency": "USD"
           *             },
           *             "ec-sku-billing-method": "one-time",
           *             "main-image": {
           *               "fileId": "660eb7a486d1d6e0412292f1",
           *               "url": "https://uploads-ssl.webflow.com/580e63e98c9a982ac9b8b741/660eb7a486d1d6e0412292f1_tshirt-blue.png",
           *               "alt": "Blue t-shirt"
           *             },
           *             "sku": "TS-BLUE"
           *           }
           *         }
           *       ]
           *     } */
          "application/json": components["schemas"]["ProductAndSkus"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no product with this `product_id`. */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateProduct: {
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
         * @description Unique identifier of a product.
         * @example 660eb7a486d1d6e0412292d7
         */
        product_id: components["parameters"]["product_id"];
      };
      cookie?: never;
    };
    /** @description The product fields to change. */
    requestBody: {
      content: {
        /** @example {
         *       "publishStatus": "live",
         *       "product": {
         *         "fieldData": {
         *           "name": "Colorful T-shirt",
         *           "slug": "colorful-t-shirt",
         *           "description": "Our best-selling t-shirt, now in three colors."
         *         }
         *       }
         *     } */
        "application/json": components["schemas"]["UpdateProductRequest"];
      };
    };
    responses: {
      /** @description The updated product. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "660eb7a486d1d6e0412292d7",
           *       "cmsLocaleId": "653ad57de882f528b32e810e",
           *       "lastPublished": "2024-04-06T10:02:11.000Z",
           *       "lastUpdated": "2024-04-06T10:02:11.000Z",
           *       "createdOn": "2024-04-04T14:24:04.513Z",
           *       "isArchived": false,
           *       "isDraft": false,
           *       "fieldData": {
           *         "name": "Colorful T-shirt",
           *         "slug": "colorful-t-shirt",
           *         "description": "Our best-selling t-shirt, now in three colors.",
           *         "shippable": true,
           *         "tax-category": "standard-taxable",
           *         "default-sku": "660eb7a486d1d6e0412292e5",
           *         "ec-product-type": "ff42fee0113744f693a764e3431a9cc2"
           *       }
           *     } */
          "application/json": components["schemas"]["Product"];
        };
      };
      /** @description The body is invalid (code `validation_error`); `details` names the offending fields. */
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no product with this `product_id`. */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  createSkus: {
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
         * @description Unique identifier of a product.
         * @example 660eb7a486d1d6e0412292d7
         */
        product_id: components["parameters"]["product_id"];
      };
      cookie?: never;
    };
    /** @description The SKUs to create. */
    requestBody: {
      content: {
        /** @example {
         *       "publishStatus": "staging",
         *       "skus": [
         *         {
         *           "fieldData": {
         *             "sku-values": {
         *               "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10": "9a7c5e3b1d2f4a6c8e0b2d4f6a8c0e1b"
         *             },
         *             "name": "Colorful T-shirt - Crimson Red",
         *             "slug": "colorful-t-shirt-crimson-red",
         *             "price": {
         *               "value": 2500,
         *               "unit": "USD"
         *             },
         *             "sku": "TS-RED"
         *           }
         *         }
         *       ]
         *     } */
        "application/json": components["schemas"]["CreateSkusRequest"];
      };
    };
    responses: {
      /** @description The SKUs were created. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "skus": [
           *         {
           *           "id": "660eb7a486d1d6e0412292e6",
           *           "cmsLocaleId": "653ad57de882f528b32e810e",
           *           "lastUpdated": "2024-04-05T09:12:40.000Z",
           *           "createdOn": "2024-04-05T09:12:40.000Z",
           *           "fieldData": {
           *             "sku-values": {
           *               "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10": "9a7c5e3b1d2f4a6c8e0b2d4f6a8c0e1b"
           *             },
           *             "name": "Colorful T-shirt - Crimson Red",
           *             "slug": "colorful-t-shirt-crimson-red",
           *             "price": {
           *               "value": 2500,
           *               "unit": "USD",
           *               "currency": "USD"
           *             },
           *             "sku": "TS-RED"
           *           }
           *         }
           *       ]
           *     } */
          "application/json": components["schemas"]["SkuList"];
        };
      };
      /** @description The body is invalid (code `validation_error`); `details` names the offending fields. */
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no product with this `product_id`. */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateSku: {
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
         * @description Unique identifier of a product.
         * @example 660eb7a486d1d6e0412292d7
         */
        product_id: components["parameters"]["product_id"];
        /**
         * @description Unique identifier of a SKU (an item of the site's SKUs collection).
         * @example 660eb7a486d1d6e0412292e5
         */
        sku_id: components["parameters"]["sku_id"];
      };
      cookie?: never;
    };
    /** @description The SKU fields to set. */
    requestBody: {
      content: {
        /** @example {
         *       "publishStatus": "live",
         *       "sku": {
         *         "fieldData": {
         *           "name": "Colorful T-shirt - Royal Blue",
         *           "slug": "colorful-t-shirt-royal-blue",
         *           "price": {
         *             "value": 2200,
         *             "unit": "USD"
         *           },
         *           "compare-at-price": {
         *             "value": 2500,
         *             "unit": "USD"
         *           }
         *         }
         *       }
         *     } */
        "application/json": components["schemas"]["UpdateSkuRequest"];
      };
    };
    responses: {
      /** @description The updated SKU. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "660eb7a486d1d6e0412292e5",
           *       "cmsLocaleId": "653ad57de882f528b32e810e",
           *       "lastPublished": "2024-04-06T10:05:00.000Z",
           *       "lastUpdated": "2024-04-06T10:05:00.000Z",
           *       "createdOn": "2024-04-04T14:24:04.513Z",
           *       "fieldData": {
           *         "sku-values": {
           *           "8e26d2bf3f5a4d8d1c8c2f4a6b3e9d10": "2f8b1c4e6d7a9b0c3e5f7a1b2c4d6e8f"
           *         },
           *         "name": "Colorful T-shirt - Royal Blue",
           *         "slug": "colorful-t-shirt-royal-blue",
           *         "price": {
           *           "value": 2200,
           *           "unit": "USD",
           *           "currency": "USD"
           *         },
           *         "compare-at-price": {
           *           "value": 2500,
           *           "unit": "USD"
           *         },
           *         "ec-sku-billing-method": "one-time",
           *         "sku": "TS-BLUE"
           *       }
           *     } */
          "application/json": components["schemas"]["Sku"];
        };
      };
      /** @description The body is invalid (code `validation_error`); `details` names the offending fields. */
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, the site has no product with this `product_id`, or the product has no SKU with this `sku_id`. */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listOrders: {
    parameters: {
      query?: {
        /**
         * @description Only list orders with this status.
         * @example unfulfilled
         */
        status?: components["parameters"]["orderStatus"];
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
      /** @description One page of orders. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "orders": [
           *         {
           *           "orderId": "dfa-3f1",
           *           "status": "unfulfilled",
           *           "comment": "",
           *           "orderComment": "Please gift-wrap it.",
           *           "acceptedOn": "2024-05-02T16:04:12.615Z",
           *           "fulfilledOn": null,
           *           "refundedOn": null,
           *           "disputedOn": null,
           *           "disputeUpdatedOn": null,
           *           "disputeLastStatus": null,
           *           "customerPaid": {
           *             "unit": "USD",
           *             "value": "6099",
           *             "string": "$60.99 USD"
           *           },
           *           "netAmount": {
           *             "unit": "USD",
           *             "value": "5892",
           *             "string": "$58.92 USD"
           *           },
           *           "applicationFee": {
           *             "unit": "USD",
           *             "value": "122",
           *             "string": "$1.22 USD"
           *           },
           *           "allAddresses": [
           *             {
           *               "type": "billing",
           *               "japanType": null,
           *               "addressee": "Arthur Dent",
           *               "line1": "20 W 34th St",
           *               "line2": "Empire State Building",
           *               "city": "New York",
           *               "state": "New York",
           *               "country": "US",
           *               "postalCode": "10118"
           *             },
           *             {
           *               "type": "shipping",
           *               "japanType": null,
           *               "addressee": "Arthur Dent",
           *               "line1": "20 W 34th St",
           *               "line2": "Empire State Building",
           *               "city": "New York",
           *               "state": "New York",
           *               "country": "US",
           *               "postalCode": "10118"
           *             }
           *           ],
           *           "shippingAddress": {
           *             "type": "shipping",
           *             "japanType": null,
           *             "addressee": "Arthur Dent",
           *             "line1": "20 W 34th St",
           *             "line2": "Empire State Building",
           *             "city": "New York",
           *             "state": "New York",
           *             "country": "US",
           *             "postalCode": "10118"
           *           },
           *           "billingAddress": {
           *             "type": "billing",
           *             "japanType": null,
           *             "addressee": "Arthur Dent",
           *             "line1": "20 W 34th St",
           *             "line2": "Empire State Building",
           *             "city": "New York",
           *             "state": "New York",
           *             "country": "US",
           *             "postalCode": "10118"
           *           },
           *           "shippingProvider": null,
           *           "shippingTracking": null,
           *           "shippingTrackingURL": null,
           *           "customerInfo": {
           *             "fullName": "Arthur Dent",
           *             "email": "arthur.dent@example.com"
           *           },
           *           "purchasedItems": [
           *             {
           *               "count": 1,
           *               "rowTotal": {
           *                 "unit": "USD",
           *                 "value": "5500",
           *                 "string": "$55.00 USD"
           *               },
           *               "productId": "5eb9fd05caef491eb9757183",
           *               "productName": "White Cup",
           *               "productSlug": "white-cup",
           *               "variantId": "5eb9fcace279761d8199790c",
           *               "variantName": "White Cup: Large",
           *               "variantSlug": "white-cup-large",
           *               "variantSKU": "white-cup-large",
           *               "variantImage": {
           *                 "url": "https://d1otoma47x30pg.cloudfront.net/5eb9fd05caef491eb9757183/5eb9fcace279761d8199790c_cup.jpg",
           *                 "file": {
           *                   "size": 61418,
           *                   "originalFileName": "cup.jpg",
           *                   "createdOn": "2024-04-30T10:01:22.000Z",
           *                   "contentType": "image/jpeg",
           *                   "width": 800,
           *                   "height": 800,
           *                   "variants": [
           *                     {
           *                       "url": "https://d1otoma47x30pg.cloudfront.net/5eb9fd05caef491eb9757183/5eb9fcace279761d8199790c_cup-p-500.jpg",
           *                       "originalFileName": "cup-p-500.jpg",
           *                       "size": 21044,
           *                       "width": 500,
           *                       "height": 500
           *                     }
           *                   ]
           *                 }
           *               },
           *               "variantPrice": {
           *                 "unit": "USD",
           *                 "value": "5500",
           *                 "string": "$55.00 USD"
           *               },
           *               "weight": 1,
           *               "width": 10,
           *               "height": 12,
           *               "length": 10
           *             }
           *           ],
           *           "purchasedItemsCount": 1,
           *           "stripeDetails": {
           *             "subscriptionId": null,
           *             "paymentMethod": "pm_1PBvY2LkdIwHu7ixq2n8Zt3c",
           *             "paymentIntentId": "pi_3PBvY2LkdIwHu7ix0qz3aKcE",
           *             "customerId": "cus_Q1z4Xb7dN2mK8p",
           *             "chargeId": "ch_3PBvY2LkdIwHu7ix0F4kTq9L",
           *             "disputeId": null,
           *             "refundId": null,
           *             "refundReason": null
           *           },
           *           "stripeCard": {
           *             "last4": "4242",
           *             "brand": "Visa",
           *             "ownerName": "Arthur Dent",
           *             "expires": {
           *               "year": 2027,
           *               "month": 4
           *             }
           *           },
           *           "customData": [
           *             {
           *               "textArea": "Happy birthday!"
           *             }
           *           ],
           *           "metadata": {
           *             "isBuyNow": false
           *           },
           *           "isCustomerDeleted": false,
           *           "isShippingRequired": true,
           *           "hasDownloads": false,
           *           "paymentProcessor": "stripe",
           *           "totals": {
           *             "subtotal": {
           *               "unit": "USD",
           *               "value": "5500",
           *               "string": "$55.00 USD"
           *             },
           *             "extras": [
           *               {
           *                 "type": "tax",
           *                 "name": "State Taxes",
           *                 "description": "NY Taxes (8.875%)",
           *                 "price": {
           *                   "unit": "USD",
           *                   "value": "488",
           *                   "string": "$4.88 USD"
           *                 }
           *               },
           *               {
           *                 "type": "shipping",
           *                 "name": "Flat",
           *                 "description": "",
           *                 "price": {
           *                   "unit": "USD",
           *                   "value": "111",
           *                   "string": "$1.11 USD"
           *                 }
           *               }
           *             ],
           *             "total": {
           *               "unit": "USD",
           *               "value": "6099",
           *               "string": "$60.99 USD"
           *             }
           *           },
           *           "downloadFiles": []
           *         }
           *       ],
           *       "pagination": {
           *         "limit": 100,
           *         "offset": 0,
           *         "total": 1
           *       }
           *     } */
          "application/json": components["schemas"]["OrderList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getOrder: {
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
         * @description Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
         * @example dfa-3f1
         */
        order_id: components["parameters"]["order_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "orderId": "dfa-3f1",
           *       "status": "unfulfilled",
           *       "comment": "",
           *       "orderComment": "Please gift-wrap it.",
           *       "acceptedOn": "2024-05-02T16:04:12.615Z",
           *       "fulfilledOn": null,
           *       "refundedOn": null,
           *       "disputedOn": null,
           *       "disputeUpdatedOn": null,
           *       "disputeLastStatus": null,
           *       "customerPaid": {
           *         "unit": "USD",
           *         "value": "6099",
           *         "string": "$60.99 USD"
           *       },
           *       "netAmount": {
           *         "unit": "USD",
           *         "value": "5892",
           *         "string": "$58.92 USD"
           *       },
           *       "applicationFee": {
           *         "unit": "USD",
           *         "value": "122",
           *         "string": "$1.22 USD"
           *       },
           *       "allAddresses": [
           *         {
           *           "type": "billing",
           *           "japanType": null,
           *           "addressee": "Arthur Dent",
           *           "line1": "20 W 34th St",
           *           "line2": "Empire State Building",
           *           "city": "New York",
           *           "state": "New York",
           *           "country": "US",
           *           "postalCode": "10118"
           *         },
           *         {
           *           "type": "shipping",
           *           "japanType": null,
           *           "addressee": "Arthur Dent",
           *           "line1": "20 W 34th St",
           *           "line2": "Empire State Building",
           *           "city": "New York",
           *           "state": "New York",
           *           "country": "US",
           *           "postalCode": "10118"
           *         }
           *       ],
           *       "shippingAddress": {
           *         "type": "shipping",
           *         "japanType": null,
           *         "addressee": "Arthur Dent",
           *         "line1": "20 W 34th St",
           *         "line2": "Empire State Building",
           *         "city": "New York",
           *         "state": "New York",
           *         "country": "US",
           *         "postalCode": "10118"
           *       },
           *       "billingAddress": {
           *         "type": "billing",
           *         "japanType": null,
           *         "addressee": "Arthur Dent",
           *         "line1": "20 W 34th St",
           *         "line2": "Empire State Building",
           *         "city": "New York",
           *         "state": "New York",
           *         "country": "US",
           *         "postalCode": "10118"
           *       },
           *       "shippingProvider": null,
           *       "shippingTracking": null,
           *       "shippingTrackingURL": null,
           *       "customerInfo": {
           *         "fullName": "Arthur Dent",
           *         "email": "arthur.dent@example.com"
           *       },
           *       "purchasedItems": [
           *         {
           *           "count": 1,
           *           "rowTotal": {
           *             "unit": "USD",
           *             "value": "5500",
           *             "string": "$55.00 USD"
           *           },
           *           "productId": "5eb9fd05caef491eb9757183",
           *           "productName": "White Cup",
           *           "productSlug": "white-cup",
           *           "variantId": "5eb9fcace279761d8199790c",
           *           "variantName": "White Cup: Large",
           *           "variantSlug": "white-cup-large",
           *           "variantSKU": "white-cup-large",
           *           "variantImage": {
           *             "url": "https://d1otoma47x30pg.cloudfront.net/5eb9fd05caef491eb9757183/5eb9fcace279761d8199790c_cup.jpg",
           *             "file": {
           *               "size": 61418,
           *               "originalFileName": "cup.jpg",
           *               "createdOn": "2024-04-30T10:01:22.000Z",
           *               "contentType": "image/jpeg",
           *               "width": 800,
           *               "height": 800,
           *               "variants": [
           *                 {
           *                   "url": "https://d1otoma47x30pg.cloudfront.net/5eb9fd05caef491eb9757183/5eb9fcace279761d8199790c_cup-p-500.jpg",
           *                   "originalFileName": "cup-p-500.jpg",
           *                   "size": 21044,
           *                   "width": 500,
           *                   "height": 500
           *                 }
           *               ]
           *             }
           *           },
           *           "variantPrice": {
           *             "unit": "USD",
           *             "value": "5500",
           *             "string": "$55.00 USD"
           *           },
           *           "weight": 1,
           *           "width": 10,
           *           "height": 12,
           *           "length": 10
           *         }
           *       ],
           *       "purchasedItemsCount": 1,
           *       "stripeDetails": {
           *         "subscriptionId": null,
           *         "paymentMethod": "pm_1PBvY2LkdIwHu7ixq2n8Zt3c",
           *         "paymentIntentId": "pi_3PBvY2LkdIwHu7ix0qz3aKcE",
           *         "customerId": "cus_Q1z4Xb7dN2mK8p",
           *         "chargeId": "ch_3PBvY2LkdIwHu7ix0F4kTq9L",
           *         "disputeId": null,
           *         "refundId": null,
           *         "refundReason": null
           *       },
           *       "stripeCard": {
           *         "last4": "4242",
           *         "brand": "Visa",
           *         "ownerName": "Arthur Dent",
           *         "expires": {
           *           "year": 2027,
           *           "month": 4
           *         }
           *       },
           *       "customData": [
           *         {
           *           "textArea": "Happy birthday!"
           *         }
           *       ],
           *       "metadata": {
           *         "isBuyNow": false
           *       },
           *       "isCustomerDeleted": false,
           *       "isShippingRequired": true,
           *       "hasDownloads": false,
           *       "paymentProcessor": "stripe",
           *       "totals": {
           *         "subtotal": {
           *           "unit": "USD",
           *           "value": "5500",
           *           "string": "$55.00 USD"
           *         },
           *         "extras": [
           *           {
           *             "type": "tax",
           *             "name": "State Taxes",
           *             "description": "NY Taxes (8.875%)",
           *             "price": {
           *               "unit": "USD",
           *               "value": "488",
           *               "string": "$4.88 USD"
           *             }
           *           },
           *           {
           *             "type": "shipping",
           *             "name": "Flat",
           *             "description": "",
           *             "price": {
           *               "unit": "USD",
           *               "value": "111",
           *               "string": "$1.11 USD"
           *             }
           *           }
           *         ],
           *         "total": {
           *           "unit": "USD",
           *           "value": "6099",
           *           "string": "$60.99 USD"
           *         }
           *       },
           *       "downloadFiles": []
           *     } */
          "application/json": components["schemas"]["Order"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`). */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateOrder: {
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
         * @description Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
         * @example dfa-3f1
         */
        order_id: components["parameters"]["order_id"];
      };
      cookie?: never;
    };
    /** @description The fields to set. */
    requestBody: {
      content: {
        /** @example {
         *       "comment": "Shipped in two parcels.",
         *       "shippingProvider": "USPS",
         *       "shippingTracking": "9400111899223817402811",
         *       "shippingTrackingURL": "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223817402811"
         *     } */
        "application/json": components["schemas"]["UpdateOrderRequest"];
      };
    };
    responses: {
      /** @description The updated order. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "orderId": "dfa-3f1",
           *       "status": "fulfilled",
           *       "comment": "Shipped in two parcels.",
           *       "orderComment": "Please gift-wrap it.",
           *       "acceptedOn": "2024-05-02T16:04:12.615Z",
           *       "fulfilledOn": "2024-05-03T09:30:00.000Z",
           *       "refundedOn": null,
           *       "disputedOn": null,
           *       "disputeUpdatedOn": null,
           *       "disputeLastStatus": null,
           *       "customerPaid": {
           *         "unit": "USD",
           *         "value": "6099",
           *         "string": "$60.99 USD"
           *       },
           *       "netAmount": {
           *         "unit": "USD",
           *         "value": "5892",
           *         "string": "$58.92 USD"
           *       },
           *       "applicationFee": {
           *         "unit": "USD",
           *         "value": "122",
           *         "string": "$1.22 USD"
           *       },
           *       "allAddresses": [
           *         {
           *           "type": "billing",
           *           "japanType": null,
           *           "addressee": "Arthur Dent",
           *           "line1": "20 W 34th St",
           *           "line2": "Empire State Building",
           *           "city": "New York",
           *           "state": "New York",
           *           "country": "US",
           *           "postalCode": "10118"
           *         },
           *         {
           *           "type": "shipping",
           *           "japanType": null,
           *           "addressee": "Arthur Dent",
           *           "line1": "20 W 34th St",
           *           "line2": "Empire State Building",
           *           "city": "New York",
           *           "state": "New York",
           *           "country": "US",
           *           "postalCode": "10118"
           *         }
           *       ],
           *       "shippingAddress": {
           *         "type": "shipping",
           *         "japanType": null,
           *         "addressee": "Arthur Dent",
           *         "line1": "20 W 34th St",
           *         "line2": "Empire State Building",
           *         "city": "New York",
           *         "state": "New York",
           *         "country": "US",
           *         "postalCode": "10118"
           *       },
           *       "billingAddress": {
           *         "type": "billing",
           *         "japanType": null,
           *         "addressee": "Arthur Dent",
           *         "line1": "20 W 34th St",
           *         "line2": "Empire State Building",
           *         "city": "New York",
           *         "state": "New York",
           *         "country": "US",
           *         "postalCode": "10118"
           *       },
           *       "shippingProvider": "USPS",
           *       "shippingTracking": "9400111899223817402811",
           *       "shippingTrackingURL": "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223817402811",
           *       "customerInfo": {
           *         "fullName": "Arthur Dent",
           *         "email": "arthur.dent@example.com"
           *       },
           *       "purchasedItems": [
           *         {
           *           "count": 1,
           *           "rowTotal": {
           *             "unit": "USD",
           *             "value": "5500",
           *             "string": "$55.00 USD"
           *           },
           *           "productId": "5eb9fd05caef491eb9757183",
           *           "productName": "White Cup",
           *           "productSlug": "white-cup",
           *           "variantId": "5eb9fcace279761d8199790c",
           *           "variantName": "White Cup: Large",
           *           "variantSlug": "white-cup-large",
           *           "variantSKU": "white-cup-large",
           *           "variantImage": {
           *             "url": "https://d1otoma47x30pg.cloudfront.net/5eb9fd05caef491eb9757183/5eb9fcace279761d8199790c_cup.jpg",
           *             "file": {
           *               "size": 61418,
           *               "originalFileName": "cup.jpg",
           *               "createdOn": "2024-04-30T10:01:22.000Z",
           *               "contentType": "image/jpeg",
           *               "width": 800,
           *               "height": 800,
           *               "variants": [
           *                 {
           *                   "url": "https://d1otoma47x30pg.cloudfront.net/5eb9fd05caef491eb9757183/5eb9fcace279761d8199790c_cup-p-500.jpg",
           *                   "originalFileName": "cup-p-500.jpg",
           *                   "size": 21044,
           *                   "width": 500,
           *                   "height": 500
           *                 }
           *               ]
           *             }
           *           },
           *           "variantPrice": {
           *             "unit": "USD",
           *             "value": "5500",
           *             "string": "$55.00 USD"
           *           },
           *           "weight": 1,
           *           "width": 10,
           *           "height": 12,
           *           "length": 10
           *         }
           *       ],
           *       "purchasedItemsCount": 1,
           *       "stripeDetails": {
           *         "subscriptionId": null,
           *         "paymentMethod": "pm_1PBvY2LkdIwHu7ixq2n8Zt3c",
           *         "paymentIntentId": "pi_3PBvY2LkdIwHu7ix0qz3aKcE",
           *         "customerId": "cus_Q1z4Xb7dN2mK8p",
           *         "chargeId": "ch_3PBvY2LkdIwHu7ix0F4kTq9L",
           *         "disputeId": null,
           *         "refundId": null,
           *         "refundReason": null
           *       },
           *       "stripeCard": {
           *         "last4": "4242",
           *         "brand": "Visa",
           *         "ownerName": "Arthur Dent",
           *         "expires": {
           *           "year": 2027,
           *           "month": 4
           *         }
           *       },
           *       "customData": [
           *         {
           *           "textArea": "Happy birthday!"
           *         }
           *       ],
           *       "metadata": {
           *         "isBuyNow": false
           *       },
           *       "isCustomerDeleted": false,
           *       "isShippingRequired": true,
           *       "hasDownloads": false,
           *       "paymentProcessor": "stripe",
           *       "totals": {
           *         "subtotal": {
           *           "unit": "USD",
           *           "value": "5500",
           *           "string": "$55.00 USD"
           *         },
           *         "extras": [
           *           {
           *             "type": "tax",
           *             "name": "State Taxes",
           *             "description": "NY Taxes (8.875%)",
           *             "price": {
           *               "unit": "USD",
           *               "value": "488",
           *               "string": "$4.88 USD"
           *             }
           *           },
           *           {
           *             "type": "shipping",
           *             "name": "Flat",
           *             "description": "",
           *             "price": {
           *               "unit": "USD",
           *               "value": "111",
           *               "string": "$1.11 USD"
           *             }
           *           }
           *         ],
           *         "total": {
           *           "unit": "USD",
           *           "value": "6099",
           *           "string": "$60.99 USD"
           *         }
           *       },
           *       "downloadFiles": []
           *     } */
          "application/json": components["schemas"]["Order"];
        };
      };
      /** @description The body is invalid (code `validation_error`). */
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`). */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  fulfillOrder: {
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
         * @description Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
         * @example dfa-3f1
         */
        order_id: components["parameters"]["order_id"];
      };
      cookie?: never;
    };
    /** @description Whether to email the customer. */
    requestBody?: {
      content: {
        /** @example {
         *       "sendOrderFulfilledEmail": true
         *     } */
        "application/json": components["schemas"]["FulfillOrderRequest"];
      };
    };
    responses: {
      /** @description The fulfilled order. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "orderId": "dfa-3f1",
           *       "status": "fulfilled",
           *       "comment": "",
           *       "orderComment": "Please gift-wrap it.",
           *       "acceptedOn": "2024-05-02T16:04:12.615Z",
           *       "fulfilledOn": "2024-05-03T09:30:00.000Z",
           *       "refundedOn": null,
           *       "disputedOn": null,
           *       "disputeUpdatedOn": null,
           *       "disputeLastStatus": null,
           *       "customerPaid": {
           *         "unit": "USD",
           *         "value": "6099",
           *         "string": "$60.99 USD"
           *       },
           *       "netAmount": {
           *         "unit": "USD",
           *         "value": "5892",
           *         "string": "$58.92 USD"
           *       },
           *       "applicationFee": {
           *         "unit": "USD",
           *         "value": "122",
           *         "string": "$1.22 USD"
           *       },
           *       "allAddresses": [
           *         {
           *           "type": "billing",
           *           "japanType": null,
           *           "addressee": "Arthur Dent",
           *           "line1": "20 W 34th St",
           *           "line2": "Empire State Building",
           *           "city": "New York",
           *           "state": "New York",
           *           "country": "US",
           *           "postalCode": "10118"
           *         },
           *         {
           *           "type": "shipping",
           *           "japanType": null,
           *           "addressee": "Arthur Dent",
           *           "line1": "20 W 34th St",
           *           "line2": "Empire State Building",
           *           "city": "New York",
           *           "state": "New York",
           *           "country": "US",
           *           "postalCode": "10118"
           *         }
           *       ],
           *       "shippingAddress": {
           *         "type": "shipping",
           *         "japanType": null,
           *         "addressee": "Arthur Dent",
           *         "line1": "20 W 34th St",
           *         "line2": "Empire State Building",
           *         "city": "New York",
           *         "state": "New York",
           *         "country": "US",
           *         "postalCode": "10118"
           *       },
           *       "billingAddress": {
           *         "type": "billing",
           *         "japanType": null,
           *         "addressee": "Arthur Dent",
           *         "line1": "20 W 34th St",
           *         "line2": "Empire State Building",
           *         "city": "New York",
           *         "state": "New York",
           *         "country": "US",
           *         "postalCode": "10118"
           *       },
           *       "shippingProvider": null,
           *       "shippingTracking": null,
           *       "shippingTrackingURL": null,
           *       "customerInfo": {
           *         "fullName": "Arthur Dent",
           *         "email": "arthur.dent@example.com"
           *       },
           *       "purchasedItems": [
           *         {
           *           "count": 1,
           *           "rowTotal": {
           *             "unit": "USD",
           *             "value": "5500",
           *             "string": "$55.00 USD"
           *           },
           *           "productId": "5eb9fd05caef491eb9757183",
           *           "productName": "White Cup",
           *           "productSlug": "white-cup",
           *           "variantId": "5eb9fcace279761d8199790c",
           *           "variantName": "White Cup: Large",
           *           "variantSlug": "white-cup-large",
           *           "variantSKU": "white-cup-large",
           *           "variantImage": {
           *             "url": "https://d1otoma47x30pg.cloudfront.net/5eb9fd05caef491eb9757183/5eb9fcace279761d8199790c_cup.jpg",
           *             "file": {
           *               "size": 61418,
           *               "originalFileName": "cup.jpg",
           *               "createdOn": "2024-04-30T10:01:22.000Z",
           *               "contentType": "image/jpeg",
           *               "width": 800,
           *               "height": 800,
           *               "variants": [
           *                 {
           *                   "url": "https://d1otoma47x30pg.cloudfront.net/5eb9fd05caef491eb9757183/5eb9fcace279761d8199790c_cup-p-500.jpg",
           *                   "originalFileName": "cup-p-500.jpg",
           *                   "size": 21044,
           *                   "width": 500,
           *                   "height": 500
           *                 }
           *               ]
           *             }
           *           },
           *           "variantPrice": {
           *             "unit": "USD",
           *             "value": "5500",
           *             "string": "$55.00 USD"
           *           },
           *           "weight": 1,
           *           "width": 10,
           *           "height": 12,
           *           "length": 10
           *         }
           *       ],
           *       "purchasedItemsCount": 1,
           *       "stripeDetails": {
           *         "subscriptionId": null,
           *         "paymentMethod": "pm_1PBvY2LkdIwHu7ixq2n8Zt3c",
           *         "paymentIntentId": "pi_3PBvY2LkdIwHu7ix0qz3aKcE",
           *         "customerId": "cus_Q1z4Xb7dN2mK8p",
           *         "chargeId": "ch_3PBvY2LkdIwHu7ix0F4kTq9L",
           *         "disputeId": null,
           *         "refundId": null,
           *         "refundReason": null
           *       },
           *       "stripeCard": {
           *         "last4": "4242",
           *         "brand": "Visa",
           *         "ownerName": "Arthur Dent",
           *         "expires": {
           *           "year": 2027,
           *           "month": 4
           *         }
           *       },
           *       "customData": [
           *         {
           *           "textArea": "Happy birthday!"
           *         }
           *       ],
           *       "metadata": {
           *         "isBuyNow": false
           *       },
           *       "isCustomerDeleted": false,
           *       "isShippingRequired": true,
           *       "hasDownloads": false,
           *       "paymentProcessor": "stripe",
           *       "totals": {
           *         "subtotal": {
           *           "unit": "USD",
           *           "value": "5500",
           *           "string": "$55.00 USD"
           *         },
           *         "extras": [
           *           {
           *             "type": "tax",
           *             "name": "State Taxes",
           *             "description": "NY Taxes (8.875%)",
           *             "price": {
           *               "unit": "USD",
           *               "value": "488",
           *               "string": "$4.88 USD"
           *             }
           *           },
           *           {
           *             "type": "shipping",
           *             "name": "Flat",
           *             "description": "",
           *             "price": {
           *               "unit": "USD",
           *               "value": "111",
           *               "string": "$1.11 USD"
           *             }
           *           }
           *         ],
           *         "total": {
           *           "unit": "USD",
           *           "value": "6099",
           *           "string": "$60.99 USD"
           *         }
           *       },
           *       "downloadFiles": []
           *     } */
          "application/json": components["schemas"]["Order"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`). */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  unfulfillOrder: {
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
         * @description Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
         * @example dfa-3f1
         */
        order_id: components["parameters"]["order_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order, unfulfilled. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "orderId": "dfa-3f1",
           *       "status": "unfulfilled",
           *       "comment": "",
           *       "orderComment": "Please gift-wrap it.",
           *       "acceptedOn": "2024-05-02T16:04:12.615Z",
           *       "fulfilledOn": null,
           *       "refundedOn": null,
           *       "disputedOn": null,
           *       "disputeUpdatedOn": null,
           *       "disputeLastStatus": null,
           *       "customerPaid": {
           *         "unit": "USD",
           *         "value": "6099",
           *         "string": "$60.99 USD"
           *       },
           *       "netAmount": {
           *         "unit": "USD",
           *         "value": "5892",
           *         "string": "$58.92 USD"
           *       },
           *       "applicationFee": {
           *         "unit": "USD",
           *         "value": "122",
           *         "string": "$1.22 USD"
           *       },
           *       "allAddresses": [
           *         {
           *           "type": "billing",
           *           "japanType": null,
           *           "addressee": "Arthur Dent",
           *           "line1": "20 W 34th St",
           *           "line2": "Empire State Building",
           *           "city": "New York",
           *           "state": "New York",
           *           "country": "US",
           *           "postalCode": "10118"
           *         },
           *         {
           *           "type": "shipping",
           *           "japanType": null,
           *           "addressee": "Arthur Dent",
           *           "line1": "20 W 34th St",
           *           "line2": "Empire State Building",
           *           "city": "New York",
           *           "state": "New York",
           *           "country": "US",
           *           "postalCode": "10118"
           *         }
           *       ],
           *       "shippingAddress": {
           *         "type": "shipping",
           *         "japanType": null,
           *         "addressee": "Arthur Dent",
           *         "line1": "20 W 34th St",
           *         "line2": "Empire State Building",
           *         "city": "New York",
           *         "state": "New York",
           *         "country": "US",
           *         "postalCode": "10118"
           *       },
           *       "billingAddress": {
           *         "type": "billing",
           *         "japanType": null,
           *         "addressee": "Arthur Dent",
           *         "line1": "20 W 34th St",
           *         "line2": "Empire State Building",
           *         "city": "New York",
           *         "state": "New York",
           *         "country": "US",
           *         "postalCode": "10118"
           *       },
           *       "shippingProvider": null,
           *       "shippingTracking": null,
           *       "shippingTrackingURL": null,
           *       "customerInfo": {
           *         "fullName": "Arthur Dent",
           *         "email": "arthur.dent@example.com"
           *       },
           *       "purchasedItems": [
           *         {
           *           "count": 1,
           *           "rowTotal": {
           *             "unit": "USD",
           *             "value": "5500",
           *             "string": "$55.00 USD"
           *           },
           *           "productId": "5eb9fd05caef491eb9757183",
           *           "productName": "White Cup",
           *           "productSlug": "white-cup",
           *           "variantId": "5eb9fcace279761d8199790c",
           *           "variantName": "White Cup: Large",
           *           "variantSlug": "white-cup-large",
           *           "variantSKU": "white-cup-large",
           *           "variantImage": {
           *             "url": "https://d1otoma47x30pg.cloudfront.net/5eb9fd05caef491eb9757183/5eb9fcace279761d8199790c_cup.jpg",
           *             "file": {
           *               "size": 61418,
           *               "originalFileName": "cup.jpg",
           *               "createdOn": "2024-04-30T10:01:22.000Z",
           *               "contentType": "image/jpeg",
           *               "width": 800,
           *               "height": 800,
           *               "variants": [
           *                 {
           *                   "url": "https://d1otoma47x30pg.cloudfront.net/5eb9fd05caef491eb9757183/5eb9fcace279761d8199790c_cup-p-500.jpg",
           *                   "originalFileName": "cup-p-500.jpg",
           *                   "size": 21044,
           *                   "width": 500,
           *                   "height": 500
           *                 }
           *               ]
           *             }
           *           },
           *           "variantPrice": {
           *             "unit": "USD",
           *             "value": "5500",
           *             "string": "$55.00 USD"
           *           },
           *           "weight": 1,
           *           "width": 10,
           *           "height": 12,
           *           "length": 10
           *         }
           *       ],
           *       "purchasedItemsCount": 1,
           *       "stripeDetails": {
           *         "subscriptionId": null,
           *         "paymentMethod": "pm_1PBvY2LkdIwHu7ixq2n8Zt3c",
           *         "paymentIntentId": "pi_3PBvY2LkdIwHu7ix0qz3aKcE",
           *         "customerId": "cus_Q1z4Xb7dN2mK8p",
           *         "chargeId": "ch_3PBvY2LkdIwHu7ix0F4kTq9L",
           *         "disputeId": null,
           *         "refundId": null,
           *         "refundReason": null
           *       },
           *       "stripeCard": {
           *         "last4": "4242",
           *         "brand": "Visa",
           *         "ownerName": "Arthur Dent",
           *         "expires": {
           *           "year": 2027,
           *           "month": 4
           *         }
           *       },
           *       "customData": [
           *         {
           *           "textArea": "Happy birthday!"
           *         }
           *       ],
           *       "metadata": {
           *         "isBuyNow": false
           *       },
           *       "isCustomerDeleted": false,
           *       "isShippingRequired": true,
           *       "hasDownloads": false,
           *       "paymentProcessor": "stripe",
           *       "totals": {
           *         "subtotal": {
           *           "unit": "USD",
           *           "value": "5500",
           *           "string": "$55.00 USD"
           *         },
           *         "extras": [
           *           {
           *             "type": "tax",
           *             "name": "State Taxes",
           *             "description": "NY Taxes (8.875%)",
           *             "price": {
           *               "unit": "USD",
           *               "value": "488",
           *               "string": "$4.88 USD"
           *             }
           *           },
           *           {
           *             "type": "shipping",
           *             "name": "Flat",
           *             "description": "",
           *             "price": {
           *               "unit": "USD",
           *               "value": "111",
           *               "string": "$1.11 USD"
           *             }
           *           }
           *         ],
           *         "total": {
           *           "unit": "USD",
           *           "value": "6099",
           *           "string": "$60.99 USD"
           *         }
           *       },
           *       "downloadFiles": []
           *     } */
          "application/json": components["schemas"]["Order"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`). */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  refundOrder: {
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
         * @description Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
         * @example dfa-3f1
         */
        order_id: components["parameters"]["order_id"];
      };
      cookie?: never;
    };
    /** @description The reason for the refund. */
    requestBody?: {
      content: {
        /** @example {
         *       "reason": "requested"
         *     } */
        "application/json": components["schemas"]["RefundOrderRequest"];
      };
    };
    responses: {
      /** @description The refunded order. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "orderId": "dfa-3f1",
           *       "status": "refunded",
           *       "comment": "",
           *       "orderComment": "Please gift-wrap it.",
           *       "acceptedOn": "2024-05-02T16:04:12.615Z",
           *       "fulfilledOn": null,
           *       "refundedOn": "2024-05-04T11:00:00.000Z",
           *       "disputedOn": null,
           *       "disputeUpdatedOn": null,
           *       "disputeLastStatus": null,
           *       "customerPaid": {
           *         "unit": "USD",
           *         "value": "6099",
           *         "string": "$60.99 USD"
           *       },
           *       "netAmount": {
           *         "unit": "USD",
           *         "value": "5892",
           *         "string": "$58.92 USD"
           *       },
           *       "applicationFee": {
           *         "unit": "USD",
           *         "value": "122",
           *         "string": "$1.22 USD"
           *       },
           *       "allAddresses": [
           *         {
           *           "type": "billing",
           *           "japanType": null,
           *           "addressee": "Arthur Dent",
           *           "line1": "20 W 34th St",
           *           "line2": "Empire State Building",
           *           "city": "New York",
           *           "state": "New York",
           *           "country": "US",
           *           "postalCode": "10118"
           *         },
           *         {
           *           "type": "shipping",
           *           "japanType": null,
           *           "addressee": "Arthur Dent",
           *           "line1": "20 W 34th St",
           *           "line2": "Empire State Building",
           *           "city": "New York",
           *           "state": "New York",
           *           "country": "US",
           *           "postalCode": "10118"
           *         }
           *       ],
           *       "shippingAddress": {
           *         "type": "shipping",
           *         "japanType": null,
           *         "addressee": "Arthur Dent",
           *         "line1": "20 W 34th St",
           *         "line2": "Empire State Building",
           *         "city": "New York",
           *         "state": "New York",
           *         "country": "US",
           *         "postalCode": "10118"
           *       },
           *       "billingAddress": {
           *         "type": "billing",
           *         "japanType": null,
           *         "addressee": "Arthur Dent",
           *         "line1": "20 W 34th St",
           *         "line2": "Empire State Building",
           *         "city": "New York",
           *         "state": "New York",
           *         "country": "US",
           *         "postalCode": "10118"
           *       },
           *       "shippingProvider": null,
           *       "shippingTracking": null,
           *       "shippingTrackingURL": null,
           *       "customerInfo": {
           *         "fullName": "Arthur Dent",
           *         "email": "arthur.dent@example.com"
           *       },
           *       "purchasedItems": [
           *         {
           *           "count": 1,
           *           "rowTotal": {
           *             "unit": "USD",
           *             "value": "5500",
           *             "string": "$55.00 USD"
           *           },
           *           "productId": "5eb9fd05caef491eb9757183",
           *           "productName": "White Cup",
           *           "productSlug": "white-cup",
           *           "variantId": "5eb9fcace279761d8199790c",
           *           "variantName": "White Cup: Large",
           *           "variantSlug": "white-cup-large",
           *           "variantSKU": "white-cup-large",
           *           "variantImage": {
           *             "url": "https://d1otoma47x30pg.cloudfront.net/5eb9fd05caef491eb9757183/5eb9fcace279761d8199790c_cup.jpg",
           *             "file": {
           *               "size": 61418,
           *               "originalFileName": "cup.jpg",
           *               "createdOn": "2024-04-30T10:01:22.000Z",
           *               "contentType": "image/jpeg",
           *               "width": 800,
           *               "height": 800,
           *               "variants": [
           *                 {
           *                   "url": "https://d1otoma47x30pg.cloudfront.net/5eb9fd05caef491eb9757183/5eb9fcace279761d8199790c_cup-p-500.jpg",
           *                   "originalFileName": "cup-p-500.jpg",
           *                   "size": 21044,
           *                   "width": 500,
           *                   "height": 500
           *                 }
           *               ]
           *             }
           *           },
           *           "variantPrice": {
           *             "unit": "USD",
           *             "value": "5500",
           *             "string": "$55.00 USD"
           *           },
           *           "weight": 1,
           *           "width": 10,
           *           "height": 12,
           *           "length": 10
           *         }
           *       ],
           *       "purchasedItemsCount": 1,
           *       "stripeDetails": {
           *         "subscriptionId": null,
           *         "paymentMethod": "pm_1PBvY2LkdIwHu7ixq2n8Zt3c",
           *         "paymentIntentId": "pi_3PBvY2LkdIwHu7ix0qz3aKcE",
           *         "customerId": "cus_Q1z4Xb7dN2mK8p",
           *         "chargeId": "ch_3PBvY2LkdIwHu7ix0F4kTq9L",
           *         "disputeId": null,
           *         "refundId": "re_3PBvY2LkdIwHu7ix0m3b1KpQ",
           *         "refundReason": "requested"
           *       },
           *       "stripeCard": {
           *         "last4": "4242",
           *         "brand": "Visa",
           *         "ownerName": "Arthur Dent",
           *         "expires": {
           *           "year": 2027,
           *           "month": 4
           *         }
           *       },
           *       "customData": [
           *         {
           *           "textArea": "Happy birthday!"
           *         }
           *       ],
           *       "metadata": {
           *         "isBuyNow": false
           *       },
           *       "isCustomerDeleted": false,
           *       "isShippingRequired": true,
           *       "hasDownloads": false,
           *       "paymentProcessor": "stripe",
           *       "totals": {
           *         "subtotal": {
           *           "unit": "USD",
           *           "value": "5500",
           *           "string": "$55.00 USD"
           *         },
           *         "extras": [
           *           {
           *             "type": "tax",
           *             "name": "State Taxes",
           *             "description": "NY Taxes (8.875%)",
           *             "price": {
           *               "unit": "USD",
           *               "value": "488",
           *               "string": "$4.88 USD"
           *             }
           *           },
           *           {
           *             "type": "shipping",
           *             "name": "Flat",
           *             "description": "",
           *             "price": {
           *               "unit": "USD",
           *               "value": "111",
           *               "string": "$1.11 USD"
           *             }
           *           }
           *         ],
           *         "total": {
           *           "unit": "USD",
           *           "value": "6099",
           *           "string": "$60.99 USD"
           *         }
           *       },
           *       "downloadFiles": []
           *     } */
          "application/json": components["schemas"]["Order"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, the token cannot access it, or the site has no order with this `order_id` (code `order_not_found`). */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getInventory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of the site's SKUs collection.
         * @example 6377a7c4b7a79608c34a46f7
         */
        sku_collection_id: components["parameters"]["sku_collection_id"];
        /**
         * @description Unique identifier of a SKU (an item of the site's SKUs collection).
         * @example 660eb7a486d1d6e0412292e5
         */
        sku_id: components["parameters"]["sku_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The inventory of the SKU. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "660eb7a486d1d6e0412292e5",
           *       "quantity": 100,
           *       "inventoryType": "finite"
           *     } */
          "application/json": components["schemas"]["Inventory"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `sku_collection_id` exists, the token cannot access it, or it has no SKU with this `sku_id`. */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateInventory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Unique identifier of the site's SKUs collection.
         * @example 6377a7c4b7a79608c34a46f7
         */
        sku_collection_id: components["parameters"]["sku_collection_id"];
        /**
         * @description Unique identifier of a SKU (an item of the site's SKUs collection).
         * @example 660eb7a486d1d6e0412292e5
         */
        sku_id: components["parameters"]["sku_id"];
      };
      cookie?: never;
    };
    /** @description The inventory type and the stock change. */
    requestBody: {
      content: {
        /** @example {
         *       "inventoryType": "finite",
         *       "updateQuantity": -2
         *     } */
        "application/json": components["schemas"]["UpdateInventoryRequest"];
      };
    };
    responses: {
      /** @description The updated inventory of the SKU. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "id": "660eb7a486d1d6e0412292e5",
           *       "quantity": 98,
           *       "inventoryType": "finite"
           *     } */
          "application/json": components["schemas"]["Inventory"];
        };
      };
      /** @description The body is invalid (code `validation_error`). */
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No collection with this `sku_collection_id` exists, the token cannot access it, or it has no SKU with this `sku_id`. */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getEcommerceSettings: {
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
      /** @description The ecommerce settings of the site. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          [name: string]: unknown;
        };
        content: {
          /** @example {
           *       "siteId": "580e63e98c9a982ac9b8b741",
           *       "createdOn": "2024-04-01T12:00:00.000Z",
           *       "defaultCurrency": "USD"
           *     } */
          "application/json": components["schemas"]["EcommerceSettings"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description No site with this `site_id` exists, or the token cannot access it. */
      404: components["responses"]["NotFound"];
      /** @description Ecommerce is not enabled on the site (code `ecommerce_not_enabled`). */
      409: components["responses"]["Conflict"];
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
  onFormSubmission: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FormSubmissionEvent"];
      };
    };
    responses: {
      /** @description Any 2xx answer acknowledges the delivery; anything else makes Webflow retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  onSitePublish: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SitePublishEvent"];
      };
    };
    responses: {
      /** @description Any 2xx answer acknowledges the delivery; anything else makes Webflow retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  onPageCreated: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PageCreatedEvent"];
      };
    };
    responses: {
      /** @description Any 2xx answer acknowledges the delivery; anything else makes Webflow retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  onPageMetadataUpdated: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PageMetadataUpdatedEvent"];
      };
    };
    responses: {
      /** @description Any 2xx answer acknowledges the delivery; anything else makes Webflow retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  onPageDeleted: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PageDeletedEvent"];
      };
    };
    responses: {
      /** @description Any 2xx answer acknowledges the delivery; anything else makes Webflow retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  onEcommNewOrder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EcommNewOrderEvent"];
      };
    };
    responses: {
      /** @description Any 2xx answer acknowledges the delivery; anything else makes Webflow retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  onEcommOrderChanged: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EcommOrderChangedEvent"];
      };
    };
    responses: {
      /** @description Any 2xx answer acknowledges the delivery; anything else makes Webflow retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  onEcommInventoryChanged: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EcommInventoryChangedEvent"];
      };
    };
    responses: {
      /** @description Any 2xx answer acknowledges the delivery; anything else makes Webflow retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  onCollectionItemCreated: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CollectionItemCreatedEvent"];
      };
    };
    responses: {
      /** @description Any 2xx answer acknowledges the delivery; anything else makes Webflow retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  onCollectionItemChanged: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CollectionItemChangedEvent"];
      };
    };
    responses: {
      /** @description Any 2xx answer acknowledges the delivery; anything else makes Webflow retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  onCollectionItemDeleted: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CollectionItemDeletedEvent"];
      };
    };
    responses: {
      /** @description Any 2xx answer acknowledges the delivery; anything else makes Webflow retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  onCollectionItemPublished: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CollectionItemPublishedEvent"];
      };
    };
    responses: {
      /** @description Any 2xx answer acknowledges the delivery; anything else makes Webflow retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  onCollectionItemUnpublished: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CollectionItemUnpublishedEvent"];
      };
    };
    responses: {
      /** @description Any 2xx answer acknowledges the delivery; anything else makes Webflow retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  onCommentCreated: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CommentCreatedEvent"];
      };
    };
    responses: {
      /** @description Any 2xx answer acknowledges the delivery; anything else makes Webflow retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
type WithRequired<T, K extends keyof T> = T & {
  [P in K]-?: T[P];
};
