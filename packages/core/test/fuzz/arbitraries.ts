// Hostile and valid values shared by the fuzz tables.

import fc from "fast-check";
import { Derived, shown } from "./harness.js";

/** Any double: NaN, ±∞, ±0, subnormals, huge values and everything between, the specials often. */
export const anyDouble = fc.oneof(
  { weight: 4, arbitrary: fc.double() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      Number.NaN,
      Infinity,
      -Infinity,
      0,
      -0,
      5e-324,
      -5e-324,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
    ),
  },
);

/** Values that are not numbers (each a TypeError where a number is expected). */
export const notNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom<unknown>([], {}, [1, 2]),
  fc.constant(Symbol("s")),
  fc.constant(() => 1),
  fc.constant(Float64Array.of(1)),
);

/** Not a finite number: NaN and ±∞. */
export const notFinite = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);

/** Values that are not an integer in [min, max]: non-numbers, NaN, ±∞, fractions, and integers outside. */
export function notIntegerIn(min: number, max = Number.MAX_SAFE_INTEGER): fc.Arbitrary<unknown> {
  const outside: fc.Arbitrary<number>[] = [fc.constant(min - 1), fc.integer({ min: -1e9, max: min - 1 })];
  if (max < Number.MAX_SAFE_INTEGER)
    outside.push(fc.constant(max + 1), fc.integer({ min: max + 1, max: max + 1e9 }));
  return fc.oneof(
    notNumber,
    notFinite,
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((v) => !Number.isInteger(v)),
    ...outside,
  );
}

/** Not a finite number in [min, max]: non-numbers, NaN, ±∞ and numbers outside. */
export function notFiniteIn(min: number, max = Number.POSITIVE_INFINITY): fc.Arbitrary<unknown> {
  const outside: fc.Arbitrary<number>[] = [];
  if (min > Number.NEGATIVE_INFINITY)
    outside.push(fc.double({ max: min, noNaN: true }).filter((v) => v < min));
  if (max < Number.POSITIVE_INFINITY)
    outside.push(fc.double({ min: max, noNaN: true }).filter((v) => v > max));
  return fc.oneof(notNumber, notFinite, ...outside);
}

/** A number in [min, max] (finite bounds or not), its ends and zeros included. */
export function finiteIn(min: number, max: number): fc.Arbitrary<number> {
  const ends = [min, max, 0, -0, 5e-324, 1, 1.7976931348623157e308, -1.7976931348623157e308].filter(
    (v) => v >= min && v <= max && Number.isFinite(v),
  );
  const lo = Number.isFinite(min) ? min : -1.7976931348623157e308;
  const hi = Number.isFinite(max) ? max : 1.7976931348623157e308;
  return fc.oneof(fc.double({ min: lo, max: hi, noNaN: true }), fc.constantFrom(...ends));
}

/** Values that are neither a Float32Array nor a Float64Array. */
export const notFloatArray: fc.Arbitrary<unknown> = fc.oneof(
  notNumber.filter((v) => !(v instanceof Float64Array)),
  fc.constant(undefined),
  fc.constantFrom<unknown>(new Int32Array(2), new Uint8Array(3), new BigInt64Array(1), [0.5, 1]),
);

/** A Float64Array or Float32Array whose buffer has been transferred away (length 0 now). */
export function detached(
  type: Float32ArrayConstructor | Float64ArrayConstructor,
  length = 3,
): Float32Array | Float64Array {
  const array = new type(length);
  structuredClone(array.buffer, { transfer: [array.buffer] });
  return array;
}

/**
 * Hostile arrays for an argument that must have the type of `like(args)` and the length
 * `lengthOf(args)` (like's own by default): other types, detached, one element too many.
 */
export function notLike(
  like: (args: unknown[]) => Float32Array | Float64Array,
  name: string,
  lengthOf: (args: unknown[]) => number = (args) => like(args).length,
): fc.Arbitrary<unknown> {
  return fc.oneof(
    notFloatArray,
    fc.constant(
      new Derived(`${name}: the other float type`, (args) => {
        const x = like(args);
        return x instanceof Float32Array ? new Float64Array(x.length) : new Float32Array(x.length);
      }),
    ),
    fc.constant(
      new Derived(`${name}: detached`, (args) => detached(like(args).constructor as Float64ArrayConstructor)),
    ),
    fc.constant(
      new Derived(`${name}: one element too many`, (args) => {
        return new (like(args).constructor as Float64ArrayConstructor)(lengthOf(args) + 1);
      }),
    ),
  );
}

/** What a message shows for a hostile array: its type and length, its length alone, or that it is detached. */
export function showsArray(value: unknown): string[] {
  if (ArrayBuffer.isView(value) && "length" in value) {
    const name = value.constructor.name;
    if ((value.buffer as { detached?: boolean }).detached) return [`detached ${name}`];
    return [`${name}(${value.length})`, String(value.length)];
  }
  return [shown(value)];
}

/** Options objects that are not objects. */
export const notObject: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 3 }),
  fc.integer(),
  fc.boolean(),
  fc.bigInt({ min: -10n, max: 10n }),
);

/** Where an array sits in memory: its own buffer, at a non-zero byteOffset, or in a SharedArrayBuffer. */
export type Layout = "fresh" | "offset" | "shared";
export const layout = fc.constantFrom<Layout>("fresh", "offset", "shared");

/** A typed array of `values` of `type` laid out as `where` says. */
export function laidOut(
  type: Float32ArrayConstructor | Float64ArrayConstructor,
  values: readonly number[],
  where: Layout,
): Float32Array | Float64Array {
  const n = values.length;
  const size = type.BYTES_PER_ELEMENT;
  const View = type as unknown as new (
    buffer: ArrayBufferLike,
    byteOffset: number,
    length: number,
  ) => Float32Array | Float64Array;
  const array =
    where === "fresh"
      ? new View(new ArrayBuffer(n * size), 0, n)
      : where === "offset"
        ? new View(new ArrayBuffer((n + 3) * size), 3 * size, n)
        : new View(new SharedArrayBuffer((n + 1) * size), size, n);
  array.set(values);
  return array;
}
