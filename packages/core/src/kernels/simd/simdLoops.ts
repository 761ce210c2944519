import type { ActivationId } from "../../registry/index.js";
import type { ActivationLoops } from "../loops/ActivationLoops.js";
import { type Kernel64Name, type KernelName, simdKernels } from "./simdKernels.js";

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
 * The β Swish's kernels leave to the JS loop: β = 0 (swish = x/2) and |β| < 1e-35, where σ(βx)
 * must still saturate at x = ±∞ for their limits ±∞ and ∓0 (found by the fuzz suite: swish(+∞) was
 * 2e38 for β = 1e-300; the JS loop clamps to ±10^300 and takes the scalar function for the tiniest
 * β), and |β| > 1e40, where 700/|β|, at which the kernels clamp x in float32 lanes
 * (assembly/kernels.ts, swishLimits), is no longer a normal float32 (the fuzz suite again:
 * swish(−∞) was NaN for β = 1.8e308).
 */
export const isSwishBetaForJs = (param: number) => !(Math.abs(param) >= 1e-35 && Math.abs(param) <= 1e40);

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
  swish: { kernel: "swish", jsWhen: isSwishBetaForJs },
  silu: { kernel: "swish", param: 1 },
  gelu: { kernel: "gelu" },
  geluTanh: { kernel: "geluTanh" },
  softplus: { kernel: "softplus" },
  mish: { kernel: "mish" },
  hardSwish: { kernel: "hardSwish" },
};

/**
 * Activation `id`'s loops with their float32 and float64 halves in WebAssembly SIMD where it has
 * kernels for them (float64: see compiled64), and the JS loops `js` wherever that cannot run.
 */
export function withSimd(id: ActivationId, js: ActivationLoops): ActivationLoops {
  return { ...withSimd32(id, js), ...withSimd64(id, js) };
}

function withSimd32(
  id: ActivationId,
  js: ActivationLoops,
): Pick<ActivationLoops, "forward32" | "backward32"> {
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
    backward32(x, dy, out, param) {
      const simd = simdKernels();
      if (simd === null || jsWhen(param)) js.backward32(x, dy, out, param);
      else simd.backward(kernelFor(param), x, dy, out, fixed ?? param);
    },
  };
}

// ─── float64 ─────────────────────────────────────────────────────────────────────────────────────

interface Compiled64 {
  /** The compiled kernels of each pass (assembly/float64.ts); a pass without one runs the JS loop. */
  forward?: Kernel64Name;
  backward?: Kernel64Name;
  /** The parameter the kernels take, when fixed (SiLU is Swish with β = 1). */
  param?: number;
  /** The parameters that the kernels leave to the JS loops (see assembly/float64.ts). */
  jsWhen?: (param: number) => boolean;
}

/**
 * Which float64 kernels run each activation: a missing or extra id is a compile error. Their
 * results are within 1 ULP of the correctly rounded values, as the scalar functions', but not
 * always the same bits; the lanes they leave (tails, NaN, ±∞, a derivative's zero) are the JS
 * loop's, which calls the scalar functions.
 */
const compiled64: { readonly [K in ActivationId]: Compiled64 } = {
  sigmoid: { forward: "sigmoid", backward: "sigmoid" },
  tanh: { forward: "tanh", backward: "tanh" },
  relu: { forward: "relu", backward: "relu" },
  leakyRelu: { forward: "leakyRelu", backward: "leakyRelu", jsWhen: isZero },
  prelu: { forward: "leakyRelu", backward: "leakyRelu", jsWhen: isZero },
  // α·e^x must stay a normal float64 down to x = −600
  elu: { forward: "elu", backward: "elu", jsWhen: (alpha) => !(alpha >= 1e-20 && alpha <= 1e20) },
  // β·x is split into halves (Veltkamp), which overflows past 10^290
  swish: { forward: "swish", backward: "swish", jsWhen: (beta) => !(Math.abs(beta) <= 1e290) },
  silu: { forward: "swish", backward: "swish", param: 1 },
  gelu: { forward: "gelu", backward: "gelu" },
  geluTanh: { forward: "geluTanh", backward: "geluTanh" },
  softplus: { forward: "softplus", backward: "softplus" },
  mish: { forward: "mish", backward: "mish" },
  hardSwish: { forward: "hardSwish", backward: "hardSwish" },
};

function withSimd64(
  id: ActivationId,
  js: ActivationLoops,
): Pick<ActivationLoops, "forward64" | "backward64"> {
  const { forward, backward, param: fixed, jsWhen = never } = compiled64[id];
  return {
    forward64:
      forward === undefined
        ? js.forward64
        : (x, out, param) => {
            const simd = simdKernels();
            if (simd === null || jsWhen(param)) js.forward64(x, out, param);
            else simd.forward64(forward, x, out, fixed ?? param, (xs, _, o) => js.forward64(xs, o, param));
          },
    backward64:
      backward === undefined
        ? js.backward64
        : (x, dy, out, param) => {
            const simd = simdKernels();
            if (simd === null || jsWhen(param)) js.backward64(x, dy, out, param);
            else {
              simd.backward64(backward, x, dy, out, fixed ?? param, (xs, dys, o) =>
                js.backward64(xs, dys, o, param),
              );
            }
          },
  };
}
