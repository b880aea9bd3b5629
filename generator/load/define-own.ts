/**
 * Sets an own property even for the key "__proto__", which plain assignment would turn into a prototype
 * change. Every other key is assigned: `Object.prototype` has no other setter, and defining a property costs
 * several times an assignment on every node of a large document.
 */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
