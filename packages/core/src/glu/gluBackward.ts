import { activationBackward, activationForward, type FloatArray } from "../kernels/index.js";
import {
  checkActivationParam,
  checkFloatArray,
  checkOptions,
  copyIfOverlapping,
} from "../kernels/validate.js";
import type { ActivationId } from "../registry/index.js";
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
 * SIMD (the gate and its derivative from one evaluation, each product rounded once), without
 * copies on x, dy and out of one KernelArena as gluForward; otherwise the gate's value and
 * derivative come from the activation kernels. At a kink of the gate (relu,
 * leakyRelu, prelu at 0) the derivative is the left-hand one, as the kernels. `out` (dx) may be
 * x or share its buffer or dy's: what it overlaps is copied first. `dy` is required.
 *
 * @example gluBackward(Float64Array.of(3, 0), Float64Array.of(1), { lastDim: 2, gate: "sigmoid" }) // => Float64Array [0.5, 0.75]
 */
export function gluBackward<T extends FloatArray>(x: T, dy: T, options: GluOptions<T>): T {
  const fn = "gluBackward";
  checkFloatArray(fn, "x", x);
  const { lastDim, gate: gateOption, param, out } = checkOptions(fn, options, true);
  const rows = checkSplit(fn, x, lastDim);
  const gate = checkGate(fn, gateOption);
  const gateParam = checkActivationParam(fn, gate, param); // here, so that it names this function and holds for an empty x
  const half = lastDim / 2;
  const upstream = outputLike(fn, "dy", dy, x, rows * half, true);
  const dx = outputLike(fn, "out", out, x, x.length);
  // both halves of x and all of dy are read after dx is written: inputs dx overlaps are copied
  const input = copyIfOverlapping(x, [dx]);
  const dyIn = copyIfOverlapping(upstream, [dx]);
  if (runFusedGlu(gate, input, dyIn, lastDim, dx, gateParam)) return dx;
  for (let r = 0; r < rows; r++) {
    const value = r * lastDim;
    const dyRow = dyIn.subarray(r * half, (r + 1) * half) as T;
    const gateIn = input.subarray(value + half, value + 2 * half) as T;
    const dValue = dx.subarray(value, value + half) as T;
    const dGate = dx.subarray(value + half, value + 2 * half) as T;
    // ∂L/∂a = dy ⊙ gate(b)
    activationForward(gate, gateIn, { param, out: dValue });
    for (let j = 0; j < half; j++) dValue[j] *= dyRow[j];
    // ∂L/∂b = (dy ⊙ a) ⊙ gate′(b): write dy ⊙ a, then let the kernel multiply by gate′(b) in place
    let overflowed = false;
    for (let j = 0; j < half; j++) {
      dGate[j] = dyRow[j] * input[value + j];
      overflowed ||= overflows(dGate, dyRow[j], input[value + j]);
    }
    activationBackward(gate, gateIn, dGate, { param, out: dGate });
    if (overflowed) multiplyLast(gate, param, gateIn, dyRow, input.subarray(value, value + half) as T, dGate);
  }
  return dx;
}

/**
 * Where dy·a overflowed the array's type but dy and a are finite, dGate is ±∞, or NaN where
 * gate′(b) is 0, though dy·a·gate′(b) may be finite (or ±0): those elements become
 * (dy·gate′(b))·a, the kernel's product rounded once, times a. (The fused kernels multiply in
 * float64, where the product of two float32s does not overflow.)
 */
function multiplyLast<T extends FloatArray>(
  gate: ActivationId,
  param: number | undefined,
  gateIn: T,
  dy: T,
  a: T,
  dGate: T,
): void {
  const dyGrad = activationBackward(gate, gateIn, dy, { param });
  for (let j = 0; j < a.length; j++) if (overflows(dGate, dy[j], a[j])) dGate[j] = dyGrad[j] * a[j];
}

/** Whether dy·a, both finite, overflows when stored in an array like `like`. */
function overflows(like: FloatArray, dy: number, a: number): boolean {
  const stored = like instanceof Float32Array ? Math.fround(dy * a) : dy * a;
  return !Number.isFinite(stored) && Number.isFinite(dy) && Number.isFinite(a);
}
