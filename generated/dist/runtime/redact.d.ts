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
