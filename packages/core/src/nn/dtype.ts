// The precision of a model: every layer, loss and optimiser of the toolkit works on one array type
// throughout, Float64Array (the default) or Float32Array, chosen once per model.
import { describe } from "../describe.js";
import { checkAttached, checkFloatArray } from "../kernels/validate.js";

/** A model's precision: "float64" (the default) or "float32". */
export type Dtype = "float32" | "float64";

/** The array type of each precision. */
export interface DtypeArrays {
  float32: Float32Array;
  float64: Float64Array;
}

/** The array type of precision D: `ArrayOf<"float32">` is Float32Array. */
export type ArrayOf<D extends Dtype> = DtypeArrays[D];

const constructors: { readonly [D in Dtype]: new (length: number) => DtypeArrays[D] } = {
  float32: Float32Array,
  float64: Float64Array,
};

/**
 * A new zero-filled array of `length` entries of precision `dtype`.
 *
 * @example arrayOf("float32", 2) // => Float32Array [0, 0]
 */
export function arrayOf<D extends Dtype>(dtype: D, length: number): ArrayOf<D> {
  return new constructors[dtype](length) as ArrayOf<D>;
}

/**
 * The precision of an array: "float32" for a Float32Array, else "float64".
 *
 * @example dtypeOf(new Float32Array(1)) // => "float32"
 */
export function dtypeOf(array: Float32Array | Float64Array): Dtype {
  return array instanceof Float32Array ? "float32" : "float64";
}

/**
 * `array` itself when it is of precision `dtype`, else a copy converted to it (float64 values
 * rounded to float32): how a float32 model reads a data set, which is always float64.
 *
 * @example toDtype(Float64Array.of(0.1), "float32") // => Float32Array [0.10000000149011612]
 * @example model.forward(toDtype(data.x, model.dtype), data.rows) // any model, any data set
 */
export function toDtype<D extends Dtype>(array: Float32Array | Float64Array, dtype: D): ArrayOf<D> {
  checkFloatArray("toDtype", "array", array);
  checkDtype("toDtype", dtype, null);
  if (dtypeOf(array) === dtype) return array as ArrayOf<D>;
  const copy = arrayOf(dtype, array.length);
  copy.set(array);
  return copy;
}

/**
 * Throws a TypeError unless `dtype` is "float32" or "float64"; undefined gives `fallback`, or
 * throws too where the argument is required (fallback null).
 *
 * @example checkDtype("mlp", undefined) // => "float64"
 */
export function checkDtype<D extends Dtype = "float64">(
  fn: string,
  dtype: D | undefined,
  fallback: Dtype | null = "float64",
): D {
  if (dtype === undefined && fallback !== null) return fallback as D;
  if (dtype !== "float32" && dtype !== "float64") {
    throw new TypeError(`${fn}: dtype must be "float32" or "float64", got ${describe(dtype)}`);
  }
  return dtype;
}

/**
 * Throws unless `value` is an array of precision `dtype` over an attached buffer (a TypeError)
 * with `length` entries when given (a RangeError): a Float64Array fed to a float32 layer is an
 * error, never a silent conversion.
 */
export function checkArrayOf<D extends Dtype>(
  fn: string,
  name: string,
  dtype: D,
  value: unknown,
  length?: number,
): ArrayOf<D> {
  const type = constructors[dtype];
  if (!(value instanceof type)) {
    throw new TypeError(`${fn}: ${name} must be a ${type.name}, got ${describe(value)}`);
  }
  checkAttached(fn, name, value as ArrayOf<D>);
  if (length !== undefined && (value as ArrayOf<D>).length !== length) {
    throw new RangeError(`${fn}: ${name} must have length ${length}, got ${(value as ArrayOf<D>).length}`);
  }
  return value as ArrayOf<D>;
}
