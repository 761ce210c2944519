// loadSimdKernels as a browser bundle runs it: wasmModules.js replaced by wasmModules.browser.ts, as
// package.json's "browser" field has bundlers do, so that no build is at hand until the loader
// imports one. It imports only the build it runs, and that build gives the bits that the
// synchronous path (Node's first kernel call) gives, through the package's own functions.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { activationBackward, activationForward } from "../../src/kernels/index.js";
import { loadSimdKernels, simdKernels } from "../../src/kernels/simd/simdKernels.js";
import { activationIds } from "../../src/registry/index.js";
import { float32Grid, float64Grid, seededFloats } from "./helpers.js";

/** The builds' modules in the order they were imported. */
const imported = vi.hoisted((): string[] => []);

vi.mock(
  "../../src/kernels/simd/wasmModules.js",
  () => import("../../src/kernels/simd/wasmModules.browser.js"),
);
vi.mock("../../src/kernels/simd/wasmRelaxedSimd.js", (importOriginal) => {
  imported.push("relaxed-simd");
  return importOriginal();
});
vi.mock("../../src/kernels/simd/wasmSimd.js", (importOriginal) => {
  imported.push("simd");
  return importOriginal();
});

type Kernels = Pick<typeof import("../../src/kernels/index.js"), "activationForward" | "activationBackward">;

/** Every activation's forward and backward results over float32 and float64 inputs, specials included. */
function results({ activationForward, activationBackward }: Kernels): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const x of [float32Grid(4, 1 / 256), float64Grid()]) {
    const dy =
      x instanceof Float32Array ? Float32Array.from(seededFloats(x.length, 3, -2, 2)) : x.map((v) => -v);
    for (const id of activationIds) {
      const name = `${id} ${x.constructor.name}`;
      out.set(`${name} forward`, Float64Array.from(activationForward(id, x)));
      out.set(`${name} backward`, Float64Array.from(activationBackward(id, x, dy)));
    }
  }
  return out;
}

/** For each result, how many of its elements differ from the other's in any bit (NaN and −0 included). */
function differingBits(a: Map<string, Float64Array>, b: Map<string, Float64Array>): Record<string, number> {
  return Object.fromEntries(
    [...a].map(([name, values]) => {
      const [ours, theirs] = [values, b.get(name)!].map((v) => new BigUint64Array(v.buffer));
      return [name, ours.filter((bits, i) => bits !== theirs[i]).length];
    }),
  );
}

describe("package.json's browser field", () => {
  it("swaps the module with both builds for the one this file mocks it with, and nothing else", () => {
    const packageDir = new URL("../../", import.meta.url);
    const { browser } = JSON.parse(readFileSync(new URL("package.json", packageDir), "utf8"));
    expect(browser).toEqual({
      "./dist/kernels/simd/wasmModules.js": "./dist/kernels/simd/wasmModules.browser.js",
    });
    // the sources tsc compiles to those files
    for (const file of ["wasmModules.ts", "wasmModules.browser.ts"]) {
      expect(existsSync(new URL(`src/kernels/simd/${file}`, packageDir)), file).toBe(true);
    }
  });
});

describe("loadSimdKernels in a bundle without the builds at hand (a browser's)", () => {
  it("until it is called, no build is imported and the plain-JS loops run", () => {
    expect(simdKernels()).toBeNull();
    expect(Array.from(activationForward("relu", Float32Array.of(-1, 2)))).toEqual([0, 2]);
    expect(imported).toEqual([]);
  });

  it("imports and compiles the relaxed-SIMD build alone, where this Node has relaxed SIMD", async () => {
    expect(await loadSimdKernels()).toBe("relaxed-simd");
    expect(simdKernels()?.build).toBe("relaxed-simd");
    expect(await loadSimdKernels()).toBe("relaxed-simd"); // once: the same kernels after
    expect(imported).toEqual(["relaxed-simd"]);
  });

  it("whose kernels give the synchronous path's bits, every activation, forward and backward", async () => {
    const loaded = results({ activationForward, activationBackward });
    // the package anew, as Node imports it: both builds at hand, compiled on the first call
    vi.resetModules();
    vi.doUnmock("../../src/kernels/simd/wasmModules.js");
    const fresh = await import("../../src/kernels/index.js");
    const sync = results(fresh);
    const { simdKernels: freshKernels } = await import("../../src/kernels/simd/simdKernels.js");
    expect(freshKernels()?.build).toBe("relaxed-simd");
    const differing = differingBits(loaded, sync);
    expect(Object.keys(differing)).toHaveLength(4 * activationIds.length);
    expect(differing).toEqual(Object.fromEntries(Object.keys(differing).map((name) => [name, 0])));
  }, 60_000);

  it("falls back to importing the SIMD build where the relaxed one does not compile", async () => {
    vi.resetModules();
    vi.doMock(
      "../../src/kernels/simd/wasmModules.js",
      () => import("../../src/kernels/simd/wasmModules.browser.js"),
    );
    vi.doMock("../../src/kernels/simd/wasmRelaxedSimd.js", () => ({ relaxedSimdModuleHex: "00" }));
    vi.doMock("../../src/kernels/simd/wasmSimd.js", (importOriginal) => {
      imported.push("simd");
      return importOriginal();
    });
    imported.length = 0;
    const fresh = await import("../../src/kernels/simd/simdKernels.js");
    expect(await fresh.loadSimdKernels()).toBe("simd");
    expect(fresh.simdKernels()?.build).toBe("simd");
    expect(imported).toEqual(["simd"]); // (the relaxed one, emptied, records nothing)
  });
});
