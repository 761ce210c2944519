import { type Summary, summarize } from "./summary.js";

/** Options of {@link learningRateSweep}. */
export interface LearningRateSweepOptions {
  /** The candidate rates, e.g. [0.003, 0.01, 0.03, 0.1]. */
  rates: readonly number[];
  /** Tuning seeds: kept apart from the evaluation seeds so the choice does not fit their noise. */
  seeds: readonly number[];
  /** The score of one run (lower is better), e.g. a validation loss after training. */
  score: (rate: number, seed: number) => number;
}

/** What {@link learningRateSweep} returns. */
export interface LearningRateSweep {
  readonly rates: readonly number[];
  /** Per rate, every tuning seed's score. */
  readonly scores: readonly Summary[];
  /** The rate with the lowest mean score. */
  readonly best: number;
}

/**
 * The protocol's per-arm learning-rate choice: every candidate rate is scored on every tuning
 * seed, and the rate with the lowest mean score is chosen. A non-finite score (a diverged run)
 * counts as +∞, so a rate that diverges on any seed is never chosen.
 *
 * @example learningRateSweep({ rates: [0.1, 1], seeds: [1, 2], score: (r) => Math.abs(r - 0.1) }).best // => 0.1
 */
export function learningRateSweep({ rates, seeds, score }: LearningRateSweepOptions): LearningRateSweep {
  if (!Array.isArray(rates) || rates.length === 0 || rates.some((r) => !(r > 0 && Number.isFinite(r)))) {
    throw new RangeError(
      `learningRateSweep: rates must be positive finite numbers, got ${JSON.stringify(rates)}`,
    );
  }
  if (!Array.isArray(seeds) || seeds.length < 2) {
    throw new RangeError(
      `learningRateSweep: seeds must hold at least two seeds, got ${JSON.stringify(seeds)}`,
    );
  }
  const raw = rates.map((rate) => seeds.map((seed) => score(rate, seed)));
  const means = raw.map((values) =>
    values.every(Number.isFinite) ? values.reduce((s, v) => s + v, 0) : Infinity,
  );
  let best = 0;
  for (let i = 1; i < rates.length; i++) if (means[i] < means[best]) best = i;
  if (!Number.isFinite(means[best])) {
    throw new RangeError(
      `learningRateSweep: every rate diverged on some seed, rates ${JSON.stringify(rates)}`,
    );
  }
  return {
    rates: [...rates],
    scores: raw.map((values) => (values.every(Number.isFinite) ? summarize(values) : nonFinite(values))),
    best: rates[best],
  };
}

/** A diverged rate's summary: its values as run, NaN statistics. */
function nonFinite(values: number[]): Summary {
  return { values, n: values.length, mean: NaN, sd: NaN, ci95: [NaN, NaN], min: NaN, max: NaN };
}
