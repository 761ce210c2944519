// Dense matrix products over row-major Float64Arrays: the three a layer needs.
// Loops run i–k–j so the innermost loop walks both arrays contiguously.

/**
 * out = a · b, with a of shape [rows × inner] and b of shape [inner × cols], all row-major.
 * `out` is overwritten; it must not alias a or b.
 *
 * @example matmul(Float64Array.of(1, 2), Float64Array.of(3, 4), new Float64Array(1), 1, 2, 1) // => [11]
 */
export function matmul(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  rows: number,
  inner: number,
  cols: number,
): Float64Array {
  out.fill(0, 0, rows * cols);
  for (let i = 0; i < rows; i++) {
    const outRow = i * cols;
    for (let k = 0; k < inner; k++) {
      const aik = a[i * inner + k];
      const bRow = k * cols;
      for (let j = 0; j < cols; j++) out[outRow + j] += aik * b[bRow + j];
    }
  }
  return out;
}

/**
 * out = aᵀ · b, with a of shape [rows × inner] and b of shape [rows × cols]; out is [inner × cols].
 * This is a dense layer's weight gradient, xᵀ · ∂L/∂z.
 *
 * @example matmulTransposeA(Float64Array.of(1, 2), Float64Array.of(3), new Float64Array(2), 1, 2, 1) // => [3, 6]
 */
export function matmulTransposeA(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  rows: number,
  inner: number,
  cols: number,
): Float64Array {
  out.fill(0, 0, inner * cols);
  for (let i = 0; i < rows; i++) {
    const bRow = i * cols;
    for (let k = 0; k < inner; k++) {
      const aik = a[i * inner + k];
      const outRow = k * cols;
      for (let j = 0; j < cols; j++) out[outRow + j] += aik * b[bRow + j];
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
export function matmulTransposeB(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  rows: number,
  inner: number,
  cols: number,
): Float64Array {
  for (let i = 0; i < rows; i++) {
    const aRow = i * cols;
    for (let k = 0; k < inner; k++) {
      const bRow = k * cols;
      let sum = 0;
      for (let j = 0; j < cols; j++) sum += a[aRow + j] * b[bRow + j];
      out[i * inner + k] = sum;
    }
  }
  return out;
}
