// Dense matrix products over row-major Float64Arrays or Float32Arrays: the three a layer needs.
// Float32Arrays go to matmulFloat32.ts (WebAssembly SIMD, or plain-JS loops that give the same
// bits). For Float64Arrays each is the textbook triple loop with one change for speed: the middle loop takes four steps
// at a time, so every pass of the innermost (contiguous) loop does four multiply-adds per load
// and store of the output. In V8 that is about 2.5× faster than one at a time; the order of the
// additions changes accordingly (results are deterministic, equal to the textbook order within
// rounding). A remainder loop handles sizes that are not multiples of four.
//
// Each checks its arguments once: arrays of one type whose lengths match integer sizes ≥ 0, and
// `out` may share memory with a or b, which are then copied first (out is written while they are read).

import type { FloatArray } from "../kernels/FloatArray.js";
import { checkFloatArray, copyIfOverlapping } from "../kernels/validate.js";
import { checkInteger } from "./check.js";
import { checkArrayOf } from "./dtype.js";
import { type ProductName, productFloat32 } from "./matmulFloat32.js";

/**
 * Checks a product's arguments: sizes integers ≥ 0, a a Float32Array or Float64Array, b and out
 * arrays of a's type, all of the lengths `lengths` gives for them. Returns a and b, each copied
 * where out overlaps it.
 */
function checkProduct<T extends FloatArray>(
  fn: ProductName,
  a: T,
  b: T,
  out: T,
  sizes: readonly [rows: number, inner: number, cols: number],
  lengths: (rows: number, inner: number, cols: number) => [number, number, number],
): [T, T] {
  const rows = checkInteger(fn, "rows", sizes[0], 0);
  const inner = checkInteger(fn, "inner", sizes[1], 0);
  const cols = checkInteger(fn, "cols", sizes[2], 0);
  const [aLength, bLength, outLength] = lengths(rows, inner, cols);
  checkFloatArray(fn, "a", a);
  const dtype = a instanceof Float32Array ? "float32" : "float64";
  checkArrayOf(fn, "a", dtype, a, aLength);
  checkArrayOf(fn, "b", dtype, b, bLength);
  checkArrayOf(fn, "out", dtype, out, outLength);
  return [copyIfOverlapping(a, [out]), copyIfOverlapping(b, [out])];
}

/**
 * out = a · b, with a of shape [rows × inner] and b of shape [inner × cols], all row-major.
 * `out` is overwritten; it may share memory with a or b (they are then copied first).
 *
 * @example matmul(Float64Array.of(1, 2), Float64Array.of(3, 4), new Float64Array(1), 1, 2, 1) // => [11]
 */
export function matmul<T extends FloatArray>(
  a: T,
  b: T,
  out: T,
  rows: number,
  inner: number,
  cols: number,
): T {
  const [left, right] = checkProduct("matmul", a, b, out, [rows, inner, cols], (r, i, c) => [
    r * i,
    i * c,
    r * c,
  ]);
  if (out instanceof Float32Array) {
    productFloat32("matmul", left as Float32Array, right as Float32Array, out, rows, inner, cols);
    return out;
  }
  out.fill(0, 0, rows * cols);
  const inner4 = inner - (inner % 4);
  for (let i = 0; i < rows; i++) {
    const o = i * cols;
    const aRow = i * inner;
    let k = 0;
    // out[i, :] += a[i, k..k+3] · b[k..k+3, :]
    for (; k < inner4; k += 4) {
      const a0 = left[aRow + k];
      const a1 = left[aRow + k + 1];
      const a2 = left[aRow + k + 2];
      const a3 = left[aRow + k + 3];
      const b0 = k * cols;
      const b1 = b0 + cols;
      const b2 = b1 + cols;
      const b3 = b2 + cols;
      for (let j = 0; j < cols; j++)
        out[o + j] += a0 * right[b0 + j] + a1 * right[b1 + j] + a2 * right[b2 + j] + a3 * right[b3 + j];
    }
    for (; k < inner; k++) {
      const aik = left[aRow + k];
      const bRow = k * cols;
      for (let j = 0; j < cols; j++) out[o + j] += aik * right[bRow + j];
    }
  }
  return out;
}

/**
 * out = aᵀ · b, with a of shape [rows × inner] and b of shape [rows × cols]; out is [inner × cols].
 * This is a dense layer's weight gradient, xᵀ · ∂L/∂z: a sum over rows of outer products.
 *
 * @example matmulTransposeA(Float64Array.of(1, 2), Float64Array.of(3), new Float64Array(2), 1, 2, 1) // => [3, 6]
 */
export function matmulTransposeA<T extends FloatArray>(
  a: T,
  b: T,
  out: T,
  rows: number,
  inner: number,
  cols: number,
): T {
  const [left, right] = checkProduct("matmulTransposeA", a, b, out, [rows, inner, cols], (r, i, c) => [
    r * i,
    r * c,
    i * c,
  ]);
  if (out instanceof Float32Array) {
    productFloat32("matmulTransposeA", left as Float32Array, right as Float32Array, out, rows, inner, cols);
    return out;
  }
  out.fill(0, 0, inner * cols);
  const rows4 = rows - (rows % 4);
  let i = 0;
  // out[k, :] += a[i..i+3, k] · b[i..i+3, :]
  for (; i < rows4; i += 4) {
    const b0 = i * cols;
    const b1 = b0 + cols;
    const b2 = b1 + cols;
    const b3 = b2 + cols;
    for (let k = 0; k < inner; k++) {
      const a0 = left[i * inner + k];
      const a1 = left[(i + 1) * inner + k];
      const a2 = left[(i + 2) * inner + k];
      const a3 = left[(i + 3) * inner + k];
      const o = k * cols;
      for (let j = 0; j < cols; j++)
        out[o + j] += a0 * right[b0 + j] + a1 * right[b1 + j] + a2 * right[b2 + j] + a3 * right[b3 + j];
    }
  }
  for (; i < rows; i++) {
    const bRow = i * cols;
    for (let k = 0; k < inner; k++) {
      const aik = left[i * inner + k];
      const o = k * cols;
      for (let j = 0; j < cols; j++) out[o + j] += aik * right[bRow + j];
    }
  }
  return out;
}

/**
 * out = a · bᵀ, with a of shape [rows × cols] and b of shape [inner × cols]; out is [rows × inner].
 * This is a dense layer's input gradient, ∂L/∂z · Wᵀ: each entry is a dot product of two rows.
 *
 * @example matmulTransposeB(Float64Array.of(1, 2), Float64Array.of(3, 4), new Float64Array(1), 1, 1, 2) // => [11]
 */
export function matmulTransposeB<T extends FloatArray>(
  a: T,
  b: T,
  out: T,
  rows: number,
  inner: number,
  cols: number,
): T {
  const [left, right] = checkProduct("matmulTransposeB", a, b, out, [rows, inner, cols], (r, i, c) => [
    r * c,
    i * c,
    r * i,
  ]);
  if (out instanceof Float32Array) {
    productFloat32("matmulTransposeB", left as Float32Array, right as Float32Array, out, rows, inner, cols);
    return out;
  }
  const inner4 = inner - (inner % 4);
  for (let i = 0; i < rows; i++) {
    const aRow = i * cols;
    let k = 0;
    // four dot products at once: a[i, :] · b[k..k+3, :]
    for (; k < inner4; k += 4) {
      const b0 = k * cols;
      const b1 = b0 + cols;
      const b2 = b1 + cols;
      const b3 = b2 + cols;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let j = 0; j < cols; j++) {
        const aij = left[aRow + j];
        s0 += aij * right[b0 + j];
        s1 += aij * right[b1 + j];
        s2 += aij * right[b2 + j];
        s3 += aij * right[b3 + j];
      }
      out[i * inner + k] = s0;
      out[i * inner + k + 1] = s1;
      out[i * inner + k + 2] = s2;
      out[i * inner + k + 3] = s3;
    }
    for (; k < inner; k++) {
      const bRow = k * cols;
      let sum = 0;
      for (let j = 0; j < cols; j++) sum += left[aRow + j] * right[bRow + j];
      out[i * inner + k] = sum;
    }
  }
  return out;
}
