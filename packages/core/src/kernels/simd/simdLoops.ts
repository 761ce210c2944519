import type { ActivationId } from "../../registry/index.js";
import type { ActivationLoops } from "../loops/ActivationLoops.js";
import { type KernelName, simdKernels } from "./simdKernels.js";

interface Compiled {
  /** The compiled kernel that runs the activation. */
  kernel: KernelName;
  /** The parameter the kernel takes, when fixed (SiLU is Swish with β = 1). */
  param?: number;
  /** A parameter value that the kernel leaves to the JS loop: 0 for α and β (see assembly/kernels.ts). */
  jsWhenParamIs?: number;
  /** The kernel for a parameter that is a float32 (exact in float32 lanes, so faster). */
  float32Kernel?: KernelName;
}

/** Which compiled kernel runs each activation: a missing or extra id is a compile error. */
const compiled: { readonly [K in ActivationId]: Compiled } = {
  sigmoid: { kernel: "sigmoid" },
  tanh: { kernel: "tanh" },
  relu: { kernel: "relu" },
  leakyRelu: { kernel: "leakyRelu", jsWhenParamIs: 0, float32Kernel: "leakyReluFloat32" },
  prelu: { kernel: "leakyRelu", jsWhenParamIs: 0, float32Kernel: "leakyReluFloat32" },
  elu: { kernel: "elu" },
  swish: { kernel: "swish", jsWhenParamIs: 0 },
  silu: { kernel: "swish", param: 1 },
  gelu: { kernel: "gelu" },
  geluTanh: { kernel: "geluTanh" },
  softplus: { kernel: "softplus" },
};

/**
 * Activation `id`'s loops with their float32 halves in WebAssembly SIMD, and the JS loops `js`
 * wherever that cannot run. Float64 stays with `js`: its results are the scalar functions' bits.
 */
export function withSimd(id: ActivationId, js: ActivationLoops): ActivationLoops {
  const { kernel, param: fixed, jsWhenParamIs, float32Kernel } = compiled[id];
  const kernelFor = (param: number) =>
    float32Kernel !== undefined && Math.fround(param) === param ? float32Kernel : kernel;
  return {
    forward32(x, out, param) {
      const simd = simdKernels();
      if (simd === null || param === jsWhenParamIs) js.forward32(x, out, param);
      else simd.forward(kernelFor(param), x, out, fixed ?? param);
    },
    forward64: js.forward64,
    backward32(x, dy, out, param) {
      const simd = simdKernels();
      if (simd === null || param === jsWhenParamIs) js.backward32(x, dy, out, param);
      else simd.backward(kernelFor(param), x, dy, out, fixed ?? param);
    },
    backward64: js.backward64,
  };
}
