export * from "./v2/index.js";
export { createClient as createWebflowV1Client, createCore as createWebflowV1Core } from "./v1/client.js";
export { createClient as createWebflowClient, createCore as createWebflowCore } from "./v2/client.js";
export * as v1 from "./v1/index.js";
export * as v2 from "./v2/index.js";
export * from "./runtime/index.js";
