/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
export type { components, operations, paths } from "./schema.js";

export * from "./types.js";

export * from "./validators.js";

export * from "./errors.js";

export * from "./client.js";

export * from "./scopes.js";
