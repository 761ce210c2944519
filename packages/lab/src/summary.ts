import { studentTQuantile } from "./studentT.js";

/** t(0.975, ν) by ν: a study summarises many metrics over the same seeds. */
const t975 = new Map<number, number>();

/** Every seed's value of one metric, and what the protocol reports of them. */
export interface Summary {
  /** The per-seed values, in seed order (paired with the other arms' by index). */
  readonly values: readonly number[];
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1 in the denominator). */
  readonly sd: number;
  /** 95 % confidence interval of the mean, mean ± t(0.975, n − 1)·sd/√n. */
  readonly ci95: readonly [number, number];
  readonly min: number;
  readonly max: number;
}

/**
 * The mean of per-seed values with its 95 % confidence interval (Student's t, n − 1 degrees of
 * freedom), standard deviation and range. Needs at least two finite values: a single seed has no
 * spread to report.
 *
 * @example summarize([1, 2, 3]).ci95 // => [-0.484…, 4.484…] (t(0.975, 2) = 4.303)
 */
export function summarize(values: readonly number[]): Summary {
  if (!Array.isArray(values) || values.length < 2) {
    throw new RangeError(`summarize: values must hold at least two numbers, got ${JSON.stringify(values)}`);
  }
  const bad = values.findIndex((v) => typeof v !== "number" || !Number.isFinite(v));
  if (bad !== -1)
    throw new RangeError(`summarize: values[${bad}] must be a finite number, got ${values[bad]}`);
  const n = values.length;
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1));
  let t = t975.get(n - 1);
  if (t === undefined) {
    t = studentTQuantile(0.975, n - 1);
    t975.set(n - 1, t);
  }
  const half = (t * sd) / Math.sqrt(n);
  return {
    values: [...values],
    n,
    mean,
    sd,
    ci95: [mean - half, mean + half],
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/**
 * The element-wise mean of per-seed curves of equal length (e.g. each epoch's loss over seeds).
 *
 * @example meanCurve([[1, 2], [3, 4]]) // => [2, 3]
 */
export function meanCurve(curves: readonly (readonly number[])[]): number[] {
  if (curves.length === 0) throw new RangeError("meanCurve: curves must hold at least one curve, got none");
  const length = curves[0].length;
  const bad = curves.findIndex((c) => c.length !== length);
  if (bad !== -1) {
    throw new RangeError(
      `meanCurve: every curve must be ${length} long, got ${curves[bad].length} at curves[${bad}]`,
    );
  }
  return curves[0].map((_, e) => curves.reduce((sum, c) => sum + c[e], 0) / curves.length);
}
