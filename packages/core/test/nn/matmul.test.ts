import { describe, expect, it } from "vitest";
import { matmul, matmulTransposeA, matmulTransposeB } from "../../src/nn/matmul.js";
import { Rng } from "../../src/nn/rng.js";

// The textbook definition, entry by entry, as the independent reference.
function naive(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0].map((_, j) => row.reduce((s, aik, k) => s + aik * b[k][j], 0)));
}
const transpose = (m: number[][]) => m[0].map((_, j) => m.map((row) => row[j]));
const toRows = (a: Float64Array, rows: number, cols: number) =>
  Array.from({ length: rows }, (_, i) => Array.from(a.subarray(i * cols, (i + 1) * cols)));

describe("matmul", () => {
  const rng = new Rng(1);
  const random = (n: number) => Float64Array.from({ length: n }, () => rng.uniform(-1, 1));
  const [rows, inner, cols] = [5, 3, 4];
  const a = random(rows * inner);
  const b = random(inner * cols);

  it("matmul(a, b) equals the entry-by-entry definition, overwriting old contents of out", () => {
    const out = new Float64Array(rows * cols).fill(99);
    const expected = naive(toRows(a, rows, inner), toRows(b, inner, cols));
    const got = toRows(matmul(a, b, out, rows, inner, cols), rows, cols);
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) expect(got[i][j]).toBeCloseTo(expected[i][j], 14);
  });

  it("matmulTransposeA(a, c) equals aᵀ·c", () => {
    const c = random(rows * cols);
    const expected = naive(transpose(toRows(a, rows, inner)), toRows(c, rows, cols));
    const got = toRows(
      matmulTransposeA(a, c, new Float64Array(inner * cols).fill(7), rows, inner, cols),
      inner,
      cols,
    );
    for (let i = 0; i < inner; i++)
      for (let j = 0; j < cols; j++) expect(got[i][j]).toBeCloseTo(expected[i][j], 14);
  });

  it("matmulTransposeB(c, b) equals c·bᵀ", () => {
    const c = random(rows * cols);
    const expected = naive(toRows(c, rows, cols), transpose(toRows(b, inner, cols)));
    const got = toRows(
      matmulTransposeB(c, b, new Float64Array(rows * inner), rows, inner, cols),
      rows,
      inner,
    );
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < inner; j++) expect(got[i][j]).toBeCloseTo(expected[i][j], 14);
  });
});
