// Both builds' hex, for compiling on a kernel's first call (simdKernels). A browser bundle gets
// wasmModules.browser.ts in its place (package.json's "browser" field): there loadSimdKernels()
// imports the one build the engine runs, and the other never reaches the page.
import type { SimdModules } from "./simdKernels.js";
import { relaxedSimdModuleHex } from "./wasmRelaxedSimd.js";
import { simdModuleHex } from "./wasmSimd.js";

/** Each build's hex, at hand for a synchronous first call. */
export const syncModules: SimdModules | null = { "relaxed-simd": relaxedSimdModuleHex, simd: simdModuleHex };
