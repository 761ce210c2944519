import type { ActivationId } from "../../registry/index.js";
import type { ActivationLoops } from "../loops/ActivationLoops.js";
import { type KernelName, simdKernels } from "./simdKernels.js";

interface Compiled {
  /** The compiled kernel that runs the activation. */
  kernel: KernelName;
  /** The parameter the kernel takes, when fixed (SiLU is Swish with β = 1). */
  param?: number;
  /** The parameters that the kernel leaves to the JS loop (see assembly/kernels.ts and below). */
  jsWhen?: (param: number) => boolean;
  /** The kernel for a parameter that is a float32 (exact in float32 lanes, so faster). */
  float32Kernel?: KernelName;
}

const never = () => false;
/** α = 0: Leaky ReLU and PReLU's loops need 0·(−∞) = −0, which the kernel leaves to JS. */
const isZero = (param: number) => param === 0;
/**
 * β = 0 (swish = x/2), and |β| < 1e-35: the kernel clamps x to ±4·10^38, and σ(β·4·10^38) must
 * saturate for ±∞ to give their limits ±∞ and ∓0 (found by the fuzz suite: swish(+∞) was 2e38
 * for β = 1e-300). The JS loop clamps to ±10^300 and takes the scalar function for the tiniest β.
 */
export const isTinyBeta = (param: number) => Math.abs(param) < 1e-35;

/**
 * Which compiled kernel runs each activation, or "js" for one that has no kernel in assembly/ yet
 * (its float32 loops then run in JavaScript): a missing or extra id is a compile error.
 */
const compiled: { readonly [K in ActivationId]: Compiled | "js" } = {
  sigmoid: { kernel: "sigmoid" },
  tanh: { kernel: "tanh" },
  relu: { kernel: "relu" },
  leakyRelu: { kernel: "leakyRelu", jsWhen: isZero, float32Kernel: "leakyReluFloat32" },
  prelu: { kernel: "leakyRelu", jsWhen: isZero, float32Kernel: "leakyReluFloat32" },
  elu: { kernel: "elu" },
  swish: { kernel: "swish", jsWhen: isTinyBeta },
  silu: { kernel: "swish", param: 1 },
  gelu: { kernel: "gelu" },
  geluTanh: { kernel: "geluTanh" },
  softplus: { kernel: "softplus" },
  mish: { kernel: "mish" },
  hardSwish: { kernel: "hardSwish" },
};

/**
 * Activation `id`'s loops with their float32 halves in WebAssembly SIMD, and the JS loops `js`
 * wherever that cannot run. Float64 stays with `js`: its results are the scalar functions' bits.
 */
export function withSimd(id: ActivationId, js: ActivationLoops): ActivationLoops {
  const spec = compiled[id];
  if (spec === "js") return js;
  const { kernel, param: fixed, jsWhen = never, float32Kernel } = spec;
  const kernelFor = (param: number) =>
    float32Kernel !== undefined && Math.fround(param) === param ? float32Kernel : kernel;
  return {
    forward32(x, out, param) {
      const simd = simdKernels();
      if (simd === null || jsWhen(param)) js.forward32(x, out, param);
      else simd.forward(kernelFor(param), x, out, fixed ?? param);
    },
    forward64: js.forward64,
    backward32(x, dy, out, param) {
      const simd = simdKernels();
      if (simd === null || jsWhen(param)) js.backward32(x, dy, out, param);
      else simd.backward(kernelFor(param), x, dy, out, fixed ?? param);
    },
    backward64: js.backward64,
  };
}
