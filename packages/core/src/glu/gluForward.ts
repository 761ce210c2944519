import { activationForward, type FloatArray } from "../kernels/index.js";
import {
  checkActivationParam,
  checkFloatArray,
  checkOptions,
  copyIfOverlapping,
} from "../kernels/validate.js";
import type { ActivationId } from "../registry/index.js";
import { checkGate, checkSplit, outputLike } from "./checkGlu.js";
import { runFusedGlu } from "./fusedGlu.js";

/** Options of {@link gluForward} and {@link gluBackward}. */
export interface GluOptions<T extends FloatArray> {
  /** Length of the last dimension, which is split in two halves: even, ≥ 2. */
  lastDim: number;
  /** The gate's activation: "gelu" for GEGLU, "swish" for SwiGLU, "sigmoid" for the original GLU. */
  gate: ActivationId;
  /** The gate's parameter (α or β), for gates that take one; the registry default when omitted. */
  param?: number;
  /** Destination of x's type: length x.length / 2 for the forward pass, x.length for the backward. */
  out?: T;
}

/**
 * Gated linear unit, split form over the last dimension (Dauphin et al., 2017; Shazeer, 2020),
 * as PyTorch's `F.glu(x, dim=-1)` with the gate's activation chosen:
 *
 *   each row [a | b] of length lastDim → a ⊙ gate(b),   a = first half (the value),
 *                                                        b = second half (through the gate).
 *
 * GEGLU is gate "gelu", SwiGLU gate "swish" (β = 1, i.e. SiLU), the original GLU gate "sigmoid".
 * x is row-major with rows of lastDim numbers; the result has rows of lastDim / 2. NaN propagates.
 * Float32 with gate "gelu", "swish", "silu" or "sigmoid" runs fused, in one pass of WebAssembly
 * SIMD over the rows: the gate in float64 as its activation kernel, times a, rounded once to
 * float32; on x and out of one KernelArena without copies, for rows of at most 4096 elements whose
 * halves are multiples of 4 (the same results). Otherwise (float64, other gates, no SIMD) the gate
 * runs through the activation kernel, so its accuracy is theirs, and the product is rounded once
 * more. `out` may share x's buffer (x is then copied first).
 *
 * @example gluForward(Float64Array.of(3, 0), { lastDim: 2, gate: "sigmoid" }) // => Float64Array [1.5]
 */
export function gluForward<T extends FloatArray>(x: T, options: GluOptions<T>): T {
  const fn = "gluForward";
  checkFloatArray(fn, "x", x);
  const { lastDim, gate: gateOption, param, out: outOption } = checkOptions(fn, options, true);
  const rows = checkSplit(fn, x, lastDim);
  const gate = checkGate(fn, gateOption);
  const gateParam = checkActivationParam(fn, gate, param); // here, so that it names this function and holds for an empty x
  const half = lastDim / 2;
  const out = outputLike(fn, "out", outOption, x, rows * half);
  const input = copyIfOverlapping(x, [out]); // rows of out are written while later rows of x are read
  if (runFusedGlu(gate, input, null, lastDim, out, gateParam)) return out;
  for (let r = 0; r < rows; r++) {
    const value = r * lastDim; // start of a, the value half
    const outRow = out.subarray(r * half, (r + 1) * half) as T;
    // out = gate(b), then out ⊙= a
    activationForward(gate, input.subarray(value + half, value + 2 * half) as T, { param, out: outRow });
    for (let j = 0; j < half; j++) outRow[j] *= input[value + j];
  }
  return out;
}
