/**
 * The four monomorphic loops behind one activation's kernels. Each loop runs over one array
 * type only, so V8 compiles it for that type; `param` is the activation's parameter (already
 * validated) or NaN when it has none. `out` may be `x` or `dy`: every loop reads element i
 * before it writes element i.
 */
export interface ActivationLoops {
  forward32(x: Float32Array, out: Float32Array, param: number): void;
  forward64(x: Float64Array, out: Float64Array, param: number): void;
  backward32(x: Float32Array, dy: Float32Array, out: Float32Array, param: number): void;
  backward64(x: Float64Array, dy: Float64Array, out: Float64Array, param: number): void;
}
