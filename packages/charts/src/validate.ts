// Argument checks shared by the builders: each error names the function, the option and the value.

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (Array.isArray(value)) return `[${value.map(show).join(", ")}]`;
  if (value === null || value === undefined || typeof value !== "object") return String(value);
  return Object.prototype.toString.call(value);
}

/** Throws `RangeError("<fn>: <name> must be <expected>, got <value>")`. */
export function fail(fn: string, name: string, expected: string, value: unknown): never {
  throw new RangeError(`${fn}: ${name} must be ${expected}, got ${show(value)}`);
}

/** A finite number, or throws. */
export function finite(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) fail(fn, name, "a finite number", value);
  return value;
}

/** A whole number in [min, max], or throws. */
export function integer(fn: string, name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail(fn, name, `an integer from ${min} to ${max}`, value);
  }
  return value;
}

/** A chart's width and height from its options: each undefined (the default) or an integer from 120 to 4000, or throws. */
export function size(
  fn: string,
  options: { width?: number | undefined; height?: number | undefined },
): { width: number | undefined; height: number | undefined } {
  const side = (name: "width" | "height") =>
    options[name] === undefined ? undefined : integer(fn, name, options[name], 120, 4000);
  return { width: side("width"), height: side("height") };
}

/** A pair [lo, hi] of finite numbers with lo < hi, or throws. */
export function domain(fn: string, name: string, value: unknown): [number, number] {
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((v) => typeof v === "number" && Number.isFinite(v)) ||
    !(value[0] < value[1])
  ) {
    fail(fn, name, "[lo, hi] with finite lo < hi", value);
  }
  return [value[0], value[1]];
}

/** One of `choices`, or throws. */
export function oneOf<T extends string>(fn: string, name: string, value: unknown, choices: readonly T[]): T {
  if (!choices.includes(value as T))
    fail(fn, name, `one of ${choices.map((c) => `"${c}"`).join(", ")}`, value);
  return value as T;
}

/** A non-empty string, or throws. */
export function text(fn: string, name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") fail(fn, name, "a non-empty string", value);
  return value;
}

/** Array.isArray without its narrowing, which turns a readonly array's type into any[]. */
export function isArray(value: unknown): boolean {
  return Array.isArray(value);
}
