import {
  type Dataset,
  glorotUniform,
  heNormal,
  type Initializer,
  type Sequential,
  softmaxCrossEntropy,
  spirals,
} from "@activation-lab/core/nn";

/** The weight initialisations a study can name in its config (plain data, so a Worker can pass it). */
export type InitName = "glorot" | "he";

/** The initialiser an {@link InitName} stands for: Glorot uniform or He normal. */
export const initializers: Readonly<Record<InitName, Initializer>> = {
  glorot: glorotUniform,
  he: heNormal,
};

/** One seed's data: a training set, a validation set (for learning-rate sweeps) and a test set, all drawn from the seed. */
export interface SpiralTask {
  readonly train: Dataset;
  readonly validation: Dataset;
  readonly test: Dataset;
}

/**
 * The studies' classification task for one seed: three-armed spirals with noise 0.1, the
 * training, validation and test sets drawn from three seeds derived from it, so every arm of a
 * comparison that uses the same seed sees the same data.
 *
 * @example spiralTask(1, 300).train.rows // => 300
 */
export function spiralTask(seed: number, points: number, arms = 3): SpiralTask {
  const set = (offset: number) => spirals({ points, arms, noise: 0.1, seed: seed * 3 + offset });
  return { train: set(0), validation: set(1), test: set(2) };
}

/** Mean cross-entropy of the model over a whole data set (no update). */
export function setLoss(model: Sequential, data: Dataset): number {
  const output = model.forward(data.x, data.rows);
  return softmaxCrossEntropy(output, data.y, new Float64Array(output.length));
}
