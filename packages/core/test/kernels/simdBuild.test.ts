// The float32 and float64 kernels' suites again in the SIMD build, as in an engine without relaxed SIMD: the
// relaxed-SIMD module fails to compile here (its bytes are emptied), so the SIMD one runs, and it
// must meet the same contract without fused multiply-add.
import { describe, expect, it, vi } from "vitest";
import { simdKernels } from "../../src/kernels/simd/simdKernels.js";

vi.mock("../../src/kernels/simd/wasmRelaxedSimd.js", () => ({ relaxedSimdModuleHex: "" }));

describe("without relaxed SIMD", () => {
  it("the SIMD build runs", () => {
    expect(simdKernels()?.build).toBe("simd");
  });
});

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
