export * from "./types.js";
export * from "./validators.js";
export * from "./errors.js";
export * from "./client.js";
