// Argument checks shared by the builders: each error names the function, the option and the value.

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (Array.isArray(value)) return `[${value.map(show).join(", ")}]`;
  if (value === null || value === undefined || typeof value !== "object") return String(value);
  return Object.prototype.toString.call(value);
}

/**
 * Throws `RangeError("<fn>: <name> must be <expected>, got <value>")`, or a TypeError when
 * `wrongType` says the value is not even of the expected type.
 */
export function fail(fn: string, name: string, expected: string, value: unknown, wrongType = false): never {
  const message = `${fn}: ${name} must be ${expected}, got ${show(value)}`;
  throw wrongType ? new TypeError(message) : new RangeError(message);
}

/** A finite number, or throws. */
export function finite(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value))
    fail(fn, name, "a finite number", value, typeof value !== "number");
  return value;
}

/** A whole number in [min, max], or throws. */
export function integer(fn: string, name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail(fn, name, `an integer from ${min} to ${max}`, value, typeof value !== "number");
  }
  return value;
}

/** An options object (undefined reads as `{}`), or throws. */
export function options<T extends object>(fn: string, value: T | undefined): T {
  if (value === undefined) return {} as T;
  if (value === null || typeof value !== "object" || Array.isArray(value))
    fail(fn, "options", "an object", value, true);
  return value;
}

/** A boolean, or throws. */
export function boolean(fn: string, name: string, value: unknown): boolean {
  if (typeof value !== "boolean") fail(fn, name, "true or false", value, true);
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

/**
 * A pair [lo, hi] of finite numbers with lo ≤ hi if `orEqual`, or else with a width hi − lo
 * from 1e-300 to the largest double (axis ticks divide by a step of about a tenth of it), or throws.
 */
export function domain(fn: string, name: string, value: unknown, orEqual = false): [number, number] {
  const pair = Array.isArray(value) && value.length === 2;
  const ordered =
    pair &&
    value.every((v) => typeof v === "number" && Number.isFinite(v)) &&
    (orEqual ? value[0] <= value[1] : value[0] < value[1]);
  if (!ordered) fail(fn, name, `[lo, hi] with finite lo ${orEqual ? "≤" : "<"} hi`, value, !pair);
  const width = value[1] - value[0];
  if (!orEqual && !(width >= 1e-300 && Number.isFinite(width))) {
    fail(fn, name, "[lo, hi] from 1e-300 to 1.8e308 apart", value);
  }
  return [value[0], value[1]];
}

/**
 * A domain fitted to data, if an axis can be drawn over it (its width is a finite double of at
 * least 1e-300); else throws, naming the data `name` it was fitted to.
 */
export function fitted(fn: string, name: string, domain: [number, number], data: unknown): [number, number] {
  const width = domain[1] - domain[0];
  if (!(width >= 1e-300 && Number.isFinite(width))) {
    fail(fn, name, "values less than 1.8e308 apart, drawn on an axis of that width at most", data);
  }
  return domain;
}

/** One of `choices`, or throws. */
export function oneOf<T extends string>(fn: string, name: string, value: unknown, choices: readonly T[]): T {
  if (!choices.includes(value as T))
    fail(fn, name, `one of ${choices.map((c) => `"${c}"`).join(", ")}`, value, typeof value !== "string");
  return value as T;
}

/** A non-empty string, or throws. */
export function text(fn: string, name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "")
    fail(fn, name, "a non-empty string", value, typeof value !== "string");
  return value;
}

/** An object (not null, not an array), or throws. */
export function object<T>(fn: string, name: string, value: T, expected = "an object"): T & object {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    fail(fn, name, expected, value, true);
  return value as T & object;
}

/** An array or typed array (anything with a length and indices) of at least `min` items, or throws. */
export function arrayLike(fn: string, name: string, value: unknown, min = 0): ArrayLike<unknown> {
  const ok =
    value !== null &&
    typeof value === "object" &&
    typeof (value as ArrayLike<unknown>).length === "number" &&
    (Array.isArray(value) || ArrayBuffer.isView(value));
  if (!ok || (value as ArrayLike<unknown>).length < min) {
    fail(fn, name, min > 0 ? `an array of at least ${min} numbers` : "an array of numbers", value, !ok);
  }
  return value as ArrayLike<unknown>;
}

/** Array.isArray without its narrowing, which turns a readonly array's type into any[]. */
export function isArray(value: unknown): boolean {
  return Array.isArray(value);
}
