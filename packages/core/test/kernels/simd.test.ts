// The WebAssembly SIMD kernels: that they run here, that the committed module is the one its
// source compiles to, that the chunked copies in and out of its memory lose nothing, and that its
// two builds agree.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileAll, wasmModulePaths, wasmModuleSource } from "../../scripts/buildWasm.js";
import { activationBackward, activationForward } from "../../src/kernels/index.js";
import {
  compileSimdKernels,
  type Kernel64Name,
  type KernelName,
  type SimdBuild,
  simdKernels,
} from "../../src/kernels/simd/simdKernels.js";
import { activationIds } from "../../src/registry/index.js";
import { float32Grid, scalarOf, seededFloats, ulps32 } from "./helpers.js";

describe("the WebAssembly SIMD kernels", () => {
  it("run on this Node in their relaxed-SIMD build, so the other kernel tests measure it", () => {
    // simdBuild.test.ts measures the SIMD build, fallback.test.ts the JS loops
    expect(simdKernels()?.build).toBe("relaxed-simd");
  });

  it("are committed as assembly/ compiles to, both builds: run `pnpm build:wasm` after changing it", async () => {
    for (const [build, bytes] of Object.entries(await compileAll()) as [SimdBuild, Uint8Array][]) {
      expect(readFileSync(wasmModulePaths[build], "utf8"), build).toBe(wasmModuleSource(build, bytes));
    }
  }, 120_000);

  // 4096 elements go through the module's memory at a time: lengths around that, and odd tails
  const lengths = [1, 3, 4, 5, 4095, 4096, 4097, 3 * 4096 + 7];
  const longest = Math.max(...lengths);
  const xs = Float32Array.from(seededFloats(longest, 11, -12, 12));
  const dys = Float32Array.from(seededFloats(longest, 12, -3, 3));

  // each at its default parameter, and ELU at α = 0.5 too: its forward loop for α = 1 skips the
  // multiplication, another loop takes any other α
  const runs: { id: (typeof activationIds)[number]; param?: number }[] = [
    ...activationIds.map((id) => ({ id })),
    { id: "elu", param: 0.5 },
  ];
  for (const { id, param } of runs) {
    const label = param === undefined ? id : `${id} with param ${param}`;
    it(`${label} gives each element the same result at every length, in place or not`, () => {
      const forward = activationForward(id, xs, { param });
      const backward = activationBackward(id, xs, dys, { param });
      for (const n of lengths) {
        const x = xs.slice(0, n);
        const dy = dys.slice(0, n);
        expect(activationForward(id, x, { param })).toEqual(forward.subarray(0, n));
        expect(activationBackward(id, x, dy, { param })).toEqual(backward.subarray(0, n));
        activationBackward(id, x, dy, { out: dy, param });
        expect(dy).toEqual(backward.subarray(0, n));
        activationForward(id, x, { out: x, param });
        expect(x).toEqual(forward.subarray(0, n));
      }
    });
  }

  // x·α and dy·α of float32s are exact in float64: the float32-lane kernels (for an α that is a
  // float32) must give the float64 path's bits, which are Math.fround of the scalar values
  for (const id of ["leakyRelu", "prelu"] as const) {
    for (const alpha of [0.25, 1, 0.5, 0.75]) {
      it(`${id} with α = ${alpha} (a float32) gives exactly the rounded scalar values and gradients`, () => {
        const { f, df } = scalarOf(id, alpha);
        const x = float32Grid();
        const dy = Float32Array.from(seededFloats(x.length, 13, -3, 3));
        const forward = activationForward(id, x, { param: alpha });
        const backward = activationBackward(id, x, dy, { param: alpha });
        for (let i = 0; i < x.length; i++) {
          if (!Object.is(forward[i], Math.fround(f(x[i])))) expect.fail(`${id}(${x[i]}) = ${forward[i]}`);
          if (!Object.is(backward[i], Math.fround(dy[i] * df(x[i])))) {
            expect.fail(`${id}′(${x[i]})·${dy[i]} = ${backward[i]}`);
          }
        }
      });
    }
  }
});

describe("the relaxed-SIMD and SIMD builds", () => {
  const relaxed = compileSimdKernels("relaxed-simd")!;
  const plain = compileSimdKernels("simd")!;
  const n = 100_000;
  const x = Float32Array.from(seededFloats(n, 14, -40, 40));
  const dy = Float32Array.from(seededFloats(n, 15, -3, 3));
  // every compiled kernel, with a parameter (a missing one is a type error)
  const params: { readonly [K in KernelName]: number } = {
    sigmoid: Number.NaN,
    tanh: Number.NaN,
    relu: Number.NaN,
    leakyRelu: 0.01,
    leakyReluFloat32: 0.25,
    elu: 1,
    swish: 1.7,
    gelu: Number.NaN,
    geluTanh: Number.NaN,
    softplus: Number.NaN,
    mish: Number.NaN,
    hardSwish: Number.NaN,
  };

  // fused multiply-add only removes roundings inside polynomials, a float64 difference of about
  // 2^-53 that a float32 result rarely shows; fused anywhere it changes a result's meaning, it
  // would show often
  for (const [name, param] of Object.entries(params) as [KernelName, number][]) {
    it(`${name} gives the same float32 bits in both, but for rare 1-ULP differences`, () => {
      for (const pass of ["forward", "backward"] as const) {
        const a = new Float32Array(n);
        const b = new Float32Array(n);
        if (pass === "forward") {
          relaxed.forward(name, x, a, param);
          plain.forward(name, x, b, param);
        } else {
          relaxed.backward(name, x, dy, a, param);
          plain.backward(name, x, dy, b, param);
        }
        let differing = 0;
        for (let i = 0; i < n; i++) {
          if (Object.is(a[i], b[i])) continue;
          differing++;
          expect(ulps32(a[i], b[i]), `${name} ${pass} at x = ${x[i]}`).toBeLessThanOrEqual(1);
        }
        expect(differing, `${name} ${pass}`).toBeLessThanOrEqual(n / 10_000);
      }
    });
  }
});

describe("the relaxed-SIMD and SIMD builds' float64 kernels", () => {
  const relaxed = compileSimdKernels("relaxed-simd")!;
  const plain = compileSimdKernels("simd")!;
  const x = Float64Array.from([
    ...seededFloats(50_000, 16, -40, 40),
    ...seededFloats(10_000, 17, -1e-3, 1e-3),
  ]);
  const dy = seededFloats(x.length, 18, -3, 3);
  // every compiled float64 kernel with a parameter, and its passes (a missing one is a type error)
  const kernels: {
    readonly [K in Kernel64Name]: { param: number; passes: readonly ("forward" | "backward")[] };
  } = {
    sigmoid: { param: Number.NaN, passes: ["forward", "backward"] },
    tanh: { param: Number.NaN, passes: ["forward", "backward"] },
    relu: { param: Number.NaN, passes: ["forward", "backward"] },
    leakyRelu: { param: 0.01, passes: ["forward", "backward"] },
    elu: { param: 1.3, passes: ["forward", "backward"] },
    swish: { param: 1.7, passes: ["forward", "backward"] },
    gelu: { param: Number.NaN, passes: ["forward", "backward"] },
    geluTanh: { param: Number.NaN, passes: ["forward", "backward"] },
    mish: { param: Number.NaN, passes: ["forward", "backward"] },
    hardSwish: { param: Number.NaN, passes: ["forward", "backward"] },
    softplus: { param: Number.NaN, passes: ["forward", "backward"] },
  };
  it("both have exact float64 products here: the relaxed build's multiply-add fuses on this CPU", () => {
    // simdKernels() would take the SIMD build where it does not (see exactProducts)
    expect(relaxed.exactProducts).toBe(true);
    expect(plain.exactProducts).toBe(true);
  });

  // no scalar functions: the lanes a kernel leaves to them keep its own value, which must agree too
  const none = () => {};

  // exact products either way, by fused multiply-add or by Dekker's splitting (assembly/float64.ts):
  // the same bits, not just close
  for (const [name, { param, passes }] of Object.entries(kernels) as [
    Kernel64Name,
    (typeof kernels)[Kernel64Name],
  ][]) {
    it(`${name} gives the same float64 bits in both`, () => {
      for (const pass of passes) {
        const a = new Float64Array(x.length);
        const b = new Float64Array(x.length);
        if (pass === "forward") {
          relaxed.forward64(name, x, a, param, none);
          plain.forward64(name, x, b, param, none);
        } else {
          relaxed.backward64(name, x, dy, a, param, none);
          plain.backward64(name, x, dy, b, param, none);
        }
        for (let i = 0; i < x.length; i++) {
          if (!Object.is(a[i], b[i])) expect.fail(`${name} ${pass} at x = ${x[i]}: ${a[i]} and ${b[i]}`);
        }
      }
    });
  }
});
