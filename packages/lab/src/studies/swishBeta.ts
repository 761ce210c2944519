import { adam, Dense, Rng, Sequential, Swish } from "@activation-lab/core/nn";
import { allWithin, type Verdict } from "../claims.js";
import { swishBetaDefaults } from "../defaults.js";
import type { Progress } from "../progress.js";
import { checkSeeds } from "../seeds.js";
import { type Summary, summarize } from "../summary.js";
import { spiralTask, trainRun } from "./spiralTask.js";

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
  const [width1, width2] = swishBetaDefaults.hidden;
  const { beta } = swishBetaDefaults;
  checkSeeds("swishBetaStudy", seeds);
  const runs = seeds.map((seed, i) => {
    const rng = new Rng(seed);
    const swishes = [new Swish({ size: width1, beta }), new Swish({ size: width2, beta })];
    const model = new Sequential([
      new Dense({ inputSize: 2, outputSize: width1, seed: rng.split() }),
      swishes[0],
      new Dense({ inputSize: width1, outputSize: width2, seed: rng.split() }),
      swishes[1],
      new Dense({ inputSize: width2, outputSize: 2, seed: rng.split() }),
    ]);
    trainRun(model, {
      data: spiralTask(seed, points, 2).train,
      optimizer: adam({ learningRate }),
      epochs,
      seed,
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
