// Shapes and operands shared by the float32 product tests.
import type { ProductName } from "../../src/nn/matmulFloat32.js";
import { Rng } from "../../src/nn/rng.js";

/** Lengths of a, b and out for each product (see matmul.ts). */
export const shapes: Record<ProductName, (r: number, i: number, c: number) => [number, number, number]> = {
  matmul: (r, i, c) => [r * i, i * c, r * c],
  matmulTransposeA: (r, i, c) => [r * i, r * c, i * c],
  matmulTransposeB: (r, i, c) => [r * c, i * c, r * i],
};

const rng = new Rng(7);
export const random = (n: number) => Float32Array.from({ length: n }, () => rng.uniform(-2, 2));
// the 4-row × 8-column blocks, their 4-column and single-column edges, the dense layers' shapes
export const sizes: [number, number, number][] = [
  [0, 3, 4],
  [3, 0, 4],
  [1, 1, 1],
  [3, 5, 7],
  [4, 8, 8],
  [5, 9, 13],
  [7, 3, 12],
  [32, 2, 64],
  [32, 64, 64],
  [32, 64, 2],
  [500, 8, 8],
];
