import { checkOptions } from "../kernels/validate.js";
import { checkBoolean, checkFinite, checkFloat64Array, checkFunction, checkInteger } from "./check.js";
import { checkDataset, type Dataset } from "./dataset.js";
import { sized } from "./layer.js";
import { type LayerStats, layerStats } from "./layerStats.js";
import type { Loss } from "./loss.js";
import type { Optimizer } from "./optimizer.js";
import { type Rng, rngOf } from "./rng.js";
import { checkModel, type Sequential } from "./sequential.js";

export interface TrainOptions {
  data: Dataset;
  loss: Loss;
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
 * Thrown by {@link train} when the loss becomes NaN or infinite; names the step and the first
 * layer whose output holds a non-finite value.
 *
 * @example
 * try { train(model, options); } catch (e) { if (e instanceof NonFiniteLossError) e.layer; } // => 1, say
 */
export class NonFiniteLossError extends Error {
  override readonly name = "NonFiniteLossError";
  constructor(
    message: string,
    readonly step: number,
    readonly epoch: number,
    /** Index of the first layer whose output held a non-finite value, or null when all were finite. */
    readonly layer: number | null,
  ) {
    super(message);
  }
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
export function train(model: Sequential, options: TrainOptions): TrainingHistory {
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
  const batchX = new Float64Array(batch * features);
  const batchY = new Float64Array(batch);
  let grad: Float64Array = new Float64Array(0); // ∂L/∂output, reused from step to step
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
      const x = n === batch ? batchX : batchX.subarray(0, n * features);
      const y = n === batch ? batchY : batchY.subarray(0, n);
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

/** What {@link inspect} returns: the whole set's loss, accuracy and per-layer statistics. */
export interface Inspection {
  readonly loss: number;
  /** Share classified right; null for a regression set. */
  readonly accuracy: number | null;
  readonly layers: readonly LayerStats[];
}

/**
 * One forward and backward pass of the whole data set, with no update: the loss, the accuracy and
 * per-layer statistics (dead units over every sample, gradient norms of the whole set's loss).
 * Before any training it shows how gradients shrink or grow through depth at initialisation.
 *
 * @example
 * const model = mlp({ sizes: [2, 32, 32, 32, 32, 2], activation: "sigmoid", seed: 1 });
 * inspect(model, { data: spirals(), loss: softmaxCrossEntropy }).layers.map((l) => l.gradNorm) // => shrinking towards the input
 */
export function inspect(
  model: Sequential,
  options: { data: Dataset; loss: Loss; deadThreshold?: number },
): Inspection {
  checkModel("inspect", model);
  const { data, loss, deadThreshold = 0 } = checkOptions("inspect", options, true);
  checkDataset("inspect", data);
  checkFunction("inspect", "loss", loss);
  checkFinite("inspect", "deadThreshold", deadThreshold, 0);
  if (data.features !== model.inputSize) {
    throw new RangeError(
      `inspect: the model takes ${model.inputSize} inputs, but data ${data.name} has ${data.features} features`,
    );
  }
  const output = model.forward(data.x, data.rows);
  const grad = new Float64Array(output.length);
  const value = loss(output, data.y, grad);
  model.backward(grad);
  return {
    loss: value,
    accuracy: data.classes === null ? null : accuracy(output, data.y, model.outputSize),
    layers: layerStats(model, deadThreshold),
  };
}

/**
 * Share of rows whose predicted class equals the label: the argmax of each row's outputs, or,
 * with a single output (a logit), class 1 where it is positive.
 *
 * @example accuracy(Float64Array.of(2, -1, -3, 0.5), Float64Array.of(0, 1), 2) // => 1
 */
export function accuracy(output: Float64Array, labels: Float64Array, outputs: number): number {
  checkFloat64Array("accuracy", "labels", labels);
  if (labels.length === 0) throw new RangeError("accuracy: labels must hold at least one label, got 0");
  checkInteger("accuracy", "outputs", outputs, 1);
  checkFloat64Array("accuracy", "output", output, labels.length * outputs);
  let right = 0;
  for (let i = 0; i < labels.length; i++) {
    let predicted = 0;
    if (outputs === 1) {
      predicted = output[i] > 0 ? 1 : 0;
    } else {
      for (let j = 1; j < outputs; j++)
        if (output[i * outputs + j] > output[i * outputs + predicted]) predicted = j;
    }
    if (predicted === labels[i]) right++;
  }
  return right / labels.length;
}

function checkTrainOptions(
  model: Sequential,
  {
    data,
    loss,
    optimizer,
    epochs,
    batchSize,
    deadThreshold,
    onEpoch,
  }: Omit<TrainOptions, "epochs"> & { epochs: unknown },
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

/** The error for a non-finite loss, naming the first layer whose output holds a non-finite value. */
function nonFinite(model: Sequential, value: number, step: number, epoch: number): NonFiniteLossError {
  const bad = model.outputs.findIndex((out) => out.some((v) => !Number.isFinite(v)));
  const where =
    bad === -1
      ? "every layer's output is finite, so the loss itself overflowed (check the targets and the loss)"
      : `the first non-finite value is in the output of layer ${bad} (${model.layers[bad].label})`;
  return new NonFiniteLossError(
    `train: loss is ${value} at step ${step} (epoch ${epoch}); ${where}`,
    step,
    epoch,
    bad === -1 ? null : bad,
  );
}
