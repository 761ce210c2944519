// The float32 halves of the three products in matmul.ts: WebAssembly SIMD (assembly/matmul.ts)
// where it runs, else the plain-JS loops below, which sum in the same order with the same
// roundings and so give the same bits. Each out entry is Σ_k in float32, k ascending from +0,
// every term a rounded product added with one rounding: Math.fround(x·y) rounds the product (exact
// in a double) to float32, and the double sum of two float32s rounds to the float32 sum when it is
// stored (a double has more than twice float32's 24 bits, so that double rounding is harmless).
import { simdKernels } from "../kernels/simd/simdKernels.js";
import type { Float32Product } from "../kernels/simd/simdMatmul.js";

/** The products of a dense layer, by name. */
export type ProductName = "matmul" | "matmulTransposeA" | "matmulTransposeB";

/** The plain-JS loops: the fallback, and the reference the SIMD build is tested against. */
export const productsInJs: { readonly [P in ProductName]: Float32Product } = {
  // out[i, j] = Σ_k a[i, k]·b[k, j]
  matmul(a, b, out, rows, inner, cols) {
    out.fill(0, 0, rows * cols);
    for (let i = 0; i < rows; i++) {
      const o = i * cols;
      for (let k = 0; k < inner; k++) {
        const aik = a[i * inner + k];
        const row = k * cols;
        for (let j = 0; j < cols; j++) out[o + j] += Math.fround(aik * b[row + j]);
      }
    }
  },
  // out[k, j] = Σ_i a[i, k]·b[i, j]
  matmulTransposeA(a, b, out, rows, inner, cols) {
    out.fill(0, 0, inner * cols);
    for (let i = 0; i < rows; i++) {
      const row = i * cols;
      for (let k = 0; k < inner; k++) {
        const aik = a[i * inner + k];
        const o = k * cols;
        for (let j = 0; j < cols; j++) out[o + j] += Math.fround(aik * b[row + j]);
      }
    }
  },
  // out[i, k] = Σ_j a[i, j]·b[k, j]
  matmulTransposeB(a, b, out, rows, inner, cols) {
    for (let i = 0; i < rows; i++) {
      for (let k = 0; k < inner; k++) {
        let sum = 0;
        for (let j = 0; j < cols; j++)
          sum = Math.fround(sum + Math.fround(a[i * cols + j] * b[k * cols + j]));
        out[i * inner + k] = sum;
      }
    }
  },
};

/** Product `name` of float32 operands (checked by the caller), in WebAssembly SIMD where it runs. */
export function productFloat32(
  name: ProductName,
  a: Float32Array,
  b: Float32Array,
  out: Float32Array,
  rows: number,
  inner: number,
  cols: number,
): void {
  const simd = simdKernels()?.matmul() ?? null;
  if (simd === null) productsInJs[name](a, b, out, rows, inner, cols);
  else simd[name](a, b, out, rows, inner, cols);
}
