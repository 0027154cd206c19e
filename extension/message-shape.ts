// Shape checks for the hand-written message guards of the content script, which stays zod-free:
// zod is ~80 KB, and the content script is loaded in every frame of every page.

/** An object literal (or a structured clone of one): not null, an array or a class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The object's own keys are these and no others (strict, like zod's strictObject). */
export function hasExactlyKeys(value: Record<string, unknown>, expected: readonly string[]): boolean {
  const keys = Object.keys(value);
  return keys.length === expected.length && expected.every((key) => keys.includes(key));
}
