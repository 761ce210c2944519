// The fused path of the gated units: float32 GLU, GEGLU and SwiGLU in one pass of WebAssembly SIMD.
import type { FloatArray } from "../kernels/index.js";
import { type GluGate, simdKernels } from "../kernels/simd/simdKernels.js";
import { isSwishBetaForJs } from "../kernels/simd/simdLoops.js";
import type { ActivationId } from "../registry/index.js";

// The gates with a fused kernel, and the parameter it takes (SiLU is Swish with β = 1)
const fusedGates: Partial<Record<ActivationId, GluGate>> = {
  sigmoid: "sigmoid",
  swish: "swish",
  silu: "swish",
  gelu: "gelu",
};

/**
 * Runs a gated unit's fused kernel when it can: float32, WebAssembly SIMD available, a gate with a
 * kernel (and for swish a β the activation kernel also takes, see isSwishBetaForJs).
 * `param` is validated.
 * Returns false, with nothing done, otherwise.
 */
export function runFusedGlu(
  gate: ActivationId,
  x: FloatArray,
  dy: FloatArray | null,
  lastDim: number,
  out: FloatArray,
  param: number,
): boolean {
  const kernel = fusedGates[gate];
  if (kernel === undefined || !(x instanceof Float32Array) || (gate === "swish" && isSwishBetaForJs(param)))
    return false;
  const simd = simdKernels();
  if (simd === null) return false;
  simd.glu(kernel, x, dy as Float32Array | null, lastDim, out as Float32Array, gate === "silu" ? 1 : param);
  return true;
}
