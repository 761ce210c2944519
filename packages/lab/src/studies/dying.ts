import { type ActivationId, formatNumber } from "@activation-lab/core";
import { adam, heNormal, mlp, type Sequential } from "@activation-lab/core/nn";
import { type Arm, clearlyBelow, negate, type Verdict } from "../claims.js";
import { dyingDefaults } from "../defaults.js";
import type { Progress } from "../progress.js";
import { checkSeeds } from "../seeds.js";
import { meanCurve, type Summary, summarize } from "../summary.js";
import { setLoss, spiralTask, trainRun } from "./spiralTask.js";

/** Config of {@link dyingStudy}. */
export interface DyingConfig {
  /** Evaluation seeds: each seeds the data, the initial weights and the shuffles, the same for every arm. */
  seeds: readonly number[];
  /** Adam's learning rates compared; default [0.01, 0.1] (0.1 is the "too large" one). */
  learningRates?: readonly number[];
  /** The activations compared; default ReLU and Leaky ReLU (α = 0.01). */
  activations?: readonly ("relu" | "leakyRelu")[];
  /** Hidden widths; default [64, 64, 64]. */
  hidden?: readonly number[];
  /** Default 30. */
  epochs?: number;
  /** Training points per seed (two-armed spirals). Default 300. */
  points?: number;
  /** Called after each seed's run of each arm with the runs done and the runs in all (a Worker's progress bar). */
  onProgress?: Progress;
}

/** One (activation, learning rate) arm: shares of hidden units, per hidden layer, per seed. */
export interface DyingArmResult {
  readonly activation: ActivationId;
  readonly learningRate: number;
  /** Per hidden layer: share of units off (z ≤ 0) on every training sample before training. */
  readonly offAtInit: readonly Summary[];
  /** Per hidden layer: share off on every sample after the last epoch. */
  readonly offAfter: readonly Summary[];
  /** Per hidden layer: share that were on for some sample at initialisation and off for all after training (died in training). */
  readonly died: readonly Summary[];
  /** Per hidden layer: share that were off for every sample at some epoch's end and on for some sample after training (revived). */
  readonly revived: readonly Summary[];
  /** Per epoch, the mean over seeds of the share off on every sample, all hidden layers together. */
  readonly offCurve: readonly number[];
  readonly testAccuracy: Summary;
  readonly testLoss: Summary;
}

/** What {@link dyingStudy} returns: plain data. */
export interface DyingResult {
  readonly seeds: readonly number[];
  readonly hidden: readonly number[];
  readonly epochs: number;
  readonly arms: readonly DyingArmResult[];
}

/** Per hidden layer, which units are off (z ≤ 0) on every sample of the set. */
function offUnits(model: Sequential, x: Float64Array, rows: number, layers: number): boolean[][] {
  model.forward(x, rows);
  return model.layers.slice(0, layers).map((layer) => {
    const { pre, units } = layer.probe();
    return Array.from({ length: units }, (_, j) => {
      for (let i = 0; i < rows; i++) if (pre[i * units + j] > 0) return false;
      return true;
    });
  });
}

const share = (flags: boolean[]) => flags.filter(Boolean).length / flags.length;

/**
 * Notebooks 03 and 04's study: how many hidden units die (are off, z ≤ 0, on every training
 * sample) in a 3 × 64 MLP trained with Adam on two-armed spirals, for ReLU and Leaky ReLU at a
 * moderate and a large learning rate, He init, paired seeds. Separates units off from the start
 * (dead at initialisation) from units that died in training, and counts units that revived —
 * possible in layers 2 and up, whose inputs change as the layers below train.
 *
 * @example dyingStudy({ seeds: [1, 2], epochs: 5 }).arms.length // => 4
 */
export function dyingStudy(config: DyingConfig): DyingResult {
  const {
    seeds,
    learningRates = dyingDefaults.learningRates,
    activations = dyingDefaults.activations,
    hidden = dyingDefaults.hidden,
    epochs = dyingDefaults.epochs,
    points = dyingDefaults.points,
  } = config;
  checkSeeds("dyingStudy", seeds);
  for (const [i, rate] of learningRates.entries()) {
    if (!(rate > 0))
      throw new RangeError(`dyingStudy: learningRates[${i}] must be a positive number, got ${rate}`);
  }
  const layers = hidden.length;
  const total = activations.length * learningRates.length * seeds.length;
  let done = 0;
  const arms = activations.flatMap((activation) =>
    learningRates.map((learningRate): DyingArmResult => {
      const runs = seeds.map((seed) => {
        const task = spiralTask(seed, points, 2);
        const { x, rows } = task.train;
        const model = mlp({ sizes: [2, ...hidden, 2], activation, init: heNormal, seed });
        const atInit = offUnits(model, x, rows, layers);
        const everOff = atInit.map((layer) => [...layer]);
        const curve: number[] = [];
        trainRun(model, {
          data: task.train,
          optimizer: adam({ learningRate }),
          epochs,
          seed,
          afterEpoch: () => {
            const off = offUnits(model, x, rows, layers);
            off.forEach((layer, l) => {
              layer.forEach((isOff, j) => {
                if (isOff) everOff[l][j] = true;
              });
            });
            curve.push(share(off.flat()));
          },
        });
        const after = offUnits(model, x, rows, layers);
        config.onProgress?.(++done, total);
        const output = model.forward(task.test.x, task.test.rows);
        let right = 0;
        for (let i = 0; i < task.test.rows; i++) {
          if ((output[2 * i + 1] > output[2 * i] ? 1 : 0) === task.test.y[i]) right++;
        }
        return {
          atInit: atInit.map(share),
          after: after.map(share),
          died: after.map((layer, l) => share(layer.map((isOff, j) => isOff && !atInit[l][j]))),
          revived: after.map((layer, l) => share(layer.map((isOff, j) => !isOff && everOff[l][j]))),
          curve,
          accuracy: right / task.test.rows,
          testLoss: setLoss(model, task.test),
        };
      });
      const perLayer = (pick: (r: (typeof runs)[number]) => number[]) =>
        hidden.map((_, l) => summarize(runs.map((r) => pick(r)[l])));
      return {
        activation,
        learningRate,
        offAtInit: perLayer((r) => r.atInit),
        offAfter: perLayer((r) => r.after),
        died: perLayer((r) => r.died),
        revived: perLayer((r) => r.revived),
        offCurve: meanCurve(runs.map((r) => r.curve)),
        testAccuracy: summarize(runs.map((r) => r.accuracy)),
        testLoss: summarize(runs.map((r) => r.testLoss)),
      };
    }),
  );
  return { seeds: [...seeds], hidden: [...hidden], epochs, arms };
}

function armOf(result: DyingResult, activation: ActivationId, learningRate: number): DyingArmResult {
  const arm = result.arms.find((a) => a.activation === activation && a.learningRate === learningRate);
  if (arm === undefined)
    throw new RangeError(`dyingClaims: the result has no arm ${activation} at ${learningRate}`);
  return arm;
}

/** The share of all hidden units in `metric`, per seed (the layers are equally wide). */
function overLayers(arm: DyingArmResult, metric: "offAfter" | "died" | "revived", name: string): Arm {
  const seeds = arm[metric][0].values.length;
  return {
    name,
    values: Array.from(
      { length: seeds },
      (_, s) => arm[metric].reduce((sum, l) => sum + l.values[s], 0) / arm[metric].length,
    ),
  };
}

/**
 * Notebooks 03 and 04's conclusions: with ReLU, the large learning rate kills more units in
 * training than the moderate one, beyond the seed spread; units revive far more in layer 3 than
 * in layer 1 (whose inputs, the data, never change; Adam's momentum revives a few there); and Leaky ReLU, which has no dead units by construction, does not reach a
 * better test loss than ReLU at the large rate (these seeds cannot tell them apart).
 */
export function dyingClaims(result: DyingResult): Verdict[] {
  const [moderate, large] = [0.01, 0.1];
  const reluLarge = armOf(result, "relu", large);
  const reluModerate = armOf(result, "relu", moderate);
  const leakyLarge = armOf(result, "leakyRelu", large);
  const upperRevived = reluLarge.revived.slice(1).map((l) => l.max);
  return [
    clearlyBelow(
      overLayers(reluModerate, "died", `ReLU, 학습률 ${moderate}: 학습 중 죽은 비율`),
      overLayers(reluLarge, "died", `ReLU, 학습률 ${large}: 학습 중 죽은 비율`),
    ),
    clearlyBelow(
      { name: `ReLU 층 1에서 살아난 비율 (학습률 ${large})`, values: reluLarge.revived[0].values },
      { name: `ReLU 층 3에서 살아난 비율 (학습률 ${large})`, values: reluLarge.revived[2].values },
    ),
    {
      claim: `ReLU 층 2 이상에선 죽었던 유닛이 살아나기도 함 (학습률 ${large})`,
      holds: upperRevived.some((v) => v > 0),
      evidence: `층 2, 3에서 살아난 비율의 시드 중 최댓값: ${upperRevived.map(formatNumber).join(", ")}`,
    },
    negate(
      clearlyBelow(
        { name: `Leaky ReLU 평가 손실 (학습률 ${large})`, values: leakyLarge.testLoss.values },
        { name: `ReLU 평가 손실 (학습률 ${large})`, values: reluLarge.testLoss.values },
      ),
      `Leaky ReLU가 학습률 ${large}에서 ReLU보다 평가 손실이 확실히 낮지는 않음`,
    ),
  ];
}
