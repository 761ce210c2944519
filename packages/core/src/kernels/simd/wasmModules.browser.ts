// wasmModules.ts for browser bundles (package.json's "browser" field swaps it in): no build at
// hand, so that a page downloads only the one loadSimdKernels() imports.
import type { SimdModules } from "./simdKernels.js";

/** None: the kernels wait for loadSimdKernels(). */
export const syncModules: SimdModules | null = null;
