// The float32 products: against the float64 product of the same float32 operands (the error of a
// float32 sum of n terms is at most n·2^-24·Σ|a·b|, Higham's γ_n bound), against the plain-JS
// loops bit for bit (same order of additions, same roundings). fallback.test.ts and
// simdBuild.test.ts run this file again without WebAssembly and in the SIMD build.
import { describe, expect, it } from "vitest";
import { matmul, matmulTransposeA, matmulTransposeB } from "../../src/nn/matmul.js";
import { type ProductName, productsInJs } from "../../src/nn/matmulFloat32.js";
import { random, shapes, sizes } from "./products.js";

const products = { matmul, matmulTransposeA, matmulTransposeB } as const;

/** Every entry of the product as a sum over its terms a·b, each term a float64 number. */
function terms(name: ProductName, a: Float32Array, b: Float32Array, r: number, i: number, c: number) {
  const entries: number[][] = [];
  if (name === "matmul") {
    for (let p = 0; p < r; p++)
      for (let q = 0; q < c; q++)
        entries.push(Array.from({ length: i }, (_, k) => a[p * i + k] * b[k * c + q]));
  } else if (name === "matmulTransposeA") {
    for (let p = 0; p < i; p++)
      for (let q = 0; q < c; q++)
        entries.push(Array.from({ length: r }, (_, k) => a[k * i + p] * b[k * c + q]));
  } else {
    for (let p = 0; p < r; p++)
      for (let q = 0; q < i; q++)
        entries.push(Array.from({ length: c }, (_, k) => a[p * c + k] * b[q * c + k]));
  }
  return entries;
}

describe.each(Object.keys(products) as ProductName[])("%s over Float32Arrays", (name) => {
  it.each(sizes)(
    "is within n·2^-24·Σ|a·b| of the float64 product for rows %i, inner %i, cols %i",
    (r, i, c) => {
      const [aLength, bLength, outLength] = shapes[name](r, i, c);
      const a = random(aLength);
      const b = random(bLength);
      const out = products[name](a, b, new Float32Array(outLength).fill(99), r, i, c);
      terms(name, a, b, r, i, c).forEach((entry, at) => {
        const exact = entry.reduce((s, t) => s + t, 0);
        const bound = entry.length * 2 ** -24 * entry.reduce((s, t) => s + Math.abs(t), 0);
        const error = Math.abs(out[at] - exact);
        expect(
          error,
          `out[${at}] = ${out[at]}, float64 ${exact}, |error| ${error} > bound ${bound}`,
        ).toBeLessThanOrEqual(bound);
      });
    },
  );

  it("gives the plain-JS loops' bits (the same sums in the same order)", () => {
    for (const [r, i, c] of sizes) {
      const [aLength, bLength, outLength] = shapes[name](r, i, c);
      const a = random(aLength);
      const b = random(bLength);
      const expected = new Float32Array(outLength);
      productsInJs[name](a, b, expected, r, i, c);
      expect(products[name](a, b, new Float32Array(outLength), r, i, c)).toStrictEqual(expected);
    }
  });
});

describe("mixed precision", () => {
  it("matmul rejects a Float64Array b beside a Float32Array a, naming b", () => {
    expect(() =>
      matmul(
        new Float32Array(2),
        new Float64Array(2) as unknown as Float32Array,
        new Float32Array(1),
        1,
        2,
        1,
      ),
    ).toThrow(new TypeError("matmul: b must be a Float32Array, got Float64Array(2)"));
  });
});
