import { checkOptions } from "../kernels/validate.js";
import { checkBoolean, checkFinite, checkFunction, checkInteger } from "./check.js";
import { checkDataset, type Dataset } from "./dataset.js";
import { type ArrayOf, arrayOf, type Dtype } from "./dtype.js";
import { inspect } from "./inspect.js";
import { sized } from "./layer.js";
import { type LayerStats, layerStats } from "./layerStats.js";
import type { Loss } from "./loss.js";
import { nonFinite } from "./nonFiniteLossError.js";
import type { Optimizer } from "./optimizer.js";
import { type Rng, rngOf } from "./rng.js";
import { checkModel, type Sequential } from "./sequential.js";

export interface TrainOptions<D extends Dtype = "float64"> {
  /** The samples, in float64; a float32 model reads each mini-batch rounded to float32. */
  data: Dataset;
  loss: Loss<D>;
  optimizer: Optimizer;
  /** Passes over the data set. */
  epochs: number;
  /**
   * Samples per step; the last batch of an epoch may be smaller. Default 32. A batch size larger
   * than the data set is clipped to it (one full batch per epoch), as PyTorch's DataLoader and
   * Keras's fit do.
   */
  batchSize?: number;
  /** A seed or a generator for the shuffles; default 0. */
  seed?: number | Rng;
  /** Shuffle the samples before every epoch; default true. */
  shuffle?: boolean;
  /** Record per-layer statistics of every step's mini-batch; default true. */
  stepStats?: boolean;
  /** After every epoch, run the whole set forward and backward (no update) and record per-layer statistics, loss and accuracy over it; default true. */
  epochStats?: boolean;
  /** A unit is dead where |f′| ≤ this on every row; default 0. */
  deadThreshold?: number;
  /** Keep going when the loss becomes NaN or infinite (recording it) instead of throwing; default false. */
  continueOnNaN?: boolean;
  /** Called after every epoch with its record: for progress bars and live charts. */
  onEpoch?: (record: EpochRecord) => void;
}

/** One optimiser step. */
export interface StepRecord {
  /** From 1. */
  readonly step: number;
  /** From 1. */
  readonly epoch: number;
  /** Mean loss over the step's mini-batch, before the update. */
  readonly loss: number;
  /** Per-layer statistics of the mini-batch (empty when stepStats is false). */
  readonly layers: readonly LayerStats[];
}

/** One epoch. */
export interface EpochRecord {
  /** From 1. */
  readonly epoch: number;
  /** Mean of the epoch's step losses. */
  readonly loss: number;
  /** Loss over the whole set after the epoch (NaN when epochStats is false). */
  readonly setLoss: number;
  /** Share of the whole set classified right after the epoch; null for regression or without epochStats. */
  readonly accuracy: number | null;
  /** Per-layer statistics over the whole set after the epoch: dead units over every sample, gradient norms of the whole set's loss (empty when epochStats is false). */
  readonly layers: readonly LayerStats[];
}

/** What {@link train} returns. */
export interface TrainingHistory {
  readonly steps: readonly StepRecord[];
  readonly epochs: readonly EpochRecord[];
}

/**
 * Trains a model with mini-batch gradient descent and returns its history: the loss of every
 * step and epoch, and per-layer diagnostics (pre-activation and output mean/std, dead units,
 * gradient and parameter norms) per step and per epoch. Same seeds → bit-identical history.
 *
 * Each step: gather a shuffled mini-batch → forward → loss and ∂L/∂output → backward → optimiser
 * step. A loss that becomes NaN or ±∞ throws a NonFiniteLossError naming the step and the first
 * layer whose output holds a non-finite value, unless `continueOnNaN` is set.
 *
 * @example
 * // Train one network per activation; keep loss curves and per-layer gradient norms.
 * import { adam, mlp, softmaxCrossEntropy, spirals, train } from "@activation-lab/core/nn";
 *
 * const data = spirals({ points: 1000, arms: 2, noise: 0.05, seed: 1 });
 * const runs = (["relu", "tanh", "gelu", "swiglu"] as const).map((activation) => {
 *   const model = mlp({ sizes: [2, 32, 32, 2], activation, seed: 2 });
 *   const history = train(model, { data, loss: softmaxCrossEntropy, optimizer: adam({ learningRate: 0.01 }), epochs: 20, seed: 3 });
 *   return { activation, history };
 * });
 * const lossCurves = runs.map(({ activation, history }) => ({ activation, loss: history.epochs.map((e) => e.loss) }));
 * const gradNorms = runs.map(({ activation, history }) => ({ activation, perLayer: history.epochs.map((e) => e.layers.map((l) => l.gradNorm)) }));
 */
export function train<D extends Dtype>(model: Sequential<D>, options: TrainOptions<D>): TrainingHistory {
  checkModel("train", model);
  const {
    data,
    loss,
    optimizer,
    epochs,
    batchSize = 32,
    seed = 0,
    shuffle = true,
    stepStats = true,
    epochStats = true,
    deadThreshold = 0,
    continueOnNaN = false,
    onEpoch,
  } = checkOptions("train", options, true);
  checkTrainOptions(model, { data, loss, optimizer, epochs, batchSize, deadThreshold, onEpoch });
  for (const [name, flag] of Object.entries({ shuffle, stepStats, epochStats, continueOnNaN })) {
    checkBoolean("train", name, flag);
  }
  const rng = rngOf("train", "seed", seed);
  const { features, rows } = data;
  const batch = Math.min(batchSize, rows);
  const order = Array.from({ length: rows }, (_, i) => i);
  const batchX = arrayOf(model.dtype, batch * features);
  const batchY = arrayOf(model.dtype, batch);
  let grad = arrayOf(model.dtype, 0); // ∂L/∂output, reused from step to step
  const steps: StepRecord[] = [];
  const epochRecords: EpochRecord[] = [];
  let step = 0;

  for (let epoch = 1; epoch <= epochs; epoch++) {
    if (shuffle) rng.shuffle(order);
    let lossSum = 0;
    let batches = 0;
    for (let start = 0; start < rows; start += batch) {
      step++;
      const n = Math.min(batch, rows - start);
      // gather the mini-batch
      const x = n === batch ? batchX : (batchX.subarray(0, n * features) as ArrayOf<D>);
      const y = n === batch ? batchY : (batchY.subarray(0, n) as ArrayOf<D>);
      for (let i = 0; i < n; i++) {
        const row = order[start + i];
        for (let k = 0; k < features; k++) x[i * features + k] = data.x[row * features + k];
        y[i] = data.y[row];
      }
      // forward, loss and its gradient, backward, update
      const output = model.forward(x, n);
      grad = sized(grad, output.length);
      const value = loss(output, y, grad);
      if (!Number.isFinite(value) && !continueOnNaN) throw nonFinite(model, value, step, epoch);
      model.backward(grad);
      steps.push({ step, epoch, loss: value, layers: stepStats ? layerStats(model, deadThreshold) : [] });
      optimizer.step(model.params);
      lossSum += value;
      batches++;
    }
    const whole = epochStats ? inspect(model, { data, loss, deadThreshold }) : null;
    const record: EpochRecord = {
      epoch,
      loss: lossSum / batches,
      setLoss: whole?.loss ?? Number.NaN,
      accuracy: whole?.accuracy ?? null,
      layers: whole?.layers ?? [],
    };
    epochRecords.push(record);
    onEpoch?.(record);
  }
  return { steps, epochs: epochRecords };
}

function checkTrainOptions<D extends Dtype>(
  model: Sequential<D>,
  {
    data,
    loss,
    optimizer,
    epochs,
    batchSize,
    deadThreshold,
    onEpoch,
  }: Omit<TrainOptions<D>, "epochs"> & { epochs: unknown },
): void {
  checkDataset("train", data);
  checkFunction("train", "loss", loss);
  checkOptions("train", optimizer, true, "optimizer");
  checkFunction("train", "optimizer.step", optimizer.step);
  checkFinite("train", "deadThreshold", deadThreshold, 0);
  if (onEpoch !== undefined) checkFunction("train", "onEpoch", onEpoch);
  if (data.features !== model.inputSize) {
    throw new RangeError(
      `train: the model takes ${model.inputSize} inputs, but data ${data.name} has ${data.features} features`,
    );
  }
  checkInteger("train", "epochs", epochs, 1);
  checkInteger("train", "batchSize", batchSize, 1);
}
