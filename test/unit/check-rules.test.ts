/**
 * Boundary cases for every check rule (generator/check/rules.ts): for each rule a spec that just violates
 * it and one that just satisfies it, each a one-line edit of a clean spec. A violation must be reported
 * with its rule id, severity, file, line and message — and nothing else; a satisfying edit must be
 * reported not at all. The line is where the edit put a `# <-` marker.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ALL_RULES } from "../../generator/check/rules.js";
import { checkSpecs, loadSpecs, normaliseSpecs, type Problem } from "../../generator/index.js";
import { REPO } from "../support/generated.js";

const TMP = path.join(REPO, "test", ".tmp", `check-rules-${process.pid}`);
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const BASE = `openapi: 3.1.0
info:
  title: Rules API
  version: '1.0'
  x-namespace: rules
servers:
  - url: https://api.example.com/v1
tags:
  - name: Things
security:
  - oauth2: ['things:read']
paths:
  /things/{thing_id}:
    get:
      operationId: getThing
      tags: [Things]
      summary: Get a thing
      parameters:
        - name: thing_id
          in: path
          required: true
          schema: { type: string }
        - name: limit
          in: query
          schema: { type: integer }
      responses:
        '200':
          description: The thing.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Thing'
  /things:
    post:
      operationId: createThing
      tags: [Things]
      summary: Create a thing
      security:
        - oauth2: ['things:write']
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Thing'
      responses:
        '201':
          description: Created.
components:
  securitySchemes:
    oauth2:
      type: oauth2
      flows:
        authorizationCode:
          authorizationUrl: https://example.com/oauth/authorize
          tokenUrl: https://example.com/oauth/token
          scopes:
            'things:read': Read things.
            'things:write': Write things.
      x-scope-levels:
        site: ['things:read', 'things:write']
    bearer:
      type: http
      scheme: bearer
  schemas:
    Thing:
      type: object
      required: [id]
      properties:
        id: { type: string, pattern: '^[a-z]+$', minLength: 1 }
        kind: { type: string, enum: [a, b] }
        count: { type: integer, minimum: 0 }
    TriggerType:
      type: string
      enum: [thing_created]
      x-trigger-scopes:
        thing_created: 'things:read'
`;

/** One edit: the text to find (exactly once) and what replaces it. */
type Edit = readonly [from: string, to: string];

interface Expected {
  /** When a case breaks two rules at once: the other one's id. */
  rule?: string;
  severity?: "error" | "warning";
  /** Line of the n-th `# <-` marker (default: the first). */
  marker?: number;
  /** A line of the edited spec counted directly, when no marker can sit on it. */
  line?: number;
  message: string;
}

interface Case {
  rule: string;
  name: string;
  edits: readonly Edit[];
  /** Problems in file/line order; empty for a satisfying edit. */
  problems: readonly Expected[];
}

const violates = (rule: string, name: string, edits: readonly Edit[], ...problems: Expected[]): Case => ({ rule, name, edits, problems });
const satisfies = (rule: string, name: string, edits: readonly Edit[]): Case => ({ rule, name, edits, problems: [] });

const CASES: readonly Case[] = [
  violates("openapi-version", "3.0.3", [["openapi: 3.1.0", "openapi: 3.0.3 # <-"]], { message: 'expected "openapi: 3.1.x", found "3.0.3"' }),
  violates("openapi-version", "3.1 without a patch number", [["openapi: 3.1.0", "openapi: '3.1' # <-"]], { message: 'OpenAPI "3.1" is not supported: webflow-codegen reads OpenAPI 3.0.x and 3.1.x' }),
  violates("openapi-version", "3.2.0", [["openapi: 3.1.0", "openapi: 3.2.0 # <-"]], { message: 'OpenAPI "3.2.0" is not supported' }),
  violates("openapi-version", "a prefix", [["openapi: 3.1.0", "openapi: v3.1.0 # <-"]], { message: 'OpenAPI "v3.1.0" is not supported' }),
  satisfies("openapi-version", "a pre-release suffix", [["openapi: 3.1.0", "openapi: 3.1.1-rc1"]]),
  violates("openapi-version", "a 3.0 pre-release, read but off the house style", [["openapi: 3.1.0", "openapi: 3.0.4-rc1 # <-"]], { message: 'expected "openapi: 3.1.x", found "3.0.4-rc1"' }),
  violates("openapi-version", "reported on its own line, wherever it is", [["openapi: 3.1.0\n", ""], ["servers:\n", "openapi: 3.0.0 # <-\nservers:\n"]], { message: 'found "3.0.0"' }),
  satisfies("openapi-version", "3.1.10", [["openapi: 3.1.0", "openapi: 3.1.10"]]),

  violates("info", "a version YAML reads as a number", [["version: '1.0'", "version: 1.0 # <-"]], { message: "info.version must be a string, found 1" }),
  violates("info", "no title", [["  title: Rules API\n", ""]], { line: 2, message: "info.title is missing" }),
  satisfies("info", "a one-character version", [["version: '1.0'", "version: '1'"]]),

  violates("info-namespace", "upper case", [["x-namespace: rules", "x-namespace: Rules # <-"]], { message: 'info.x-namespace must be a short lower-case name such as "v2" (it names the output folder), found "Rules"' }),
  violates("info-namespace", "a leading digit", [["x-namespace: rules", "x-namespace: 2d # <-"]], { message: 'found "2d"' }),
  violates("info-namespace", "missing", [["  x-namespace: rules\n", ""]], { line: 2, message: "found null" }),
  violates("info-namespace", "more after a valid name", [["x-namespace: rules", "x-namespace: v2-beta # <-"]], { message: 'found "v2-beta"' }),
  violates("info-namespace", "a folder the package has", [["x-namespace: rules", "x-namespace: runtime # <-"]], { message: 'info.x-namespace "runtime" is reserved' }),
  violates("info-namespace", "a JavaScript keyword", [["x-namespace: rules", "x-namespace: delete # <-"]], { message: 'info.x-namespace "delete" is reserved' }),
  satisfies("info-namespace", "letters and digits", [["x-namespace: rules", "x-namespace: r2d2"]]),
  satisfies("info-namespace", "a reserved name with one more letter", [["x-namespace: rules", "x-namespace: runtimes"]]),

  violates("servers", "an ftp URL", [["url: https://api.example.com/v1", "url: ftp://api.example.com # <-"]], { message: 'servers[0].url "ftp://api.example.com" is not an absolute http(s) URL' }),
  violates("servers", "a relative URL", [["url: https://api.example.com/v1", "url: /v1 # <-"]], { message: 'servers[0].url "/v1" is not an absolute http(s) URL' }),
  violates("servers", "an empty list", [["servers:\n  - url: https://api.example.com/v1", "servers: [] # <-"]], { message: "at least one server with a url is required" }),
  violates("servers", "a server without a url", [["  - url: https://api.example.com/v1", "  - description: Production # <-"]], { message: "servers[0] has no url (the client's default base URL)" }),
  satisfies("servers", "plain http on a port", [["url: https://api.example.com/v1", "url: http://localhost:8080"]]),

  violates("operation-id", "snake case", [["operationId: getThing", "operationId: get_thing # <-"]], { message: 'operationId "get_thing" must be camelCase letters and digits' }),
  violates("operation-id", "Pascal case", [["operationId: getThing", "operationId: GetThing # <-"]], { message: 'operationId "GetThing" must be camelCase' }),
  violates("operation-id", "used twice", [["operationId: createThing", "operationId: getThing # <-"]], { message: 'operationId "getThing" is also used by GET /things/{thing_id}' }),
  violates("operation-id", "missing", [["    post:\n      operationId: createThing\n", "    post: # <-\n"]], { message: "POST /things has no operationId" }),
  violates("responses", "no 2xx, named by method and path when there is no operationId", [["    post:\n      operationId: createThing\n", "    post: # <-\n"], ["      responses:\n        '201':", "      responses: # <-\n        '301':"]], { rule: "operation-id", marker: 0, message: "POST /things has no operationId" }, { marker: 1, message: "postThings documents no 2xx response" }),
  violates("operation-id", "not a string", [["operationId: getThing", "operationId: 5 # <-"]], { message: "operationId of GET /things/{thing_id} must be a string, found 5" }),
  satisfies("operation-id", "ends in a digit", [["operationId: getThing", "operationId: getThing2"]]),

  violates("operation-summary", "missing", [["    get:\n      operationId: getThing\n      tags: [Things]\n      summary: Get a thing\n", "    get: # <-\n      operationId: getThing\n      tags: [Things]\n"]], { severity: "warning", message: "getThing has no summary" }),
  satisfies("operation-summary", "an empty summary is still a summary", [["summary: Get a thing", "summary: ''"]]),

  violates("operation-tag", "undeclared", [["      operationId: getThing\n      tags: [Things]", "      operationId: getThing\n      tags: [Other] # <-"]], { message: 'tag "Other" is not declared under the top-level tags' }),
  violates("operation-tag", "an empty list", [["    get:\n      operationId: getThing\n      tags: [Things]", "    get: # <-\n      operationId: getThing\n      tags: []"]], { message: "GET /things/{thing_id} needs a tag: it decides the client group" }),
  violates("operation-tag", "no top-level tags at all", [["tags:\n  - name: Things\nsecurity:", "security:"], ["      operationId: getThing\n      tags: [Things]", "      operationId: getThing\n      tags: [Things] # <-"], ["      operationId: createThing\n      tags: [Things]", "      operationId: createThing\n      tags: [Things] # <-"]], { marker: 0, message: 'tag "Things" is not declared' }, { marker: 1, message: 'tag "Things" is not declared' }),
  satisfies("operation-tag", "only the first tag decides", [["      operationId: getThing\n      tags: [Things]", "      operationId: getThing\n      tags: [Things, Other]"]]),

  violates("path-params", "not required", [["          in: path\n          required: true", "          in: path\n          required: false # <-"]], { message: 'path parameter "thing_id" must be required: true' }),
  violates(
    "path-params",
    "declared under another name",
    [
      ["    get:\n      operationId: getThing", "    get: # <-\n      operationId: getThing"],
      ["        - name: thing_id", "        - name: id # <-"],
    ],
    { marker: 0, message: 'path /things/{thing_id} uses {thing_id} but getThing declares no path parameter "thing_id"' },
    { marker: 1, message: 'path parameter "id" does not appear in the path template /things/{thing_id}' },
  ),
  violates(
    "path-params",
    "declared under another name, by an operation named by method and path (its operationId is no string)",
    [
      ["    get:\n      operationId: getThing", "    get: # <-\n      operationId: 5 # <-"],
      ["        - name: thing_id", "        - name: id # <-"],
    ],
    { marker: 0, message: 'path /things/{thing_id} uses {thing_id} but GET /things/{thing_id} declares no path parameter "thing_id"' },
    { marker: 1, rule: "operation-id", message: "must be a string" },
    { marker: 2, message: 'path parameter "id" does not appear in the path template /things/{thing_id}' },
  ),
  violates("path-params", "a path-item parameter under another name, reported where the path item lists it", [
    ["  /things/{thing_id}:\n    get:", "  /things/{thing_id}:\n    parameters:\n      - { name: id, in: path, required: true, schema: { type: string } } # <-\n    get:"],
  ], { message: 'path parameter "id" does not appear in the path template /things/{thing_id}' }),
  satisfies("path-params", "declared on the path item", [
    ["  /things/{thing_id}:\n    get:", "  /things/{thing_id}:\n    parameters:\n      - { name: thing_id, in: path, required: true, schema: { type: string } }\n    get:"],
    ["        - name: thing_id\n          in: path\n          required: true\n          schema: { type: string }\n", ""],
  ]),

  violates("param-in", "a Swagger 2 body", [["          in: query", "          in: body # <-"]], { message: 'parameter "limit" is in "body"; a parameter is in path, query, header or cookie' }),
  satisfies("param-in", "a cookie", [["          in: query", "          in: cookie"]]),
  satisfies("param-in", "a header", [["          in: query", "          in: header"]]),


  violates("responses", "no 2xx", [["      responses:\n        '201':", "      responses: # <-\n        '301':"]], { message: "createThing documents no 2xx response" }),
  violates("responses", "a status range", [["        '201':\n          description: Created.", "        '201':\n          description: Created.\n        '4XX': # <-\n          description: Failed."]], { message: 'response key "4XX" must be a concrete status code (the house style documents each status)' }),
  violates("responses", "a status above 599", [["        '201':\n          description: Created.", "        '201':\n          description: Created.\n        '600': # <-\n          description: Odd."]], { message: 'response key "600" must be a concrete status code' }),
  violates(
    "responses",
    "statuses with a digit too many",
    [["      responses:\n        '201':\n          description: Created.", "      responses: # <-\n        '1200': # <-\n          description: Created.\n        '2000': # <-\n          description: Created."]],
    { marker: 0, message: "createThing documents no 2xx response" },
    { marker: 1, message: 'response key "1200" must be a concrete status code' },
    { marker: 2, message: 'response key "2000" must be a concrete status code' },
  ),
  violates("responses", "two 2xx", [["      responses:\n        '201':\n          description: Created.", "      responses: # <-\n        '201':\n          description: Created.\n        '200':\n          description: Also."]], { severity: "warning", message: "createThing documents several 2xx responses; the client resolves to any of their bodies" }),
  satisfies("responses", "100, 299 and 599", [["        '201':\n          description: Created.", "        '100':\n          description: Continue.\n        '299':\n          description: Created.\n        '599':\n          description: Failed."]]),

  violates("media-type", "a text response", [["            application/json:\n              schema:\n                $ref", "            text/plain: # <-\n              schema:\n                $ref"]], { message: '200 response of getThing: the house style uses JSON bodies only, found "text/plain"' }),
  satisfies("media-type", "a charset parameter on JSON", [["            application/json:\n              schema:\n                $ref", "            application/json; charset=utf-8:\n              schema:\n                $ref"]]),
  violates("media-type", "a form request body", [["          application/json:\n            schema:", "          application/x-www-form-urlencoded: # <-\n            schema:"]], { message: 'request body of createThing: the house style uses JSON request bodies only, found "application/x-www-form-urlencoded"' }),
  violates("media-type", "a shared response component, reported where it is written", [
    ["        '201':\n          description: Created.", "        '201':\n          $ref: '#/components/responses/Created'"],
    ["  schemas:\n    Thing:", "  responses:\n    Created:\n      description: Created.\n      content:\n        text/csv: # <-\n          schema: { type: string }\n  schemas:\n    Thing:"],
  ], { message: '201 response of createThing: the house style uses JSON bodies only, found "text/csv"' }),
  violates("media-type", "a shared request body, reported where it is written", [
    ["      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/Thing'", "      requestBody:\n        $ref: '#/components/requestBodies/NewThing'"],
    ["  schemas:\n    Thing:", "  requestBodies:\n    NewThing:\n      content:\n        text/plain: # <-\n          schema: { type: string }\n  schemas:\n    Thing:"],
  ], { message: 'request body of createThing: the house style uses JSON request bodies only, found "text/plain"' }),
  satisfies("media-type", "a vendor JSON type", [["            application/json:\n              schema:\n                $ref", "            application/vnd.things+json:\n              schema:\n                $ref"]]),

  violates("security", "none anywhere", [["security:\n  - oauth2: ['things:read']\n", ""], ["    get:\n      operationId: getThing", "    get: # <-\n      operationId: getThing"]], { message: 'getThing has no security requirement; write [] scopes for "token, no scope"' }),
  violates("security", "an empty list", [["        - oauth2: ['things:write']", "        []"], ["    post:\n", "    post: # <-\n"]], { message: "createThing has no security requirement" }),
  violates("security", "an undeclared scheme", [["        - oauth2: ['things:write']", "        - oauth: ['things:write'] # <-"]], { message: 'security scheme "oauth" is not declared under components.securitySchemes' }),
  violates("security", "scopes written as one string, not a list", [["        - oauth2: ['things:write']", "        - oauth2: 'things:write' # <-"]], { message: 'security requirement "oauth2" must be a list of scopes; write [] for none' }),
  violates("security", "an inherited undeclared scheme, reported at the root", [["  - oauth2: ['things:read']", "  - oauth: ['things:read'] # <-"]], { message: 'security scheme "oauth" is not declared under components.securitySchemes' }),
  satisfies("security", "a bearer token, no scope", [["        - oauth2: ['things:write']", "        - bearer: []"]]),
  satisfies("security", "roles of a scheme that is not OAuth, which are not scopes", [["        - oauth2: ['things:write']", "        - bearer: ['admin']"]]),

  violates("security-scope", "an undeclared scope", [["        - oauth2: ['things:write']", "        - oauth2: ['things:delete'] # <-"]], { message: 'scope "things:delete" is not declared by the oauth2 scheme' }),
  violates("security-scope", "an inherited undeclared scope, reported at the root", [["  - oauth2: ['things:read']", "  - oauth2: ['things:list'] # <-"]], { message: 'scope "things:list" is not declared by the oauth2 scheme' }),
  violates("security-scope", "a scope that is not a string", [["        - oauth2: ['things:write']", "        - oauth2: [7] # <-"]], { message: 'scope 7 is not declared by the oauth2 scheme' }),
  violates("security-scope", "a scope only another OAuth scheme declares", [
    ["    bearer:\n      type: http", "    partner:\n      type: oauth2\n      flows:\n        clientCredentials:\n          tokenUrl: https://example.com/oauth/token\n          scopes:\n            'partner:read': Read as a partner.\n      x-scope-levels:\n        workspace: ['partner:read']\n    bearer:\n      type: http"],
    ["        - oauth2: ['things:write']", "        - oauth2: ['partner:read'] # <-"],
  ], { message: 'scope "partner:read" is not declared by the oauth2 scheme' }),
  satisfies("security-scope", "no scope", [["        - oauth2: ['things:write']", "        - oauth2: []"]]),

  violates("security-alternatives", "alternatives with different scopes", [["        - oauth2: ['things:write']", "        - oauth2: ['things:write']\n        - oauth2: ['things:read']"], ["      security:\n", "      security: # <-\n"]], { message: 'createThing lists alternative security requirements with different scopes ("things:write" or "things:read")' }),
  violates("security-alternatives", "inherited alternatives, reported at the root", [["security:\n  - oauth2: ['things:read']", "security: # <-\n  - oauth2: ['things:read']\n  - oauth2: ['things:write']"]], { message: 'getThing lists alternative security requirements with different scopes ("things:read" or "things:write")' }),
  satisfies("security-alternatives", "the same scopes in another order", [["        - oauth2: ['things:write']", "        - oauth2: ['things:write', 'things:read']\n        - oauth2: ['things:read', 'things:write']"]]),
  satisfies("security-alternatives", "another scheme without scopes", [["        - oauth2: ['things:write']", "        - oauth2: ['things:write']\n        - bearer: []"]]),

  violates("scope-levels", "an unknown level", [["        site: ['things:read', 'things:write']", "        site: ['things:read', 'things:write']\n        team: [] # <-"]], { message: 'scope level "team" must be "site" or "workspace"' }),
  violates("scope-levels", "an undeclared scope", [["        site: ['things:read', 'things:write']", "        site: ['things:read', 'things:write', 'things:admin'] # <-"]], { message: 'x-scope-levels lists "things:admin", which is not a declared scope' }),
  violates("scope-levels", "a scope without a level", [["        site: ['things:read', 'things:write']", "        site: ['things:read']"], ["            'things:write': Write things.", "            'things:write': Write things. # <-"]], { message: 'scope "things:write" has no level: list it under x-scope-levels.site or .workspace' }),
  violates("scope-levels", "a level that is not a list", [["        site: ['things:read', 'things:write']", "        site: 'things:read'"], ["            'things:read': Read things.\n            'things:write': Write things.", "            'things:read': Read things. # <-\n            'things:write': Write things. # <-"]], { marker: 0, message: 'scope "things:read" has no level' }, { marker: 1, message: 'scope "things:write" has no level' }),
  satisfies("scope-levels", "a workspace-only scope", [["        site: ['things:read', 'things:write']", "        site: ['things:read']\n        workspace: ['things:write']"]]),

  violates("trigger-scopes", "a trigger type without a scope", [["      enum: [thing_created]\n      x-trigger-scopes:", "      enum: [thing_created, thing_deleted]\n      x-trigger-scopes: # <-"]], { message: 'trigger type "thing_deleted" has no scope in x-trigger-scopes' }),
  violates("trigger-scopes", "a scope for a value not in the enum", [["        thing_created: 'things:read'", "        thing_created: 'things:read'\n        thing_deleted: 'things:read' # <-"]], { message: 'x-trigger-scopes names "thing_deleted", which is not in the enum' }),
  violates("trigger-scopes", "an undeclared scope", [["        thing_created: 'things:read'", "        thing_created: 'things:admin' # <-"]], { message: 'trigger "thing_created" needs "things:admin", which is not a declared scope' }),
  violates("trigger-scopes", "scopes without an enum", [["      enum: [thing_created]\n", ""], ["        thing_created: 'things:read'", "        thing_created: 'things:read' # <-"]], { message: 'x-trigger-scopes names "thing_created", which is not in the enum' }),
  satisfies("trigger-scopes", "two trigger types with two scopes", [["      enum: [thing_created]\n      x-trigger-scopes:\n        thing_created: 'things:read'", "      enum: [thing_created, thing_changed]\n      x-trigger-scopes:\n        thing_created: 'things:read'\n        thing_changed: 'things:write'"]]),

  violates("schema-ref", "a reference to a security scheme", [["        count: { type: integer, minimum: 0 }", "        count: { $ref: '#/components/securitySchemes/bearer' } # <-"]], { message: '$ref "#/components/securitySchemes/bearer" does not name a component schema' }),
  satisfies("schema-ref", "a reference to another component schema", [["        count: { type: integer, minimum: 0 }", "        count: { $ref: '#/components/schemas/TriggerType' }"]]),

  violates("schema-enum", "an infinite number", [["kind: { type: string, enum: [a, b] }", "kind: { type: number, enum: [1, .inf] } # <-"]], { message: "Infinity is not a finite number: no JSON value can match it" }),
  // Compared as JSON by the validators (test/e2e/corpus-constructs.test.ts).
  satisfies("schema-enum", "an object value", [["kind: { type: string, enum: [a, b] }", "kind: { enum: [a, { b: 1 }] }"]]),
  satisfies("schema-enum", "an array const", [["kind: { type: string, enum: [a, b] }", "kind: { const: [a] }"]]),
  violates("schema-enum", "reported at the value, on its own line", [["        kind: { type: string, enum: [a, b] }", "        kind:\n          enum:\n            - a\n            - .nan # <-"]], { message: "NaN is not a finite number" }),
  violates("schema-enum", "an infinite const", [["kind: { type: string, enum: [a, b] }", "kind: { const: .inf } # <-"]], { message: "Infinity is not a finite number" }),
  satisfies("schema-enum", "the largest finite number and null", [["kind: { type: string, enum: [a, b] }", "kind: { enum: [a, 1.7976931348623157e308, null] }"]]),

  violates("schema-type", "an unknown type", [["count: { type: integer, minimum: 0 }", "count: { type: int, minimum: 0 } # <-"]], { message: 'unknown schema type "int"' }),
  violates("schema-type", "an unknown type in a list", [["count: { type: integer, minimum: 0 }", "count: { type: [integer, nil] } # <-"]], { message: 'unknown schema type "nil"' }),
  violates("schema-type", "a number", [["count: { type: integer, minimum: 0 }", "count: { type: 5 } # <-"]], { message: "type must name a type (string, number, integer, boolean, null, array, object) or list them, found 5" }),
  satisfies("schema-type", "a type list with null", [["count: { type: integer, minimum: 0 }", "count: { type: [integer, 'null'] }"]]),

  violates("schema-nullable", "nullable: true", [["count: { type: integer, minimum: 0 }", "count: { type: integer, nullable: true } # <-"]], { message: '"nullable" is OpenAPI 3.0; write type: [X, "null"] in 3.1' }),
  violates("schema-nullable", "nullable: false", [["count: { type: integer, minimum: 0 }", "count: { type: integer, nullable: false } # <-"]], { message: '"nullable" is OpenAPI 3.0' }),
  satisfies("schema-nullable", "an extension named like it", [["count: { type: integer, minimum: 0 }", "count: { type: integer, x-nullable: true }"]]),

  violates("schema-pattern", "an unclosed class", [["id: { type: string, pattern: '^[a-z]+$', minLength: 1 }", "id: { type: string, pattern: '^[a-z+$' } # <-"]], { message: 'pattern "^[a-z+$" is not a valid regular expression' }),
  violates("schema-pattern", "an escape only non-Unicode regexes allow", [["id: { type: string, pattern: '^[a-z]+$', minLength: 1 }", "id: { type: string, pattern: '\\a' } # <-"]], { message: 'pattern "\\\\a" is not a valid regular expression' }),
  violates("schema-pattern", "not a string", [["id: { type: string, pattern: '^[a-z]+$', minLength: 1 }", "id: { type: string, pattern: 5 } # <-"]], { message: "pattern must be a string" }),
  violates("schema-pattern", "not a string, on its own line", [["        id: { type: string, pattern: '^[a-z]+$', minLength: 1 }", "        id:\n          type: string\n          pattern: 5 # <-"]], { message: "pattern must be a string" }),
  violates("schema-pattern", "reported at the pattern, on its own line", [["        id: { type: string, pattern: '^[a-z]+$', minLength: 1 }", "        id:\n          type: string\n          pattern: '(' # <-"]], { message: 'pattern "(" is not a valid regular expression' }),
  satisfies("schema-pattern", "a Unicode property escape", [["pattern: '^[a-z]+$'", "pattern: '^\\p{L}+$'"]]),

  violates("schema-bound", "a string bound", [["count: { type: integer, minimum: 0 }", "count: { type: integer, minimum: '0' } # <-"]], { message: "minimum must be a finite number" }),
  violates("schema-bound", "an infinite bound", [["id: { type: string, pattern: '^[a-z]+$', minLength: 1 }", "id: { type: string, maxLength: .inf } # <-"]], { message: "maxLength must be a finite number" }),
  violates("schema-bound", "OpenAPI 3.0's boolean exclusiveMinimum", [["count: { type: integer, minimum: 0 }", "count: { type: integer, minimum: 0, exclusiveMinimum: true } # <-"]], { rule: "schema-exclusive-bound", message: "exclusiveMinimum" }),
  violates("schema-bound", "maximum as text", [["count: { type: integer, minimum: 0 }", "count: { maximum: '1' } # <-"]], { message: "maximum must be a finite number" }),
  violates("schema-bound", "exclusiveMaximum as text", [["count: { type: integer, minimum: 0 }", "count: { exclusiveMaximum: '1' } # <-"]], { message: "exclusiveMaximum must be a finite number" }),
  violates("schema-bound", "exclusiveMinimum as text", [["count: { type: integer, minimum: 0 }", "count: { exclusiveMinimum: '1' } # <-"]], { message: "exclusiveMinimum must be a finite number" }),
  violates("schema-bound", "minLength as text", [["count: { type: integer, minimum: 0 }", "count: { minLength: '1' } # <-"]], { message: "minLength must be a finite number" }),
  violates("schema-bound", "minItems as text", [["count: { type: integer, minimum: 0 }", "count: { minItems: '1' } # <-"]], { message: "minItems must be a finite number" }),
  violates("schema-bound", "maxItems as text", [["count: { type: integer, minimum: 0 }", "count: { maxItems: '1' } # <-"]], { message: "maxItems must be a finite number" }),
  satisfies("schema-bound", "negative and fractional bounds", [["minimum: 0", "minimum: -0.5, exclusiveMaximum: 1e3"]]),

  violates("schema-required", "a number among the names", [["required: [id]", "required: [id, 5] # <-"]], { message: "required must be a list of property names" }),
  violates("schema-required", "a name instead of a list", [["required: [id]", "required: id # <-"]], { message: "required must be a list of property names" }),
  satisfies("schema-required", "an empty list", [["required: [id]", "required: []"]]),

  violates("component-name", "a hyphen", [["    TriggerType:", "    Trigger-Type: # <-"]], { severity: "warning", message: 'component name "Trigger-Type" is not an identifier; its type is renamed' }),
  satisfies("component-name", "an underscore and a dollar", [["    TriggerType:", "    $Trigger_Type:"]]),

  violates("method-name", "an object built-in", [["      summary: Get a thing", "      summary: Get a thing\n      x-method-name: constructor # <-"]], { message: 'x-method-name "constructor" must be an identifier that is not an object built-in such as constructor' }),
  satisfies("method-name", "a keyword, which is a valid member name", [["      summary: Get a thing", "      summary: Get a thing\n      x-method-name: delete"]]),
  violates("method-name", "not an identifier", [["      summary: Get a thing", "      summary: Get a thing\n      x-method-name: get-one # <-"]], { message: 'x-method-name "get-one" must be an identifier' }),
  violates("method-name", "not a string", [["      summary: Get a thing", "      summary: Get a thing\n      x-method-name: 5 # <-"]], { message: 'x-method-name 5 must be an identifier' }),
  violates("method-name", "a boolean, whose text would be an identifier", [["      summary: Get a thing", "      summary: Get a thing\n      x-method-name: true # <-"]], { message: "x-method-name true must be an identifier" }),
  satisfies("method-name", "an identifier", [["      summary: Get a thing", "      summary: Get a thing\n      x-method-name: fetchOne"]]),

  violates("header-name", "a space", [["        - name: limit\n          in: query", "        - name: X Limit # <-\n          in: header"]], { message: 'header parameter "X Limit" is not a valid HTTP header name' }),
  violates("header-name", "reported at the name, where the parameter lists it", [["        - name: limit\n          in: query", "        - in: header\n          name: X Limit # <-"]], { message: 'header parameter "X Limit" is not a valid HTTP header name' }),
  satisfies("header-name", "token characters", [["        - name: limit\n          in: query", "        - name: X-Limit_2.b~!\n          in: header"]]),
  satisfies("header-name", "a query parameter name with a space: only header names are tokens", [["        - name: limit\n          in: query", "        - name: page size\n          in: query"]]),

  violates("path-segments", "a dot-dot segment", [["  /things:\n", "  /things/..: # <-\n"]], { message: 'path "/things/.." must start with "/" and have no "." or ".." segments' }),
  violates("path-segments", "a dot segment", [["  /things:\n", "  /things/./all: # <-\n"]], { message: 'path "/things/./all" must start with "/"' }),
  violates("path-segments", "no leading slash", [["  /things:\n", "  things: # <-\n"]], { message: 'path "things" must start with "/"' }),
  satisfies("path-segments", "three dots are a name", [["  /things:\n", "  /things/...:\n"]]),

  violates("reserved-key", "an Object.prototype member as a property", [["        count: { type: integer, minimum: 0 }", "        valueOf: { type: integer } # <-"]], { message: 'the name "valueOf" collides with Object.prototype.valueOf' }),
  violates("reserved-key", "a percent sign in a property name", [["        count: { type: integer, minimum: 0 }", "        '100%': { type: integer } # <-"]], { message: 'the name "100%" contains "%"' }),
  violates("reserved-key", "inside a list (an allOf member)", [["        count: { type: integer, minimum: 0 }", "        count:\n          allOf:\n            - properties:\n                hasOwnProperty: { type: string } # <-"]], { message: 'the name "hasOwnProperty" collides with Object.prototype.hasOwnProperty' }),
  satisfies("reserved-key", "constructor, toString and __proto__, and a percent sign in a path", [
    ["        count: { type: integer, minimum: 0 }", "        constructor: { type: integer }\n        toString: { type: string }\n        __proto__: { type: string }"],
    ["  /things:\n", "  /things%20all:\n"],
  ]),
];

function applyEdits(edits: readonly Edit[]): string {
  let text = BASE;
  for (const [from, to] of edits) {
    const first = text.indexOf(from);
    if (first === -1 || text.indexOf(from, first + 1) !== -1) throw new Error(`edit target must occur exactly once: ${JSON.stringify(from)}`);
    text = text.replace(from, () => to);
  }
  return text;
}

const markerLines = (text: string) =>
  text
    .split("\n")
    .map((line, i) => (line.includes("# <-") ? i + 1 : 0))
    .filter((n) => n > 0);

/** The rules at their strictest: the profile spec/ opts into, where every house rule is an error. */
const HOUSE_STYLE = { lint: "house-style" } as const;

function check(name: string, text: string): Problem[] {
  const dir = path.join(TMP, name.replace(/[^a-z0-9]+/gi, "-"));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "api.yaml"), text);
  const { specs, problems } = loadSpecs("api.yaml", dir);
  expect(problems, "the edited spec must load").toEqual([]);
  const normalised = normaliseSpecs(specs);
  return checkSpecs(normalised.specs, undefined, { ...HOUSE_STYLE, findings: normalised.problems });
}

describe("the clean spec", () => {
  it("has no problem at all, so every problem below comes from its edit", () => {
    expect(check("base", BASE)).toEqual([]);
  });
});

describe("check rules at their boundaries", () => {
  it.each(CASES.map((c) => [`${c.rule}: ${c.name} ${c.problems.length === 0 ? "passes" : "is reported"}`, c] as const))("%s", (_title, c) => {
    const text = applyEdits(c.edits);
    const problems = check(`${c.rule}-${c.name}`, text);
    const markers = markerLines(text);
    const want = c.problems.map((p) => ({
      severity: p.severity ?? "error",
      rule: p.rule ?? c.rule,
      file: "api.yaml",
      line: p.line ?? markers[p.marker ?? 0],
    }));
    expect(problems.map((p) => ({ severity: p.severity, rule: p.rule, file: p.location?.file, line: p.location?.line }))).toEqual(want);
    problems.forEach((p, i) => expect(p.message).toContain(c.problems[i]?.message));
  });

  it("has a violating and a satisfying case for every rule id the rules report", () => {
    const ids = new Set(CASES.map((c) => c.rule));
    for (const id of ids) {
      expect(CASES.some((c) => c.rule === id && c.problems.length > 0), `${id} violated`).toBe(true);
      expect(CASES.some((c) => c.rule === id && c.problems.length === 0), `${id} satisfied`).toBe(true);
    }
    // Every rule function is exercised: each one reports at least one of the cases above.
    const dir = path.join(TMP, "coverage");
    mkdirSync(dir, { recursive: true });
    const silent = ALL_RULES.filter((rule) =>
      CASES.filter((c) => c.problems.length > 0).every((c) => {
        writeFileSync(path.join(dir, "api.yaml"), applyEdits(c.edits));
        const { specs } = loadSpecs("api.yaml", dir);
        return specs.every((spec) => rule(spec.document, spec.where).length === 0);
      }),
    );
    expect(silent.map((rule) => rule.name)).toEqual([]);
  });
});

describe("info-namespace across API versions", () => {
  it("reports a namespace two root files share, at the second one's x-namespace", () => {
    const dir = path.join(TMP, "two-roots");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "a.yaml"), BASE);
    writeFileSync(path.join(dir, "b.yaml"), BASE);
    const { specs, problems } = loadSpecs(dir, dir);
    expect(problems).toEqual([]);
    const found = checkSpecs(specs, undefined, HOUSE_STYLE);
    expect(found.map((p) => ({ severity: p.severity, rule: p.rule, file: p.location?.file, line: p.location?.line }))).toEqual([{ severity: "error", rule: "info-namespace", file: "b.yaml", line: 5 }]);
    expect(found[0]?.message).toBe('x-namespace "rules" is also used by a.yaml');
  });

  it("accepts two root files with different namespaces", () => {
    const dir = path.join(TMP, "two-namespaces");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "a.yaml"), BASE);
    writeFileSync(path.join(dir, "b.yaml"), BASE.replace("x-namespace: rules", "x-namespace: rules2"));
    const { specs } = loadSpecs(dir, dir);
    expect(specs).toHaveLength(2);
    expect(checkSpecs(specs, undefined, HOUSE_STYLE)).toEqual([]);
  });

  it("does not call two root files without a namespace a clash, and copes with one without info", () => {
    const dir = path.join(TMP, "no-namespaces");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "a.yaml"), BASE.replace("  x-namespace: rules\n", ""));
    writeFileSync(path.join(dir, "b.yaml"), BASE.replace("  x-namespace: rules\n", ""));
    writeFileSync(path.join(dir, "c.yaml"), BASE.replace(/^info:\n(  .*\n)+/m, ""));
    const { specs } = loadSpecs(dir, dir);
    expect(specs).toHaveLength(3);
    const found = checkSpecs(specs, undefined, HOUSE_STYLE).filter((p) => p.rule === "info-namespace" || p.rule === "info");
    expect(found.map((p) => [p.location?.file, p.message.replace(/ \(.*\)/, "")])).toEqual([
      ["a.yaml", 'info.x-namespace must be a short lower-case name such as "v2", found null'],
      ["b.yaml", 'info.x-namespace must be a short lower-case name such as "v2", found null'],
      ["c.yaml", "info.title is missing"],
      ["c.yaml", "info.version is missing"],
      ["c.yaml", 'info.x-namespace must be a short lower-case name such as "v2", found null'],
    ]);
  });
});

describe("check rules under the default profile", () => {
  // A house rule (level style) is silent by default, a deviation a warning, a validity error an error; the
  // diff's model purpose makes an unsupported construct the model represents a warning.
  it.each([
    ["a namespace that is an identifier but not lower case", [["x-namespace: rules", "x-namespace: Rules"]], "generate", []],
    ["a namespace that is not an identifier", [["x-namespace: rules", "x-namespace: v2-beta"]], "generate", [["info-namespace", "error"]]],
    // Not a string at all, although it would print as an identifier.
    ["a namespace that is a list of one name", [["x-namespace: rules", "x-namespace: [v2]"]], "generate", [["info-namespace", "error"]]],
    ["two 2xx responses", [["      responses:\n        '201':\n          description: Created.", "      responses:\n        '201':\n          description: Created.\n        '200':\n          description: Also."]], "generate", []],
    ["a status range", [["        '201':\n          description: Created.", "        '201':\n          description: Created.\n        '4XX':\n          description: Failed."]], "generate", []],
    ["a status above 599", [["        '201':\n          description: Created.", "        '201':\n          description: Created.\n        '600':\n          description: Odd."]], "generate", [["responses", "error"]]],
    ["a status range with a digit too many", [["        '201':\n          description: Created.", "        '201':\n          description: Created.\n        '14XX':\n          description: Odd."]], "generate", [["responses", "error"]]],
    ["a status range with an X too many", [["        '201':\n          description: Created.", "        '201':\n          description: Created.\n        '4XXX':\n          description: Odd."]], "generate", [["responses", "error"]]],
    ["a scope that is not a string", [["        - oauth2: ['things:write']", "        - oauth2: [7]"]], "generate", [["security-scope", "warning"]]],
    ["an Object.prototype member as a property, for the diff", [["        count: { type: integer, minimum: 0 }", "        valueOf: { type: integer }"]], "model", [["reserved-key", "warning"]]],
  ] as const)("%s", (name, edits, purpose, want) => {
    const dir = path.join(TMP, `default-${name.replace(/[^a-z0-9]+/gi, "-")}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "api.yaml"), applyEdits(edits));
    const normalised = normaliseSpecs(loadSpecs("api.yaml", dir).specs);
    const found = checkSpecs(normalised.specs, undefined, { lint: "default", purpose, findings: normalised.problems });
    expect(found.map((p) => [p.rule, p.severity])).toEqual(want);
  });

  it("checks no spec at all, with no profile given, as nothing wrong", () => {
    expect(checkSpecs([])).toEqual([]);
  });
});

// A hint belongs only to the messages it explains (a table row above checks only a message's start).
describe("hints in messages", () => {
  it.each([
    ["a status range, which the house style does not use", [["        '201':\n          description: Created.", "        '201':\n          description: Created.\n        '4XX':\n          description: Failed."]], " (the house style documents each status)", true],
    ["a status above 599, which no style allows", [["        '201':\n          description: Created.", "        '201':\n          description: Created.\n        '600':\n          description: Odd."]], " (the house style documents each status)", false],
    ["a pattern valid only outside Unicode mode", [["pattern: '^[a-z]+$'", "pattern: '\\a'"]], "Unicode mode, where this one fails", true],
    ["a schema written under type, quoted only in part", [["count: { type: integer, minimum: 0 }", `count: { type: { type: string, description: '${"x".repeat(120)} the end' } }`]], "the end", false],
    ["a pattern valid in no mode", [["pattern: '^[a-z]+$'", "pattern: '^[a-z+$'"]], "Unicode mode", false],
  ] as const)("%s", (name, edits, hint, carriesHint) => {
    const [problem, ...more] = check(`hint-${name}`, applyEdits(edits));
    expect(more).toEqual([]);
    expect(problem?.message.includes(hint)).toBe(carriesHint);
  });
});
