// The float32 products of both WebAssembly builds against the plain-JS loops, bit for bit.
import { describe, expect, it } from "vitest";
import { compileSimdKernels } from "../../src/kernels/simd/simdKernels.js";
import { type ProductName, productsInJs } from "../../src/nn/matmulFloat32.js";
import { random, shapes, sizes } from "./products.js";

const names: ProductName[] = ["matmul", "matmulTransposeA", "matmulTransposeB"];

describe("the float32 products in WebAssembly", () => {
  const relaxed = compileSimdKernels("relaxed-simd")?.matmul();
  const plain = compileSimdKernels("simd")?.matmul();

  it("give the same bits in the relaxed-SIMD and SIMD builds and in plain JS, ±0, ∞ and NaN included", () => {
    const special = [0, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, 1e-45, 3e38];
    for (const name of names) {
      for (const [r, i, c] of sizes) {
        const [aLength, bLength, outLength] = shapes[name](r, i, c);
        const a = random(aLength).map((v, k) => (k % 7 === 3 ? special[k % special.length] : v));
        const b = random(bLength);
        const js = new Float32Array(outLength);
        productsInJs[name](a, b, js, r, i, c);
        for (const build of [relaxed, plain]) {
          const got = new Float32Array(outLength);
          build![name](a, b, got, r, i, c);
          expect(got).toStrictEqual(js);
        }
      }
    }
  });

  it("grow their memory for operands larger than any before", () => {
    const [r, i, c] = [600, 64, 70];
    const a = random(r * i);
    const b = random(i * c);
    const expected = new Float32Array(r * c);
    productsInJs.matmul(a, b, expected, r, i, c);
    const got = new Float32Array(r * c);
    plain!.matmul(a, b, got, r, i, c);
    expect(got).toStrictEqual(expected);
  });
});
