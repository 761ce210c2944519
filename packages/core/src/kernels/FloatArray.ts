/**
 * The element types every kernel accepts: 32-bit or 64-bit IEEE floats in a typed array.
 *
 * A kernel's output (and `dy` for a backward kernel) has the same type as its input `x`, so that
 * every loop runs over one array type only.
 *
 * @example const x: FloatArray = Float32Array.of(-1, 0, 1);
 */
export type FloatArray = Float32Array | Float64Array;
