import { formatNumber } from "@activation-lab/core";
import { accuracy, adam, mlp, type Sequential } from "@activation-lab/core/nn";
import { type Arm, clearlyBelow, type Verdict, withinSpread } from "../claims.js";
import { gatedFfnDefaults, gatedWidth } from "../defaults.js";
import { flattened } from "../flattened.js";
import { type LearningRateSweep, learningRateSweep } from "../learningRateSweep.js";
import type { Progress } from "../progress.js";
import { checkSeeds } from "../seeds.js";
import { meanCurve, type Summary, summarize } from "../summary.js";
import type { TrainingCurves } from "./spiralTask.js";
import { type InitName, initializers, setLoss, spiralTask, trainRun } from "./spiralTask.js";

const { width: ungatedWidth, classes } = gatedFfnDefaults;
/** The gated arms' width: as many parameters as the ungated arms' on the study's task (32: 291 each). */
const gated = gatedWidth({ inputs: 2, width: ungatedWidth, outputs: classes });

/** The four feed-forward networks of notebook 08, at equal parameter count. */
export const gatedFfnArms = {
  ReLU: { unit: "relu", width: ungatedWidth },
  GELU: { unit: "gelu", width: ungatedWidth },
  GEGLU: { unit: "geglu", width: gated },
  SwiGLU: { unit: "swiglu", width: gated },
} as const;

export type GatedFfnArm = keyof typeof gatedFfnArms;

/** Config of {@link gatedFfnStudy}. */
export interface GatedFfnConfig {
  /** Evaluation seeds: each seeds the data, the initial weights and the shuffles, the same for every arm. */
  seeds: readonly number[];
  /** Adam's learning rate per arm (chosen by {@link tuneGatedFfn}). */
  learningRates: Readonly<Record<GatedFfnArm, number>>;
  /** Default 150: long enough for every arm's mean training curve to flatten. */
  epochs?: number;
  /** Training points per seed (the validation and test sets have as many). Default 300. */
  points?: number;
  /** Default "he" for every arm (the customary init of ReLU, GELU and Swish). */
  init?: InitName;
  /** Only these arms; default all four. */
  arms?: readonly GatedFfnArm[];
  /** Called after every run with how many are done, of how many. */
  onProgress?: Progress;
}

/** One arm's results. */
export interface GatedFfnArmResult extends TrainingCurves {
  readonly name: GatedFfnArm;
  readonly unit: string;
  readonly width: number;
  readonly parameters: number;
  readonly learningRate: number;
  /** Test cross-entropy after training, per seed. */
  readonly testLoss: Summary;
  /** Training loss of the last epoch, per seed: near the test loss means the model underfits. */
  readonly trainLoss: Summary;
  /** Test accuracy, per seed. */
  readonly testAccuracy: Summary;
}

/** What {@link gatedFfnStudy} returns: plain data. */
export interface GatedFfnResult {
  readonly seeds: readonly number[];
  readonly epochs: number;
  readonly points: number;
  readonly init: InitName;
  readonly arms: readonly GatedFfnArmResult[];
}

interface Run {
  readonly model: Sequential;
  readonly curve: number[];
  readonly testCurve: number[];
}

function runArm(
  arm: GatedFfnArm,
  seed: number,
  learningRate: number,
  epochs: number,
  points: number,
  init: InitName,
  withTestCurve: boolean,
) {
  const { unit, width } = gatedFfnArms[arm];
  const task = spiralTask(seed, points, classes);
  const model = mlp({ sizes: [2, width, classes], activation: unit, init: initializers[init], seed });
  const { train: curve, test: testCurve } = trainRun(model, {
    data: task.train,
    optimizer: adam({ learningRate }),
    epochs,
    seed,
    test: withTestCurve ? task.test : undefined,
  });
  return { task, run: { model, curve, testCurve } satisfies Run };
}

/** Share of the test set classified right (core's accuracy: the first largest of the 3 logits). */
function testAccuracy(model: Sequential, data: { x: Float64Array; y: Float64Array; rows: number }): number {
  return accuracy(model.forward(data.x, data.rows), data.y, model.outputSize);
}

/**
 * Notebook 08's study: ReLU, GELU, GEGLU and SwiGLU feed-forward networks at equal parameter
 * count (hidden 48, or 32 for the gated ones whose hidden layer has two matrices: 291 parameters
 * each) on three-armed spirals, each arm at its own learning rate, every arm on the same seeds
 * (data, initial weights, shuffles). Pure and deterministic: plain data in, plain data out.
 *
 * @example gatedFfnStudy({ seeds: [1, 2], learningRates: { ReLU: 0.03, GELU: 0.03, GEGLU: 0.03, SwiGLU: 0.03 }, epochs: 20 }).arms.length // => 4
 */
export function gatedFfnStudy(config: GatedFfnConfig): GatedFfnResult {
  const {
    seeds,
    learningRates,
    epochs = gatedFfnDefaults.epochs,
    points = gatedFfnDefaults.points,
    init = gatedFfnDefaults.init,
    onProgress,
  } = config;
  checkSeeds("gatedFfnStudy", seeds);
  const names = config.arms ?? (Object.keys(gatedFfnArms) as GatedFfnArm[]);
  const total = names.length * seeds.length;
  let done = 0;
  for (const name of names) {
    if (!(learningRates[name] > 0)) {
      throw new RangeError(
        `gatedFfnStudy: learningRates.${name} must be a positive number, got ${learningRates[name]}`,
      );
    }
  }
  const arms = names.map((name): GatedFfnArmResult => {
    const learningRate = learningRates[name];
    const runs = seeds.map((seed) => {
      const { task, run } = runArm(name, seed, learningRate, epochs, points, init, true);
      onProgress?.(++done, total);
      return {
        testLoss: setLoss(run.model, task.test),
        testAccuracy: testAccuracy(run.model, task.test),
        trainLoss: run.curve[run.curve.length - 1],
        curve: run.curve,
        testCurve: run.testCurve,
        parameters: run.model.params.reduce((sum, p) => sum + p.value.length, 0),
      };
    });
    const meanTrainCurve = meanCurve(runs.map((r) => r.curve));
    const meanTestCurve = meanCurve(runs.map((r) => r.testCurve));
    return {
      name,
      unit: gatedFfnArms[name].unit,
      width: gatedFfnArms[name].width,
      parameters: runs[0].parameters,
      learningRate,
      testLoss: summarize(runs.map((r) => r.testLoss)),
      trainLoss: summarize(runs.map((r) => r.trainLoss)),
      testAccuracy: summarize(runs.map((r) => r.testAccuracy)),
      meanCurve: meanTrainCurve,
      meanTestCurve,
      flatness: flattened(meanTestCurve, { window: Math.max(1, Math.floor(epochs / 10)) }),
    };
  });
  return { seeds: [...seeds], epochs, points, init, arms };
}

/** Config of {@link tuneGatedFfn}. */
export interface TuneGatedFfnConfig {
  /** Tuning seeds, apart from the evaluation seeds. */
  seeds: readonly number[];
  rates: readonly number[];
  epochs?: number;
  points?: number;
  init?: InitName;
  arms?: readonly GatedFfnArm[];
  onProgress?: Progress;
}

/**
 * The per-arm learning-rate sweep for {@link gatedFfnStudy}: each arm's rate is the one with the
 * lowest mean validation loss over the tuning seeds.
 *
 * @example tuneGatedFfn({ seeds: [1001, 1002], rates: [0.01, 0.03], epochs: 20 }).ReLU.best // => 0.03, say
 */
export function tuneGatedFfn(config: TuneGatedFfnConfig): Record<GatedFfnArm, LearningRateSweep> {
  const {
    seeds,
    rates,
    epochs = gatedFfnDefaults.epochs,
    points = gatedFfnDefaults.points,
    init = gatedFfnDefaults.init,
    onProgress,
  } = config;
  checkSeeds("tuneGatedFfn", seeds);
  const names = config.arms ?? (Object.keys(gatedFfnArms) as GatedFfnArm[]);
  const total = names.length * rates.length * seeds.length;
  let done = 0;
  const entries = names.map((name) => [
    name,
    learningRateSweep({
      rates,
      seeds,
      score: (rate, seed) => {
        const { task, run } = runArm(name, seed, rate, epochs, points, init, false);
        onProgress?.(++done, total);
        return setLoss(run.model, task.validation);
      },
    }),
  ]);
  return Object.fromEntries(entries);
}

/** An arm's per-seed values of one metric, as a claims {@link Arm}. */
function armOf(
  result: GatedFfnResult,
  name: GatedFfnArm,
  metric: "testLoss" | "trainLoss" = "testLoss",
  label: string = name,
): Arm {
  const arm = result.arms.find((a) => a.name === name);
  if (arm === undefined) throw new RangeError(`gatedFfnClaims: the result has no arm ${name}`);
  return { name: label, values: arm[metric].values };
}

/**
 * Notebook 08's conclusions, checked against a tuned study's results: every test-loss curve has
 * flattened, and neither gated FFN nor the GELU FFN differs from the ReLU FFN beyond the seed
 * spread.
 *
 * @example gatedFfnClaims(gatedFfnStudy(config)).every((v) => v.holds) // => true for seeds 1–10 and 101–110
 */
export function gatedFfnClaims(result: GatedFfnResult): Verdict[] {
  const changes = result.arms.map((a) => `${a.name} ${formatNumber(100 * a.flatness.relativeChange)} %`);
  return [
    {
      claim: `모든 평가 손실 곡선이 더는 내려가지 않음 (마지막 ${result.arms[0].flatness.window} 에폭 평균이 그 전보다 2 % 넘게 낮지 않음)`,
      holds: result.arms.every((a) => a.flatness.flat),
      evidence: `변화: ${changes.join(", ")}`,
    },
    withinSpread(armOf(result, "GEGLU"), armOf(result, "ReLU")),
    withinSpread(armOf(result, "SwiGLU"), armOf(result, "ReLU")),
    withinSpread(armOf(result, "GELU"), armOf(result, "ReLU")),
  ];
}

/**
 * The conclusions about the notebook's original setting (Glorot init, Adam 0.01, 30 epochs): the
 * GELU FFN underfits there (its training loss is no lower than its test loss, beyond noise) and
 * loses to ReLU, and tuning removes the gap: the tuned GELU FFN is clearly below the original.
 */
export function gatedFfnOriginalClaims(original: GatedFfnResult, tuned: GatedFfnResult): Verdict[] {
  return [
    clearlyBelow(
      armOf(original, "ReLU", "testLoss", "ReLU (원래 설정)"),
      armOf(original, "GELU", "testLoss", "GELU (원래 설정)"),
    ),
    withinSpread(
      armOf(original, "GELU", "trainLoss", "GELU 학습 손실 (원래 설정)"),
      armOf(original, "GELU", "testLoss", "GELU 평가 손실 (원래 설정)"),
    ),
    clearlyBelow(
      armOf(tuned, "GELU", "testLoss", "GELU (튜닝)"),
      armOf(original, "GELU", "testLoss", "GELU (원래 설정)"),
    ),
  ];
}
