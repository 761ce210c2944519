import { checkOptions } from "../kernels/validate.js";
import { checkFunction, describe } from "./check.js";
import { checkDatasetOptions, type Dataset, type DatasetOptions } from "./dataset.js";
import { rngOf } from "./rng.js";

export interface Regression1dOptions extends DatasetOptions {
  /** The function to learn; default Math.sin. */
  target?: (x: number) => number;
  /** The interval of x, default [−π, π]. */
  domain?: readonly [number, number];
}

/**
 * A 1-D regression set: `points` evenly spaced x over the domain (ends included) and
 * y = target(x) + noise · N(0, 1).
 *
 * @example regression1d({ points: 3, noise: 0, domain: [0, 1], target: (x) => 2 * x }).y // => [0, 1, 2]
 */
export function regression1d(options: Regression1dOptions = {}): Dataset {
  const fn = "regression1d";
  const {
    points = 100,
    noise = 0.1,
    seed = 0,
    target = Math.sin,
    domain = [-Math.PI, Math.PI],
  } = checkOptions(fn, options);
  checkDatasetOptions(fn, points, noise, 2);
  checkFunction(fn, "target", target);
  if (!Array.isArray(domain) || domain.length !== 2) {
    const got = Array.isArray(domain) ? `[${domain.map(describe).join(", ")}]` : describe(domain);
    throw new TypeError(`regression1d: domain must be an array [low, high], got ${got}`);
  }
  const [low, high] = domain;
  if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) {
    throw new RangeError(
      `regression1d: domain must be two finite numbers low < high, got [${domain.map(describe).join(", ")}]`,
    );
  }
  const rng = rngOf(fn, "seed", seed);
  const x = new Float64Array(points);
  const y = new Float64Array(points);
  for (let i = 0; i < points; i++) {
    x[i] = low + ((high - low) * i) / (points - 1);
    y[i] = target(x[i]) + noise * rng.normal();
  }
  return { name: "regression1d", x, y, rows: points, features: 1, classes: null };
}
