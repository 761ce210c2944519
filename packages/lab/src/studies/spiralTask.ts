import {
  adam,
  type Dataset,
  Dense,
  glorotUniform,
  heNormal,
  type Initializer,
  type Layer,
  type Optimizer,
  Rng,
  Sequential,
  softmaxCrossEntropy,
  spirals,
  train,
} from "@activation-lab/core/nn";
import { spiralTaskDefaults, trainRunDefaults } from "../defaults.js";
import type { Flatness } from "../flattened.js";

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
  const set = (offset: number) =>
    spirals({ points, arms, noise: spiralTaskDefaults.noise, seed: seed * 3 + offset });
  return { train: set(0), validation: set(1), test: set(2) };
}

/** Mean cross-entropy of the model over a whole data set (no update). */
export function setLoss(model: Sequential, data: Dataset): number {
  const output = model.forward(data.x, data.rows);
  return softmaxCrossEntropy(output, data.y, new Float64Array(output.length));
}

/** The curves a study keeps of each arm, averaged over seeds. */
export interface TrainingCurves {
  /** The mean over seeds of each epoch's training loss. */
  readonly meanCurve: readonly number[];
  /** The mean over seeds of the test loss after each epoch: what the comparison reads. */
  readonly meanTestCurve: readonly number[];
  /** Whether the mean test-loss curve has flattened by the last epoch. */
  readonly flatness: Flatness;
}

/** Options of {@link trainRun}. */
export interface TrainRunOptions {
  data: Dataset;
  optimizer: Optimizer;
  epochs: number;
  /** The run's seed: the shuffles draw from 1000 + seed, apart from the weights' own seed. */
  seed: number;
  /** A set whose loss is recorded after every epoch (the test curve); default none. */
  test?: Dataset | undefined;
  /** Called after every epoch (e.g. to record which units are off). */
  afterEpoch?: () => void;
  /** Samples per step; default train's 32. */
  batchSize?: number;
}

/** What {@link trainRun} returns: each epoch's mean training loss, and the test set's loss after each epoch. */
export interface RunCurves {
  readonly train: number[];
  /** Empty without a `test` set. */
  readonly test: number[];
}

/**
 * Trains a model the studies' way and returns each epoch's mean training loss, and the test
 * set's loss after each epoch when one is given: softmax cross-entropy, no per-step or per-epoch
 * diagnostics (they cost several times the training itself), shuffles seeded from the run's seed.
 *
 * @example trainRun(model, { data, optimizer: adam({ learningRate: 0.01 }), epochs: 30, seed: 1 }).train.length // => 30
 */
export function trainRun(
  model: Sequential,
  {
    data,
    optimizer,
    epochs,
    seed,
    test,
    afterEpoch,
    batchSize = trainRunDefaults.batchSize,
  }: TrainRunOptions,
): RunCurves {
  const curves: RunCurves = { train: [], test: [] };
  train(model, {
    data,
    loss: softmaxCrossEntropy,
    optimizer,
    epochs,
    batchSize,
    stepStats: false,
    epochStats: false,
    seed: 1000 + seed,
    onEpoch: (record) => {
      curves.train.push(record.loss);
      if (test !== undefined) curves.test.push(setLoss(model, test));
      afterEpoch?.();
    },
  });
  return curves;
}

/** How {@link trainLearnableUnits} builds and trains its network. */
export interface LearnableUnitsOptions<U extends Layer> {
  /** The two hidden widths. */
  hidden: readonly [number, number];
  /** The hidden Dense layers' initialiser (the output layer's is Glorot uniform). */
  init: Initializer;
  /** The learnable unit after each hidden Dense layer, for its width. */
  unit: (size: number) => U;
  points: number;
  epochs: number;
  learningRate: number;
}

/**
 * Notebooks 04's and 06's network, Dense(2→w1) → unit → Dense(w1→w2) → unit → Dense(w2→2), its
 * weights drawn from the seed, trained by Adam on the seed's two-armed spirals; returns the two
 * units, whose learnt parameters the studies read.
 *
 * @example trainLearnableUnits(1, { hidden: [8, 8], init: heNormal, unit: (size) => new PReLU({ size }), points: 50, epochs: 1, learningRate: 0.01 }).length // => 2
 */
export function trainLearnableUnits<U extends Layer>(
  seed: number,
  { hidden: [width1, width2], init, unit, points, epochs, learningRate }: LearnableUnitsOptions<U>,
): [U, U] {
  const rng = new Rng(seed);
  const units: [U, U] = [unit(width1), unit(width2)];
  const model = new Sequential([
    new Dense({ inputSize: 2, outputSize: width1, init, seed: rng.split() }),
    units[0],
    new Dense({ inputSize: width1, outputSize: width2, init, seed: rng.split() }),
    units[1],
    new Dense({ inputSize: width2, outputSize: 2, seed: rng.split() }),
  ]);
  trainRun(model, {
    data: spiralTask(seed, points, 2).train,
    optimizer: adam({ learningRate }),
    epochs,
    seed,
  });
  return units;
}
