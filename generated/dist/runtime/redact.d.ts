/**
 * Removing a secret from what a server sent back. A server or proxy that echoes the request
 * may return the secret raw or inside a JSON string, where any character may be spelled as an
 * escape (`\"`, `\\`, `\/`, `\u0041`), so a plain substring search is not enough.
 */
/**
 * `text` with every occurrence of `secret` replaced by "[REDACTED]", whether it appears raw or
 * JSON-escaped (including `\/` and `\uXXXX` spellings, mixed freely). An empty secret matches nothing.
 */
export declare function redactText(text: string, secret: string): string;
/**
 * A deep copy of a parsed JSON value with {@link redactText} applied to every string and every
 * object key, so a secret can be neither in a value nor in a property name.
 */
export declare function redactValue(value: unknown, secret: string): unknown;
