// The float32 and float64 kernels' suites again with WebAssembly SIMD unavailable, as in an engine without it
// or on a page whose Content Security Policy forbids compiling WebAssembly: the plain-JS loops run
// then, and must meet the same contract.
import { vi } from "vitest";

vi.mock("../../src/kernels/simd/simdKernels.js", () => ({ simdKernels: () => null }));

await import("./activationForward.test.js");
await import("./activationBackward.test.js");
await import("./float32Accuracy.test.js");
await import("./float64Accuracy.test.js");
await import("./float64Kernels.test.js");
await import("./swishBackward.test.js");
await import("./preluForward.test.js");
await import("./preluBackward.test.js");
await import("./kernelArena.test.js");
await import("../glu/fusedGlu.test.js");
await import("../nn/matmulFloat32.test.js");
await import("../nn/float32.test.js");
