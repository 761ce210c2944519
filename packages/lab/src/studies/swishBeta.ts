import { glorotUniform, Swish } from "@activation-lab/core/nn";
import { allWithin, type Verdict } from "../claims.js";
import { swishBetaDefaults } from "../defaults.js";
import type { Progress } from "../progress.js";
import { checkSeeds } from "../seeds.js";
import { type Summary, summarize } from "../summary.js";
import { trainLearnableUnits } from "./spiralTask.js";

/** Config of {@link swishBetaStudy}. */
export interface SwishBetaConfig {
  seeds: readonly number[];
  /** Default 30. */
  epochs?: number;
  /** Default 0.01. */
  learningRate?: number;
  /** Training points per seed (two-armed spirals). Default 300. */
  points?: number;
  /** Called after each seed's run of each arm with the runs done and the runs in all (a Worker's progress bar). */
  onProgress?: Progress;
}

/** What {@link swishBetaStudy} returns: plain data. */
export interface SwishBetaResult {
  readonly seeds: readonly number[];
  /** Per Swish layer, the learned β after training, per seed. */
  readonly beta: readonly Summary[];
}

/**
 * Notebook 06's learned-β study: Dense(2→64) → Swish → Dense(64→64) → Swish → Dense(64→2), one
 * trainable β per layer starting at 1 (no weight decay), Adam on two-armed spirals, paired seeds;
 * returns where each layer's β ends.
 *
 * @example swishBetaStudy({ seeds: [1, 2], epochs: 5 }).beta.length // => 2
 */
export function swishBetaStudy(config: SwishBetaConfig): SwishBetaResult {
  const {
    seeds,
    epochs = swishBetaDefaults.epochs,
    learningRate = swishBetaDefaults.learningRate,
    points = swishBetaDefaults.points,
  } = config;
  const { beta, hidden } = swishBetaDefaults;
  checkSeeds("swishBetaStudy", seeds);
  const runs = seeds.map((seed, i) => {
    const swishes = trainLearnableUnits(seed, {
      hidden,
      init: glorotUniform,
      unit: (size) => new Swish({ size, beta }),
      points,
      epochs,
      learningRate,
    });
    config.onProgress?.(i + 1, seeds.length);
    return swishes.map((s) => s.beta.value[0]);
  });
  return { seeds: [...seeds], beta: [0, 1].map((l) => summarize(runs.map((r) => r[l]))) };
}

/** Notebook 06's β conclusion: on every seed both layers' β end above 2 (a more ReLU-like shape than β = 1). */
export function swishBetaClaims(result: SwishBetaResult): Verdict[] {
  return result.beta.map((b, l) =>
    allWithin({ name: `Swish 층 ${l + 1}의 β`, values: b.values }, [2, Infinity]),
  );
}
