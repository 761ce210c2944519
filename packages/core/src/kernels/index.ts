// Typed-array kernels: forward and backward of every activation over Float32Array / Float64Array,
// writing into a destination the caller may pass (in place allowed).
export type { ActivationBackwardOptions } from "./activationBackward.js";
export { activationBackward } from "./activationBackward.js";
export type { ActivationForwardOptions } from "./activationForward.js";
export { activationForward } from "./activationForward.js";
export type { FloatArray } from "./FloatArray.js";
export { KernelArena } from "./KernelArena.js";
export type { PreluBackwardOptions, PreluBackwardResult } from "./preluBackward.js";
export { preluBackward } from "./preluBackward.js";
export type { PreluForwardOptions } from "./preluForward.js";
export { preluForward } from "./preluForward.js";
export type { SimdBuild } from "./simd/simdKernels.js";
export { loadSimdKernels } from "./simd/simdKernels.js";
export type { SwishBackwardOptions } from "./swishBackward.js";
export { swishBackward } from "./swishBackward.js";
