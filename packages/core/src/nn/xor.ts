import { checkOptions } from "../kernels/validate.js";
import { checkDatasetOptions, type Dataset, type DatasetOptions } from "./dataset.js";
import { rngOf } from "./rng.js";

/**
 * XOR: points around the four corners (±1, ±1), labelled 1 where exactly one coordinate is
 * positive. Sample i sits at corner i mod 4 — (−1,−1)→0, (−1,1)→1, (1,−1)→1, (1,1)→0 — plus
 * Gaussian noise; with 4 points and no noise it is the truth table itself.
 *
 * @example xor({ points: 4, noise: 0 }).y // => Float64Array [0, 1, 1, 0]
 */
export function xor(options: DatasetOptions = {}): Dataset {
  const { points = 200, noise = 0.1, seed = 0 } = checkOptions("xor", options);
  checkDatasetOptions("xor", points, noise);
  const rng = rngOf("xor", "seed", seed);
  const x = new Float64Array(points * 2);
  const y = new Float64Array(points);
  for (let i = 0; i < points; i++) {
    const a = (i >> 1) & 1;
    const b = i & 1;
    x[2 * i] = 2 * a - 1 + noise * rng.normal();
    x[2 * i + 1] = 2 * b - 1 + noise * rng.normal();
    y[i] = a ^ b;
  }
  return { name: "xor", x, y, rows: points, features: 2, classes: 2 };
}
