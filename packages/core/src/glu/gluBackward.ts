import { activationBackward, activationForward, type FloatArray } from "../kernels/index.js";
import { checkFloatArray, checkParam } from "../kernels/validate.js";
import { checkGate, checkSplit, outputLike } from "./checkGlu.js";
import { runFusedGlu } from "./fusedGlu.js";
import type { GluOptions } from "./gluForward.js";

/**
 * Backward pass of the split-form GLU y = a ⊙ gate(b) (see gluForward): given x = [a | b] per
 * row and the upstream gradient dy (rows of lastDim / 2), returns dx (rows of lastDim):
 *
 *   ∂L/∂a = dy ⊙ gate(b),   ∂L/∂b = dy ⊙ a ⊙ gate′(b).
 *
 * Float32 with gate "gelu", "swish", "silu" or "sigmoid" runs fused, in one pass of WebAssembly
 * SIMD (the gate and its derivative from one evaluation, each product rounded once); otherwise the
 * gate's value and derivative come from the activation kernels. At a kink of the gate (relu,
 * leakyRelu, prelu at 0) the derivative is the left-hand one, as the kernels. `out` (dx) must
 * not be x itself.
 *
 * @example gluBackward(Float64Array.of(3, 0), Float64Array.of(1), { lastDim: 2, gate: "sigmoid" }) // => Float64Array [0.5, 0.75]
 */
export function gluBackward<T extends FloatArray>(x: T, dy: T, options: GluOptions<T>): T {
  const fn = "gluBackward";
  checkFloatArray(fn, "x", x);
  const rows = checkSplit(fn, x, options.lastDim);
  const gate = checkGate(fn, options.gate);
  const half = options.lastDim / 2;
  const upstream = outputLike(fn, "dy", dy, x, rows * half);
  const dx = outputLike(fn, "out", options.out, x, x.length);
  if (dx === x)
    throw new RangeError(`${fn}: out must not be x (both halves of x are read after dx is written)`);
  const param = options.param;
  if (runFusedGlu(gate, x, upstream, options.lastDim, dx, checkParam(fn, gate, param))) return dx;
  for (let r = 0; r < rows; r++) {
    const value = r * options.lastDim;
    const dyRow = upstream.subarray(r * half, (r + 1) * half) as T;
    const gateIn = x.subarray(value + half, value + 2 * half) as T;
    const dValue = dx.subarray(value, value + half) as T;
    const dGate = dx.subarray(value + half, value + 2 * half) as T;
    // ∂L/∂a = dy ⊙ gate(b)
    activationForward(gate, gateIn, { param, out: dValue });
    for (let j = 0; j < half; j++) dValue[j] *= dyRow[j];
    // ∂L/∂b = (dy ⊙ a) ⊙ gate′(b): write dy ⊙ a, then let the kernel multiply by gate′(b) in place
    for (let j = 0; j < half; j++) dGate[j] = dyRow[j] * x[value + j];
    activationBackward(gate, gateIn, dGate, { param, out: dGate });
  }
  return dx;
}
