import { accuracy, glorotUniform, mlp, sgd, standardUniform } from "@activation-lab/core/nn";
import { type Arm, allWithin, clearlyBelow, negate, type Verdict } from "../claims.js";
import { saturationDefaults } from "../defaults.js";
import { type Flatness, flattened } from "../flattened.js";
import type { Progress } from "../progress.js";
import { checkSeeds } from "../seeds.js";
import { meanCurve, type Summary, summarize } from "../summary.js";
import { spiralTask, trainRun } from "./spiralTask.js";

/** The two initialisations of Glorot & Bengio (2010): their eq. (1) "standard" and eq. (16) "normalised". */
export const saturationArms = { standard: standardUniform, normalised: glorotUniform } as const;

export type SaturationArm = keyof typeof saturationArms;

/** Config of {@link saturationStudy}. */
export interface SaturationConfig {
  /** Evaluation seeds: each seeds the data, the initial weights and the shuffles, the same for both arms. */
  seeds: readonly number[];
  /** Default 200. */
  epochs?: number;
  /** SGD's learning rate, shared (the paper's setting, not tuned: the question is the initialisation); default 0.1. */
  learningRate?: number;
  /** Samples per SGD step; default 10 (the paper's mini-batch size). */
  batchSize?: number;
  /** Hidden widths; default four layers of 64 (the paper: four of 1000). */
  hidden?: readonly number[];
  /** Training points per seed (three-armed spirals); default 300. */
  points?: number;
  /** Called after each seed's run of each initialisation with the runs done and the runs in all. */
  onProgress?: Progress;
}

/** One initialisation's results. */
export interface SaturationArmResult {
  readonly name: SaturationArm;
  /** The mean over seeds of the top hidden layer's mean activation over the training set, after each epoch. */
  readonly meanTopCurve: readonly number[];
  /** Per seed, the top hidden layer's mean activation after each epoch (a shorter run gives a prefix of it). */
  readonly topCurves: readonly (readonly number[])[];
  /** The mean over seeds of each epoch's training loss. */
  readonly meanCurve: readonly number[];
  /** Whether the mean training-loss curve has flattened by the last epoch. */
  readonly flatness: Flatness;
  /** The lowest top-layer mean activation over the epochs, per seed: near 0 is Glorot & Bengio's saturation. */
  readonly topMin: Summary;
  /** The top-layer mean activation after the last epoch, per seed. */
  readonly topLast: Summary;
  /** Test accuracy after training, per seed (chance is 1/3). */
  readonly testAccuracy: Summary;
}

/** What {@link saturationStudy} returns: plain data. */
export interface SaturationResult {
  readonly seeds: readonly number[];
  readonly epochs: number;
  readonly learningRate: number;
  readonly hidden: readonly number[];
  readonly arms: readonly SaturationArmResult[];
}

/**
 * Notebook 01's Glorot & Bengio (2010) study: a sigmoid MLP with four hidden layers trained by
 * SGD (mini-batches of 10) on three-armed spirals, under the paper's "standard" initialisation
 * W ~ U[−1/√n, 1/√n] and, as the control, its "normalised" one (Glorot uniform), paired seeds.
 * The paper (Figure 2) saw the top hidden layer's activations driven to 0 early in training under
 * the standard init, and not under the normalised one; this records the top layer's mean
 * activation after every epoch, its lowest value, and the test accuracy.
 *
 * @example saturationStudy({ seeds: [1, 2], epochs: 4 }).arms[0].meanTopCurve.length // => 4
 */
export function saturationStudy(config: SaturationConfig): SaturationResult {
  const {
    seeds,
    epochs = saturationDefaults.epochs,
    learningRate = saturationDefaults.learningRate,
    batchSize = saturationDefaults.batchSize,
    hidden = saturationDefaults.hidden,
    points = saturationDefaults.points,
    onProgress,
  } = config;
  checkSeeds("saturationStudy", seeds);
  const top = hidden.length - 1;
  const names = Object.keys(saturationArms) as SaturationArm[];
  const total = names.length * seeds.length;
  let done = 0;
  const arms = names.map((name): SaturationArmResult => {
    const runs = seeds.map((seed) => {
      const task = spiralTask(seed, points);
      const model = mlp({
        sizes: [2, ...hidden, 3],
        activation: "sigmoid",
        init: saturationArms[name],
        seed,
      });
      const topCurve: number[] = [];
      const { train: curve } = trainRun(model, {
        data: task.train,
        optimizer: sgd({ learningRate }),
        epochs,
        seed,
        batchSize,
        afterEpoch: () => {
          model.forward(task.train.x, task.train.rows);
          const activation = model.outputs[top];
          topCurve.push(activation.reduce((sum, v) => sum + v, 0) / activation.length);
        },
      });
      const output = model.forward(task.test.x, task.test.rows);
      onProgress?.(++done, total);
      return { curve, topCurve, testAccuracy: accuracy(output, task.test.y, 3) };
    });
    const curve = meanCurve(runs.map((r) => r.curve));
    return {
      name,
      meanTopCurve: meanCurve(runs.map((r) => r.topCurve)),
      topCurves: runs.map((r) => r.topCurve),
      meanCurve: curve,
      flatness: flattened(curve, { window: Math.max(1, Math.floor(epochs / 10)) }),
      topMin: summarize(runs.map((r) => Math.min(...r.topCurve))),
      topLast: summarize(runs.map((r) => r.topCurve[r.topCurve.length - 1])),
      testAccuracy: summarize(runs.map((r) => r.testAccuracy)),
    };
  });
  return { seeds: [...seeds], epochs, learningRate, hidden: [...hidden], arms };
}

/**
 * Notebook 01's conclusions on Glorot & Bengio's saturation, as they stand at toy scale: the
 * training loss has flattened (at chance level, ln 3), neither initialisation learns (test
 * accuracy at most 0.4 on every seed, chance being 1/3), the top hidden layer's mean activation
 * stays above 0.05 on every seed (it drifts down, but does not saturate at 0), and under the
 * standard initialisation it falls no lower than under the normalised one — the control behaves
 * the same, so the paper's mechanism is not shown.
 */
export function saturationClaims(result: SaturationResult): Verdict[] {
  const label = { standard: "표준 초기화", normalised: "정규화 초기화" } as const;
  const arm = (name: SaturationArm) => {
    const found = result.arms.find((a) => a.name === name);
    if (found === undefined) throw new RangeError(`saturationClaims: the result has no arm ${name}`);
    return found;
  };
  const lowest = (name: SaturationArm): Arm => ({
    name: `${label[name]}: 맨 위층 평균의 최솟값`,
    values: arm(name).topMin.values,
  });
  const accuracyOf = (name: SaturationArm): Arm => ({
    name: `${label[name]}: 평가 정확도`,
    values: arm(name).testAccuracy.values,
  });
  const finalLoss = result.arms.map(
    (a) => `${label[a.name]} ${a.meanCurve[a.meanCurve.length - 1].toFixed(3)}`,
  );
  return [
    {
      claim: `학습 손실 곡선이 더는 내려가지 않음 (마지막 ${result.arms[0].flatness.window} 에폭 평균이 그 전보다 2 % 넘게 낮지 않음)`,
      holds: result.arms.every((a) => a.flatness.flat),
      evidence: `마지막 에폭의 평균 학습 손실 ${finalLoss.join(", ")} (찍기 수준 ln 3 = ${Math.log(3).toFixed(3)})`,
    },
    allWithin(accuracyOf("standard"), [0, 0.4]),
    allWithin(accuracyOf("normalised"), [0, 0.4]),
    allWithin(lowest("standard"), [0.05, 1]),
    allWithin(lowest("normalised"), [0.05, 1]),
    negate(
      clearlyBelow(lowest("standard"), lowest("normalised")),
      "표준 초기화의 맨 위층 평균이 정규화 초기화보다 더 내려가지 않음 (논문과 달리 대조군과 같음)",
    ),
  ];
}
