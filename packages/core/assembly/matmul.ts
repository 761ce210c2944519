// The float32 matrix product of the nn toolkit's float32 layers, in WebAssembly SIMD (f32x4),
// compiled into the same module as kernels.ts (which re-exports it) by scripts/buildWasm.ts.
//
// One kernel serves a dense layer's three products: out = A·B with B row-major [inner × cols] and
// A read through two strides, so that A may be a row-major matrix (a·b) or the transpose of one
// (aᵀ·b); for a·bᵀ the caller first transposes b with transposeFloat32. Operands live in the
// module's memory past its static data (from heapBase()), which the caller grows as needed.
//
// Every out[i, j] is summed in float32 in the order k = 0, 1, …, inner − 1, each term a rounded
// product added with one rounding: the lanes run over j, never over k, and no fused multiply-add
// is used (not even in the relaxed-SIMD build). So both builds and the plain-JS fallback
// (src/nn/matmulFloat32.ts) give the same bits.

/** Where the caller's operands start: the first 16-byte-aligned address past the static data. */
export function heapBase(): usize {
  return (__heap_base + 15) & ~15;
}

/**
 * out[i·cols + j] = Σ_k A(i, k) · b[k·cols + j] for i < rows, j < cols, with
 * A(i, k) = a[i·rowStride + k·innerStride] (float32s; a, b and out are byte addresses).
 *
 * Blocks of 4 rows × 8 columns keep 8 vectors of sums in registers while k runs, loading two
 * vectors of b's row k and four numbers of A per step; the edges take 4 columns, then one.
 */
export function matmulFloat32(
  a: usize,
  b: usize,
  out: usize,
  rows: i32,
  inner: i32,
  cols: i32,
  rowStride: i32,
  innerStride: i32,
): void {
  const rowStep = <usize>rowStride << 2;
  const kStep = <usize>innerStride << 2;
  const bStep = <usize>cols << 2;
  const cols8 = cols & ~7;
  const cols4 = cols & ~3;
  let i = 0;
  for (; i + 4 <= rows; i += 4) {
    const a0 = a + <usize>i * rowStep;
    const o0 = out + ((<usize>i * <usize>cols) << 2);
    let j = 0;
    for (; j < cols8; j += 8) {
      let s00 = f32x4.splat(0);
      let s01 = f32x4.splat(0);
      let s10 = f32x4.splat(0);
      let s11 = f32x4.splat(0);
      let s20 = f32x4.splat(0);
      let s21 = f32x4.splat(0);
      let s30 = f32x4.splat(0);
      let s31 = f32x4.splat(0);
      let pa = a0;
      let pb = b + (<usize>j << 2);
      for (let k = 0; k < inner; k++) {
        const b0 = v128.load(pb, 0, 4);
        const b1 = v128.load(pb, 16, 4);
        const x0 = f32x4.splat(load<f32>(pa));
        const x1 = f32x4.splat(load<f32>(pa + rowStep));
        const x2 = f32x4.splat(load<f32>(pa + 2 * rowStep));
        const x3 = f32x4.splat(load<f32>(pa + 3 * rowStep));
        s00 = f32x4.add(s00, f32x4.mul(x0, b0));
        s01 = f32x4.add(s01, f32x4.mul(x0, b1));
        s10 = f32x4.add(s10, f32x4.mul(x1, b0));
        s11 = f32x4.add(s11, f32x4.mul(x1, b1));
        s20 = f32x4.add(s20, f32x4.mul(x2, b0));
        s21 = f32x4.add(s21, f32x4.mul(x2, b1));
        s30 = f32x4.add(s30, f32x4.mul(x3, b0));
        s31 = f32x4.add(s31, f32x4.mul(x3, b1));
        pa += kStep;
        pb += bStep;
      }
      const o = o0 + (<usize>j << 2);
      const row = <usize>cols << 2;
      v128.store(o, s00, 0, 4);
      v128.store(o, s01, 16, 4);
      v128.store(o + row, s10, 0, 4);
      v128.store(o + row, s11, 16, 4);
      v128.store(o + 2 * row, s20, 0, 4);
      v128.store(o + 2 * row, s21, 16, 4);
      v128.store(o + 3 * row, s30, 0, 4);
      v128.store(o + 3 * row, s31, 16, 4);
    }
    for (; j < cols4; j += 4) {
      let s0 = f32x4.splat(0);
      let s1 = f32x4.splat(0);
      let s2 = f32x4.splat(0);
      let s3 = f32x4.splat(0);
      let pa = a0;
      let pb = b + (<usize>j << 2);
      for (let k = 0; k < inner; k++) {
        const b0 = v128.load(pb, 0, 4);
        s0 = f32x4.add(s0, f32x4.mul(f32x4.splat(load<f32>(pa)), b0));
        s1 = f32x4.add(s1, f32x4.mul(f32x4.splat(load<f32>(pa + rowStep)), b0));
        s2 = f32x4.add(s2, f32x4.mul(f32x4.splat(load<f32>(pa + 2 * rowStep)), b0));
        s3 = f32x4.add(s3, f32x4.mul(f32x4.splat(load<f32>(pa + 3 * rowStep)), b0));
        pa += kStep;
        pb += bStep;
      }
      const o = o0 + (<usize>j << 2);
      const row = <usize>cols << 2;
      v128.store(o, s0, 0, 4);
      v128.store(o + row, s1, 0, 4);
      v128.store(o + 2 * row, s2, 0, 4);
      v128.store(o + 3 * row, s3, 0, 4);
    }
    for (; j < cols; j++) {
      for (let r = 0; r < 4; r++) scalarEntry(a0 + <usize>r * rowStep, b, o0 + ((<usize>(r * cols + j)) << 2), inner, j, kStep, bStep);
    }
  }
  for (; i < rows; i++) {
    const pa0 = a + <usize>i * rowStep;
    const o0 = out + ((<usize>i * <usize>cols) << 2);
    let j = 0;
    for (; j < cols4; j += 4) {
      let s = f32x4.splat(0);
      let pa = pa0;
      let pb = b + (<usize>j << 2);
      for (let k = 0; k < inner; k++) {
        s = f32x4.add(s, f32x4.mul(f32x4.splat(load<f32>(pa)), v128.load(pb, 0, 4)));
        pa += kStep;
        pb += bStep;
      }
      v128.store(o0 + (<usize>j << 2), s, 0, 4);
    }
    for (; j < cols; j++) scalarEntry(pa0, b, o0 + (<usize>j << 2), inner, j, kStep, bStep);
  }
}

/** One entry of the product, out = Σ_k A(i, k)·b[k, j], with A's row i starting at `pa`. */
// @ts-ignore: decorator
@inline function scalarEntry(pa: usize, b: usize, out: usize, inner: i32, j: i32, kStep: usize, bStep: usize): void {
  let sum: f32 = 0;
  let pb = b + (<usize>j << 2);
  for (let k = 0; k < inner; k++) {
    sum += load<f32>(pa) * load<f32>(pb);
    pa += kStep;
    pb += bStep;
  }
  store<f32>(out, sum);
}

/** dst (cols × rows) = the transpose of src (rows × cols), float32s at byte addresses. */
export function transposeFloat32(src: usize, dst: usize, rows: i32, cols: i32): void {
  for (let i = 0; i < rows; i++) {
    const from = src + ((<usize>i * <usize>cols) << 2);
    for (let j = 0; j < cols; j++) {
      store<f32>(dst + ((<usize>j * <usize>rows + <usize>i) << 2), load<f32>(from + (<usize>j << 2)));
    }
  }
}
