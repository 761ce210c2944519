import { heNormal, PReLU } from "@activation-lab/core/nn";
import { allWithin, type Verdict } from "../claims.js";
import { preluDefaults } from "../defaults.js";
import type { Progress } from "../progress.js";
import { checkSeeds } from "../seeds.js";
import { type Summary, summarize } from "../summary.js";
import { trainLearnableUnits } from "./spiralTask.js";

/** Config of {@link preluStudy}. */
export interface PreluConfig {
  seeds: readonly number[];
  /** One α per layer (false, He et al.'s "channel-shared") or one per unit (true). Default false. */
  perUnit?: boolean;
  /** Default 30. */
  epochs?: number;
  /** Default 0.01. */
  learningRate?: number;
  /** Training points per seed (two-armed spirals). Default 300. */
  points?: number;
  /** Called after each seed's run of each arm with the runs done and the runs in all (a Worker's progress bar). */
  onProgress?: Progress;
}

/** What {@link preluStudy} returns: plain data. */
export interface PreluResult {
  readonly seeds: readonly number[];
  readonly perUnit: boolean;
  /** Per PReLU layer, the learned α after training (the mean over units when perUnit), per seed. */
  readonly alpha: readonly Summary[];
}

/**
 * Notebook 04's PReLU study: Dense(2→64) → PReLU → Dense(64→64) → PReLU → Dense(64→2), He init,
 * α starting at 0.25 with no weight decay (as He et al. 2015), Adam on two-armed spirals, paired
 * seeds; returns where each layer's α ends.
 *
 * @example preluStudy({ seeds: [1, 2], epochs: 5 }).alpha.length // => 2
 */
export function preluStudy(config: PreluConfig): PreluResult {
  const {
    seeds,
    perUnit = false,
    epochs = preluDefaults.epochs,
    learningRate = preluDefaults.learningRate,
    points = preluDefaults.points,
  } = config;
  const { alpha, hidden } = preluDefaults;
  checkSeeds("preluStudy", seeds);
  const runs = seeds.map((seed, i) => {
    const prelus = trainLearnableUnits(seed, {
      hidden,
      init: heNormal,
      unit: (size) => new PReLU({ size, perUnit, alpha }),
      points,
      epochs,
      learningRate,
    });
    config.onProgress?.(i + 1, seeds.length);
    return prelus.map((p) => p.alpha.value.reduce((sum, v) => sum + v, 0) / p.alpha.value.length);
  });
  return { seeds: [...seeds], perUnit, alpha: [0, 1].map((l) => summarize(runs.map((r) => r[l]))) };
}

/**
 * Notebook 04's PReLU conclusion: with one α per layer, the second layer's α ends below 0 on
 * every seed (it learns to pass negative inputs flipped, |x|-like), unlike He et al.'s ImageNet
 * values (0.681 in the first layer); the first layer's α ends near 0 (within ±0.15: ReLU-like).
 */
export function preluClaims(shared: PreluResult): Verdict[] {
  return [
    allWithin({ name: "층 2의 공유 α", values: shared.alpha[1].values }, [-Infinity, 0]),
    allWithin({ name: "층 1의 공유 α", values: shared.alpha[0].values }, [-0.15, 0.15]),
  ];
}
